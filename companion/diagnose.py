"""What works on this desktop and what does not, each with what to install or change.

``companion --diagnose`` prints these facts without starting Companion; the About this
system page shows the same list. Every check is quick, needs no display server (the X11
check simply finds none) and never raises: a check that fails is itself a fact.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import stat
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from companion import __version__

TIMEOUT = 1.0  # seconds for each D-Bus question
SNI_WATCHER = "org.kde.StatusNotifierWatcher"


@dataclass(frozen=True)
class Fact:
    """One finding: what was checked, whether it works, what was seen, and what to do."""

    topic: str
    ok: bool
    detail: str
    advice: str = ""


# -- D-Bus -------------------------------------------------------------------------
def _bus_call(*args) -> tuple:
    """One D-Bus method call that gives up after a few seconds; raises on any failure."""
    # jeepney waits for the bus's Hello reply without a time limit, and a wedged bus must
    # not hang a diagnosis: the call runs in a daemon thread that is abandoned if late.
    outcome: list = []

    def call() -> None:
        try:
            outcome.append((True, _bus_call_now(*args)))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append((False, exc))
    worker = threading.Thread(target=call, daemon=True, name="diagnose-dbus")
    worker.start()
    worker.join(3 * TIMEOUT)
    if not outcome:
        raise TimeoutError(f"the bus did not answer within {3 * TIMEOUT:g} s")
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


def _bus_call_now(bus: str, destination: str, path: str, interface: str, method: str,
                  signature: str | None = None, body: tuple = ()) -> tuple:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection
    from jeepney.wrappers import unwrap_msg
    address = DBusAddress(path, bus_name=destination, interface=interface)
    with open_dbus_connection(bus, auth_timeout=TIMEOUT) as conn:
        reply = conn.send_and_get_reply(new_method_call(address, method, signature, body),
                                        timeout=TIMEOUT)
        return unwrap_msg(reply)


def _name_has_owner(bus: str, name: str) -> bool:
    (owned,) = _bus_call(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                         "org.freedesktop.DBus", "NameHasOwner", "s", (name,))
    return bool(owned)


def _session_bus() -> str | None:
    return os.environ.get("DBUS_SESSION_BUS_ADDRESS") or None


# -- the tray ------------------------------------------------------------------------
def x11_tray_owner(display: str | None = None) -> bool | None:
    """Whether an X11 tray holds the _NET_SYSTEM_TRAY_S0 selection; None if no X display."""
    display = display if display is not None else os.environ.get("DISPLAY")
    library = ctypes.util.find_library("X11")
    if not display or not library:
        return None
    x11 = ctypes.CDLL(library)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetSelectionOwner.restype = ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XDefaultScreen.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handle = x11.XOpenDisplay(display.encode())
    if not handle:
        return None
    try:
        screen = x11.XDefaultScreen(handle)
        atom = x11.XInternAtom(handle, f"_NET_SYSTEM_TRAY_S{screen}".encode(), 0)
        return x11.XGetSelectionOwner(handle, atom) != 0
    finally:
        x11.XCloseDisplay(handle)


def sni_watcher() -> bool:
    """Whether a StatusNotifierItem host (KDE, GNOME's AppIndicator extension...) is on the bus."""
    bus = _session_bus()
    if not bus:
        return False
    try:
        return _name_has_owner(bus, SNI_WATCHER)
    except Exception:
        return False


def tray() -> Fact:
    """Is there a system tray for Companion's icon?"""
    sni = sni_watcher()
    x11 = x11_tray_owner()
    if sni or x11:
        kind = "StatusNotifierItem host on D-Bus" if sni else "X11 system tray (XEmbed)"
        return Fact("System tray", True, f"found: {kind}")
    where = "no X11 tray and no" if x11 is False else "no X display, and no"
    return Fact("System tray", False, f"{where} {SNI_WATCHER} on the session bus",
                "Companion lives in its window instead. On GNOME install the "
                "'AppIndicator and KStatusNotifierItem Support' extension "
                "(gnome-shell-extension-appindicator); other desktops need a tray or panel "
                "applet (e.g. trayer, stalonetray, or the panel's system tray widget).")


# -- notifications, sleep ----------------------------------------------------------------
def notifications() -> Fact:
    """Is there a notification server, and can it show buttons?"""
    bus = _session_bus()
    advice = ("Without it Companion shows its own small reminder windows. Install and run "
              "a notification daemon (e.g. dunst, mako, xfce4-notifyd); desktops like GNOME "
              "and KDE have one built in.")
    if not bus:
        return Fact("Notifications", False, "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS "
                                            "is not set)", "Start Companion from a desktop "
                                                           "session, or install dbus-x11. " + advice)
    target = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications",
              "org.freedesktop.Notifications")
    try:
        (caps,) = _bus_call(bus, *target, "GetCapabilities")
        name, vendor, version, _ = _bus_call(bus, *target, "GetServerInformation")
    except Exception as exc:
        return Fact("Notifications", False, f"no notification server answered ({_short(exc)})",
                    advice)
    server = f"{name} {version}".strip()
    if "actions" in caps:
        return Fact("Notifications", True, f"{server}, with buttons (actions)")
    return Fact("Notifications", False, f"{server}, but it cannot show buttons",
                "Reminders appear as Companion's own windows so Snooze and Skip still work; "
                "a server with actions (dunst, mako, GNOME, KDE) shows them natively.")


def sleep_signal() -> Fact:
    """Will Companion hear when the computer wakes from sleep (logind)?"""
    try:
        found = _name_has_owner("SYSTEM", "org.freedesktop.login1")
    except Exception as exc:
        return Fact("Sleep and resume", False, f"system bus not reachable ({_short(exc)})",
                    "Companion still catches up after sleep from the clock; with systemd-logind "
                    "running (install systemd and dbus) it notices at once.")
    if found:
        return Fact("Sleep and resume", True, "systemd-logind is on the system bus")
    return Fact("Sleep and resume", False, "org.freedesktop.login1 is not on the system bus",
                "Companion still catches up after sleep from the clock; install or start "
                "systemd-logind (or elogind) to be told at once.")


# -- speech and sound (need Qt; no display) -------------------------------------------------
def _qt_core():
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.instance() or QCoreApplication(sys.argv[:1])


@cache
def speech() -> Fact:
    """Can Companion read steps aloud? (checked once per run: engines are slow to start)"""
    advice = ("Install speech-dispatcher and espeak-ng (Debian/Ubuntu: sudo apt install "
              "speech-dispatcher espeak-ng), then restart Companion.")
    try:
        _qt_core()
        from PySide6.QtTextToSpeech import QTextToSpeech
    except Exception as exc:
        return Fact("Speech", False, f"Qt's speech module cannot load ({_short(exc)})", advice)
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    if not engines:
        return Fact("Speech", False, "no speech engine plugin for Qt", advice)
    problems = []
    for engine in engines:
        voice = QTextToSpeech(engine)
        try:
            if voice.state() == QTextToSpeech.State.Error:
                problems.append(f"{engine}: {voice.errorString() or 'error'}")
            elif not voice.availableVoices():
                problems.append(f"{engine}: no voices")
            else:
                return Fact("Speech", True, f"{engine} engine, {len(voice.availableVoices())} "
                                            f"voices")
        finally:
            voice.deleteLater()
    return Fact("Speech", False, "; ".join(problems), advice)


def sound() -> Fact:
    """Is there an audio output for the chime?"""
    advice = ("Install PipeWire (pipewire-pulse) or PulseAudio and check a sound device "
              "is connected; sessions work silently without one.")
    try:
        _qt_core()
        from PySide6.QtMultimedia import QMediaDevices
        outputs = QMediaDevices.audioOutputs()
    except Exception as exc:
        return Fact("Sound", False, f"Qt's multimedia module cannot load ({_short(exc)})",
                    advice)
    if not outputs:
        return Fact("Sound", False, "no audio output device", advice)
    default = QMediaDevices.defaultAudioOutput().description()
    return Fact("Sound", True, f"{len(outputs)} output(s); default: {default}")


# -- files ---------------------------------------------------------------------------------
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
    """The config and data folders."""
    try:
        from companion.services import paths
        _qt_core()
        _name_app()
        places = paths.resolve(create=False)
    except Exception as exc:
        return [Fact("Folders", False, f"cannot be found ({_short(exc)})")]
    return [folder("Config folder", places.config_dir), folder("Data folder", places.data_dir)]


def _name_app() -> None:
    # The same names as the running app, so Qt's standard paths agree with it.
    from PySide6.QtCore import QCoreApplication
    QCoreApplication.setApplicationName("Companion")
    QCoreApplication.setOrganizationName("Companion")


def versions() -> Fact:
    """Companion, Python, Qt, PySide6 and APScheduler versions."""
    parts = [f"Companion {__version__}", f"Python {sys.version.split()[0]}"]
    try:
        from PySide6 import QtCore
        from PySide6 import __version__ as pyside
        parts += [f"Qt {QtCore.qVersion()}", f"PySide6 {pyside}"]
    except Exception as exc:
        parts.append(f"PySide6 missing ({_short(exc)})")
    for dist in ("APScheduler",):
        try:
            parts.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist} missing")
    ok = not any("missing" in p for p in parts)
    return Fact("Versions", ok, ", ".join(parts),
                "" if ok else "Reinstall Companion: pipx install --force companion")


def display() -> Fact:
    """Which display server Companion would use."""
    session = os.environ.get("XDG_SESSION_TYPE") or "unknown"
    desktop = os.environ.get("XDG_CURRENT_DESKTOP") or "unknown"
    shown = [f"{var}={os.environ[var]}" for var in ("WAYLAND_DISPLAY", "DISPLAY",
                                                     "QT_QPA_PLATFORM") if os.environ.get(var)]
    detail = f"session {session}, desktop {desktop}; " + (", ".join(shown) or "no display")
    if not shown:
        return Fact("Display", False, detail, "Start Companion inside a desktop session.")
    return Fact("Display", True, detail)


def presence() -> list[Fact]:
    """Which signs of presence (away, locked, in a call, fullscreen, do not disturb) work here."""
    _qt_core()
    from companion.services.presence.monitor import PresenceMonitor

    monitor = PresenceMonitor()
    monitor.start()
    try:
        statuses = monitor.describe()
    finally:
        monitor.stop()
    return [Fact(f"Presence: {status.what}", status.available, status.how,
                 "" if status.available else
                 "Companion keeps to the clock for this: reminders are not held for it.")
            for status in statuses]


CHECKS: tuple[Callable[[], Fact | list[Fact]], ...] = (
    display, tray, notifications, sleep_signal, speech, sound, presence, autostart, folders,
    versions)


def gather() -> list[Fact]:
    """Every fact, in the order shown; a check that breaks becomes a failed fact."""
    facts: list[Fact] = []
    for check in CHECKS:
        try:
            found = check()
        except Exception as exc:  # a diagnosis must finish, whatever it finds
            found = Fact(check.__name__.replace("_", " ").capitalize(), False,
                         f"the check itself failed: {_short(exc)}")
        facts.extend(found if isinstance(found, list) else [found])
    return facts


def report(facts: list[Fact]) -> str:
    """The facts as plain text, one block per fact, ready to paste into a bug report."""
    lines = [f"Companion {__version__}: what works on this desktop", ""]
    for fact in facts:
        lines.append(f"[{'ok' if fact.ok else '!!'}] {fact.topic}: {fact.detail}")
        if fact.advice and not fact.ok:
            lines.append(f"     -> {fact.advice}")
    problems = sum(not f.ok for f in facts)
    lines += ["", "Everything works." if not problems else
              f"{problems} thing(s) to look at; Companion still runs without them."]
    return "\n".join(lines)


def main() -> int:
    """Print the diagnosis (``companion --diagnose``); 0 even when something is missing."""
    # Qt's multimedia and the speech library complain on stderr while they are probed;
    # what they found is in the facts, so the terminal shows only the report.
    sys.stdout.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as quiet:
            os.dup2(quiet.fileno(), 2)
            facts = gather()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
    print(report(facts))
    return 0


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def speech_engine_problem() -> str | None:
    """Why spoken cues cannot work here, or None when they can."""
    fact = speech()
    return None if fact.ok else f"{fact.detail}. {fact.advice}"

