"""A read-only view of the history log, newest first."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from companion.core.activity import AWAY_REASONS
from companion.core.history import Event, History
from companion.core.kinds import EventKind, ReminderKind
from companion.core.today import describe_minutes

LABELS = {
    EventKind.WATER_LOGGED: "Drank a glass", EventKind.WATER_UNDONE: "Undid a glass",
    EventKind.REMINDER_SHOWN: "Reminder shown", EventKind.REMINDER_DONE: "Reminder done",
    EventKind.REMINDER_SNOOZED: "Reminder snoozed", EventKind.REMINDER_SKIPPED: "Reminder skipped",
    EventKind.REMINDER_MISSED: "Reminder missed", EventKind.REMINDERS_PAUSED: "Reminders paused",
    EventKind.REMINDERS_RESUMED: "Reminders resumed", EventKind.STRETCH_SESSION: "Stretch session",
    EventKind.BREATHING_SESSION: "Breathing session", EventKind.SYMPTOM_CHECK: "Symptom check",
    EventKind.TWITCH_LOGGED: "Twitch logged", EventKind.TWITCH_EDITED: "Twitch entry edited",
    EventKind.TWITCH_DELETED: "Twitch entry deleted",
    EventKind.REMINDER_HELD: "Reminder held", EventKind.REMINDER_COVERED: "Reminder covered",
    EventKind.NATURAL_BREAK: "Natural break",
}
READABLE_KIND = {ReminderKind.HYDRATION: "water", ReminderKind.STRETCH: "stretch break",
                 ReminderKind.BREATHING: "breathing"}


def describe(event: Event) -> str:
    """A short plain-words detail for one event."""
    d = event.data
    # History checks the fields of the kinds it knows; a kind from a newer Companion may
    # carry a "kind" of any JSON type.
    if isinstance(d.get("kind"), str):
        what = READABLE_KIND.get(d["kind"], d["kind"])
        return what + _why(event)
    if event.kind == EventKind.NATURAL_BREAK:
        # FIELDS makes "minutes" a number and "cause" a known one, when present.
        cause = AWAY_REASONS.get(d.get("cause"), "away")
        return f"{describe_minutes(d['minutes'])} ({cause}), counted as a stretch break"
    if event.kind == EventKind.WATER_LOGGED:
        return f"{d.get('ml', '?')} ml"
    if event.kind in (EventKind.STRETCH_SESSION, EventKind.BREATHING_SESSION):
        what = d.get("routine") or d.get("pattern") or ""
        done = "completed" if d.get("completed") else "stopped"
        return f"{what}, {done}, {int(d.get('seconds', 0)) // 60} min {int(d.get('seconds', 0)) % 60} s"
    if event.kind == EventKind.SYMPTOM_CHECK:
        return str(d.get("level", "")).replace("_", " ")
    return ""


def _why(event: Event) -> str:
    """What a presence decision adds to a reminder event: why it was held or missed."""
    d = event.data
    if event.kind == EventKind.REMINDER_COVERED:
        return ", covered by a natural break"
    if event.kind == EventKind.REMINDER_SHOWN and d.get("held"):
        return ", after being held"
    if event.kind in (EventKind.REMINDER_HELD, EventKind.REMINDER_MISSED) and d.get("reason"):
        return f": {d['reason']}"
    return ""


class HistoryModel(QAbstractTableModel):
    """The most recent events as rows: when, what, detail."""

    def __init__(self, history: History, tz: tzinfo, limit: int = 500):
        super().__init__()
        self.history, self.tz, self.limit = history, tz, limit
        self.rows: list[Event] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.history.events(newest_first=True, limit=self.limit)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return ("When", "What", "Detail")[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        event = self.rows[index.row()]
        if index.column() == 0:
            return event.at.astimezone(self.tz).strftime("%a %d %b %H:%M")
        if index.column() == 1:
            return LABELS.get(event.kind, event.kind)
        return describe(event)


class HistoryView(QWidget):
    """Window listing what was recorded."""

    def __init__(self, history: History, tz: tzinfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Companion — History")
        self.model = HistoryModel(history, tz)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("History of water, breaks, sessions and checks")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.resize(self.fontMetrics().averageCharWidth() * 70, 420)

    def reload(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
