"""The History window: what was recorded, by day, in plain words, with filters.

The words, the days and the filters come from ``core.history_text``; this module only
shows them: a tree of days (each a title and a one-line summary) over their entries.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from companion.core.history import History
from companion.core.history_text import (
    FILTERS,
    PERIODS,
    Day,
    Entry,
    Filter,
    Period,
    empty_text,
    group_days,
    read_page,
)
from companion.ui.widgets.announce import announce
from companion.ui.widgets.keys import bind_keys
from companion.ui.widgets.labels import muted, wrapping_label
from companion.ui.widgets.layout import fit_screen

log = logging.getLogger(__name__)

# What the delegate asks the model for besides the display text.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1      # the Entry under a day, or None on a day row
DAY_ROLE = Qt.ItemDataRole.UserRole + 2        # the Day a day row stands for


def content_names(routines_dir: Path | None = None, patterns_dir: Path | None = None) -> dict[str, str]:
    """Routine and pattern ids to their names, for "Stretch break: Quick hand break".

    The built-in ones, and the user's own from their folders when given.
    """
    # Read when the window is first built, never at start-up. A broken content file must
    # not keep the history from opening: the entry then names the id instead.
    from companion import assets
    from companion.core.breathing import load_patterns
    from companion.core.routines import load_routines
    names: dict[str, str] = {}
    try:
        names.update((r.id, r.name) for r in load_routines(assets.routines_dir(), routines_dir)[0])
        names.update((p.id, p.name) for p in load_patterns(assets.patterns_file(), patterns_dir)[0])
    except Exception:  # any content problem: the ids are shown instead
        log.exception("could not read the routine and pattern names")
    return names


_DAY_FLAGS = Qt.ItemFlag.ItemIsEnabled  # a day is read, not picked
_ENTRY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class DaysModel(QAbstractItemModel):
    """Days as top-level rows (not selectable), their entries as children.

    It reads history a page of days at a time (``core.history_text.read_page``), and
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

    def restart(self, chosen: Filter, period: Period, now: datetime,
                names: Mapping[str, str]) -> None:
        """Show ``chosen`` over ``period`` from the newest day: the first page only."""
        self.beginResetModel()
        self.filter, self.period, self.now, self.names = chosen, period, now, names
        self._older = None
        self.days = self._read(None)
        self.endResetModel()

    @property
    def complete(self) -> bool:
        """True when every day of the period is read."""
        return self._older is None

    def _read(self, until: datetime | None) -> list[Day]:
        """The days of the next page with a line to show (pages without any are passed)."""
        since = self.period.since(self.now, self.tz)
        while True:
            page = read_page(self.history, self.filter, self.tz, until=until, since=since)
            self._older = until = page.older
            days = group_days(page.events, self.filter, self.now, self.tz, self.names)
            if days or until is None:
                return days

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
        time_width = fm.horizontalAdvance("00:00") + fm.height()
        return fm, pad, time_width

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


class HistoryTree(QTreeView):
    """The days and their entries; rows are laid out again when the width changes, as
    wrapped entries change height."""

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class HistoryView(QWidget):
    """Window listing what was recorded, by day, newest first.

    ``clock`` decides what "Today" is (the history's own clock unless given); ``names``
    maps routine and pattern ids to their names (the built-in ones unless given).
    """

    def __init__(self, history: History, tz: tzinfo, parent: QWidget | None = None,
                 clock: Callable[[], datetime] | None = None,
                 names: Mapping[str, str] | None = None):
        super().__init__(parent)
        self.setWindowTitle("Companion — History")
        self.history, self.tz = history, tz
        self.clock = clock or history.clock
        self._names = names
        self._sized = False

        self.show_box = QComboBox()
        for row, chosen in enumerate(FILTERS):
            self.show_box.addItem(chosen.label)
            self.show_box.setItemData(row, chosen.about, Qt.ItemDataRole.ToolTipRole)
        self.show_box.setAccessibleName("Show")
        self.period_box = QComboBox()
        self.period_box.addItems([p.label for p in PERIODS])
        self.period_box.setAccessibleName("Period")
        show_label, period_label = QLabel("&Show:"), QLabel("&Period:")
        show_label.setBuddy(self.show_box)
        period_label.setBuddy(self.period_box)
        filters = QHBoxLayout()
        for label, box in ((show_label, self.show_box), (period_label, self.period_box)):
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addStretch()

        self.status = muted(wrapping_label(role="Entries left out"))
        self.model = DaysModel(history, tz)
        self.tree = HistoryTree()
        self.tree.setModel(self.model)
        # Every day stays open: the days group the entries, they do not hide them.
        self.model.modelReset.connect(self.tree.expandAll)
        self.model.rowsInserted.connect(self._expand)
        bar = self.tree.verticalScrollBar()
        bar.valueChanged.connect(self._near_end)
        bar.rangeChanged.connect(self._near_end)
        self.tree.setAccessibleName("History by day, newest first")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setIndentation(0)
        self.tree.setWordWrap(True)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setItemDelegate(DayDelegate(
            self.tree, lambda: self.status.palette().color(self.status.foregroundRole())))
        self.empty = muted(wrapping_label(role="Why the list is empty"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tree)
        self.pages.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.show_box, self.period_box)
        self.setTabOrder(self.period_box, self.tree)

        self.show_box.currentIndexChanged.connect(self._chosen)
        self.period_box.currentIndexChanged.connect(self._chosen)
        bind_keys(self, {Qt.Key.Key_Escape: self.close})

    # -- choices ------------------------------------------------------------------
    @property
    def filter(self) -> Filter:
        return FILTERS[self.show_box.currentIndex()]

    @property
    def period(self) -> Period:
        return PERIODS[self.period_box.currentIndex()]

    def set_filter(self, chosen: Filter) -> None:
        self.show_box.setCurrentIndex(FILTERS.index(chosen))

    def set_period(self, chosen: Period) -> None:
        self.period_box.setCurrentIndex(PERIODS.index(chosen))

    def _chosen(self) -> None:
        self.reload()
        if self.isVisible():  # a screen reader hears what the new choice shows
            announce(self, self.summary())

    # -- contents -----------------------------------------------------------------
    @property
    def names(self) -> Mapping[str, str]:
        if self._names is None:
            self._names = content_names()
        return self._names

    def reload(self) -> None:
        """Read history again (the newest days first) and show them."""
        self.model.restart(self.filter, self.period, self.clock(), self.names)
        if self.model.days:
            self.pages.setCurrentWidget(self.tree)
        else:  # said in the middle, where the list would be
            self.empty.setText(empty_text(self.filter, self.period))
            self.pages.setCurrentWidget(self.empty)
        skipped = self.history.skipped
        self.status.setText(f"{skipped} damaged {'entry' if skipped == 1 else 'entries'} in "
                            f"your history could not be read and {'is' if skipped == 1 else 'are'}"
                            " left out; your file is left as it is." if skipped else "")
        self.status.setVisible(bool(skipped))
        if not self._sized:
            self._sized = True
            self._size_to_content()

    def summary(self) -> str:
        """What the list shows, in a sentence: "Water, last 7 days: 12 entries on 5 days"."""
        if not self.model.days:
            return self.empty.text()
        head = f"{self.filter.label}, {self.period.label.lower()}"
        if not self.model.complete:
            return f"{head}, newest first"
        entries, days = self.model.entry_count(), len(self.model.days)
        return (f"{head}: {entries} {'entry' if entries == 1 else 'entries'} on "
                f"{days} {'day' if days == 1 else 'days'}")

    def _near_end(self, *_) -> None:
        """Read older days once the list is scrolled to within a screenful of its end."""
        bar = self.tree.verticalScrollBar()
        if self.isVisible() and bar.maximum() - bar.value() <= self.tree.viewport().height():
            self.model.read_older()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self._near_end()  # a short first page may not fill the window

    def _expand(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            for row in range(first, last + 1):
                self.tree.expand(self.model.index(row, 0))
    def _size_to_content(self) -> None:
        """As wide as the longest line of the first days (within reason), as tall as the
        screen allows; later lines that are longer wrap."""
        fm = self.fontMetrics()
        days = self.model.days[:14]  # enough to measure: later days hold the same words
        time_width = fm.horizontalAdvance("00:00") + fm.height()  # as the delegate draws it
        longest = max([time_width + fm.horizontalAdvance(entry.text)
                       for day in days for entry in day.entries]
                      + [fm.horizontalAdvance(day.summary) for day in days], default=0)
        chars = fm.averageCharWidth()
        text = min(max(longest, 50 * chars), 110 * chars)
        margins = self.layout().contentsMargins()
        frame = (fm.height() + 2 * self.tree.frameWidth() + margins.left() + margins.right()
                 + self.tree.verticalScrollBar().sizeHint().width())
        width = max(text + frame, self.minimumSizeHint().width())
        if (screen := self.screen()) is not None:  # a list, not a wall of text: leave room
            width = min(width, max(screen.availableGeometry().width() * 4 // 5,
                                   self.minimumSizeHint().width()))
        fit_screen(self, width, 40 * fm.lineSpacing())
