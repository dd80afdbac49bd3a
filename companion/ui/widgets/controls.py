"""The design system's controls (docs/design.md): one main button per view, quieter
secondary ones, tiles instead of group-box frames, and a progress meter in the accent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QProgressBar, QPushButton, QVBoxLayout, QWidget

from companion.ui.widgets.colors import (
    accent,
    accent_fill,
    alert_colours,
    high_contrast,
    is_dark,
    outline,
    soft,
    tile_surface,
)
from companion.ui.widgets.focus import show_focus
from companion.ui.widgets.style import grid_unit

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


class _FollowPalette(QObject):
    """Runs ``apply(widget)`` now and whenever the palette changes (light/dark, contrast)."""

    def __init__(self, widget: QWidget, apply: Callable[[QWidget], None]):
        super().__init__(widget)
        self._apply, self._busy = apply, False
        widget.installEventFilter(self)
        apply(widget)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.PaletteChange and not self._busy:
            self._busy = True  # our own setPalette comes back here
            try:
                self._apply(watched)
            finally:
                self._busy = False
        return False


def _named(button: QPushButton, text: str) -> QPushButton:
    button.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return button


def primary_button(text: str) -> QPushButton:
    """The one main action of a view: filled with the accent, text at 4.5:1 on it."""
    button = _named(QPushButton(text), text)
    button.setObjectName("primary")

    def colour(widget: QWidget) -> None:
        palette = QPalette(widget.palette())
        fill, ink = accent_fill(palette)
        for group in (Group.Active, Group.Inactive):
            palette.setColor(group, Role.Button, fill)
            palette.setColor(group, Role.ButtonText, ink)
        # Disabled, it looks like any disabled button: greyed, not teal.
        widget.setPalette(palette)
    _FollowPalette(button, colour)
    return button


def secondary_button(text: str) -> QPushButton:
    """Another action beside the main one: the desktop's ordinary button."""
    return _named(QPushButton(text), text)


def quiet_button(text: str) -> QPushButton:
    """A minor action (Skip, Undo): text only until the pointer or focus is on it."""
    button = _named(QPushButton(text), text)
    button.setFlat(True)
    return show_focus(button)  # Fusion draws no focus on a flat button


class Tile(QFrame):
    """A card: content on a softly raised surface, in place of a group box's frame.

    ``tone`` "alert" is for health alerts only (amber), see docs/design.md.
    """

    def __init__(self, parent: QWidget | None = None, tone: str = "plain"):
        super().__init__(parent)
        self.tone = tone
        self.column = QVBoxLayout(self)
        pad = 4 * grid_unit(self)
        self.column.setContentsMargins(pad, round(pad * 0.75), pad, round(pad * 0.75))
        self.column.setSpacing(round(1.5 * grid_unit(self)))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        palette = self.palette()
        if self.tone == "alert":
            fill, _ink, edge = alert_colours(palette)
        else:
            fill = tile_surface(palette)
            # A hairline: the surface alone is enough in light; in dark and high contrast
            # the edge tells the tile from the window.
            edge = outline(palette) if high_contrast(palette) else soft(
                palette.color(Role.WindowText), palette.color(Role.Window), 0.12, 1.3)
        radius = 1.5 * grid_unit(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.end()


def alert_tile(parent: QWidget | None = None) -> Tile:
    """A tile in the alert tone, its text readable on the amber."""
    tile = Tile(parent, tone="alert")

    def colour(widget: QWidget) -> None:
        palette = QPalette(widget.palette())
        _fill, ink, _edge = alert_colours(palette)
        for group in (Group.Active, Group.Inactive):
            palette.setColor(group, Role.WindowText, ink)
        widget.setPalette(palette)
    _FollowPalette(tile, colour)
    return tile


def accent_meter(name: str) -> QProgressBar:
    """A slim progress bar filled with the accent; ``name`` says what it measures."""
    bar = QProgressBar()
    bar.setTextVisible(False)
    bar.setAccessibleName(name)
    # A slim meter: at full text height an empty bar looked like an empty text field.
    bar.setFixedHeight(max(6, 2 * grid_unit(bar)))

    def colour(widget: QWidget) -> None:
        palette = QPalette(widget.palette())
        for group in (Group.Active, Group.Inactive):
            palette.setColor(group, Role.Highlight, accent(palette, group=group))
        if not is_dark(palette) and not high_contrast(palette):
            palette.setColor(Role.Base, palette.color(Role.Window))  # the track, not a white field
        widget.setPalette(palette)
    _FollowPalette(bar, colour)
    return bar
