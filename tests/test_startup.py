"""The start-up tweaks still work: each test fails loudly if a PySide6 upgrade breaks the
tweak (and the second shows the check itself can fail). APScheduler's lean import is
tested with the rest of APScheduler, in tests/services/test_scheduler.py."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

ROOT = Path(__file__).resolve().parent.parent


def test_modules_imported_after_pyside_are_classified_without_keeping_their_source(tmp_path):
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "plain.py").write_text("VALUE = 1\n" * 2000)
    script = textwrap.dedent(f"""
        import linecache, sys
        sys.path.insert(0, {str(tmp_path)!r})
        from companion import startup
        assert startup.skip_pyside_source_scan(), "PySide6's hook is gone: see companion/startup.py"
        import shibokensupport.feature as feature
        assert feature._mod_uses_pyside is startup.mentions_pyside
        import uses_qt, plain, wave
        cached = [name for name in linecache.cache if name.endswith(("uses_qt.py", "plain.py", "wave.py"))]
        print(feature.pyside_feature_dict["uses_qt"], feature.pyside_feature_dict["plain"],
              feature.pyside_feature_dict["wave"], cached)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
                            timeout=60)
    assert result.returncode == 0, result.stderr
    # 0: PySide's "uses PySide, no feature switched on"; -1: "not a PySide module".
    assert result.stdout.split() == ["0", "-1", "-1", "[]"]


def test_without_the_replacement_pyside_would_keep_the_source(tmp_path):
    """The check above can fail: PySide's own scan does leave the file in the line cache."""
    (tmp_path / "plain.py").write_text("VALUE = 1\n")
    script = textwrap.dedent(f"""
        import linecache, sys
        sys.path.insert(0, {str(tmp_path)!r})
        import PySide6.QtCore
        import plain
        print(any(name.endswith("plain.py") for name in linecache.cache))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


# -- what a settled tray start has loaded ----------------------------------------------------
# A returning user's start at login with a system tray, every presence source on, 30 s in (services,
# presence sources, notifications and the alarm all started): none of these is loaded. Each
# is large and came in once through a dependency; the comment says what brought it.
NOT_AFTER_SETTLING = (
    "asyncio", "ssl",                         # APScheduler's coroutine check (services/scheduler.py)
    "importlib.metadata", "email", "csv",     # APScheduler's version and plugin lookup
    "multiprocessing", "concurrent.futures",  # APScheduler's thread and process pool executors
    "fractions", "decimal",                   # settings: migrating a version 1 file
    "uuid", "platform",                       # APScheduler's job names; history's first event
    "logging.handlers", "pickle", "queue",    # the rotating log (companion/logs.py)
    "PySide6.QtNetwork", "PySide6.QtSvg", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech",
    "companion.ui.widgets.colors",            # the colour code: with the first window (0.8 MiB)
    "companion.core.breaks",                  # the break screen's rules: with the first one
    "companion.ui.shell.today", "companion.ui.shell.settings_dialog",
    "companion.ui.shell.history", "companion.ui.stretch.window",
    "companion.ui.breathing.window", "companion.ui.check.window",
    "companion.ui.stats", "companion.core.statistics", "companion.core.statistics_sql",
)
# How many modules (Companion's own aside) it may load beyond a bare PySide6 tray program:
# 65 when this was last measured (Python 3.11; 78 a round earlier, 124 before issue 19). A
# heavy import brings a dozen or more with it (email 15, asyncio 29, the rotating log's
# handlers 8), so it cannot come back unnoticed.
EXTRA_MODULES_BUDGET = 70
# And how many of Companion's own: 83 when last measured (the tray, the services, every
# presence source). A feature window brings ten or more of its own.
OWN_MODULES_BUDGET = 88

SETTLED_MODULES = """
import json, sys
from companion import startup
startup.skip_pyside_source_scan()  # as companion.__main__ does first
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
qapp = QApplication(sys.argv[:1])  # the app's main() uses this one

def report():
    print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
    # PySide6 builds its Qt namespace (all of Qt's enums, 1.4 MiB) on the first Qt.* use.
    print("QT_NAMESPACE " + json.dumps("Qt" in vars(sys.modules["PySide6.QtCore"])), flush=True)
    qapp.exit(0)  # main() then says its goodbye and returns

QTimer.singleShot(30_000, report)  # 30 s of the app's time: 3 s under faketime x10
from companion.__main__ import main
sys.exit(main(["--autostart"]))  # the start at login: a start by hand opens Today
"""

BARE_MODULES = """
import json, os, runpy, sys, threading

def report():  # from a thread: the bare program has no hook of its own
    print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
    os._exit(0)

threading.Timer(3, report).start()
sys.argv = ["baseline_tray.py", "Baseline"]
runpy.run_path({path!r}, run_name="__main__")
"""


@pytest.fixture
def tray_desktop(tmp_path, qtbot):
    """An Xvfb display with a system tray (trayer) and a private session bus."""
    from desktop_helpers import BUS_CONFIG, require, start_reporting, start_trayer, stop

    require("Xvfb", "dbus-daemon", "trayer", "faketime")
    x, number = start_reporting(["Xvfb", "-displayfd", "{fd}", "-nolisten", "tcp"])
    (tmp_path / "bus.conf").write_text(BUS_CONFIG)
    bus, address = start_reporting(["dbus-daemon", f"--config-file={tmp_path / 'bus.conf'}",
                                    "--nofork", "--print-address={fd}"])
    env = {"PATH": "/usr/bin:/bin", "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb",
           "DBUS_SESSION_BUS_ADDRESS": address, "XDG_RUNTIME_DIR": str(tmp_path),
           "COMPANION_HOME": str(tmp_path / "home")}
    tray = start_trayer(env, tmp_path / "trayer.log", qtbot)
    yield env
    for proc in (tray, bus, x):
        stop(proc)


def reported(script: str, env: dict, faketime: bool = False) -> dict:
    """What the script reported: its MODULES and QT_NAMESPACE lines (the rest is JSON)."""
    command = [sys.executable, "-c", script]
    if faketime:
        command = ["faketime", "-f", "+0 x10", *command]
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return {word: json.loads(rest) for word, _, rest in (
        line.partition(" ") for line in result.stdout.splitlines()) if word in ("MODULES", "QT_NAMESPACE")}


def test_a_settled_tray_start_loads_none_of_the_heavy_modules(tray_desktop, tmp_path):
    from companion.core.settings_schema import SCHEMA_VERSION

    config = Path(tray_desktop["COMPANION_HOME"]) / "config"
    config.mkdir(parents=True)  # a returning user's settings (no welcome), as bench/startup_idle.py
    (config / "settings.json").write_text(json.dumps(
        {"schema_version": SCHEMA_VERSION, "welcome_done": True, "start_at_login": False}))
    settled = reported(SETTLED_MODULES, tray_desktop, faketime=True)
    loaded = set(settled["MODULES"])
    log = (Path(tray_desktop["COMPANION_HOME"]) / "data" / "companion.log").read_text()
    # It did settle: a tray start, with the alarm, presence and notifications running.
    assert "Companion started (tray available)" in log
    assert {"companion.services.scheduler", "apscheduler.schedulers.base",
            "companion.services.presence.monitor", "companion.services.presence.x11_idle",
            "companion.services.notifications"} <= loaded
    assert sorted(name for name in loaded for heavy in NOT_AFTER_SETTLING
                  if name == heavy or name.startswith(heavy + ".")) == []
    assert settled["QT_NAMESPACE"] is False  # precise timers and queued calls: services/qt_values.py
    bare = set(reported(BARE_MODULES.format(path=str(ROOT / "bench" / "baseline_tray.py")),
                        tray_desktop)["MODULES"])
    extra = sorted(name for name in loaded - bare if not name.startswith("companion"))
    assert len(extra) <= EXTRA_MODULES_BUDGET, extra
    own = sorted(name for name in loaded if name.startswith("companion"))
    assert len(own) <= OWN_MODULES_BUDGET, own


# -- what the tray icon waits for --------------------------------------------------------------
# The icon's dock request leaves the moment it is shown, so what is imported before it is
# time the person waits for the icon. These are the rest of Companion, built after it.
NOT_BEFORE_THE_ICON = ("companion.app", "companion.commands", "companion.core.history", "sqlite3",
                       "companion.services.reminders", "companion.ui.features",
                       "companion.services.single_instance.server")

AT_THE_ICON = """
import json, sys
from companion import startup
startup.skip_pyside_source_scan()  # as companion.__main__ does first
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
qapp = QApplication(sys.argv[:1])
show = QSystemTrayIcon.show

def shown(icon):
    show(icon)
    print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)

QSystemTrayIcon.show = shown
QTimer.singleShot(0, lambda: qapp.exit(0))  # started: main() then says its goodbye
from companion.__main__ import main
sys.exit(main(["--autostart"]))
"""


def test_the_tray_icon_is_shown_before_the_rest_of_companion_is_loaded(tray_desktop):
    at_icon = set(reported(AT_THE_ICON, tray_desktop)["MODULES"])
    log = (Path(tray_desktop["COMPANION_HOME"]) / "data" / "companion.log").read_text()
    assert "Companion started (tray available)" in log  # and the rest did start after it
    assert "companion.ui.shell.tray" in at_icon
    assert sorted(name for name in NOT_BEFORE_THE_ICON if name in at_icon) == []
