"""Where a window first appears: in the middle of its screen, not in a corner."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from companion.ui.widgets.layout import FRAME_ROOM


def centre(window: QWidget) -> None:
    """Move ``window`` (before it is first shown) so that it sits centred on its screen.

    The window manager's frame is not known yet, so the room it usually takes is
    counted in. On Wayland the compositor places windows and this is ignored.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width = window.width() + FRAME_ROOM.width()
    height = window.height() + FRAME_ROOM.height()
    corner = QPoint(area.x() + max(0, (area.width() - width) // 2),
                    area.y() + max(0, (area.height() - height) // 2))
    window.move(corner)
