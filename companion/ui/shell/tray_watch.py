"""Notices a system tray that appears after Companion started.

At login Companion may start before the panel that hosts tray icons. Instead of deciding
once, it keeps looking for a while: a StatusNotifierItem host announcing itself on the
session bus (the app's shared connection) is noticed at once; an X11 tray (the
_NET_SYSTEM_TRAY_S0 selection owner, which Qt checks in isSystemTrayAvailable) is looked
for every second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from companion.services.dbus import Bus

SNI_WATCHER = "org.kde.StatusNotifierWatcher"


def _tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon
    return QSystemTrayIcon.isSystemTrayAvailable()


class TrayWatcher(QObject):
    """Emits ``appeared`` once a tray shows up, or ``gave_up`` after ``grace_ms`` without one."""

    appeared = Signal()
    gave_up = Signal()

    def __init__(self, bus: Bus | None = None, probe: Callable[[], bool] = _tray_available,
                 poll_ms: int | None = 1000, grace_ms: int = 30_000, parent: QObject | None = None):
        """``bus``: the session bus, where a StatusNotifierItem host announces itself."""
        super().__init__(parent)
        self._bus = bus
        self._probe = probe
        # poll_ms None: only the D-Bus announcement is watched, so nothing wakes the app.
        self._poll = QTimer(self)
        self._polling = poll_ms is not None
        self._poll.setInterval(poll_ms or 0)
        self._poll.timeout.connect(self.check)
        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.setInterval(grace_ms)
        self._grace.timeout.connect(self._give_up)
        self.found = False

    def start(self) -> None:
        """Start looking (and look once right away)."""
        self._watch_bus()
        if self._polling:
            self._poll.start()
        self._grace.start()
        self.check()

    def _watch_bus(self) -> None:
        if self._bus is not None:  # without a bus, polling still finds an X11 tray
            self._bus.follow(SNI_WATCHER, self._host_changed)

    def _host_changed(self, owner: str | None) -> None:
        if owner is not None:
            self.check()

    def check(self) -> bool:
        """Look now; True (and ``appeared`` emitted once) when a tray is there."""
        if not self.found and self._probe():
            self.found = True
            self._poll.stop()
            self._grace.stop()
            if self._bus is not None:
                self._bus.unlisten(self._host_changed)
            self.appeared.emit()
        return self.found

    def _give_up(self) -> None:
        # Polling stops (it costs a round trip to the display each time); a tray host that
        # registers on D-Bus later is still noticed.
        self._poll.stop()
        if not self.found:
            self.gave_up.emit()
