"""Sleep and lock as logind sees them, on the system bus.

``PrepareForSleep(true/false)`` brackets a suspend. A session's ``LockedHint`` property is
set by screen lockers that tell logind (most do); its changes come as PropertiesChanged.
Absent in containers and on systems without systemd: then ``start`` says so.
"""

from __future__ import annotations

import os

from jeepney import DBusAddress, MatchRule
from PySide6.QtCore import QObject, Signal

from .bus import BUS_ERRORS, Bus
from .status import SourceStatus

LOGIN1 = DBusAddress("/org/freedesktop/login1", bus_name="org.freedesktop.login1",
                     interface="org.freedesktop.login1.Manager")
SESSION = "org.freedesktop.login1.Session"


class LogindWatch(QObject):
    """Emits ``suspended``/``resumed`` around sleep and ``locked``/``unlocked`` from LockedHint."""

    suspended = Signal()
    resumed = Signal()
    locked = Signal()
    unlocked = Signal()

    def __init__(self, bus: Bus, parent: QObject | None = None):
        super().__init__(parent)
        self.bus = bus
        self.is_locked = False

    def start(self) -> list[SourceStatus]:
        """Subscribe to sleep and to our session's lock hint; one status for each."""
        if not self.bus or not self.bus.has_owner(LOGIN1.bus_name):
            why = "logind is not on the system bus"
            return [SourceStatus("sleep", False, why), SourceStatus("screen lock", False, why)]
        sleep = self.bus.listen(MatchRule(type="signal", interface=LOGIN1.interface,
                                          member="PrepareForSleep"), self._sleep,
                                sender=LOGIN1.bus_name)
        statuses = [SourceStatus("sleep", sleep, "logind PrepareForSleep" if sleep
                                 else "cannot listen to logind")]
        session = self._session_path()
        if session is None:
            statuses.append(SourceStatus("screen lock", False, "not inside a logind session"))
            return statuses
        address = DBusAddress(session, bus_name=LOGIN1.bus_name, interface=SESSION)
        rule = MatchRule(type="signal", interface="org.freedesktop.DBus.Properties",
                         member="PropertiesChanged", path=session)
        listening = self.bus.listen(rule, self._properties, sender=LOGIN1.bus_name)
        try:
            if self.bus.property(address, "LockedHint"):
                self._set(True)
        except BUS_ERRORS:
            pass
        statuses.append(SourceStatus("screen lock", listening, "logind session LockedHint"
                                     if listening else "cannot listen to the logind session"))
        return statuses

    def _session_path(self) -> str | None:
        """Our session's object path: by our process, else by XDG_SESSION_ID."""
        try:
            return self.bus.method(LOGIN1, "GetSessionByPID", "u", os.getpid())[0]
        except BUS_ERRORS:
            pass
        session_id = os.environ.get("XDG_SESSION_ID")
        try:
            return self.bus.method(LOGIN1, "GetSession", "s", session_id)[0] if session_id else None
        except BUS_ERRORS:
            return None

    def _sleep(self, message) -> None:
        (self.suspended if message.body[0] else self.resumed).emit()

    def _properties(self, message) -> None:
        interface, changed, _ = message.body
        if interface == SESSION and "LockedHint" in changed:
            self._set(bool(changed["LockedHint"][1]))

    def _set(self, locked: bool) -> None:
        if locked != self.is_locked:
            self.is_locked = locked
            (self.locked if locked else self.unlocked).emit()
