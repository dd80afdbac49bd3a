"""Fixtures shared by the widget tests."""

import pytest

from companion.core.history import History
from companion.services.ticker import ManualTicker


class FakeCues:
    """Records what a session would chime or say, instead of making a sound."""

    def __init__(self):
        self.calls: list[tuple[str, bool]] = []

    def announce(self, text: str, chime: bool = True) -> None:
        self.calls.append((text, chime))


@pytest.fixture
def history(tmp_path):
    return History(tmp_path / "h.db")


@pytest.fixture
def ticker():
    return ManualTicker()


@pytest.fixture
def cues():
    return FakeCues()


@pytest.fixture
def announced(monkeypatch):
    """What screen readers were asked to say, as (text, politeness) pairs."""
    from companion.ui.widgets import announce
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(announce, "_send", lambda event: said.append(
        (event.message(), event.politeness().name)))
    return said
