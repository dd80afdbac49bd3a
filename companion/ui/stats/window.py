"""The Statistics window: a week, a month or a year of water, breaks, minutes and the
twitch diary, as charts (each bar reachable by keyboard and screen reader) or as a table."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.core.history import History
from companion.core.statistics import Span, Tally, View, buckets, goal_line, merged, shifted, span_of, twitch_summary
from companion.core.statistics_sql import current_streak, tallies
from companion.ui.widgets.announce import announce
from companion.ui.widgets.focus import keep_focus_in_view
from companion.ui.widgets.fonts import scaled_font
from companion.ui.widgets.keys import bind_keys
from companion.ui.widgets.labels import muted, wrapping_label
from companion.ui.widgets.layout import fit_screen
from companion.ui.widgets.theme import window_title

from . import sections
from .chart import BarChart
from .look import part_brush

log = logging.getLogger(__name__)
VIEW_WORDS = {View.WEEK: "&Week", View.MONTH: "&Month", View.YEAR: "&Year"}


def trigger_words() -> dict[str, str]:
    """The diary's trigger ids in words, from the checklist (the ids stand in if it is broken)."""
    from companion import assets
    from companion.core.checklist import load_checklist
    from companion.services import language
    try:
        checklist = load_checklist(assets.checklist_file(), language.current())
        return {item.id: item.label for item in checklist.triggers()}
    except Exception:  # a content problem must not keep the statistics closed
        log.exception("could not read the trigger names")
        return {}


class Legend(QWidget):
    """The swatches of a stacked chart, each with its words."""

    def __init__(self, parts: Iterable[str]):
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for index, words in enumerate(parts):
            row.addWidget(_Swatch(index))
            row.addWidget(muted(QLabel(words)))
        row.addStretch()


class _Swatch(QWidget):
    def __init__(self, part: int):
        super().__init__()
        self.part = part
        size = self.fontMetrics().height()
        self.setFixedSize(size, size)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        from PySide6.QtGui import QPainter, QPen

        from .look import accent
        painter = QPainter(self)
        painter.setPen(QPen(accent(self.palette()), 1))
        painter.setBrush(part_brush(self.palette(), self.part))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


class StatisticsWindow(QWidget):
    """Charts over a week, a month or a year, previous and next, or the same as a table.

    ``goal`` and ``rest_weekdays`` are asked at each reload (they follow the settings);
    ``trigger_labels`` turns the diary's trigger ids into words.
    """

    def __init__(self, history: History, tz: tzinfo, clock: Callable[[], datetime],
                 goal: Callable[[], int], rest_weekdays: Callable[[], Iterable[int]] = tuple,
                 trigger_labels: Mapping[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(window_title("Statistics"))
        self.history, self.tz, self.clock = history, tz, clock
        self._goal, self._rest = goal, rest_weekdays
        self.labels = dict(trigger_labels or {})
        self.span = span_of(View.WEEK, self.today())
        self.days: list[Tally] = []
        self.buckets: list[Tally] = []

        self.heading = QLabel()
        self.heading.setFont(scaled_font(self, 1.4, bold=True))
        self.view_buttons = QButtonGroup(self)
        views = QHBoxLayout()
        for view in View:
            button = QPushButton(VIEW_WORDS[view], checkable=True)
            button.setAccessibleDescription("Show a whole " + view.value)
            self.view_buttons.addButton(button)
            button.clicked.connect(lambda _=False, v=view: self.set_view(v))
            views.addWidget(button)
        self.previous = QPushButton("&Previous", accessibleName="Previous")
        self.next = QPushButton("&Next", accessibleName="Next")
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.as_table = QCheckBox("Show as &table")
        self.as_table.toggled.connect(self._show_table)
        views.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        views.addWidget(self.previous)
        views.addWidget(self.next)
        views.addStretch()
        views.addWidget(self.as_table)

        self.empty_note = muted(wrapping_label(role="Why the charts are empty"))
        self.charts: dict[str, BarChart] = {}
        self.figures: dict[str, QLabel] = {}
        column = QWidget()
        body = QVBoxLayout(column)
        for section in sections.SECTIONS:
            title = QLabel(section.heading)
            title.setFont(scaled_font(self, 1.15, bold=True))
            body.addWidget(title)
            figures = muted(wrapping_label(role=f"{section.heading} in figures"))
            self.figures[section.key] = figures
            body.addWidget(figures)
            chart = BarChart(f"{section.heading} per day", section.parts)
            self.charts[section.key] = chart
            body.addWidget(chart)
            if len(section.parts) > 1:
                body.addWidget(Legend(section.parts))
            body.addSpacing(self.fontMetrics().lineSpacing() // 2)
        self.summary = wrapping_label(role="Twitch diary beside water and breaks")
        body.addWidget(self.summary)
        body.addStretch()
        self.chart_page = keep_focus_in_view(QScrollArea())
        self.chart_page.setWidget(column)
        self.chart_page.setWidgetResizable(True)
        self.chart_page.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the bars in it

        self.table = QTableWidget(0, len(sections.COLUMNS))
        self.table.setHorizontalHeaderLabels(list(sections.COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        # The columns share the window's width and long cells wrap: nothing scrolls sideways.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName("Statistics as a table")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.chart_page)
        self.pages.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(views)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.pages, 1)
        bind_keys(self, {Qt.Key.Key_Escape: self.close,
                         Qt.Key.Key_PageUp: lambda: self.step(-1),
                         Qt.Key.Key_PageDown: lambda: self.step(1)})
        self._sized = False
        self._read: dict[tuple[Span, int], list[Tally]] = {}
        self._streak: int | None = None

    # -- choices ------------------------------------------------------------------
    def today(self) -> date:
        return self.clock().astimezone(self.tz).date()

    def set_view(self, view: View) -> None:
        """Show the week, month or year around the day in view (today's, if it is in it)."""
        today = self.today()
        anchor = today if self.span.first <= today <= self.span.last else self.span.first
        self.show_span(span_of(view, anchor))

    def step(self, steps: int) -> None:
        """The previous (-1) or next (+1) week, month or year; never past today's."""
        span = shifted(self.span, steps)
        if span.first <= self.today():
            self.show_span(span)

    def _show_table(self, on: bool) -> None:
        self.pages.setCurrentWidget(self.table if on else self.chart_page)

    # -- contents -----------------------------------------------------------------
    def reload(self) -> None:
        """Read the span in view again (opening the window starts at this week)."""
        self._read.clear()
        self._streak = None
        if not self.isVisible():
            self.span = span_of(self.span.view, self.today())
        self.show_span(self.span)

    def show_span(self, span: Span) -> None:
        self.span = span
        today, goal = self.today(), self._goal()
        self.days = self._tallies(span, goal, today)
        self.buckets = buckets(span, self.days, today)
        if self._streak is None:  # today's, whatever the span: once per opening
            self._streak = current_streak(self.history, self.tz, goal, self.clock(), self._rest())
        streak = self._streak
        whole = merged(self.days)
        self.heading.setText(span.title())
        nothing = not any((whole.glasses, whole.taken, whole.natural, whole.snoozed, whole.skipped,
                           whole.missed, whole.held_total, whole.stretch_minutes,
                           whole.breathing_minutes, whole.episodes))
        self.empty_note.setText(
            f"Nothing was recorded in this {span.view.value} yet. Water, breaks and the twitch "
            "diary show here as you log them." if nothing else "")
        self.empty_note.setVisible(nothing)
        for button, view in zip(self.view_buttons.buttons(), View, strict=True):
            button.setChecked(view is span.view)
        self.next.setEnabled(shifted(span, 1).first <= today)
        for section in sections.SECTIONS:
            chart = self.charts[section.key]
            chart.setAccessibleName(f"{section.heading} per {'month' if span.view is View.YEAR else 'day'}")
            chart.set_bars(sections.bars(section, span, self.buckets, goal, today, self.labels),
                           goal=goal if section.key == "water" and goal else None,
                           goal_text=f"goal {goal}")
            self.figures[section.key].setText(sections.figures(
                section.key, whole, goal_line(self.days, goal, streak, today)))
            self.figures[section.key].setVisible(bool(self.figures[section.key].text()))
        self.summary.setText("\n".join(twitch_summary(
            [d for d in self.days if d.first <= today], goal, self.labels)))
        self._fill_table(today, goal)
        if not self._sized:
            self._sized = True
            fm = self.fontMetrics()
            fit_screen(self, 110 * fm.averageCharWidth(), 48 * fm.lineSpacing())
        if self.isVisible():
            announce(self, f"{span.title()}: {self.figures['water'].text()}")

    def _tallies(self, span: Span, goal: int, today: date) -> list[Tally]:
        """The span's days; a span that is over is read once while the window is open."""
        if (span, goal) in self._read:
            return self._read[span, goal]
        days = tallies(self.history, span, self.tz, goal)
        if span.last < today:  # nothing new can happen in it
            self._read[span, goal] = days
        return days

    def _fill_table(self, today: date, goal: int) -> None:
        rows = sections.table_rows(self.span, self.buckets, today, goal, self.labels)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
