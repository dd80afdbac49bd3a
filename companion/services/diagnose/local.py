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

from .facts import Fact, short

SESSION_NAMES = {"wayland": "Wayland", "x11": "X11", "tty": "text console"}


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
    desktop = os.environ.get("XDG_CURRENT_DESKTOP") or "not named (XDG_CURRENT_DESKTOP is unset)"
    shown = [f"{var}={os.environ[var]}" for var in ("WAYLAND_DISPLAY", "DISPLAY",
                                                     "QT_QPA_PLATFORM") if os.environ.get(var)]
    if kind == "wayland" and os.environ.get("DISPLAY"):
        shown.append("X11 programs through XWayland")
    platform = _qt_platform()
    detail = (f"{SESSION_NAMES.get(kind, kind)} session, desktop {desktop}; "
              + (f"windows through Qt's {platform} platform; " if platform else "")
              + (", ".join(shown) or "no display"))
    if not shown:
        return Fact("Display", False, detail, "Start Companion inside a desktop session.")
    return Fact("Display", True, detail)


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
    if entry.is_enabled():
        return Fact("Start at login", True, f"on ({path})")
    return Fact("Start at login", False, f"off (no active entry at {path})",
                "Turn on 'Start Companion when I log in' in Settings.")


def folder(topic: str, path: Path) -> Fact:
    """Does ``path`` exist, belong to the user and allow only them in?"""
    try:
        info = path.stat()
    except FileNotFoundError:
        return Fact(topic, True, f"{path} (not created yet; made private on first start)")
    except OSError as exc:
        return Fact(topic, False, f"{path}: {exc.strerror}", "Check the folder's permissions.")
    mode = stat.S_IMODE(info.st_mode)
    detail = f"{path} ({oct(mode)[2:]})"
    if not os.access(path, os.W_OK | os.X_OK):
        return Fact(topic, False, detail + ", not writable",
                    f"Make it yours and writable: chmod u+rwx '{path}'")
    if mode & 0o077:
        return Fact(topic, False, detail + ", others can read it",
                    f"Make it private: chmod 700 '{path}'")
    return Fact(topic, True, detail)


def folders() -> list[Fact]:
    """The config and data folders (found as the app finds them, creating nothing)."""
    from companion.services import paths
    try:
        places = paths.resolve(create=False)
    except Exception as exc:
        return [Fact("Folders", False, f"cannot be found ({short(exc)})")]
    return [folder("Config folder", places.config_dir), folder("Data folder", places.data_dir)]


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
    return Fact("Versions", ok, ", ".join(parts),
                "" if ok else "Reinstall Companion: pipx install --force companion")
