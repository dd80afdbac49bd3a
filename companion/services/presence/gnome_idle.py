"""Time away from keyboard and mouse on GNOME (X11 or Wayland), from Mutter's idle watches.

``AddIdleWatch`` fires each time the idle time crosses the threshold; a user-active watch
fires once, at the next input, and is then gone, so it is added only after going idle.
"""

from __future__ import annotations

from jeepney import DBusAddress, MatchRule
from PySide6.QtCore import QObject, Signal

from companion.core.i18n import QT_TRANSLATE_NOOP
from companion.services.dbus import BUS_ERRORS, Bus

from .status import SourceStatus

MUTTER = DBusAddress("/org/gnome/Mutter/IdleMonitor/Core", bus_name="org.gnome.Mutter.IdleMonitor",
                     interface="org.gnome.Mutter.IdleMonitor")


class MutterIdleWatch(QObject):
    """Emits ``idle(seconds)`` after ``threshold_ms`` without input, ``active()`` on the next input."""

    idle = Signal(float)
    active = Signal()

    def __init__(self, bus: Bus, threshold_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self.bus, self.threshold_ms = bus, threshold_ms
        self._idle_watch = self._active_watch = None

    def start(self) -> SourceStatus:
        """Add the idle watch; says whether GNOME's idle monitor is there."""
        if not self.bus or not self.bus.has_owner(MUTTER.bus_name):
            return SourceStatus("idle", False,
                                QT_TRANSLATE_NOOP("presence", "no GNOME idle monitor on the session bus"))
        rule = MatchRule(type="signal", interface=MUTTER.interface, member="WatchFired",
                         path=MUTTER.object_path)
        try:
            if not self.bus.listen(rule, self._fired, sender=MUTTER.bus_name):
                return SourceStatus("idle", False,
                                    QT_TRANSLATE_NOOP("presence", "cannot listen to GNOME's idle monitor"))
            (self._idle_watch,) = self.bus.method(MUTTER, "AddIdleWatch", "t", self.threshold_ms)
            (idle_ms,) = self.bus.method(MUTTER, "GetIdletime")
        except BUS_ERRORS as exc:
            return SourceStatus("idle", False, f"GNOME's idle monitor refused: {exc}")
        if idle_ms >= self.threshold_ms:  # already away when we started
            self._went_idle(idle_ms)
        return SourceStatus("idle", True, QT_TRANSLATE_NOOP("presence", "GNOME idle monitor (Mutter idle watches)"))

    def stop(self) -> None:
        self.bus.unlisten(self._fired)
        for watch in (self._idle_watch, self._active_watch):
            if watch is not None:
                try:
                    self.bus.method(MUTTER, "RemoveWatch", "u", watch)
                except BUS_ERRORS:
                    pass  # the shell went away; its watches went with it
        self._idle_watch = self._active_watch = None

    def _went_idle(self, idle_ms: int) -> None:
        if self._active_watch is None:
            try:
                (self._active_watch,) = self.bus.method(MUTTER, "AddUserActiveWatch")
            except BUS_ERRORS:
                return  # without a way to notice the return, do not claim the person left
        self.idle.emit(idle_ms / 1000)

    def _fired(self, message) -> None:
        (watch,) = message.body
        if watch == self._idle_watch:
            self._went_idle(self.threshold_ms)
        elif watch == self._active_watch:
            self._active_watch = None
            self.active.emit()
