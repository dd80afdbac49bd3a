"""Test isolation: no test ever touches the developer's real config or data."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests stay small so the whole suite stays fast; no per-example deadline,
# since a loaded CI machine (or the first SQLite file of a run) is slow now and then.
# HYPOTHESIS_PROFILE=thorough runs many more examples on demand.
settings.register_profile("ci", max_examples=40, deadline=None)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent

# Must be set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The developer's own desktop language stays out: with LANG=de_DE.UTF-8 in their shell, a
# test still reads English. QLocale.system() then says "C" (uiLanguages ["C"]), which
# Companion takes as English; app processes the tests start inherit it. A test of
# another desktop language sets it for its own process (tests/test_language_app.py).
for name in ("LANGUAGE", "LC_MESSAGES", "LC_TIME", "LC_NUMERIC"):
    os.environ.pop(name, None)
os.environ["LC_ALL"] = os.environ["LANG"] = "C.UTF-8"
# Tests may only use a session bus that is private to the test run (.ci/run starts one
# with dbus-run-session and says so); never the developer's desktop bus.
if os.environ.get("COMPANION_PRIVATE_BUS") != "1":
    os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)


# After each test, the windows it left are deleted (tests/widget_sweep.py says why).
pytest_plugins = ["widget_sweep"]


# The quick set is `pytest -m "not slow"`. A test is slow when it starts real programs (Xvfb,
# a bus daemon, dunst, openbox, the AT-SPI bus, the app as a process), which it does through
# one of these fixtures, or when its module says so (``pytestmark = pytest.mark.slow``: real
# processes, or a sweep over every window). CI runs everything.
DESKTOP_FIXTURES = {"xvfb", "private_bus", "openbox", "desktop", "portal_bus"}


_worker_bus = None


def pytest_configure(config):
    """Under pytest-xdist each worker process gets a session bus of its own, as the whole run
    has one under dbus-run-session: two workers then never meet on one bus (two dunsts
    wanting org.freedesktop.Notifications, say)."""
    global _worker_bus
    if os.environ.get("PYTEST_XDIST_WORKER") and os.environ.get("COMPANION_PRIVATE_BUS") == "1":
        from desktop_helpers import start_reporting
        _worker_bus, address = start_reporting(
            ["dbus-daemon", "--session", "--nofork", "--print-address={fd}"])
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address


def pytest_unconfigure(config):
    if _worker_bus is not None:
        from desktop_helpers import stop
        stop(_worker_bus)


def pytest_sessionstart(session):
    # A faketime wrapper ended by a signal leaves files named after its pid in /dev/shm, and
    # a later wrapper with that pid cannot start: clear what ended runs left behind.
    from desktop_helpers import forget_stale_faketime
    forget_stale_faketime()
    # The app processes the tests start write no bytecode (PYTHONDONTWRITEBYTECODE in their
    # environment), so on a fresh checkout each compiled what it imported from source again:
    # compiled once here instead (a fraction of a second; up-to-date files are skipped).
    if not sys.flags.dont_write_bytecode and "PYTEST_XDIST_WORKER" not in os.environ:
        import compileall
        compileall.compile_dir(ROOT / "companion", quiet=1)


def pytest_collection_modifyitems(items):
    for item in items:
        if DESKTOP_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
    # In a parallel run (pytest -n, each module kept whole, in this order: .ci/run passes
    # --no-loadscope-reorder) the minutes-long modules start first, then the rest with real
    # programs, so no worker is left busy with a long one after the others are done.
    slow = {item.path for item in items if item.get_closest_marker("slow")}
    long = {item.path for item in items if item.get_closest_marker("long")}
    items.sort(key=lambda item: (item.path not in long, item.path not in slow))


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """Every test reads Companion in English, with its English plural forms, as a person
    with an English desktop does; a test of another language installs that one and
    puts English back after (``language``)."""
    from companion.services import language
    language.install("en")
    yield


@pytest.fixture(autouse=True)
def water_unit_put_back():
    """An app whose settings chose a water unit leaves it chosen (as the language): the next
    test follows the region's again (the C locale's: millilitres)."""
    yield
    from companion.core import wording
    wording.choose_water_unit("")


@pytest.fixture
def language(english, monkeypatch):
    """``language("de")`` shows Companion in German until the test ends, as on a German
    desktop: an app built afterwards (``make_app``) follows it too."""
    from companion.services import language as languages

    def use(code: str) -> None:
        monkeypatch.setattr(languages, "desktop_language", lambda ui_languages=None: code)
        languages.install(code)
    yield use
    languages.install("en")


@pytest.fixture(autouse=True)
def companion_home(tmp_path, monkeypatch):
    """Point config and data at a fresh temporary folder for every test."""
    home = tmp_path / "companion-home"
    monkeypatch.setenv("COMPANION_HOME", str(home))
    # Belt and braces: anything that still asks XDG lands in the temp dir too.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    # The single-instance socket lives here; a short path keeps it within AF_UNIX's limit.
    runtime = tempfile.mkdtemp(prefix="companion-run-")
    os.chmod(runtime, 0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)
    yield home
    shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def permissive_umask(request):
    """Run the test under a common and a wide-open umask; restore the real one after."""
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


# -- the running app, as the widget and end-to-end tests build it ----------------------
APP_TZ_NAME = "Europe/Paris"


@pytest.fixture
def clock():
    """A Monday morning, 09:50 in Paris, that a test moves by hand."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from companion.core.clock import FakeClock
    return FakeClock(datetime(2026, 3, 2, 9, 50, tzinfo=ZoneInfo(APP_TZ_NAME)))


@pytest.fixture
def make_app(qtbot, clock, monkeypatch):
    """Builds and starts real apps (scheduler paused, toasts instead of D-Bus); shut at the end."""
    from zoneinfo import ZoneInfo

    from companion.app import Companion
    from companion.services import paths

    # Toasts, not desktop notifications: a notification server has its own tests.
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    made = []

    def make(places=None, open_today=True, **kwargs):
        # Never let a real modal question block a test (qtbot closes windows at teardown).
        kwargs.setdefault("confirm_quit", lambda: False)
        kwargs.setdefault("clock", clock)
        kwargs.setdefault("tz", ZoneInfo(APP_TZ_NAME))
        app = Companion(places or paths.resolve(), start_paused=True, **kwargs)
        if open_today:
            qtbot.addWidget(app.home.today)
        app.start()
        made.append(app)
        return app

    yield make
    for app in made:
        app.features.close_all()
        app.shutdown()


@pytest.fixture
def portal_bus(tmp_path):
    """A private session bus on which tests start stand-in desktop portals (portal_helpers)."""
    from portal_helpers import PrivateBus
    bus = PrivateBus(tmp_path)
    yield bus
    bus.stop()
