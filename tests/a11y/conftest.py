"""A real display, a real accessibility bus and the real app, for the AT-SPI tests.

The app runs in its own process on Xvfb (Qt's accessibility forced on); Debian's
python3 with pyatspi reads and drives it over the bus, as Orca would.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pytest
from desktop_helpers import BUS_CONFIG, start_reporting, stop

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
ANSWER_S = 20


def _missing() -> str | None:
    if shutil.which("Xvfb") is None:
        return "Xvfb (Debian xvfb)"
    if not os.path.exists(BUS_LAUNCHER):
        return "at-spi2-core"
    if subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        return "python3-pyatspi"
    if os.environ.get("COMPANION_PRIVATE_BUS") != "1" or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "a private session bus (run under dbus-run-session with COMPANION_PRIVATE_BUS=1)"
    return None


def _line(stream, what: str) -> str:
    """The next line from a child, waiting only as long as it may take to answer."""
    ready, _, _ = select.select([stream], [], [], ANSWER_S)
    if not ready:
        raise TimeoutError(f"no answer from {what} within {ANSWER_S} s")
    return stream.readline()


@pytest.fixture(scope="session")
def desktop(tmp_path_factory):
    """Environment for a process on a fresh 1366x768 Xvfb display with its own a11y bus.

    Its session bus is its own too, one that starts nothing on demand: on the test run's
    bus every app start asked for a notification server, and the bus started dunst with no
    display to show on (some 40 failed starts a run). Prompts are toasts here.
    """
    missing = _missing()
    if missing:
        pytest.skip(f"the AT-SPI tests need {missing}; .ci/bootstrap --tests installs it")
    config = tmp_path_factory.mktemp("a11y-bus") / "bus.conf"
    config.write_text(BUS_CONFIG)  # no service folders: nothing is activated
    bus, bus_address = start_reporting(["dbus-daemon", f"--config-file={config}", "--nofork",
                                        "--print-address={fd}"])
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + _line(pipe, "Xvfb").strip()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", DBUS_SESSION_BUS_ADDRESS=bus_address)
    # The bus must be up before Qt starts: Qt asks for it once, at start-up.
    launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi; pyatspi.Registry.getDesktop(0).childCount"],
                           env=env, capture_output=True, timeout=ANSWER_S)
    assert probe.returncode == 0, probe.stderr
    yield env
    for process in (launcher, xvfb):
        process.terminate()
        process.wait(timeout=ANSWER_S)
    stop(bus)


class RunningApp:
    """The app in its own process: orders over stdin, AT-SPI steps through pyatspi."""

    def __init__(self, env: dict):
        self.env = env
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "a11y_host.py")], env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self._answer() == "ready"

    def _answer(self):
        line = _line(self.process.stdout, "the app")
        assert line, "the app exited"
        return json.loads(line)

    def order(self, text: str):
        """Tell the app itself to do something (what the test cannot do over AT-SPI)."""
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()
        return self._answer()

    def at_spi(self, *steps: list) -> list:
        """Run AT-SPI steps (see atspi_client.py) and return their results."""
        from tests.a11y.a11y_host import APP_NAME
        done = subprocess.run([SYSTEM_PYTHON, str(HERE / "atspi_client.py"), APP_NAME,
                               json.dumps(list(steps))], env=self.env, capture_output=True,
                              text=True, timeout=ANSWER_S * (len(steps) + 1))
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def close(self) -> None:
        try:
            self.order("quit")
        except (OSError, TimeoutError, AssertionError):
            pass
        self.process.kill() if self.process.poll() is None else None
        self.process.wait(timeout=ANSWER_S)


def _own_folders(desktop: dict, home: Path) -> dict:
    """The desktop's environment with Companion's data and the user's folders under ``home``."""
    runtime = tempfile.mkdtemp(prefix="companion-run-")  # short: the socket path has a limit
    os.chmod(runtime, 0o700)
    return dict(desktop, COMPANION_HOME=str(home / "companion-home"),
                XDG_CONFIG_HOME=str(home / "xdg-config"), XDG_DATA_HOME=str(home / "xdg-data"),
                HOME=str(home / "home"), XDG_RUNTIME_DIR=runtime)


class AppAtHome:
    """One real app for a module's tests, each handed it with Today alone on screen.

    Starting the app costs more than most tests of one window; a user opens one window
    after another in one app too. A test names what it needs as a new user has it
    (``get(new=...)``): a kind of history event none of which is recorded yet
    ("water_logged"), "paused" (reminders running), "settings" (as they came) or
    "everything"; if the tests before changed that, it gets a new app.
    """

    def __init__(self, desktop: dict, folders):
        self.desktop, self.folders = desktop, folders
        self.app: RunningApp | None = None
        self.changed: set[str] = set()  # since the start: event kinds recorded, "paused", "settings"

    def get(self, new: Iterable[str] = ()) -> RunningApp:
        wanted = set(new)
        if self.app is not None and (wanted & self.changed or ("everything" in wanted and self.changed)):
            self.close()
        if self.app is None:
            self.app = RunningApp(_own_folders(self.desktop, self.folders()))
            self.changed = set()
        return self.app

    def home(self) -> None:
        """After a test: every window it opened closed, the next one built anew."""
        if self.app is None:
            return
        try:
            back = self.app.order("home")
            assert back["shown"] == [], f"still on screen after closing: {back['shown']}"
        except BaseException:  # the next test gets a new app, not this one's leftovers
            self.close()
            raise
        self.changed = set(back["recorded"]) | {name for name, changed in (
            ("paused", back["paused"]), ("settings", back["settings_changed"])) if changed}

    def close(self) -> None:
        if self.app is not None:
            self.app.close()
            shutil.rmtree(self.app.env["XDG_RUNTIME_DIR"], ignore_errors=True)
            self.app = None


@pytest.fixture(scope="module")
def shared_app(desktop, tmp_path_factory):
    """An AppAtHome for this module's tests (see there)."""
    apps = AppAtHome(desktop, lambda: tmp_path_factory.mktemp("a11y-app"))
    yield apps
    apps.close()


@pytest.fixture
def app_at_home(shared_app):
    """The module's one app, Today alone on screen; every window the test opened closed after."""
    yield shared_app.get()
    shared_app.home()


@pytest.fixture
def app_as_new(shared_app):
    """``app_as_new(*what)``: the module's app with ``what`` as a new user has it
    (AppAtHome.get), Today alone on screen; every window the test opened closed after."""
    yield lambda *what: shared_app.get(new=what)
    shared_app.home()
