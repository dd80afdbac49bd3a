"""Announcements reach the accessibility layer as polite events."""

from PySide6.QtWidgets import QLabel

from companion.ui.widgets import announce as module
from companion.ui.widgets.announce import announce


def test_an_announcement_is_polite_and_carries_the_text(qtbot, announced):
    label = QLabel()
    qtbot.addWidget(label)
    announce(label, "Breathe in")
    announce(label, "")  # nothing to say, nothing sent
    assert announced == [("Breathe in", "Polite")]


def test_the_real_event_is_accepted_by_qt(qtbot, monkeypatch):
    sent = []
    real = module._send
    monkeypatch.setattr(module, "_send", lambda event: (sent.append(event.message()), real(event)))
    label = QLabel()
    qtbot.addWidget(label)
    announce(label, "Hold")
    assert sent == ["Hold"]
