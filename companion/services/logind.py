"""What logind says about the machine, on the system bus: sleep, wake, lock and shutdown.

The app's one logind watch: the reminders catch up on ``resumed``, presence takes sleep
and lock as facts, and ``shutting_down`` starts the goodbye.

``PrepareForSleep(true/false)`` brackets a suspend; ``PrepareForShutdown(true)`` comes
before a power-off or reboot (false: one that was scheduled was called off). A session's
``LockedHint`` property is set by screen lockers that tell logind (most do); its changes
come as PropertiesChanged. Only logind itself is believed (see ``Bus.listen``). Absent in
containers and on systems without systemd: then ``start`` says so, the reminders still
catch up from the wall clock after sleep, and a shutdown still arrives as SIGTERM.
"""

from __future__ import annotations

import logging
import os

from jeepney import DBusAddress, MatchRule
from PySide6.QtCore import QObject, Signal

from companion.core.i18n import QT_TRANSLATE_NOOP
from companion.services.dbus import BUS_ERRORS, Bus
from companion.services.presence.status import SourceStatus

log = logging.getLogger(__name__)
LOGIN1 = DBusAddress("/org/freedesktop/login1", bus_name="org.freedesktop.login1",
                     interface="org.freedesktop.login1.Manager")
SESSION = "org.freedesktop.login1.Session"


class LogindWatch(QObject):
    """Emits ``suspended``/``resumed`` around sleep, ``locked``/``unlocked`` from LockedHint,
    and ``shutting_down`` before the computer powers off."""

    suspended = Signal()
    resumed = Signal()
    locked = Signal()
    unlocked = Signal()
    shutting_down = Signal()

    def __init__(self, bus: Bus, parent: QObject | None = None):
        super().__init__(parent)
        self.bus = bus
        self.is_locked = False
        #: What ``start`` found, for sleep and for the screen lock (presence describes them).
        self.statuses: list[SourceStatus] = []

    def start(self) -> list[SourceStatus]:
        """Subscribe to sleep, shutdown and our session's lock hint (once); a status for
        sleep and one for the screen lock."""
        if self.statuses:
            return self.statuses
        if not self.bus or not self.bus.has_owner(LOGIN1.bus_name):
            why = "logind is not on the system bus"
            log.info("%s: relying on the clock after sleep, and on SIGTERM at shutdown", why)
            self.statuses = [SourceStatus("sleep", False, why), SourceStatus("screen lock", False, why)]
            return self.statuses
        sleep = self._listen_to_manager("PrepareForSleep", self._sleep)
        self._listen_to_manager("PrepareForShutdown", self._shutdown)
        self.statuses = [SourceStatus("sleep", sleep, QT_TRANSLATE_NOOP("presence", "logind PrepareForSleep") if sleep
                                      else
                                          QT_TRANSLATE_NOOP("presence", "cannot listen to logind")), self._watch_lock()]
        return self.statuses

    def stop(self) -> None:
        for callback in (self._sleep, self._shutdown, self._properties):
            self.bus.unlisten(callback)

    def _listen_to_manager(self, member: str, callback) -> bool:
        rule = MatchRule(type="signal", interface=LOGIN1.interface, member=member,
                         path=LOGIN1.object_path)
        return self.bus.listen(rule, callback, sender=LOGIN1.bus_name)

    def _watch_lock(self) -> SourceStatus:
        session = self._session_path()
        if session is None:
            return SourceStatus("screen lock", False, QT_TRANSLATE_NOOP("presence", "not inside a logind session"))
        address = DBusAddress(session, bus_name=LOGIN1.bus_name, interface=SESSION)
        rule = MatchRule(type="signal", interface="org.freedesktop.DBus.Properties",
                         member="PropertiesChanged", path=session)
        listening = self.bus.listen(rule, self._properties, sender=LOGIN1.bus_name)
        try:
            if self.bus.property(address, "LockedHint"):
                self._set(True)
        except BUS_ERRORS:
            pass
        return SourceStatus("screen lock", listening, QT_TRANSLATE_NOOP("presence", "logind session LockedHint")
                            if listening else QT_TRANSLATE_NOOP("presence", "cannot listen to the logind session"))

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

    def _shutdown(self, message) -> None:
        if message.body[0]:  # False: a scheduled shutdown was called off
            self.shutting_down.emit()

    def _properties(self, message) -> None:
        interface, changed, _ = message.body
        if interface == SESSION and "LockedHint" in changed:
            self._set(bool(changed["LockedHint"][1]))

    def _set(self, locked: bool) -> None:
        if locked != self.is_locked:
            self.is_locked = locked
            (self.locked if locked else self.unlocked).emit()
