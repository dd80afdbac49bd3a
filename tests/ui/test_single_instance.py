"""A second launch hands its actions to the running copy and exits 0."""

import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

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
    crashed = socket.socket(socket.AF_UNIX)
    crashed.bind(name)  # a copy that crashed leaves its socket file behind
    crashed.close()
    assert forward(name, ["show"]) is False  # nobody answers there
    server = InstanceServer(name)
    try:
        assert oct(os.stat(name).st_mode & 0o777) == "0o600"  # only this user may connect
        result = {}
        # forward() blocks until answered, so it runs in a thread while Qt's loop serves.
        sender = threading.Thread(target=lambda: result.update(ok=forward(name, ["check"])))
        with qtbot.waitSignal(server.actions_received, timeout=5_000) as got:
            sender.start()
        sender.join(5)
        assert got.args == [["check"]] and result == {"ok": True}
    finally:
        server.close()
    assert not os.path.exists(name)


def test_a_copy_that_does_not_answer_is_reported(companion_home):
    name = server_name(str(companion_home / "hung"))
    hung = socket.socket(socket.AF_UNIX)
    hung.bind(name)
    hung.listen(1)  # the kernel accepts the connection; nobody ever reads it
    try:
        with pytest.raises(single_instance.NoAnswer):
            forward(name, ["show"], timeout=0.1)
    finally:
        hung.close()


def test_a_malformed_message_gets_an_error_and_no_action(qtbot, companion_home):
    name = server_name(str(companion_home / "garbled"))
    server = InstanceServer(name)
    received = []
    server.actions_received.connect(received.append)
    try:
        with socket.socket(socket.AF_UNIX) as client:
            client.connect(name)
            client.sendall(b'{"not": "a list"}\n')
            client.setblocking(False)
            reply = bytearray()

            def answered():
                try:
                    reply.extend(client.recv(64))
                except BlockingIOError:
                    pass
                assert reply.endswith(b"\n")
            qtbot.waitUntil(answered, timeout=5_000)
        assert bytes(reply) == b"error\n" and received == []
    finally:
        server.close()


def test_names_differ_per_data_folder():
    assert server_name("/a") != server_name("/b")
    assert single_instance.server_name("/a") == server_name("/a")
