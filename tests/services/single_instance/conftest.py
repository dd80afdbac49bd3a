"""Fixtures for the single-instance tests: servers closed at the end, commands to serve."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from companion.services.single_instance.server import InstanceServer


@pytest.fixture
def serve(qtbot):
    """Start InstanceServers that are closed at the end of the test."""
    made = []

    def start(name: str, handler=None, **kwargs) -> InstanceServer:
        server = InstanceServer(name, handler, **kwargs)
        made.append(server)
        return server

    yield start
    for server in made:
        server.close()


@pytest.fixture
def companion():
    """Commands on a real history file (no whole app, the rest recorded) that serve other
    launches, as __main__ wires them (``.handle``); the real app doing the same is tested end
    to end in tests/test_cli.py, test_launch.py and test_simultaneous_launches.py."""
    from command_host import running_commands
    running = running_commands()
    yield running
    running.close()


@pytest.fixture
def short_home(monkeypatch):
    """A data folder with a short path, so a socket fits in it (AF_UNIX allows 107 bytes)."""
    home = tempfile.mkdtemp(prefix="companion-h-")
    monkeypatch.setenv("COMPANION_HOME", home)
    yield Path(home)
    shutil.rmtree(home, ignore_errors=True)
