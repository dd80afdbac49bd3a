"""The design system's words, sizes and places (docs/design.md): window titles, the type
scale, the spacing grid, and where a new window appears."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from companion.core.i18n import translate
from companion.ui.widgets.fonts import scaled_font
from companion.ui.widgets.labels import muted
from companion.ui.widgets.layout import FRAME_ROOM
from companion.ui.widgets.style import grid_unit

APP_NAME = "Companion"

# The type scale: four sizes, as multiples of the user's own font size.
TITLE_SCALE = 1.6      # a window's title, once, at its top
HEADING_SCALE = 1.15   # a section (bold)
CAPTION_SCALE = 0.9    # a line that explains (greyed, still 4.5:1)


def window_title(feature: str) -> str:
    """The title bar's words: the feature first, then the app ("Stretch break — Companion");
    ``feature`` comes translated."""
    return translate("Window title", "{feature} — Companion").format(feature=feature)


def title_label(text: str) -> QLabel:
    """A window's title inside its content, the largest text in it."""
    label = QLabel(text)
    label.setFont(scaled_font(label, TITLE_SCALE))
    label.setWordWrap(True)
    return label


def heading_label(text: str) -> QLabel:
    """A section's heading: a little larger than the text, bold."""
    label = QLabel(text)
    label.setFont(scaled_font(label, HEADING_SCALE, bold=True))
    label.setWordWrap(True)
    return label


def caption_label(text: str = "") -> QLabel:
    """A line that explains or adds a detail: a little smaller, greyed (still 4.5:1)."""
    label = muted(QLabel(text))
    label.setFont(scaled_font(label, CAPTION_SCALE))
    label.setWordWrap(True)
    return label


# -- spacing -------------------------------------------------------------------------------

def units(widget: QWidget | None, count: float) -> int:
    """``count`` steps of the spacing grid for ``widget``'s text, in pixels."""
    return round(count * grid_unit(widget))


def page_layout(window: QWidget) -> QVBoxLayout:
    """A window's column: the style's window margins, 2.5 units between its sections."""
    layout = QVBoxLayout(window)
    layout.setSpacing(units(window, 2.5))
    return layout


def section(layout: QBoxLayout, owner: QWidget, *items: QWidget | QBoxLayout) -> QVBoxLayout:
    """A column of items set close together, added to ``layout`` (no frame: space groups them)."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(units(owner, 1.5))
    for item in items:
        if isinstance(item, QWidget):
            column.addWidget(item)
        else:
            column.addLayout(item)
    layout.addLayout(column)
    return column


def button_row(*buttons: QWidget, end: tuple[QWidget, ...] = ()) -> QHBoxLayout:
    """Buttons side by side from the start, ``end`` ones pushed to the far side."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    for button in end:
        row.addWidget(button)
    return row


# -- placement -----------------------------------------------------------------------------

def centre(window: QWidget, over: QWidget | None = None) -> None:
    """Put ``window`` in the middle of ``over`` (a visible parent) or of its screen's free area.

    Call it once the window has its size, before showing it. On Wayland the compositor
    places windows and this does nothing.
    """
    if QGuiApplication.platformName().startswith("wayland"):
        return
    screen = (over.screen() if over is not None else None) or window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    target = over.frameGeometry() if over is not None and over.isVisible() else area
    # Before its first showing Qt does not know the frame the window manager adds.
    frame = window.frameGeometry().size() if window.isVisible() else window.size() + FRAME_ROOM
    place = QRect(QPoint(0, 0), frame)
    place.moveCenter(target.center())
    # Inside the screen even when the parent sits at its edge.
    x = min(max(place.x(), area.left()), max(area.left(), area.right() + 1 - frame.width()))
    y = min(max(place.y(), area.top()), max(area.top(), area.bottom() + 1 - frame.height()))
    window.move(x, y)


def keep_on_screen(window: QWidget) -> None:
    """Move a window that grew (more text) back inside its screen's free area, if it left it."""
    screen = window.screen()
    if screen is None or QGuiApplication.platformName().startswith("wayland"):
        return
    area, frame = screen.availableGeometry(), window.frameGeometry()
    x = max(area.left(), min(frame.x(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.y(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
