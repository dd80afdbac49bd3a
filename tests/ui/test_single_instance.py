"""A second launch hands its actions to the running copy and exits 0."""

import os
import subprocess
import sys
from pathlib import Path

from companion import cli
from companion.services import single_instance
from companion.services.single_instance import InstanceServer, forward, server_name

ROOT = Path(__file__).resolve().parents[2]


def test_command_line_actions():
    args = cli.parser().parse_args(["--log-water", "--pause", "45", "--stretch"])
    assert cli.actions(args) == ["stretch", "log_water:command line", "pause:45"]
    assert cli.actions(cli.parser().parse_args([])) == []


def test_no_running_copy_means_no_forward(companion_home):
    assert forward(server_name(str(companion_home)), ["show"]) is False


def test_second_launch_forwards_and_exits(qtbot, companion_home):
    (companion_home / "data").mkdir(parents=True)
    name = server_name(str(companion_home / "data"))
    server = InstanceServer(name)
    try:
        second = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--log-water", "--pause", "30"],
            cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        with qtbot.waitSignal(server.actions_received, timeout=20_000) as got:
            pass
        assert got.args == [["log_water:command line", "pause:30"]]
        assert second.wait(timeout=20) == 0
    finally:
        server.close()


def test_stale_socket_is_taken_over(qtbot, companion_home):
    name = server_name(str(companion_home / "stale"))
    first = InstanceServer(name)
    first._server.close()  # as if the first copy crashed without cleaning up
    second = InstanceServer(name)
    second.close()


def test_names_differ_per_data_folder():
    assert server_name("/a") != server_name("/b")
    assert single_instance.server_name("/a") == server_name("/a")
