"""The days of the History window as a Qt item model: days as rows, entries under them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, tzinfo

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from companion.core.history import History
from companion.core.history_days import Day, Entry, group_days, read_page
from companion.core.history_filters import FILTERS, PERIODS, Filter, Period
from companion.core.i18n import translate

# What the delegate asks the model for besides the display text.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1      # the Entry under a day, or None on a day row
DAY_ROLE = Qt.ItemDataRole.UserRole + 2        # the Day a day row stands for

_DAY_FLAGS = Qt.ItemFlag.ItemIsEnabled  # a day is read, not picked
_ENTRY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class DaysModel(QAbstractItemModel):
    """Days as top-level rows (not selectable), their entries as children.

    It reads history a page of days at a time (``core.history_days.read_page``), and
    the next, older page when asked (the window asks as the list nears its end), so a
    long history opens as fast as a short one.
    """

    def __init__(self, history: History, tz: tzinfo):
        super().__init__()
        self.history, self.tz = history, tz
        self.days: list[Day] = []
        self.filter, self.period = FILTERS[0], PERIODS[0]
        self.names: Mapping[str, str] = {}
        self.now: datetime | None = None
        self._older: datetime | None = None
        self.machines: dict[str, str] = {}

    def restart(self, chosen: Filter, period: Period, now: datetime,
                names: Mapping[str, str]) -> None:
        """Show ``chosen`` over ``period`` from the newest day: the first page only."""
        self.beginResetModel()
        self.filter, self.period, self.now, self.names = chosen, period, now, names
        self.machines = self.history.machine_names()  # where shared entries came from
        self._older = None
        self.days = self._read(None)
        self.endResetModel()

    @property
    def complete(self) -> bool:
        """True when every day of the period is read."""
        return self._older is None

    def _read(self, until: datetime | None) -> list[Day]:
        """The days of the next page with a line to show (pages without any are passed)."""
        assert self.now is not None  # (restart() sets it before the first read)
        since = self.period.since(self.now, self.tz)
        while True:
            page = read_page(self.history, self.filter, self.tz, until=until, since=since)
            self._older = until = page.older
            days = group_days(page.events, self.filter, self.now, self.tz, self.names)
            if days or until is None:
                return [self._with_machines(day) for day in days]

    def _with_machines(self, day: Day) -> Day:
        """Each entry recorded on another machine says which (a shared folder)."""
        if not any(entry.event.machine for entry in day.entries):
            return day
        return replace(day, entries=tuple(
            replace(entry, text=translate("Sync", "{entry} (on {machine})").format(
                entry=entry.text, machine=self.machines.get(entry.event.machine,
                                                            entry.event.machine[:8]))
                    ) if entry.event.machine else entry for entry in day.entries))

    # Not Qt's canFetchMore/fetchMore: a tree view calls those on every reset, before it
    # knows what is on screen, and so read the whole history at once.
    def read_older(self) -> bool:
        """Add the next, older page of days; False when every day is read."""
        if self._older is None:
            return False
        days = self._read(self._older)
        if days:
            self.beginInsertRows(QModelIndex(), len(self.days), len(self.days) + len(days) - 1)
            self.days.extend(days)
            self.endInsertRows()
        return True

    def entry_count(self) -> int:
        return sum(len(day.entries) for day in self.days)

    # A child's internal id is its day's row + 1; a day's is 0.
    def index(self, row, column=0, parent=QModelIndex()):
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.days) else QModelIndex()
        if parent.internalId() == 0 and row < len(self.days[parent.row()].entries):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index=None):  # without an index: QObject.parent()
        if index is None:
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt naming
        if not parent.isValid():
            return len(self.days)
        return len(self.days[parent.row()].entries) if parent.internalId() == 0 else 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 1

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _DAY_FLAGS if index.internalId() == 0 else _ENTRY_FLAGS

    def _entry(self, index) -> Entry:
        return self.days[index.internalId() - 1].entries[index.row()]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            day = self.days[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return day.title
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{day.title}: {day.summary.replace(' · ', ', ')}"
            if role == DAY_ROLE:
                return day
            return None
        entry = self._entry(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.time}  {entry.text}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.time}, {entry.text}"
        if role == ENTRY_ROLE:
            return entry
        return None

