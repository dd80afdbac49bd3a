"""The one accent colour: the icon's teal, for progress, countdowns and the breathing shape.

Worked out for the palette in force, as every colour in ui.widgets.colors is: darkened on
a light window or lightened on a dark one until it stands out at 3:1 (4.5:1 under high
contrast), so it follows light, dark and high contrast without a restart.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from companion.ui.widgets.colors import GRAPHIC, aim, readable

TEAL = QColor("#2f8f83")  # assets/icons/companion.svg


def accent(palette: QPalette) -> QColor:
    """The teal, readable as a shape on ``palette``'s window."""
    return readable(TEAL, palette.color(QPalette.ColorRole.Window), aim(palette, GRAPHIC))
