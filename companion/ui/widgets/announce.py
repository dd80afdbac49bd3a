"""Polite announcements for screen readers (Qt 6.8+ QAccessibleAnnouncementEvent)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def _send(event: QAccessibleAnnouncementEvent) -> None:
    # One place the event leaves, so a test can see what would have been said.
    QAccessible.updateAccessibility(event)


def announce(widget: QWidget, text: str) -> None:
    """Ask a screen reader to say ``text`` when it is done speaking (never interrupting)."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    _send(event)
