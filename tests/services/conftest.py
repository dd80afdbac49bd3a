"""Real X servers, window managers and private buses for the presence source tests.

A test that needs a program this machine lacks is skipped on a developer's machine and
fails in CI (CI=true), where .ci/bootstrap --tests installs every one of them.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest
from desktop_helpers import BUS_CONFIG, WAIT_S, require, start_reporting, stop  # noqa: F401

from companion.services.presence.fullscreen import FullscreenWatch

STANDIN = Path(__file__).with_name("presence_standin.py")


@pytest.fixture
def xvfb():
    """A fresh Xvfb display (its own idle counter), e.g. ":5"."""
    require("Xvfb")
    proc, number = start_reporting(["Xvfb", "-displayfd", "{fd}", "-nolisten", "tcp",
                                    "-screen", "0", "800x600x24"])
    yield f":{number}"
    stop(proc)


# The stock system bus's rules (Debian's /usr/share/dbus-1/system.conf) and logind's own
# file: every local user may connect and send signals; only root may own login1.
SYSTEM_LIKE_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.login1"/>
  </policy>
  <policy user="root">
    <allow own="org.freedesktop.login1"/>
  </policy>
</busconfig>
"""


def _bus_daemon(config_text: str, config):
    require("dbus-daemon")
    config.write_text(config_text)
    return start_reporting(["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address={fd}"])


@pytest.fixture
def system_like_bus(tmp_path):
    """The address of a fresh private bus that keeps the system bus's rules."""
    proc, address = _bus_daemon(SYSTEM_LIKE_CONFIG, tmp_path / "system-bus.conf")
    yield address
    stop(proc)


@pytest.fixture
def private_bus(tmp_path):
    """The address of a fresh private D-Bus with nothing on it."""
    proc, address = _bus_daemon(BUS_CONFIG, tmp_path / "bus.conf")
    yield address
    stop(proc)


def x_env(display: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env


def xdotool(display: str, *args: str) -> None:
    """Input as a person would give it, through the X server's XTEST extension."""
    subprocess.run(["xdotool", *args], env=x_env(display), check=True, timeout=WAIT_S)


def _wm_up(display: str) -> bool:
    watch = FullscreenWatch(display)
    up = watch.start().available
    watch.stop()
    return up


@pytest.fixture
def openbox(xvfb, tmp_path, qtbot):
    """A real openbox managing the display.

    In loaded full runs openbox sometimes exits at once with status 1 and no message (not
    reproducible on its own); it is started again then, up to five times.
    """
    require("openbox", "xdotool")
    errors = tmp_path / "openbox.err"
    for _ in range(5):
        with errors.open("ab") as err:
            proc = subprocess.Popen(["openbox", "--sm-disable"], env=x_env(xvfb),
                                    stdout=subprocess.DEVNULL, stderr=err)
        qtbot.waitUntil(lambda p=proc: p.poll() is not None or _wm_up(xvfb), timeout=WAIT_S * 1000)
        if proc.poll() is None:
            break
    else:
        pytest.fail(f"openbox did not manage {xvfb} (exit {proc.returncode}): {errors.read_text()[-2000:]}")
    yield xvfb
    stop(proc)


class Desktop:
    """The stand-in service (see presence_standin.py), driven one command at a time."""

    def __init__(self, address: str, names: list[str], run_as: list[str] = ()):
        self.proc = subprocess.Popen([*run_as, sys.executable, str(STANDIN), address, *names],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._line() == "ready"
        self.unique_name = self.do("whoami")  # who it is on the bus

    def _line(self) -> str:
        ready, _, _ = select.select([self.proc.stdout], [], [], WAIT_S)
        assert ready, "the stand-in desktop did not answer"
        return self.proc.stdout.readline().strip()

    def do(self, command: str) -> str:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self._line()

    def calls(self) -> list[str]:
        return json.loads(self.do("calls"))


@pytest.fixture
def desktop(private_bus):
    """A factory: the stand-in serving the given names (all of them by default)."""
    started = []

    def make(*names: str) -> Desktop:
        started.append(Desktop(private_bus, list(names)))
        return started[-1]

    yield make
    for d in started:
        stop(d.proc)


@pytest.fixture
def pretender(private_bus):
    """A program that owns no name but sends the desktop's signals, to everyone and to each
    connection by name (as any program on the session bus can)."""
    fake = Desktop(private_bus, ["--no-names"])
    fake.do("spray")
    yield fake
    stop(fake.proc)
