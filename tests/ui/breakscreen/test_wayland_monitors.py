"""The break screen on a real Wayland compositor with two monitors: mutter, headless and
Wayland only, with two virtual monitors (what GNOME runs). No program may place its own
windows there, so one fullscreen cover per output is the only way to cover every monitor:
each cover must end up on its own output, fullscreen, at that output's size."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from desktop_helpers import BUS_CONFIG, WAIT_S, OrderedProcess, end_group, require, start_reporting, stop
from jeepney import MatchRule, message_bus
from jeepney.io.blocking import open_dbus_connection

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
    # Ready once it owns its names on the bus (its Wayland socket is made before that).
    owner = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
    owner.add_arg_condition(0, "org.gnome.Mutter.IdleMonitor")
    with open_dbus_connection(address) as conn, conn.filter(owner) as queue, \
            open(tmp_path / "mutter.out", "wb") as log:
        conn.send_and_get_reply(message_bus.AddMatch(owner), timeout=WAIT_S)
        mutter = subprocess.Popen(["mutter", "--wayland", "--headless", "--no-x11", *monitors,
                                   f"--wayland-display={WAYLAND_DISPLAY}"],
                                  env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            conn.recv_until_filtered(queue, timeout=WAIT_S)
        except TimeoutError:
            end_group(mutter)
            stop(bus)
            raise AssertionError("mutter did not start:\n" + (tmp_path / "mutter.out").read_text()) from None
    try:
        yield {**env, "QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": WAYLAND_DISPLAY}
    finally:
        end_group(mutter)
        stop(bus)


@pytest.mark.parametrize("kind", ["stretch", "breathing"])
def test_on_mutter_each_monitor_gets_one_fullscreen_cover_the_break_on_one(mutter_two_monitors, kind):
    # The host the X test drives, started on the compositor.
    host = OrderedProcess([str(Path(__file__).with_name("two_monitor_host.py")), kind], mutter_two_monitors)
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
