"""The app's icons: drawn as SVG in assets/icons, shipped also as PNGs at the usual sizes.

Loading the icons from PNGs keeps Qt's SVG icon engine (libQt6Svg and its plugin, about
0.8 MB resident) out of a session that only sits in the tray. The PNGs are rendered from
the SVGs by ``python -m companion.ui.widgets.icons``; a test checks that they still match.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

from companion import assets

ICONS = assets.icons_dir()
NAMES = ("companion", "companion-paused")
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def png_path(name: str, size: int) -> Path:
    return ICONS / "png" / f"{name}-{size}.png"


def load(name: str) -> QIcon:
    """The icon ``name`` at every shipped size (Qt picks or scales the nearest)."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(png_path(name, size)))
    return icon


def render(name: str, size: int):
    """The SVG drawn at size x size, as a QImage (imports QtSvg: tools and tests only)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / f"{name}.svg")).render(painter)
    painter.end()
    return image


def main() -> None:
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs one
    (ICONS / "png").mkdir(exist_ok=True)
    for name in NAMES:
        for size in SIZES:
            render(name, size).save(str(png_path(name, size)))
    print(f"wrote {len(NAMES) * len(SIZES)} PNGs to {ICONS / 'png'}")


if __name__ == "__main__":
    main()
