"""A locked screen, from the screen saver's ActiveChanged signal on the session bus.

GNOME serves org.gnome.ScreenSaver; KDE, Xfce, Cinnamon and others serve
org.freedesktop.ScreenSaver. Both send ``ActiveChanged(bool)`` when the lock (or blank)
screen comes and goes.
"""

from __future__ import annotations

from jeepney import DBusAddress, MatchRule
from PySide6.QtCore import QObject, Signal

from companion.core.i18n import QT_TRANSLATE_NOOP
from companion.services.dbus import BUS_ERRORS, Bus

from .status import SourceStatus

SCREEN_SAVERS = (
    DBusAddress("/org/gnome/ScreenSaver", bus_name="org.gnome.ScreenSaver",
                interface="org.gnome.ScreenSaver"),
    DBusAddress("/org/freedesktop/ScreenSaver", bus_name="org.freedesktop.ScreenSaver",
                interface="org.freedesktop.ScreenSaver"),
)


class ScreenLockWatch(QObject):
    """Emits ``locked()`` and ``unlocked()`` as the screen saver reports them."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, bus: Bus, parent: QObject | None = None):
        super().__init__(parent)
        self.bus = bus
        self.server: DBusAddress | None = None
        self.is_locked = False

    def start(self) -> SourceStatus:
        """Subscribe to the first screen saver found on the bus."""
        if not self.bus:
            return SourceStatus("screen lock", False, QT_TRANSLATE_NOOP("presence", "no session bus"))
        server = next((s for s in SCREEN_SAVERS if self.bus.has_owner(s.bus_name)), None)
        if server is None:
            return SourceStatus("screen lock", False,
                                QT_TRANSLATE_NOOP("presence", "no screen saver on the session bus"))
        rule = MatchRule(type="signal", interface=server.interface, member="ActiveChanged")
        if not self.bus.listen(rule, self._changed, sender=server.bus_name):
            return SourceStatus("screen lock", False, f"cannot listen to {server.bus_name}")
        self.server = server
        try:
            (active,) = self.bus.method(server, "GetActive")
        except BUS_ERRORS:
            active = False  # signals still tell us from the next change on
        if active:
            self._set(True)
        return SourceStatus("screen lock", True, f"{server.bus_name} ActiveChanged")

    def stop(self) -> None:
        self.bus.unlisten(self._changed)

    def idle_seconds(self) -> float | None:
        """The session's idle time as the screen saver counts it (None: it won't say)."""
        if self.server is None:
            return None
        try:
            (ms,) = self.bus.method(self.server, "GetSessionIdleTime")
        except BUS_ERRORS:
            return None
        # org.freedesktop.ScreenSaver answers milliseconds; GNOME's answers seconds.
        return ms / 1000 if self.server.bus_name == "org.freedesktop.ScreenSaver" else float(ms)

    def _changed(self, message) -> None:
        self._set(bool(message.body[0]))

    def _set(self, active: bool) -> None:
        if active != self.is_locked:
            self.is_locked = active
            (self.locked if active else self.unlocked).emit()
