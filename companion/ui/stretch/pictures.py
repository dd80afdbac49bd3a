"""The illustrations in the window's light or dark scheme.

They are drawn in six colours (assets/illustrations/*.svg). Their tile becomes the design
system's tile surface (docs/design.md), so a picture sits on the same card as the rest
of the window. On a dark window the light tile glared, so for a dark palette the other
colours are swapped for dark counterparts too: a body a little darker than the tile, a
light outline. The arrows keep their orange, which reads on both.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QPalette
from PySide6.QtSvg import QSvgRenderer

from companion.ui.widgets.colors import is_dark, tile_surface

TILE = "#EDF2F7"
# Light colour in the files -> the colour used on a dark window.
DARK = {
    TILE: "#262E38",  # the tile (drawn in the palette's tile surface instead)
    "#FFFFFF": "#27303B",  # the body, a little darker than the tile
    "#2F3B4C": "#DCE4EE",  # outlines, eyes, mouth
    "#9AA8B8": "#8D9BAD",  # creases and other details
    "#D5DEE8": "#4A5563",  # a limb behind the body
}


def in_scheme(svg: bytes, dark: bool, tile: str | None = None) -> bytes:
    """The SVG text with its colours for a dark window (as drawn for a light one), its
    tile in ``tile`` when given."""
    swaps = dict(DARK) if dark else {}
    if tile is not None:
        swaps[TILE] = tile
    text = svg.decode("utf-8")
    for light, colour in swaps.items():
        text = text.replace(f'"{light}"', f'"{colour}"').replace(f'"{light.lower()}"', f'"{colour}"')
    return text.encode("utf-8")


def renderer(path: Path, palette: QPalette, parent=None) -> QSvgRenderer:
    """A renderer for the picture at ``path`` in ``palette``'s scheme (invalid if unreadable)."""
    try:
        data = path.read_bytes()
    except OSError:
        return QSvgRenderer(parent)  # isValid() is False: nothing is drawn
    tile = tile_surface(palette).name()
    return QSvgRenderer(QByteArray(in_scheme(data, is_dark(palette), tile)), parent)
