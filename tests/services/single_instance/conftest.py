"""Fixtures for the single-instance tests: servers closed at the end, a real app to serve."""

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
def companion(make_app):
    """A real app (real history file) whose commands serve other launches."""
    return make_app(open_today=False)


@pytest.fixture
def short_home(monkeypatch):
    """A data folder with a short path, so a socket fits in it (AF_UNIX allows 107 bytes)."""
    home = tempfile.mkdtemp(prefix="companion-h-")
    monkeypatch.setenv("COMPANION_HOME", home)
    yield Path(home)
    shutil.rmtree(home, ignore_errors=True)
