"""The diary's quick-log form: where, how long, how strong, when, triggers, note."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from companion.core import diary
from companion.core.clock import Clock
from companion.core.i18n import QT_TRANSLATE_NOOP, translate
from companion.services import language
from companion.ui.widgets.controls import primary_button, secondary_button
from companion.ui.widgets.labels import wrapping_label
from companion.ui.widgets.theme import heading_label


def _combo(choices: dict[str, str], name: str) -> QComboBox:
    combo = QComboBox()
    for key, label in choices.items():
        combo.addItem(label[:1].upper() + label[1:], key)
    combo.setAccessibleName(name)
    return combo


# As core.wording writes dates everywhere else ("Wed 4 Mar 2026, 09:20"), in Companion's
# language, never the desktop's when they differ (see core/wording.py). A translator gives
# the order of their language in Qt's date format (d day, ddd weekday, MMM month, yyyy year).
MOMENT_FORMAT = QT_TRANSLATE_NOOP("Qt date format", "ddd d MMM yyyy, HH:mm")
DAY_FORMAT = QT_TRANSLATE_NOOP("Qt date format", "d MMM yyyy")


def wording_locale() -> QLocale:
    """The names of days and months in Companion's language; English as Companion writes
    it (day before month, 24-hour), which the UK's English locale does."""
    code = language.current()
    if code == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(code)


def dated(edit: QDateTimeEdit, display: str) -> QDateTimeEdit:
    """``edit`` showing its date in the app's own words, with a calendar to pick from."""
    edit.setLocale(wording_locale())
    edit.setDisplayFormat(translate("Qt date format", display))
    edit.setCalendarPopup(True)
    return edit


def _select(combo: QComboBox, key: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(key)))


class DiaryForm(QWidget):
    """Fields for one episode; defaults make logging 'a twitch, just now' one click."""

    def __init__(self, trigger_labels: dict[str, str], clock: Clock,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.clock = clock
        self.editing: str | None = None  # entry id while the form edits an entry
        self._when_touched = False
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # A heading over the fields, not a group box's frame.
        self.heading = heading_label(translate("Diary", "Log a twitch"))
        form.addRow(self.heading)
        self.area = _combo(diary.AREAS, translate("Diary", "Where: body area"))
        self.side = _combo(diary.SIDES, translate("Diary", "Which side"))
        where = QHBoxLayout()
        where.addWidget(self.area, 2)
        where.addWidget(self.side, 1)
        where_label = QLabel(translate("Diary", "&Where"))
        where_label.setBuddy(self.area)
        form.addRow(where_label, where)
        self.duration = _combo(diary.DURATIONS, translate("Diary", "How long"))
        form.addRow(translate("Diary", "How &long"), self.duration)
        self.strength = _combo(diary.STRENGTHS, translate("Diary", "How strong"))
        form.addRow(translate("Diary", "How &strong"), self.strength)
        self.when = dated(QDateTimeEdit(), MOMENT_FORMAT)
        self.when.setAccessibleName(translate("Diary", "When it happened"))
        self.when.dateTimeChanged.connect(self._when_edited)
        form.addRow(translate("Diary", "Whe&n"), self.when)

        grid = QGridLayout()
        self.trigger_boxes: dict[str, QCheckBox] = {}
        for n, (item_id, label) in enumerate(trigger_labels.items()):
            check = QCheckBox(label)
            check.setAccessibleName(translate("Diary", "Suspected trigger: {trigger}").format(trigger=label))
            grid.addWidget(check, n // 2, n % 2)
            self.trigger_boxes[item_id] = check
        form.addRow(QLabel(translate("Diary", "Suspected triggers (optional)")))
        form.addRow(grid)
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("Diary", "Optional note"))
        self.note.setAccessibleName(translate("Diary", "Note"))
        form.addRow(translate("Diary", "N&ote"), self.note)

        self.log_button = primary_button(translate("Diary", "Lo&g twitch"))
        self.log_button.setAccessibleName(translate("Diary", "Log twitch"))
        self.log_button.setDefault(True)
        self.cancel_button = secondary_button(translate("Diary", "Cancel &editing"))
        self.cancel_button.setAccessibleName(translate("Diary", "Cancel editing"))
        self.cancel_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.status = wrapping_label(role=translate("Diary", "Diary status"))
        form.addRow(self.status)
        self.reset()

    def _when_edited(self) -> None:
        self._when_touched = True

    def _set_when(self, when: datetime) -> None:
        self.when.blockSignals(True)  # a time we set is not a time the user picked
        self.when.setDateTime(QDateTime(when.astimezone().replace(tzinfo=None)))
        self.when.blockSignals(False)

    def show_now(self) -> None:
        """Show the current time unless the user picked one."""
        if not self._when_touched:
            self._set_when(self.clock())

    def reset(self) -> None:
        """Back to logging a new episode 'now'; keeps the last area and side for speed."""
        self.editing = None
        self._when_touched = False
        self.show_now()
        self.note.clear()
        for box in self.trigger_boxes.values():
            box.setChecked(False)
        self.log_button.setText(translate("Diary", "Lo&g twitch"))
        self.cancel_button.setVisible(False)

    def prefill(self, triggers: list[str], note: str) -> None:
        """Start a new entry with these suspected triggers ticked and this note (from a check)."""
        self.reset()
        for item_id, box in self.trigger_boxes.items():
            box.setChecked(item_id in triggers)
        self.note.setText(note)
        self.status.setText(translate("Diary", "From your check: say where and how it was, then log it."))

    def fields(self) -> dict:
        """The form's values, as keyword arguments for core.diary.add/edit."""
        chosen = self.when.dateTime().toPython()
        assert isinstance(chosen, datetime)  # (a QDateTime's)
        picked = chosen.astimezone()
        return {"area": self.area.currentData(), "side": self.side.currentData(),
                "duration": self.duration.currentData(),
                "strength": self.strength.currentData(),
                "triggers": [i for i, box in self.trigger_boxes.items() if box.isChecked()],
                "note": self.note.text(),
                # Untouched, 'when' means the moment of logging, not of opening the form.
                "occurred_at": picked if self._when_touched else self.clock()}

    def load(self, entry: diary.Entry) -> None:
        """Fill the form with an entry, to edit it."""
        self.editing = entry.entry_id
        for combo, key in ((self.area, entry.area), (self.side, entry.side),
                           (self.duration, entry.duration), (self.strength, entry.strength)):
            _select(combo, key)
        self._set_when(entry.occurred_at)
        self._when_touched = True
        for item_id, box in self.trigger_boxes.items():
            box.setChecked(item_id in entry.triggers)
        self.note.setText(entry.note)
        self.log_button.setText(translate("Diary", "Sa&ve changes"))
        self.cancel_button.setVisible(True)
        self.status.setText(translate("Diary", "Editing the selected entry."))
