"""Scaled fonts follow the widget's own font, whether it is sized in points or pixels."""

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from companion.ui.widgets.fonts import scaled_font


def test_a_point_sized_font_is_scaled_in_points(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    font = QFont(widget.font())
    font.setPointSizeF(10)
    widget.setFont(font)
    scaled = scaled_font(widget, 1.5, bold=True)
    assert scaled.pointSizeF() == pytest.approx(15)
    assert scaled.bold() and not widget.font().bold()  # a copy: the widget keeps its font


def test_a_pixel_sized_font_is_scaled_in_pixels(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    font = QFont(widget.font())
    font.setPixelSize(12)
    widget.setFont(font)
    assert widget.font().pointSizeF() == -1  # what made the old point-only scaling fail
    scaled = scaled_font(widget, 1.5)
    assert scaled.pixelSize() == 18 and not scaled.bold()
