"""Illustrations follow the window's scheme: no light tile glaring on a dark window."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from companion import assets
from companion.ui.stretch import pictures
from companion.ui.stretch.session import Illustration
from companion.ui.widgets.colors import fusion_palette, tile_surface

FILES = sorted(assets.illustrations_dir().glob("*.svg"))
ARROW = "#E4702E"


def test_every_colour_an_illustration_uses_has_a_dark_counterpart():
    for path in FILES:
        used = {c.upper() for c in re.findall(r'"(#[0-9A-Fa-f]{6})"', path.read_text())}
        assert used <= set(pictures.DARK) | {ARROW}, (path.name, used)


def draw(path, dark: bool) -> QImage:
    image = QImage(120, 120, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    pictures.renderer(path, fusion_palette(dark)).render(painter, QRectF(0, 0, 120, 120))
    painter.end()
    return image


@pytest.mark.parametrize("name", ["chin-tuck", "shoulder-shrug", "tendon-glides", "finger-spread"])
def test_the_tile_is_dark_on_a_dark_window_and_light_on_a_light_one(qapp, name):
    path = next(p for p in FILES if p.stem == name)
    tile = (8, 60)  # inside the rounded tile, left of every figure
    for dark in (False, True):
        # On the design system's tile surface: light on a light window, dark on a dark one.
        drawn = QColor(draw(path, dark=dark).pixel(*tile))
        assert drawn.name() == tile_surface(fusion_palette(dark)).name()
        assert (drawn.lightness() < 90) if dark else (drawn.lightness() > 220)


def test_the_session_picture_follows_a_palette_change(qtbot):
    picture = Illustration()
    qtbot.addWidget(picture)
    picture.resize(120, 120)
    path = next(p for p in FILES if p.stem == "chin-tuck")
    picture.setPalette(fusion_palette(False))
    picture.show_picture(path, False, "Chin tuck")
    light = QColor(picture.grab().toImage().pixel(8, 60)).lightness()
    picture.setPalette(fusion_palette(True))
    dark = QColor(picture.grab().toImage().pixel(8, 60)).lightness()
    assert light > 220 and dark < 90
