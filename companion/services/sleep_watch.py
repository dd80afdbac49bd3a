"""Notices when the machine wakes from sleep (logind's PrepareForSleep on the system bus).

Absent in sandboxes and on systems without logind: then ``listening`` is False and the
reminder service still copes: every wake-up settles
what is due from the wall clock, however long the machine slept.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)


class SleepWatcher(QObject):
    """Emits ``resumed`` after the system comes back from suspend or hibernation."""

    resumed = Signal()

    def __init__(self, bus: QDBusConnection | None = None, service: str = "org.freedesktop.login1",
                 parent: QObject | None = None):
        super().__init__(parent)
        bus = bus if bus is not None else QDBusConnection.systemBus()
        self.listening = bus.isConnected() and bus.connect(
            service, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
            "PrepareForSleep", self, "1_prepare_for_sleep(bool)")
        if not self.listening:
            log.info("logind is not reachable; relying on clock-jump checks after sleep")

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.resumed.emit()
