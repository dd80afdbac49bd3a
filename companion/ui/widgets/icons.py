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
NAMES = ("companion", "companion-paused", "companion-symbolic", "companion-paused-symbolic")
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def panel_wants_symbolic(environ=None) -> bool:
    """Whether the tray icon should be the monochrome (symbolic) drop: on GNOME, whose top
    bar shows light symbolic icons; ``COMPANION_TRAY_ICON=symbolic`` or ``colour`` decides
    elsewhere (a dark panel on another desktop, or a preference)."""
    import os
    env = os.environ if environ is None else environ
    asked = env.get("COMPANION_TRAY_ICON", "").lower()
    if asked in ("symbolic", "colour", "color"):
        return asked == "symbolic"
    return "GNOME" in env.get("XDG_CURRENT_DESKTOP", "").upper().split(":")


def tray_icons(environ=None) -> tuple[QIcon, QIcon]:
    """The tray's icons, running and paused: in colour, or symbolic where the panel wants it."""
    tail = "-symbolic" if panel_wants_symbolic(environ) else ""
    return load("companion" + tail), load("companion-paused" + tail)


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
