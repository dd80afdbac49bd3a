"""GNOME's do-not-disturb switch: ``show-banners`` in ``org.gnome.desktop.notifications``,
read through the XDG desktop portal's Settings interface and followed as it changes.

The portal serves GNOME's settings to any program (a Flatpak too) and signals each change
with SettingChanged, so nothing runs gsettings and nothing polls. It is asked without
waiting, like the motion setting: until it answers, do not disturb counts as off.
"""

from __future__ import annotations

import logging

from jeepney import DBusAddress, MatchRule, MessageType, new_method_call
from PySide6.QtCore import QObject, Signal

from companion.core.i18n import QT_TRANSLATE_NOOP
from companion.services.dbus import Bus

from .status import SourceStatus

log = logging.getLogger(__name__)
PORTAL = DBusAddress("/org/freedesktop/portal/desktop", bus_name="org.freedesktop.portal.Desktop",
                     interface="org.freedesktop.portal.Settings")
NAMESPACE, KEY = "org.gnome.desktop.notifications", "show-banners"
REASON = QT_TRANSLATE_NOOP("away", "do not disturb is on")  # recorded in English; shown translated


class GnomeDoNotDisturb(QObject):
    """Answers REASON while GNOME's banners are off; ``ended`` when they come back on."""

    ended = Signal()

    def __init__(self, bus: Bus, parent: QObject | None = None):
        super().__init__(parent)
        self.bus = bus
        self.on = False

    def start(self) -> SourceStatus:
        what = "do not disturb"
        if not self.bus:
            return SourceStatus(what, False, QT_TRANSLATE_NOOP("presence", "no session bus"))
        rule = MatchRule(type="signal", interface=PORTAL.interface, member="SettingChanged",
                         path=PORTAL.object_path)
        rule.add_arg_condition(0, NAMESPACE)
        if not self.bus.listen(rule, self._setting_changed, sender=PORTAL.bus_name):
            return SourceStatus(what, False, QT_TRANSLATE_NOOP("presence", "cannot listen to the desktop portal"))
        self.bus.ask(new_method_call(PORTAL, "ReadAll", "as", ([NAMESPACE],)), self._read_all)
        return SourceStatus(what, True,
                            QT_TRANSLATE_NOOP("presence", "GNOME's show-banners setting, through the desktop portal"))

    def stop(self) -> None:
        self.bus.unlisten(self._setting_changed)

    def reason(self) -> str | None:
        return REASON if self.on else None

    def _read_all(self, reply) -> None:
        if reply.header.message_type == MessageType.error:
            log.info("The desktop portal has no notification settings here: %s", reply.body)
            return
        found = reply.body[0].get(NAMESPACE, {}).get(KEY)
        if found is not None:
            self._banners(found[1])

    def _setting_changed(self, message) -> None:
        namespace, key, (_, value) = message.body
        if (namespace, key) == (NAMESPACE, KEY):
            self._banners(value)

    def _banners(self, shown) -> None:
        was, self.on = self.on, shown is False
        if was and not self.on:
            self.ended.emit()
