"""The quick checks that ask nothing of D-Bus: display, X11 tray, folders, start at login,
versions. Plain Python (the X11 tray through presence's own libX11 bindings; Qt only to
name the platform of a GUI application already running)."""

from __future__ import annotations

import os
import stat
import sys
from importlib import metadata
from pathlib import Path

from companion import __version__
from companion.core.i18n import QT_TRANSLATE_NOOP, translate
from companion.core.translated import Words

from .facts import Fact, short

SESSION_NAMES = Words("diagnose", {"wayland": "Wayland", "x11": "X11",
                                     "tty": QT_TRANSLATE_NOOP("diagnose", "text console")})


def session_type() -> str:
    """"wayland", "x11" or what the session manager says; from the display when it is silent."""
    said = (os.environ.get("XDG_SESSION_TYPE") or "").lower()
    if said in ("wayland", "x11"):
        return said
    if os.environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    if os.environ.get("DISPLAY"):
        return "x11"
    return said or "unknown"


def display() -> Fact:
    """Which session this is (X11 or Wayland, which desktop) and which display Companion uses."""
    kind = session_type()
    desktop = os.environ.get("XDG_CURRENT_DESKTOP") or translate(
        "diagnose", "not named (XDG_CURRENT_DESKTOP is unset)")
    shown = [f"{var}={os.environ[var]}" for var in ("WAYLAND_DISPLAY", "DISPLAY",
                                                     "QT_QPA_PLATFORM") if os.environ.get(var)]
    if kind == "wayland" and os.environ.get("DISPLAY"):
        shown.append(translate("diagnose", "X11 programs through XWayland"))
    platform = _qt_platform()
    detail = (translate("diagnose", "{session} session, desktop {desktop}; ").format(
                  session=SESSION_NAMES.get(kind, kind), desktop=desktop)
              + (translate("diagnose", "windows through Qt's {platform} platform; ").format(
                  platform=platform) if platform else "")
              + (", ".join(shown) or translate("diagnose", "no display")))
    topic = translate("diagnose", "Display")
    if not shown:
        return Fact(topic, False, detail, translate("diagnose", "Start Companion inside a desktop session."))
    return Fact(topic, True, detail)


def _qt_platform() -> str | None:
    """The Qt platform plugin in use, where a GUI application runs (not in --diagnose)."""
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance()
    return app.platformName() if isinstance(app, QGuiApplication) else None


def x11_tray_owner(display: str | None = None) -> bool | None:
    """Whether an X11 tray holds the _NET_SYSTEM_TRAY_S<screen> selection; None without
    an X display (or X libraries)."""
    from companion.services.presence.x11 import Display

    connection = Display(display)
    if not connection:
        return None
    try:
        return connection.selection_owner(f"_NET_SYSTEM_TRAY_S{connection.screen()}") != 0
    finally:
        connection.close()


def autostart() -> Fact:
    """Will Companion start at login?"""
    from companion.services import autostart as entry
    path = entry.entry_path()
    topic = translate("diagnose", "Start at login")
    if entry.is_enabled():
        return Fact(topic, True, translate("diagnose", "on ({file})").format(file=path))
    return Fact(topic, False, translate("diagnose", "off (no active entry at {file})").format(file=path),
                translate("diagnose", "Turn on 'Start Companion when I log in' in Settings."))


def folder(topic: str, path: Path) -> Fact:
    """Does ``path`` exist, belong to the user and allow only them in?"""
    try:
        info = path.stat()
    except FileNotFoundError:
        return Fact(topic, True, translate("diagnose", "{folder} (not created yet; made private on "
                                           "first start)").format(folder=path))
    except OSError as exc:
        return Fact(topic, False, f"{path}: {exc.strerror}",
                    translate("diagnose", "Check the folder's permissions."))
    mode = stat.S_IMODE(info.st_mode)
    detail = f"{path} ({oct(mode)[2:]})"
    if not os.access(path, os.W_OK | os.X_OK):
        return Fact(topic, False, translate("diagnose", "{folder}, not writable").format(folder=detail),
                    translate("diagnose", "Make it yours and writable: {command}").format(
                        command=f"chmod u+rwx '{path}'"))
    if mode & 0o077:
        return Fact(topic, False, translate("diagnose", "{folder}, others can read it").format(
            folder=detail),
                    translate("diagnose", "Make it private: {command}").format(command=f"chmod 700 '{path}'"))
    return Fact(topic, True, detail)


def folders() -> list[Fact]:
    """The config and data folders (found as the app finds them, creating nothing)."""
    from companion.services import paths
    try:
        places = paths.resolve(create=False)
    except Exception as exc:
        return [Fact(translate("diagnose", "Folders"), False,
                     translate("diagnose", "cannot be found ({problem})").format(problem=short(exc)))]
    return [folder(translate("diagnose", "Config folder"), places.config_dir),
            folder(translate("diagnose", "Data folder"), places.data_dir)]


def versions() -> Fact:
    """Companion, Python, Qt, PySide6 and APScheduler versions."""
    parts = [f"Companion {__version__}", f"Python {sys.version.split()[0]}"]
    try:
        from PySide6 import QtCore
        from PySide6 import __version__ as pyside
        parts += [f"Qt {QtCore.qVersion()}", f"PySide6 {pyside}"]
    except Exception as exc:
        parts.append(f"PySide6 missing ({short(exc)})")
    for dist in ("APScheduler",):
        try:
            parts.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist} missing")
    ok = not any("missing" in p for p in parts)
    return Fact(translate("diagnose", "Versions"), ok, ", ".join(parts),
                "" if ok else translate("diagnose", "Reinstall Companion: {command}").format(
                    command="pipx install --force companion"))
