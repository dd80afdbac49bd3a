"""Whether the desktop asks for less motion: the XDG desktop portal's settings and KDE's file.

Asked lazily, the first time a window with animation opens, never at start-up. The portal
(org.freedesktop.portal.Settings, on the app's shared session bus) is asked without
waiting: its answer, and every later SettingChanged signal, arrive through Qt's event
loop, so a slow or missing portal costs nothing. Keys read (any one asking for less motion is enough):

- ``org.freedesktop.appearance reduced-motion`` (u): 1 asks for reduced motion (the portal's
  standard key, served by newer GNOME and KDE portals);
- ``org.gnome.desktop.interface enable-animations`` (b): false (GNOME's "Animations" switch);
- ``org.kde.kdeglobals.KDE AnimationDurationFactor`` (d): 0 (KDE's animation speed "instant"),
  also read straight from ``$XDG_CONFIG_HOME/kdeglobals`` for a KDE session without a portal.

Qt 6.11 has no motion preference of its own (QAccessibilityHints gains one in Qt 6.12).
"""

from __future__ import annotations

import configparser
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from companion.services.dbus import Bus

log = logging.getLogger(__name__)
PORTAL_NAME = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SETTINGS = "org.freedesktop.portal.Settings"


def _number(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


# (namespace, key) -> whether that value asks for less motion.
KEYS: dict[tuple[str, str], Callable[[object], bool]] = {
    ("org.freedesktop.appearance", "reduced-motion"): lambda value: value == 1,
    ("org.gnome.desktop.interface", "enable-animations"): lambda value: value is False,
    ("org.kde.kdeglobals.KDE", "AnimationDurationFactor"): lambda value: _number(value) == 0,
}
KDE_FILE_KEY = ("kdeglobals", "AnimationDurationFactor")


def kde_file_reduced(config_home: Path) -> bool:
    """Whether ``kdeglobals`` sets animations to instant (AnimationDurationFactor=0)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # KDE's keys are case-sensitive
    try:
        parser.read(config_home / "kdeglobals", encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        log.info("Cannot read kdeglobals: %s", exc)
        return False
    return _number(parser.get("KDE", "AnimationDurationFactor", fallback=None)) == 0


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


class DesktopMotion(QObject):
    """The desktop's wish for less motion; ``changed(reduced)`` when it is known or changes."""

    changed = Signal(bool)

    def __init__(self, bus: Bus | None, config_home: Path | None = None,
                 parent: QObject | None = None):
        """``bus``: the session bus, where the portal is (None: only KDE's file is read)."""
        super().__init__(parent)
        self._bus = bus
        self._config_home = config_home
        self._says: dict[tuple[str, str], bool] = {}
        self._started = False

    @property
    def reduced(self) -> bool:
        """Whether any source heard so far asks for reduced motion."""
        return any(self._says.values())

    def start(self) -> None:
        """Read the desktop's setting and keep listening (once; later calls do nothing)."""
        if self._started:
            return
        self._started = True
        if kde_file_reduced(self._config_home or _config_home()):
            self._hear(KDE_FILE_KEY, True)
        self._ask_portal()

    def close(self) -> None:
        """Stop following the portal (the bus is the app's, and stays)."""
        if self._bus is not None:
            self._bus.unlisten(self._setting_changed)
            self._bus = None

    # -- the portal ----------------------------------------------------------------
    def _ask_portal(self) -> None:
        if not self._bus:
            return
        from jeepney import DBusAddress, MatchRule, new_method_call
        portal = DBusAddress(PORTAL_PATH, bus_name=PORTAL_NAME, interface=SETTINGS)
        changed = MatchRule(type="signal", interface=SETTINGS, member="SettingChanged", path=PORTAL_PATH)
        self._bus.listen(changed, self._setting_changed, sender=PORTAL_NAME)  # only the portal itself
        # ReadAll (version 1 of the interface, so any portal): one question for all keys,
        # answered later (a portal started on demand may take seconds).
        namespaces = sorted({namespace for namespace, _ in KEYS})
        self._bus.ask(new_method_call(portal, "ReadAll", "as", (namespaces,)), self._read_all)

    def _setting_changed(self, message) -> None:
        namespace, key, (_, value) = message.body
        if (namespace, key) in KEYS:
            self._hear((namespace, key), KEYS[namespace, key](value))

    def _read_all(self, reply) -> None:
        from jeepney import MessageType
        if reply.header.message_type == MessageType.error:
            log.info("The desktop portal has no settings here: %s", reply.body)
            return
        namespaces = reply.body[0]
        for (namespace, key), asks in KEYS.items():
            found = namespaces.get(namespace, {}).get(key)
            if found is not None:
                self._hear((namespace, key), asks(found[1]))

    def _hear(self, source: tuple[str, str], reduce: bool) -> None:
        before = self.reduced
        self._says[source] = reduce
        log.info("Desktop motion: %s says %s", ".".join(source), "reduce" if reduce else "animate")
        if self.reduced != before or len(self._says) == 1:
            self.changed.emit(self.reduced)
