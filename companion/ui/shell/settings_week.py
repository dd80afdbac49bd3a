"""The working week on the Settings page: each weekday on or off, with its ranges of hours.

``WeekEditor`` edits one week: per day a check box, one row per range ("08:30 to 12:00",
Remove), Add hours, and "Copy to" other days. ``OwnWeek`` is a kind's choice between the
shared week and one of its own. Rows stack down rather than across, so the page stays
readable at twice the text size on a small screen (it scrolls down, never sideways).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.i18n import QT_TRANSLATE_NOOP, translate
from companion.core.week import (
    MAX_RANGES_PER_DAY,
    MINUTES_PER_DAY,
    Day,
    Hours,
    Week,
    describe_week,
    joined,
)
from companion.core.wording import weekday_name
from companion.ui.widgets.labels import muted, wrapping_label

# An end of 00:00 can only mean the day's end: a range never ends before it starts.
# Marked here, translated where shown (context "Settings").
MIDNIGHT_NOTE = QT_TRANSLATE_NOOP("Settings", "An end of 00:00 means midnight, the end of the day.")
WEEK_INTRO = QT_TRANSLATE_NOOP("Settings", "Reminders come only inside these hours. A reminder can "
                               "have hours of its own on its page.")
EMPTY_NOTE = QT_TRANSLATE_NOOP("Settings", "No day is on: reminders that keep to these hours will "
                               "not come.")


def _qtime(minutes: int) -> QTime:
    return QTime((minutes // 60) % 24, minutes % 60)


def _minutes(edit: QTimeEdit, end: bool) -> int:
    minutes = edit.time().hour() * 60 + edit.time().minute()
    return MINUTES_PER_DAY if end and minutes == 0 else minutes


class _DayEditor(QWidget):
    """One weekday: on/off, its ranges (each removable), Add hours and Copy to."""

    changed = Signal()
    copy_to = Signal(int, list)  # this day, the days to copy it to

    def __init__(self, number: int, day: Day, prefix: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.number, self.name, self._prefix = number, weekday_name(number), prefix
        self.on = QCheckBox(self.name, self)  # (moved into the week's grid, same window)
        self.on.setChecked(day.on)
        self.on.setAccessibleName(translate("Settings", "{prefix}{day} on").format(
            prefix=prefix, day=self.name))
        self.on.toggled.connect(self._on_toggled)
        self._rows: list[tuple[QTimeEdit, QTimeEdit, QPushButton, QWidget]] = []
        self.add = QPushButton(translate("Settings", "Add hours"))
        self.add.setAccessibleName(translate("Settings", "{prefix}Add hours on {day}").format(
            prefix=prefix, day=self.name))
        self.add.clicked.connect(self._add_clicked)
        self.copy = QPushButton(translate("Settings", "Copy to…"))
        self.copy.setAccessibleName(translate("Settings", "{prefix}Copy {day} to other days").format(
            prefix=prefix, day=self.name))
        self.copy.setMenu(self._copy_menu())
        self._buttons = QWidget(self)
        buttons = QHBoxLayout(self._buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add)
        buttons.addWidget(self.copy)
        # The day's check box is placed by the week's grid (one column for all seven, so
        # every day's hours line up); this widget holds the hours, one range a line, with
        # the buttons after the last one: a day of one range takes one line.
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(2, 1)
        self.set_day(day)

    def _copy_menu(self) -> QMenu:
        menu = QMenu(self)
        others = [n for n in range(7) if n != self.number]
        for other in others:
            action = QAction(weekday_name(other), menu)
            action.triggered.connect(lambda _=False, o=other: self.copy_to.emit(self.number, [o]))
            menu.addAction(action)
        menu.addSeparator()
        for text, targets in ((translate("Settings", "All weekdays"),
                               [n for n in range(5) if n != self.number]),
                              (translate("Settings", "Every other day"), others)):
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, t=targets: self.copy_to.emit(self.number, t))
            menu.addAction(action)
        return menu

    # -- contents -------------------------------------------------------------------
    def set_day(self, day: Day) -> None:
        """Show ``day`` (on/off and its ranges), replacing what is shown."""
        while self._rows:
            self._remove_row(self._rows[-1][3], notify=False)
        self.on.setChecked(day.on)
        for span in day.hours:
            self._add_row(span)
        self._relayout()
        self._on_toggled(day.on)

    def day(self) -> Day:
        """The day as edited: ranges as typed (``problem`` says if one is not a range)."""
        spans = [Hours(_minutes(start, False), _minutes(end, True))
                 for start, end, _, _ in self._rows]
        return Day(self.on.isChecked(), tuple(spans))

    def problem(self) -> str | None:
        day = self.day()
        for span in day.hours:
            if span.start >= span.end:
                return translate("Settings", "On {day}, hours from {start} must end after they "
                                 "start.").format(day=self.name, start=str(span)[:5])
        if day.on and not day.hours:
            return translate("Settings", "{day} is on but has no hours: add hours or turn it "
                             "off.").format(day=self.name)
        return None

    def _add_clicked(self) -> None:
        last = max((h.end for h in self.day().hours), default=None)
        if last is None:
            span = Hours(9 * 60, 17 * 60)
        else:  # after the last range, as an afternoon follows a morning
            start = min(last + 60, MINUTES_PER_DAY - 60)
            span = Hours(start, min(start + 4 * 60, MINUTES_PER_DAY))
        self._add_row(span)
        self._rows[-1][0].setFocus()
        self.changed.emit()

    def _add_row(self, span: Hours) -> None:
        n = len(self._rows) + 1
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        start, end = QTimeEdit(_qtime(span.start)), QTimeEdit(_qtime(span.end))
        names = (translate("Settings", "{prefix}{day} hours {n} from"),
                 translate("Settings", "{prefix}{day} hours {n} until"))
        for edit, name in zip((start, end), names, strict=True):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name.format(prefix=self._prefix, day=self.name, n=n))
            edit.timeChanged.connect(self.changed)
        midnight = translate("Settings", MIDNIGHT_NOTE)
        end.setToolTip(midnight)
        end.setAccessibleDescription(midnight)
        remove = QPushButton(translate("Settings", "Remove"))
        remove.setAccessibleName(translate("Settings", "{prefix}Remove {day} hours {n}").format(
            prefix=self._prefix, day=self.name, n=n))
        remove.clicked.connect(lambda: self._remove_row(row))
        line.addWidget(start)
        line.addWidget(QLabel(translate("Settings", "to", "from 08:30 to 12:00")))
        line.addWidget(end)
        line.addWidget(remove)
        self._rows.append((start, end, remove, row))
        self._relayout()
        self._on_toggled(self.on.isChecked())

    def _remove_row(self, row: QWidget, notify: bool = True) -> None:
        index = next(i for i, r in enumerate(self._rows) if r[3] is row)
        self._rows.pop(index)
        self._grid.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._relayout()
        if notify:
            self.add.setFocus()  # focus never falls out of the page with the removed button
            self._on_toggled(self.on.isChecked())
            self.changed.emit()

    def _relayout(self) -> None:
        for line, (*_, row) in enumerate(self._rows):
            self._grid.addWidget(row, line, 0)  # (adding again moves it)
        self._grid.addWidget(self._buttons, max(len(self._rows) - 1, 0), 1)

    def _keep_tab_order(self) -> None:
        # Rows come and go after the buttons were made: Tab still reads like the page.
        chain = [self.on, *(w for start, end, remove, _ in self._rows for w in (start, end, remove)),
                 self.add, self.copy]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def _on_toggled(self, on: bool) -> None:
        self._keep_tab_order()
        # An off day keeps its hours (turning it on again restores them), greyed out.
        for start, end, remove, _ in self._rows:
            for widget in (start, end, remove):
                widget.setEnabled(on)
        self.add.setEnabled(on and len(self._rows) < MAX_RANGES_PER_DAY)
        self.changed.emit()


class WeekEditor(QWidget):
    """Seven days, Monday first; ``result()`` gives the edited week or what is wrong."""

    changed = Signal()  # any day's on/off or hours

    def __init__(self, week: Week, prefix: str = "", intro: str = "",
                 parent: QWidget | None = None):
        """``prefix``: put before every accessible name, e.g. "Stretch: " for a kind's own;
        ``intro``: a sentence above the days."""
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.days = [_DayEditor(n, day, prefix) for n, day in enumerate(week.days)]
        top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        first = 1 if intro else 0
        if intro:
            grid.addWidget(wrapping_label(intro), 0, 0, 1, 2)
        for row, editor in enumerate(self.days, start=first):
            editor.changed.connect(self._changed)
            editor.copy_to.connect(self.copy_day)
            # As tall as a line of hours, so the day's name sits level with its first range.
            editor.on.setMinimumHeight(max(editor.add.sizeHint().height(),
                                           QTimeEdit().sizeHint().height()))
            grid.addWidget(editor.on, row, 0, top)
            grid.addWidget(editor, row, 1)
            if row > first:  # Tab goes from one day's last button to the next day's box
                QWidget.setTabOrder(self.days[row - first - 1].copy, editor.on)
        self.note = muted(wrapping_label(translate("Settings", EMPTY_NOTE)))
        grid.addWidget(self.note, first + 7, 0, 1, 2)
        grid.setRowStretch(first + 8, 1)  # spare room goes below the days, not between them
        self._changed()

    def week(self) -> Week:
        """The week as shown (ranges as typed, not yet checked)."""
        return Week(tuple(editor.day() for editor in self.days))

    def copy_day(self, source: int, targets: list[int]) -> None:
        """Make each target day like ``source`` (on/off and hours)."""
        day = self.days[source].day()
        for target in targets:
            self.days[target].set_day(day)

    def result(self) -> tuple[Week | None, str | None]:
        """The edited week (overlapping ranges joined), or None and what is wrong."""
        for editor in self.days:
            if (problem := editor.problem()) is not None:
                return None, problem
        return Week(tuple(Day(d.on, joined(d.hours)) for d in self.week().days)), None

    def _changed(self) -> None:
        if hasattr(self, "note"):
            self.note.setVisible(all(not e.on.isChecked() for e in self.days))
            self.changed.emit()


class OwnWeek(QWidget):
    """A kind's hours: the shared working week, or (ticked) a week of its own."""

    changed = Signal()  # own hours chosen or not, or the own hours edited

    def __init__(self, name: str, own: Week | None, shared: Callable[[], Week],
                 parent: QWidget | None = None, label: str | None = None):
        """``shared``: the shared week as edited now, to start an own week from; ``label``:
        the choice's words (translated), "Own hours for <name> reminders" without."""
        super().__init__(parent)
        self._shared = shared
        if label is None:
            label = translate("Settings", "Own hours for {name} reminders").format(name=name.lower())
        self.choice = QCheckBox(label)  # thrice on a page: by Tab
        self.choice.setChecked(own is not None)
        self.shared_note = muted(wrapping_label())
        self.editor = WeekEditor(own if own is not None else shared(), prefix=f"{name}: ")
        self.editor.setVisible(own is not None)
        self.choice.toggled.connect(self._toggled)
        self.choice.toggled.connect(self.changed)
        self.editor.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.shared_note)
        layout.addWidget(self.editor)
        self._toggled(own is not None, fill=False)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        self._toggled(self.choice.isChecked(), fill=False)  # the shared hours as edited now
        super().showEvent(event)

    def _toggled(self, own: bool, fill: bool = True) -> None:
        if own and fill:  # start from the shared week as it is now
            for editor, day in zip(self.editor.days, self._shared().days, strict=True):
                editor.set_day(day)
        self.editor.setVisible(own)
        self.shared_note.setText(translate("Settings", "Keeps to the working hours: {week}.").format(
            week=describe_week(self._shared())))
        self.shared_note.setVisible(not own)

    def result(self) -> tuple[Week | None, str | None]:
        """None for the shared week, else the kind's own week; or what is wrong."""
        if not self.choice.isChecked():
            return None, None
        return self.editor.result()
