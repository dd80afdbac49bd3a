"""Do not disturb (dunst, KDE Plasma or GNOME): asked when a reminder is due, and followed
where the server says when it changes, so a held prompt comes back as soon as it ends.
GNOME's switch is a setting, not a property of its server: see gnome_dnd.py."""

from __future__ import annotations

from jeepney import DBusAddress, MatchRule
from PySide6.QtCore import QObject, Signal

from companion.core.i18n import QT_TRANSLATE_NOOP
from companion.services.dbus import BUS_ERRORS, Bus

from .status import SourceStatus

NOTIFICATIONS = DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications",
                            interface="org.freedesktop.Notifications")
DUNST = DBusAddress(NOTIFICATIONS.object_path, bus_name=NOTIFICATIONS.bus_name,
                    interface="org.dunstproject.cmd0")
REASON = QT_TRANSLATE_NOOP("away", "do not disturb is on")  # recorded in English; shown translated


class DoNotDisturb(QObject):
    """Answers whether the desktop's do-not-disturb switch is on; emits ``ended`` when it goes off."""

    ended = Signal()

    def __init__(self, bus: Bus, parent: QObject | None = None):
        super().__init__(parent)
        self.bus = bus
        self._gnome = None
        self._ask = None
        self._key = ""  # the server's property that is its do-not-disturb switch

    def start(self) -> SourceStatus:
        """Find out which notification server runs, and so how to ask it."""
        server = ""
        if self.bus:
            try:
                server = self.bus.method(NOTIFICATIONS, "GetServerInformation")[0]
            except BUS_ERRORS:
                server = ""
        if server == "dunst":
            self._ask = lambda: self.bus.property(DUNST, "paused")
            self._follow(DUNST, "paused")
            return SourceStatus("do not disturb", True, QT_TRANSLATE_NOOP("presence", "dunst's paused state"))
        if server in ("Plasma", "KDE"):
            self._ask = lambda: self.bus.property(NOTIFICATIONS, "Inhibited")
            self._follow(NOTIFICATIONS, "Inhibited")
            return SourceStatus("do not disturb", True, QT_TRANSLATE_NOOP("presence", "Plasma's Inhibited property"))
        if server == "gnome-shell":
            from .gnome_dnd import GnomeDoNotDisturb

            self._gnome = GnomeDoNotDisturb(self.bus, self)
            self._gnome.ended.connect(self.ended)
            self._ask = self._gnome.reason
            return self._gnome.start()
        name = f"{server} " if server else ""
        return SourceStatus("do not disturb", False,
                            f"the notification server {name}has no do-not-disturb we can read"
                            if server else QT_TRANSLATE_NOOP("presence", "no notification server on the session bus"))

    def stop(self) -> None:
        self.bus.unlisten(self._changed)
        if self._gnome is not None:
            self._gnome.stop()

    def reason(self) -> str | None:
        """"do not disturb is on", or None when it is off or cannot be read now."""
        if self._ask is None:
            return None
        try:
            return REASON if self._ask() else None
        except BUS_ERRORS:
            return None

    def _follow(self, address: DBusAddress, key: str) -> None:
        """Listen to the server's PropertiesChanged for the property that is the switch.

        Only the server's own signals count: anyone else could end do not disturb early.
        """
        rule = MatchRule(type="signal", interface="org.freedesktop.DBus.Properties",
                         member="PropertiesChanged", path=address.object_path)
        rule.add_arg_condition(0, address.interface)
        self._key = key
        self.bus.listen(rule, self._changed, sender=address.bus_name)

    def _changed(self, message) -> None:
        _, changed, invalidated = message.body
        if self._key in changed:
            on = bool(changed[self._key][1])
        elif self._key in invalidated:
            on = self.reason() is not None
        else:
            return
        if not on:  # said again while off, it only makes held prompts look once more
            self.ended.emit()
