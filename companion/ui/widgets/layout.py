"""Sizing top-level windows to their content and to the screen they are on."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QStyle, QWidget

from companion.ui.widgets.focus import keep_focus_in_view

# Room a window manager's title bar and borders take around a window. Before a window is
# first shown Qt cannot know its frame, so this much is kept free on every screen.
FRAME_ROOM = QSize(16, 40)


def fit_height(window: QWidget, shrinkable: int = 0, resize: bool = False) -> None:
    """Make ``window`` as tall as its layout needs at its current width.

    By default that height becomes the window's minimum; with ``resize`` the window is
    resized to it instead (growing or shrinking), for content that comes and goes.
    ``shrinkable`` is room the layout counts that a child can give back when squeezed.
    """
    # Qt honours height-for-width inside a window but not for the window itself: without
    # this, a narrow window or a large font makes wrapped text overlap or get cut off.
    # A nested layout (a group box's) keeps its height-for-width from before text just set
    # in it changed (seen with a hidden window), so every one is asked afresh.
    for nested in window.findChildren(QLayout):
        nested.invalidate()
        if (holder := nested.parentWidget()) is not None and holder is not window:
            holder.updateGeometry()  # drops the size its parent layout cached for it
    layout = window.layout()
    assert layout is not None  # (every window here has one)
    layout.activate()  # answer for the current contents, not the last laid-out ones
    need = layout.totalHeightForWidth(window.width()) - shrinkable
    if need <= 0:
        return
    if resize:
        room = screen_room(window)
        if need > room.height():  # e.g. a long notice at a large font: wider, so it wraps less
            width = widen_to_fit(window, window.width(), shrinkable)
            if width != window.width():
                window.resize(width, window.height())
                layout.activate()
                need = layout.totalHeightForWidth(width) - shrinkable
        need = min(max(need, window.minimumSizeHint().height()), room.height())
        if need != window.height():
            window.resize(window.width(), need)
    elif need != window.minimumHeight():
        window.setMinimumHeight(need)


def screen_room(window: QWidget) -> QSize:
    """The largest size ``window`` can have with its frame inside its screen's free area."""
    # A fixed size ran off 1280x800 and 1366x768 screens (panels take part of them too).
    screen = window.screen()
    if screen is None:
        return QSize(16777215, 16777215)
    area = screen.availableGeometry().size()
    return QSize(area.width() - FRAME_ROOM.width(), area.height() - FRAME_ROOM.height())


def fit_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` x ``height``, but never past its screen's free area."""
    room = screen_room(window)
    window.resize(min(width, room.width()), min(height, room.height()))


def fit_content(window: QWidget, width: int | None = None) -> None:
    """Size ``window`` to show all its content (at ``width``, else its preferred width),
    as far as the screen allows; what does not fit scrolls in its ContentScroll areas."""
    room = screen_room(window)
    width = min(width or window.sizeHint().width(), room.width())
    window.resize(width, min(window.sizeHint().height(), room.height()))
    # Once laid out at that width, wrapped text knows how many lines it takes.
    layout = window.layout()
    assert layout is not None
    layout.activate()
    need = max(window.sizeHint().height(), layout.totalHeightForWidth(width)
               if layout.hasHeightForWidth() else 0)
    window.resize(width, min(need, room.height()))


def widen_to_fit(window: QWidget, width: int, shrinkable: int = 0) -> int:
    """The narrowest width from ``width`` on (in steps of two letters) at which the
    wrapped text of ``window`` fits its screen's height, or the screen's width."""
    room, layout = screen_room(window), window.layout()
    assert layout is not None
    step = max(1, window.fontMetrics().horizontalAdvance("MM"))
    width = min(width, room.width())
    while width < room.width() and layout.totalHeightForWidth(width) - shrinkable > room.height():
        width = min(width + step, room.width())
    return width


class ContentScroll(QScrollArea):
    """A scroll area that asks for room to show all of its content without scrolling.

    A plain QScrollArea asks for a fixed, font-based size, so a window sized from it
    scrolls for want of a few pixels or wastes room; this one asks for its content's
    size (the height it needs at its current width, once laid out) and scrolls only
    when the window cannot have that much room. It never scrolls sideways: its content
    wraps to the width it is given.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        # The background of whatever it sits on (a tab page, a window) shows through.
        content.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes to the controls inside (the area itself shows no focus), and the area
        # scrolls to whichever of them has it.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        keep_focus_in_view(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        content = self.widget()
        if content is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        hint = content.sizeHint()
        # Once given a size (by a layout, or by hand for a hidden page), wrap at that width.
        width = self.width() - frame - bar if self.testAttribute(Qt.WidgetAttribute.WA_Resized) \
            else hint.width()
        height = content.heightForWidth(width) if content.hasHeightForWidth() else -1
        # Room for a vertical bar, so content never needs to scroll sideways should it show.
        return QSize(hint.width() + bar + frame, (height if height > 0 else hint.height()) + frame)
