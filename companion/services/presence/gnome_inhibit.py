"""Busy on GNOME: another program keeps the session from going idle (a video call, a film
playing, a fullscreen game), from the session manager's ``InhibitedActions``.

GNOME cannot tell a Wayland client which window is fullscreen, but every player, call and
game that matters asks gnome-session not to let the screen blank: the idle bit (8) of
``org.gnome.SessionManager.InhibitedActions`` is set while any of them does. The value is
read once at start and then followed through PropertiesChanged, so asking costs nothing
and nothing polls; when the idle bit clears, ``ended`` releases held prompts at once.
"""

from __future__ import annotations

from jeepney import DBusAddress, MatchRule
from PySide6.QtCore import QObject, Signal

from companion.core.i18n import QT_TRANSLATE_NOOP
from companion.services.dbus import BUS_ERRORS, Bus

from .status import SourceStatus

SESSION_MANAGER = DBusAddress("/org/gnome/SessionManager", bus_name="org.gnome.SessionManager",
                              interface="org.gnome.SessionManager")
PROPERTY = "InhibitedActions"
IDLE = 8  # GSM_INHIBITOR_FLAG_IDLE; 1 log out, 2 switch user, 4 suspend, 16 automount
# Recorded in English; shown translated.
REASON = QT_TRANSLATE_NOOP("away", "another program is keeping the screen awake")


class IdleInhibitWatch(QObject):
    """Answers REASON while some program inhibits idle on GNOME; ``ended`` when none does."""

    ended = Signal()

    def __init__(self, bus: Bus, parent: QObject | None = None):
        super().__init__(parent)
        self.bus = bus
        self.inhibited = False

    def start(self) -> SourceStatus:
        what = "fullscreen"  # under Settings' fullscreen switch: on Wayland it is how GNOME tells
        if not self.bus or not self.bus.has_owner(SESSION_MANAGER.bus_name):
            return SourceStatus(what, False,
                                QT_TRANSLATE_NOOP("presence", "no GNOME session manager on the session bus"))
        rule = MatchRule(type="signal", interface="org.freedesktop.DBus.Properties",
                         member="PropertiesChanged", path=SESSION_MANAGER.object_path)
        rule.add_arg_condition(0, SESSION_MANAGER.interface)
        # Only gnome-session's own signals count: anyone else could end "busy" early.
        if not self.bus.listen(rule, self._changed, sender=SESSION_MANAGER.bus_name):
            return SourceStatus(what, False,
                                QT_TRANSLATE_NOOP("presence", "cannot listen to the GNOME session manager"))
        self.bus.follow(SESSION_MANAGER.bus_name, self._owner_changed)
        try:
            self._set(self.bus.property(SESSION_MANAGER, PROPERTY))
        except BUS_ERRORS as exc:
            self.bus.unlisten(self._changed)
            self.bus.unlisten(self._owner_changed)
            return SourceStatus(what, False, f"the GNOME session manager would not say: {exc}")
        return SourceStatus(what, True, QT_TRANSLATE_NOOP("presence", "GNOME says when a program keeps the screen awake"
                            " (a film, a game, a call)"))

    def stop(self) -> None:
        self.bus.unlisten(self._changed)
        self.bus.unlisten(self._owner_changed)

    def reason(self) -> str | None:
        return REASON if self.inhibited else None

    def _changed(self, message) -> None:
        _, changed, invalidated = message.body
        if PROPERTY in changed:
            self._set(changed[PROPERTY][1])
        elif PROPERTY in invalidated:
            try:
                self._set(self.bus.property(SESSION_MANAGER, PROPERTY))
            except BUS_ERRORS:
                self._set(0)

    def _owner_changed(self, owner: str | None) -> None:
        if owner is None:  # the session manager went away, and its inhibitors with it
            self._set(0)

    def _set(self, actions) -> None:
        was, self.inhibited = self.inhibited, bool(int(actions) & IDLE)
        if was and not self.inhibited:
            self.ended.emit()
