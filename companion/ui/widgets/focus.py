"""Keeping focus visible: a ring where the style draws none, and scroll areas that follow it."""

from __future__ import annotations

from typing import TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFocusFrame, QScrollArea, QWidget


class _FocusRing(QObject):
    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self._frame = QFocusFrame(widget)
        # QFocusFrame paints in the text colour; the highlight colour reads as "focus".
        palette = self._frame.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Highlight))
        self._frame.setPalette(palette)
        self._frame.hide()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._frame.setWidget(watched)  # shows it around the widget, following it
        elif event.type() == QEvent.Type.FocusOut:
            self._frame.setWidget(None)  # type: ignore[arg-type]  # PySide6 takes None: no widget
            self._frame.hide()
        return False


W = TypeVar("W", bound=QWidget)


def show_focus(widget: W) -> W:
    """Draw a ring around ``widget`` while it has focus (Fusion draws none on a text
    view, a scroll area or an empty list, so a keyboard user would not see where they are)."""
    _FocusRing(widget)
    return widget


class _FollowFocus(QObject):
    def __init__(self, area: QScrollArea):
        super().__init__(area)
        self._area = area
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        qapp.focusChanged.connect(self._moved)  # gone with the area

    @Slot(QWidget, QWidget)  # a real slot: Qt drops the connection when this object goes
    def _moved(self, old: QWidget | None, now: QWidget | None) -> None:
        # Focus moves while the area is torn down: its wrapper may be gone already, and
        # this object then reaches here through a new, empty wrapper of its own.
        area = getattr(self, "_area", None)
        if area is None or not shiboken6.isValid(area):
            return
        content = area.widget()
        if now is not None and content is not None and content.isAncestorOf(now):
            area.ensureWidgetVisible(now)


def keep_focus_in_view(area: QScrollArea) -> QScrollArea:
    """Scroll ``area`` to whatever control inside it gets focus.

    Qt scrolls only when Tab moves between two controls inside the area; Tab (or
    Shift+Tab, or Alt+letter) coming in from outside could leave focus out of sight.
    """
    _FollowFocus(area)
    return area
