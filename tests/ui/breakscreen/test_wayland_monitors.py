"""The break screen on a real Wayland compositor with two monitors: mutter, headless and
Wayland only, with two virtual monitors (what GNOME runs). No program may place its own
windows there, so one fullscreen cover per output is the only way to cover every monitor:
each cover must end up on its own output, fullscreen, at that output's size."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from desktop_helpers import BUS_CONFIG, WAIT_S, OrderedProcess, end_group, require, start_reporting, stop

pytestmark = pytest.mark.slow  # a real compositor: not in the quick set

WAYLAND_DISPLAY = "companion-breaks-0"
MONITORS = ("1280x800", "1024x768")


@pytest.fixture
def mutter_two_monitors(tmp_path):
    require("dbus-daemon", "mutter")
    (tmp_path / "bus.conf").write_text(BUS_CONFIG)
    bus, address = start_reporting(["dbus-daemon", f"--config-file={tmp_path / 'bus.conf'}",
                                    "--nofork", "--print-address={fd}"])
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(DBUS_SESSION_BUS_ADDRESS=address, XDG_RUNTIME_DIR=str(runtime))
    monitors = [arg for size in MONITORS for arg in ("--virtual-monitor", size)]
    with open(tmp_path / "mutter.out", "wb") as log:
        mutter = subprocess.Popen(["mutter", "--wayland", "--headless", "--no-x11", *monitors,
                                   f"--wayland-display={WAYLAND_DISPLAY}"],
                                  env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield {**env, "QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": WAYLAND_DISPLAY}, runtime
    finally:
        end_group(mutter)
        stop(bus)


class WaylandHost(OrderedProcess):
    """two_monitor_host.py (as the X test uses it) started on the compositor."""

    def __init__(self, env: dict, runtime: Path, kind: str = "stretch"):
        socket = runtime / WAYLAND_DISPLAY
        deadline = time.monotonic() + WAIT_S
        while not socket.exists():  # mutter makes its socket a moment after it starts
            assert time.monotonic() < deadline, "mutter made no Wayland socket"
            time.sleep(0.05)
        super().__init__([str(Path(__file__).with_name("two_monitor_host.py")), kind], env)


@pytest.mark.parametrize("kind", ["stretch", "breathing"])
def test_on_mutter_each_monitor_gets_one_fullscreen_cover_the_break_on_one(mutter_two_monitors, kind):
    env, runtime = mutter_two_monitors
    host = WaylandHost(env, runtime, kind)
    try:
        covers = host.order("covers 2")
        assert sorted(c["main"] for c in covers) == [False, True]  # the break on one, a note on the other
        assert len({c["on"] for c in covers}) == 2  # each on its own output
        for cover in covers:
            assert cover["mapped"] and cover["full"], cover
            assert cover["on"] == cover["screen"], cover  # the compositor put it where asked
            assert cover["size"] == cover["screen_size"], cover  # and it covers that output
        assert sorted(tuple(c["screen_size"]) for c in covers) == sorted(
            tuple(int(n) for n in size.split("x")) for size in MONITORS)
    finally:
        host.close()
