"""How the History window paints its rows: a day's title and summary, an entry's time and
sentence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from .model import DAY_ROLE, ENTRY_ROLE


def time_column_width(fm: QFontMetrics) -> int:
    """The width of the column of times beside the entries, a gap included."""
    return fm.horizontalAdvance("00:00") + fm.height()


class DayDelegate(QStyledItemDelegate):
    """Paints a day as a bold title over its muted summary, and an entry as a muted time
    column beside its sentence, which wraps rather than being cut off."""

    def __init__(self, view: QTreeView, muted_colour: Callable[[], object]):
        super().__init__(view)
        self.view = view
        self.muted_colour = muted_colour
        # Row heights by (internal id, row), for one width and font: a pixel-scrolled
        # tree asks for every row's height after each change, and rows never change
        # (the model is reset, or days are added after the last).
        self._heights: dict[tuple[int, int], int] = {}
        self._heights_for: tuple = ()
        view.model().modelReset.connect(self._heights.clear)

    def _metrics(self, option) -> tuple[QFontMetrics, int, int]:
        fm = QFontMetrics(option.font)
        pad = max(2, fm.height() // 4)
        return fm, pad, time_column_width(fm)

    def _width(self) -> int:
        return max(self.view.viewport().width(), 1)

    def _bold(self, option) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt naming
        width = self._width()
        if self._heights_for != (width, option.font.key()):
            self._heights_for = (width, option.font.key())
            self._heights.clear()
        key = (index.internalId(), index.row())
        if (height := self._heights.get(key)) is None:
            height = self._heights[key] = self._height(option, index, width)
        return QSize(width, height)

    def _height(self, option, index, width: int) -> int:
        fm, pad, time_width = self._metrics(option)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        day = index.data(DAY_ROLE)
        if day is not None:
            inner = QRect(0, 0, width - 2 * pad, 0)
            title = QFontMetrics(self._bold(option)).boundingRect(inner, flags, day.title).height()
            summary = fm.boundingRect(inner, flags, day.summary).height()
            top = pad if index.row() == 0 else fm.height()  # a gap between days
            return top + title + summary + 2 * pad
        entry = index.data(ENTRY_ROLE)
        text = fm.boundingRect(QRect(0, 0, width - time_width - 2 * pad, 0), flags, entry.text)
        return text.height() + 2 * pad

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        fm, pad, time_width = self._metrics(opt)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        style = opt.widget.style() if opt.widget is not None else self.view.style()
        day = index.data(DAY_ROLE)
        painter.save()
        if day is not None:
            opt.text = ""
            opt.state &= ~QStyle.StateFlag.State_Selected
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
            rect = opt.rect.adjusted(pad, pad if index.row() == 0 else fm.height(), -pad, -pad)
            bold = self._bold(opt)
            painter.setFont(bold)
            painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
            title = QFontMetrics(bold).boundingRect(rect, flags, day.title)
            painter.drawText(rect, flags, day.title)
            painter.setFont(opt.font)
            painter.setPen(self.muted_colour())
            painter.drawText(rect.adjusted(0, title.height(), 0, 0), flags, day.summary)
        else:
            entry = index.data(ENTRY_ROLE)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            text_colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                            else QPalette.ColorRole.Text)
            rect = opt.rect.adjusted(pad, pad, -pad, -pad)
            painter.setFont(opt.font)
            painter.setPen(text_colour if selected else self.muted_colour())
            painter.drawText(rect, flags, entry.time)
            painter.setPen(text_colour)
            painter.drawText(rect.adjusted(time_width, 0, 0, 0), flags, entry.text)
        painter.restore()
