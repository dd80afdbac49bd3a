"""Label styles used by more than one window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel


def muted(label: QLabel) -> QLabel:
    """Give a label the palette's secondary text colour (kept at 4.5:1 by ui.widgets.colors)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def wrapping_label(text: str = "", role: str = "") -> QLabel:
    """A selectable, word-wrapped label; ``role`` says what it is to a screen reader."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Never an accessible name: Qt labels offer no Text interface over AT-SPI, so a name
    # would be read instead of the text. What the label is for goes in the description.
    if role:
        label.setAccessibleDescription(role)
    return label
