"""Real X servers, window managers and private buses for the presence source tests.

A test that needs a program this machine lacks is skipped on a developer's machine and
fails in CI (CI=true), where .ci/bootstrap --tests installs every one of them.
"""

from __future__ import annotations

import os
import subprocess

import pytest
from desktop_helpers import BUS_CONFIG, WAIT_S, require, start_reporting, stop  # noqa: F401

from companion.services.presence.fullscreen import FullscreenWatch


@pytest.fixture
def xvfb():
    """A fresh Xvfb display (its own idle counter), e.g. ":5"."""
    require("Xvfb")
    proc, number = start_reporting(["Xvfb", "-displayfd", "{fd}", "-nolisten", "tcp",
                                    "-screen", "0", "800x600x24"])
    yield f":{number}"
    stop(proc)


@pytest.fixture
def private_bus(tmp_path):
    """The address of a fresh private D-Bus with nothing on it."""
    require("dbus-daemon")
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG)
    proc, address = start_reporting(["dbus-daemon", f"--config-file={config}", "--nofork",
                                     "--print-address={fd}"])
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
