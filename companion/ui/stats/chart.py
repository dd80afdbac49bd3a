"""A painted bar chart whose bars a keyboard and a screen reader can reach.

Each bar is a small focusable child widget over the painted column. Over AT-SPI the chart
is a list named after what it shows, and each bar a list item named by its day (or month)
with its values as the description, as GNOME Settings' Wellbeing chart does; Tab enters
the chart at one bar and leaves it, the arrow keys, Home and End go from bar to bar.
Painting draws the same numbers the table view shows: one teal, parts told apart by
pattern, a dashed goal line.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QSizePolicy, QWidget

from companion.ui.widgets.colors import outline, secondary_text

from .look import accent, part_brush


@dataclass(frozen=True)
class Bar:
    """One column: its short label under the axis, its full name, its values in words, and
    the height of each stacked part."""

    label: str            # "Tue", "12", "Mar"
    name: str             # "Tuesday 1 December"
    description: str      # "6 glasses; goal of 8 not met"
    parts: tuple[float, ...]


class BarItem(QWidget):
    """The focusable stand-in for one bar (painted by the chart, not by itself)."""

    def __init__(self, chart: BarChart, index: int):
        super().__init__(chart)
        self.index = index
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    @property
    def chart(self) -> BarChart:
        # Asked of Qt, not kept: a Python reference cycle between chart and bars left the
        # chart to the garbage collector, which could free it after the QApplication (a
        # crash at exit).
        chart = self.parentWidget()
        assert isinstance(chart, BarChart)  # (made as its child, never moved)
        return chart

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        moves: dict[int, int] = {Qt.Key.Key_Left: self.index - 1, Qt.Key.Key_Right: self.index + 1,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(self.chart.items) - 1}
        if event.key() in moves and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.chart.focus_bar(moves[event.key()])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt naming
        super().focusInEvent(event)
        self.chart.set_current(self.index)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt naming
        super().focusOutEvent(event)
        if isinstance(self.parentWidget(), BarChart):  # not while the chart is being destroyed
            self.chart.update()


class _ChartAccessible(QAccessibleWidget):
    def __init__(self, widget: QWidget):
        super().__init__(widget, QAccessible.Role.List)


class _BarAccessible(QAccessibleWidget):
    def __init__(self, widget: QWidget):
        super().__init__(widget, QAccessible.Role.ListItem)


def _accessible(key: str, obj: object) -> QAccessibleWidget | None:
    if isinstance(obj, BarItem):
        return _BarAccessible(obj)
    if isinstance(obj, BarChart):
        return _ChartAccessible(obj)
    return None


_factory_installed = False


def _install_factory() -> None:
    global _factory_installed
    if not _factory_installed:  # once a process: Qt keeps a list of factories
        QAccessible.installFactory(_accessible)
        _factory_installed = True


def nice_top(value: float) -> float:
    """A round number at or above ``value`` for the top of the axis: 1, 2, 5, 10, 20..."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= value)


class BarChart(QWidget):
    """Bars over days or months, optionally stacked, with an optional goal line."""

    current_changed = Signal(int)

    def __init__(self, title: str, parts: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        _install_factory()
        self.setAccessibleName(title)
        self.parts = tuple(parts)  # the legend's words, one per stacked part
        self.bars: list[Bar] = []
        self.items: list[BarItem] = []
        self.goal: float | None = None
        self.goal_text = ""
        self.current = 0
        self._top = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- contents -----------------------------------------------------------------
    def set_bars(self, bars: Sequence[Bar], goal: float | None = None, goal_text: str = "") -> None:
        """Show these bars (and a dashed line at ``goal``, labelled ``goal_text``)."""
        had_focus = any(item.hasFocus() for item in self.items)
        self.bars, self.goal, self.goal_text = list(bars), goal, goal_text
        self._top = nice_top(max([sum(bar.parts) for bar in self.bars] + [goal or 0], default=0))
        while len(self.items) > len(self.bars):
            self.items.pop().deleteLater()
        while len(self.items) < len(self.bars):
            item = BarItem(self, len(self.items))
            item.show()
            self.items.append(item)
        for item, bar in zip(self.items, self.bars, strict=True):
            item.setAccessibleName(bar.name)
            item.setAccessibleDescription(bar.description)
        self.current = min(self.current, max(len(self.bars) - 1, 0))
        self._roving()
        self._place_items()
        if had_focus and self.items:
            self.items[self.current].setFocus(Qt.FocusReason.OtherFocusReason)
        self.update()

    def focus_bar(self, index: int) -> None:
        """Move the keyboard to bar ``index`` (kept within the chart)."""
        if self.items:
            self.set_current(max(0, min(index, len(self.items) - 1)))
            self.items[self.current].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_current(self, index: int) -> None:
        if index != self.current:
            self.current = index
            self._roving()
            self.current_changed.emit(index)
        self.update()

    def _roving(self) -> None:
        # One Tab stop for the whole chart: the current bar; the arrows do the rest.
        for item in self.items:
            item.setFocusPolicy(Qt.FocusPolicy.StrongFocus if item.index == self.current
                                else Qt.FocusPolicy.ClickFocus)

    # -- geometry -----------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        line = self.fontMetrics().lineSpacing()
        return QSize(40 * self.fontMetrics().averageCharWidth(), 11 * line)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(20 * self.fontMetrics().averageCharWidth(), 11 * self.fontMetrics().lineSpacing())

    def top(self) -> float:
        """The value at the top of the axis (worked out once per set of bars)."""
        return self._top

    def plot_area(self) -> QRectF:
        fm = self.fontMetrics()
        top = self.top()
        left = max(fm.horizontalAdvance(self._number(top * f)) for f in (0.5, 1)) + fm.averageCharWidth() * 2
        return QRectF(left, fm.lineSpacing() * 0.5, self.width() - left - fm.averageCharWidth(),
                      self.height() - fm.lineSpacing() * 2)

    def bar_rect(self, index: int, value: float | None = None, area: QRectF | None = None) -> QRectF:
        """Where bar ``index`` stands (its whole column when ``value`` is None)."""
        area = area or self.plot_area()
        slot = area.width() / max(len(self.bars), 1)
        gap = min(slot * 0.25, self.fontMetrics().averageCharWidth())
        x = area.left() + slot * index + gap / 2
        if value is None:
            return QRectF(x, area.top(), slot - gap, area.height())
        height = area.height() * value / self.top()
        return QRectF(x, area.bottom() - height, slot - gap, height)

    def _place_items(self) -> None:
        area = self.plot_area()
        for item in self.items:
            column = self.bar_rect(item.index, area=area)
            item.setGeometry(QRect(round(column.left()), round(area.top()),
                                   max(round(column.width()), 1), round(area.height())))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._place_items()

    @staticmethod
    def _number(value: float) -> str:
        return f"{value:g}" if value < 10 else f"{value:.0f}"

    # -- painting -----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        palette = self.palette()
        fm = self.fontMetrics()
        area = self.plot_area()
        faint = secondary_text(palette)
        ink = palette.color(QPalette.ColorRole.WindowText)
        top = self.top()
        painter.setPen(QPen(outline(palette), 1))
        # A light grid with its numbers; no middle line where it would fall between whole ones.
        for fraction in (0, 0.5, 1) if (top / 2).is_integer() or top > 10 else (0, 1):
            y = area.bottom() - area.height() * fraction
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            text_rect = QRectF(0, y - fm.lineSpacing() / 2, area.left() - fm.averageCharWidth(),
                               fm.lineSpacing())
            painter.save()
            painter.setPen(faint)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self._number(top * fraction))
            painter.restore()
        painter.setPen(Qt.PenStyle.NoPen)
        colour = accent(palette)
        brushes = [part_brush(palette, part) for part in range(len(self.parts))]
        for index, bar in enumerate(self.bars):
            base = 0.0
            for part, value in enumerate(bar.parts):
                if value <= 0:
                    continue
                rect = self.bar_rect(index, base + value, area)
                rect.setBottom(self.bar_rect(index, base, area).top())
                painter.setBrush(brushes[part % len(brushes)])
                painter.setPen(QPen(colour, 1) if part else Qt.PenStyle.NoPen)
                painter.drawRect(rect)
                base += value
        self._paint_labels(painter, area, faint)
        if self.goal:
            y = area.bottom() - area.height() * self.goal / top
            painter.setPen(QPen(ink, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            if self.goal_text:  # above the line, at its right end
                width = fm.horizontalAdvance(self.goal_text) + fm.averageCharWidth()
                box = QRectF(area.right() - width, y - fm.lineSpacing() - 2, width, fm.lineSpacing())
                painter.fillRect(box, palette.color(QPalette.ColorRole.Window))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.goal_text)
        focused = next((item for item in self.items if item.hasFocus()), None)
        if focused is not None:  # where the keyboard is, in full ink
            painter.setPen(QPen(ink, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.bar_rect(focused.index, area=area).adjusted(-1, -1, 1, 1))
        painter.end()

    def _paint_labels(self, painter: QPainter, area: QRectF, faint) -> None:
        fm = self.fontMetrics()
        if not self.bars:
            return
        slot = area.width() / len(self.bars)
        widest = max(fm.horizontalAdvance(bar.label) for bar in self.bars) + fm.averageCharWidth()
        every = max(1, math.ceil(widest / slot))  # no label runs into the next
        painter.setPen(faint)
        drawn_to = -1.0
        for index, bar in enumerate(self.bars):
            if index % every:
                continue
            x = area.left() + slot * index
            box = QRectF(x - slot * (every - 1) / 2, area.bottom() + 2, slot * every, fm.lineSpacing())
            box.moveRight(min(box.right(), self.width() - 1.0))  # the last label stays whole
            box.moveLeft(max(box.left(), 0.0))
            text = fm.horizontalAdvance(bar.label)
            left = box.center().x() - text / 2
            if left < drawn_to + fm.averageCharWidth():
                continue  # pushed into the one before: the bar still says it by keyboard
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, bar.label)
            drawn_to = left + text
