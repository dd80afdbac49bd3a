"""GNOME's own break reminders (GNOME 48 and later, Settings -> Wellbeing), followed live.

Two things say what GNOME does: the ``selected-breaks`` setting of
``org.gnome.desktop.break-reminders`` ("movement", "eyesight"), read through the XDG
desktop portal's Settings interface as GNOME's do-not-disturb switch is, and GNOME Shell's
``org.gnome.Shell.ScreenTime`` object, whose ``State`` and ``LastBreakEndTime`` properties
say when a break begins and when one was taken. Both arrive as signals (SettingChanged,
PropertiesChanged) on the app's shared session bus; the first values are asked without
waiting. Nothing polls, and on a desktop without them nothing more happens.

What the breaks mean for Companion is ``core.desktop_breaks``'s; this only listens.
"""

from __future__ import annotations

import logging

from jeepney import DBusAddress, MatchRule, MessageType, Properties, new_method_call
from PySide6.QtCore import QObject, Signal

from companion.core.clock import Clock
from companion.core.desktop_breaks import BreakBegan, BreakTaken, ScreenTimeFollower, movement_on
from companion.core.i18n import QT_TRANSLATE_NOOP
from companion.services.dbus import Bus
from companion.services.presence.status import SourceStatus

log = logging.getLogger(__name__)
PORTAL = DBusAddress("/org/freedesktop/portal/desktop", bus_name="org.freedesktop.portal.Desktop",
                     interface="org.freedesktop.portal.Settings")
BREAKS = "org.gnome.desktop.break-reminders"
MOVEMENT = BREAKS + ".movement"  # its child schema: how long a movement break lasts, how often
SCREEN_TIME = DBusAddress("/org/gnome/Shell/ScreenTime", bus_name="org.gnome.Shell",
                          interface="org.gnome.Shell.ScreenTime")
WHAT = "desktop breaks"


class GnomeBreaks(QObject):
    """``changed`` when GNOME's movement breaks start or stop running; ``began`` when
    GNOME's break begins; ``taken(BreakTaken)`` when a movement break was taken."""

    changed = Signal()
    began = Signal()
    taken = Signal(object)

    def __init__(self, bus: Bus, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self.bus, self.clock = bus, clock
        self.selected: tuple[str, ...] = ()
        self.screen_time = False  # GNOME Shell serves ScreenTime (it is 48 or later)
        self._follower = ScreenTimeFollower()
        self._listening = False

    @property
    def movement(self) -> bool:
        """Whether GNOME's movement breaks are on and its shell runs them."""
        return movement_on(self.selected) and self.screen_time

    def start(self) -> None:
        if not self.bus:
            return
        setting = MatchRule(type="signal", interface=PORTAL.interface, member="SettingChanged",
                            path=PORTAL.object_path)
        setting.add_arg_condition(0, BREAKS, kind="namespace")  # and .movement
        shell = MatchRule(type="signal", interface="org.freedesktop.DBus.Properties",
                          member="PropertiesChanged", path=SCREEN_TIME.object_path)
        shell.add_arg_condition(0, SCREEN_TIME.interface)
        # Only the portal and the shell themselves are believed: anyone else could fake a break.
        self._listening = (self.bus.listen(setting, self._setting_changed, sender=PORTAL.bus_name)
                           and self.bus.listen(shell, self._properties_changed,
                                               sender=SCREEN_TIME.bus_name)
                           and self.bus.follow(SCREEN_TIME.bus_name, self._shell_owner))
        if not self._listening:
            self.stop()
            return
        self.bus.ask(new_method_call(PORTAL, "ReadAll", "as", ([BREAKS, MOVEMENT],)), self._read_all)
        if self.bus.owner(SCREEN_TIME.bus_name) is not None:
            self._ask_shell()

    def stop(self) -> None:
        for callback in (self._setting_changed, self._properties_changed, self._shell_owner):
            self.bus.unlisten(callback)
        self._listening = False

    def status(self) -> SourceStatus:
        """What GNOME's break reminders do here, for Settings and ``--diagnose``."""
        if not self._listening:
            return SourceStatus(WHAT, False,
                                QT_TRANSLATE_NOOP("presence", "the desktop cannot be asked: no session bus"))
        if not self.screen_time:
            return SourceStatus(WHAT, False,
                                QT_TRANSLATE_NOOP("presence", "this desktop has no break reminders of its own"
                                                              " (GNOME 48's Wellbeing)"))
        if not movement_on(self.selected):
            return SourceStatus(WHAT, False, QT_TRANSLATE_NOOP("presence", "GNOME's movement breaks are off"))
        return SourceStatus(WHAT, True, QT_TRANSLATE_NOOP("presence", "GNOME's movement breaks are on "
                                                                "(org.gnome.Shell.ScreenTime)"))

    # -- the portal: selected-breaks, and a movement break's length -------------------------
    def _read_all(self, reply) -> None:
        if reply.header.message_type == MessageType.error:
            log.info("The desktop portal has no break reminder settings here: %s", reply.body)
            return
        found = reply.body[0]
        for key, (_, value) in found.get(MOVEMENT, {}).items():
            self._movement(key, value)
        if (value := found.get(BREAKS, {}).get("selected-breaks")) is not None:
            self._selected(value[1])

    def _setting_changed(self, message) -> None:
        namespace, key, (_, value) = message.body
        if (namespace, key) == (BREAKS, "selected-breaks"):
            self._selected(value)
        elif namespace == MOVEMENT:
            self._movement(key, value)

    def _selected(self, value) -> None:
        was = self.movement
        self.selected = tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()
        if self.movement != was:
            self.changed.emit()

    def _movement(self, key: str, value) -> None:
        if not (isinstance(value, int) and value > 0):
            return
        if key == "duration-seconds":
            self._follower.movement_seconds = value
        elif key == "interval-seconds":
            self._follower.interval_seconds = value

    # -- the shell: ScreenTime's State and LastBreakEndTime ----------------------------------
    def _ask_shell(self) -> None:
        self.bus.ask(Properties(SCREEN_TIME).get_all(), self._all_properties)

    def _all_properties(self, reply) -> None:
        if reply.header.message_type == MessageType.error:
            log.info("GNOME Shell has no ScreenTime here (before GNOME 48): %s", reply.body)
            return
        self._shell_present(True)
        self._apply(reply.body[0])

    def _properties_changed(self, message) -> None:
        _, changed, _ = message.body
        self._shell_present(True)
        self._apply(changed)

    def _shell_owner(self, owner: str | None) -> None:
        # A restarted shell starts its break manager afresh: so does the follower.
        old = self._follower
        self._follower = ScreenTimeFollower(old.movement_seconds, old.interval_seconds)
        if owner is None:
            self._shell_present(False)
        else:
            self._ask_shell()

    def _shell_present(self, present: bool) -> None:
        was = self.movement
        self.screen_time = present
        if self.movement != was:
            self.changed.emit()

    def _apply(self, properties: dict) -> None:
        state = properties.get("State", (None, None))[1]
        last_end = properties.get("LastBreakEndTime", (None, None))[1]
        for event in self._follower.update(self.clock(), state=state, last_end=last_end):
            if isinstance(event, BreakBegan):
                self.began.emit()
            elif isinstance(event, BreakTaken):
                self.taken.emit(event)

