"""One accent, the icon's teal, readable in light, dark and high contrast, and used by
the countdown ring, the breathing shape, the end of a session and the week's water."""

import pytest
from PySide6.QtGui import QColor, QPalette

from companion.ui.breathing.shape import BreathShape
from companion.ui.stretch.countdown_ring import CountdownRing
from companion.ui.widgets.colors import ACCENT_HUE as TEAL
from companion.ui.widgets.colors import accent, contrast, fusion_palette


def teal_like(colour: QColor) -> bool:
    return abs(colour.hslHue() - TEAL.hslHue()) <= 12 and colour.hslSaturation() > 60


@pytest.mark.parametrize("dark", [False, True])
def test_the_accent_is_teal_and_stands_out_from_the_window(dark):
    palette = fusion_palette(dark)
    colour = accent(palette)
    assert teal_like(colour)
    assert contrast(colour, palette.color(QPalette.ColorRole.Window)) >= 3.0


@pytest.mark.parametrize("dark", [False, True])
def test_the_ring_and_the_breathing_shape_are_drawn_in_it(qtbot, dark):
    ring, shape = CountdownRing(), BreathShape()
    for widget in (ring, shape):
        qtbot.addWidget(widget)
        widget.setPalette(fusion_palette(dark))
        widget.resize(200, 200)
    ring.set_state(1.0, "12")
    shape.set_level(0.5)
    ring_top = ring.grab().toImage().pixelColor(100, 200 // 14 // 2 + 1)  # the arc, at 12 o'clock
    middle = shape.grab().toImage().pixelColor(100, 100)
    assert teal_like(ring_top), ring_top.name()
    assert teal_like(middle), middle.name()
