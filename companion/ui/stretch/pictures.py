"""The illustrations in the window's light or dark scheme.

They are drawn in six colours (assets/illustrations/*.svg). On a dark window the light
tile glared, so for a dark palette each colour is swapped for its dark counterpart:
a dark tile, a body a little lighter than it, a light outline. The arrows keep their
orange, which reads on both.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QPalette
from PySide6.QtSvg import QSvgRenderer

from companion.ui.widgets.colors import is_dark

# Light colour in the files -> the colour used on a dark window.
DARK = {
    "#EDF2F7": "#262E38",  # the tile
    "#FFFFFF": "#3A4655",  # the body
    "#2F3B4C": "#DCE4EE",  # outlines, eyes, mouth
    "#9AA8B8": "#8D9BAD",  # creases and other details
    "#D5DEE8": "#2E3844",  # a limb behind the body
}


def in_scheme(svg: bytes, dark: bool) -> bytes:
    """The SVG text with its colours for a dark window (unchanged for a light one)."""
    if not dark:
        return svg
    text = svg.decode("utf-8")
    for light, dim in DARK.items():
        text = text.replace(f'"{light}"', f'"{dim}"').replace(f'"{light.lower()}"', f'"{dim}"')
    return text.encode("utf-8")


def renderer(path: Path, palette: QPalette, parent=None) -> QSvgRenderer:
    """A renderer for the picture at ``path`` in ``palette``'s scheme (invalid if unreadable)."""
    try:
        data = path.read_bytes()
    except OSError:
        return QSvgRenderer(parent)  # isValid() is False: nothing is drawn
    return QSvgRenderer(QByteArray(in_scheme(data, is_dark(palette))), parent)
