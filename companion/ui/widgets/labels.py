"""Label styles used by more than one window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel


def muted(label: QLabel) -> QLabel:
    """Give a label the palette's secondary text colour (works in light and dark)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def wrapping_label(text: str = "", name: str = "") -> QLabel:
    """A selectable, word-wrapped label with an accessible name."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Screen readers need a name; the text itself is the natural one, cut to a sane length.
    label.setAccessibleName(name or text[:80])
    return label
