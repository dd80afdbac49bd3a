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


@pytest.fixture
def running_app(desktop, companion_home):
    """The real app, Today open, on the test display; its data in this test's temp folder."""
    app = RunningApp(dict(desktop, COMPANION_HOME=os.environ["COMPANION_HOME"],
                          XDG_CONFIG_HOME=os.environ["XDG_CONFIG_HOME"],
                          XDG_DATA_HOME=os.environ["XDG_DATA_HOME"], HOME=os.environ["HOME"],
                          XDG_RUNTIME_DIR=os.environ["XDG_RUNTIME_DIR"]))
    yield app
    app.close()
