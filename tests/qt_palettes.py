"""Palettes a user may run Companion under: Qt's own light and dark Fusion, and high contrast.

The dark one is what Qt 6 gives a Fusion app when the desktop asks for dark (the same roles
as Qt's ``qt_fusionPalette(dark)``); offscreen has no desktop to ask, so tests build it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role, Group = QPalette.ColorRole, QPalette.ColorGroup


def fusion_light() -> QPalette:
    """Qt's Fusion palette for a light desktop (what offscreen gives by default)."""
    return _fusion(QColor(0, 0, 0), QColor(239, 239, 239), dark=False)


def fusion_dark() -> QPalette:
    """Qt's Fusion palette for a dark desktop."""
    return _fusion(QColor(240, 240, 240), QColor(50, 50, 50), dark=True)


def _fusion(window_text: QColor, window: QColor, dark: bool) -> QPalette:
    mid = window.darker(130)
    base = window.darker(140) if dark else QColor(255, 255, 255)
    shade = window.darker(150)
    palette = QPalette(window_text, window, window.lighter(150), shade, mid, window_text, base)
    palette.setColor(Role.Midlight, mid.lighter(110))
    palette.setColor(Role.Button, window)
    palette.setColor(Role.Shadow, shade.darker(135))
    palette.setColor(Role.HighlightedText, window_text if dark else QColor(255, 255, 255))
    highlight = QColor(48, 140, 198)
    palette.setColor(Role.Highlight, highlight)
    palette.setColor(Role.Accent, highlight)
    placeholder = QColor(window_text)
    placeholder.setAlpha(128)
    palette.setColor(Role.PlaceholderText, placeholder)
    disabled = QColor(130, 130, 130) if dark else QColor(190, 190, 190)
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(Group.Disabled, role, disabled)
    palette.setColor(Group.Disabled, Role.Base, window)
    palette.setColor(Group.Disabled, Role.Highlight, QColor(145, 145, 145))
    return palette


def high_contrast(dark: bool) -> QPalette:
    """White on black (dark) or black on white, as high-contrast desktop themes give."""
    ink, paper = (QColor(255, 255, 255), QColor(0, 0, 0)) if dark else (QColor(0, 0, 0), QColor(255, 255, 255))
    palette = QPalette(ink, paper, paper, ink, QColor(128, 128, 128), ink, paper)
    palette.setColor(Role.Button, paper)
    palette.setColor(Role.ButtonText, ink)
    palette.setColor(Role.Highlight, QColor(255, 255, 0) if dark else QColor(0, 0, 160))
    palette.setColor(Role.HighlightedText, paper if dark else QColor(255, 255, 255))
    palette.setColor(Role.Accent, palette.color(Role.Highlight))
    placeholder = QColor(ink)
    placeholder.setAlpha(128)
    palette.setColor(Role.PlaceholderText, placeholder)
    return palette


PALETTES = {
    "light": fusion_light,
    "dark": fusion_dark,
    "hc-light": lambda: high_contrast(dark=False),
    "hc-dark": lambda: high_contrast(dark=True),
}
