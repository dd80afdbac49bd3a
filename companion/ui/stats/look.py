"""The statistics' colours: one teal accent, and the brushes that tell stacked parts apart.

The teal is the icon's. It is made readable against the palette in force (3:1 for shapes,
4.5:1 under high contrast), so it follows light, dark and high contrast like the rest of
Companion's colours; the parts of a stacked bar differ by pattern, not by hue, so they
stay apart for people who do not see colour and in high contrast.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette

from companion.ui.widgets.colors import GRAPHIC, aim, readable

TEAL = QColor("#2f8f83")  # assets/icons/companion.svg
# The first part solid, the second hatched, the third dotted.
PATTERNS = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.Dense5Pattern)


def accent(palette: QPalette) -> QColor:
    """The teal, made to stand out from the window at 3:1 (4.5:1 under high contrast)."""
    return readable(TEAL, palette.color(QPalette.ColorRole.Base), aim(palette, GRAPHIC))


def part_brush(palette: QPalette, part: int) -> QBrush:
    """How the ``part``-th piece of a stacked bar (and its legend swatch) is filled."""
    return QBrush(accent(palette), PATTERNS[part % len(PATTERNS)])
