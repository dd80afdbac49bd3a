"""Font sizes relative to the user's own, so large-font settings carry everywhere."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font scaled by ``factor``, whether it is sized in points or pixels."""
    font = QFont(widget.font())
    # A font set in pixels reports pointSizeF() == -1; scaling that would ask Qt for a
    # negative point size, which it refuses, leaving the text at the base size.
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font
