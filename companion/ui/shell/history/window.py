"""The History window: the week at a glance, then what was recorded, day by day."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from companion.core.history import History
from companion.core.history_filters import CHOICES, PERIODS, Filter, Period, empty_text, with_everything
from companion.core.history_week import week_glance
from companion.core.i18n import tr, translate
from companion.ui.widgets.announce import announce
from companion.ui.widgets.keys import bind_keys
from companion.ui.widgets.labels import muted, wrapping_label
from companion.ui.widgets.layout import fit_screen
from companion.ui.widgets.theme import heading_label, page_layout, section, title_label, window_title

from .delegate import DayDelegate, time_column_width
from .model import DaysModel
from .week_strip import WeekStrip

log = logging.getLogger(__name__)


def content_names(routines_dir: Path | None = None, patterns_dir: Path | None = None) -> dict[str, str]:
    """Routine and pattern ids to their names, for "Stretch break: Quick hand break".

    The built-in ones, and the user's own from their folders when given.
    """
    # Read when the window is first built, never at start-up. A broken content file must
    # not keep the history from opening: the entry then names the id instead.
    from companion import assets
    from companion.core.breathing_files import load_patterns
    from companion.core.routines import load_routines
    from companion.services import language
    names: dict[str, str] = {}
    try:
        names.update((r.id, r.name) for r in load_routines(assets.routines_dir(), routines_dir,
                                                            language=language.current())[0])
        names.update((p.id, p.name) for p in load_patterns(assets.patterns_file(), patterns_dir,
                                                            language.current())[0])
    except Exception:  # any content problem: the ids are shown instead
        log.exception("could not read the routine and pattern names")
    return names


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
    maps routine and pattern ids to their names (the built-in ones unless given);
    ``goal`` is the day's water goal in glasses, for the week's bars.
    """

    def __init__(self, history: History, tz: tzinfo, parent: QWidget | None = None,
                 clock: Callable[[], datetime] | None = None,
                 names: Mapping[str, str] | None = None,
                 goal: Callable[[], int] = lambda: 8):
        super().__init__(parent)
        self.setWindowTitle(window_title(translate("History", "History")))
        self.history, self.tz = history, tz
        self.clock = clock or history.clock
        self._names = names
        self._sized = False

        self.week = WeekStrip(goal)
        self.show_box = QComboBox()
        for row, chosen in enumerate(CHOICES):
            self.show_box.addItem(chosen.label)
            self.show_box.setItemData(row, chosen.about, Qt.ItemDataRole.ToolTipRole)
        self.show_box.setAccessibleName(translate("History", "Show"))
        self.period_box = QComboBox()
        self.period_box.addItems([p.label for p in PERIODS])
        self.period_box.setAccessibleName(translate("History", "Period"))
        show_label = QLabel(translate("History", "&Show:"))
        period_label = QLabel(translate("History", "&Period:"))
        show_label.setBuddy(self.show_box)
        period_label.setBuddy(self.period_box)
        self.everything_box = QCheckBox(translate("History", "Show &everything"))
        self.everything_box.setToolTip(translate("History", "Also every reminder shown and answered, "
                                                 "pauses, and sessions stopped before they began"))
        self.everything_box.setAccessibleName(self.everything_box.text().replace("&", ""))
        filters = QHBoxLayout()
        for label, box in ((show_label, self.show_box), (period_label, self.period_box)):
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addStretch()

        self.status = muted(wrapping_label(role=translate("History", "Entries left out")))
        self.model = DaysModel(history, tz)
        self.tree = HistoryTree()
        self.tree.setModel(self.model)
        # Every day stays open: the days group the entries, they do not hide them.
        self.model.modelReset.connect(self.tree.expandAll)
        self.model.rowsInserted.connect(self._expand)
        bar = self.tree.verticalScrollBar()
        bar.valueChanged.connect(self._near_end)
        bar.rangeChanged.connect(self._near_end)
        self.tree.setAccessibleName(translate("History", "History by day, newest first"))
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
        self.empty = muted(wrapping_label(role=translate("History", "Why the list is empty")))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tree)
        self.pages.addWidget(self.empty)

        layout = page_layout(self)
        layout.addWidget(title_label(translate("History", "History")))
        layout.addWidget(self.week)
        section(layout, self, heading_label(translate("History", "Day by day")), filters)
        layout.addWidget(self.everything_box, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.show_box, self.period_box)
        self.setTabOrder(self.period_box, self.everything_box)
        self.setTabOrder(self.everything_box, self.tree)

        self.show_box.currentIndexChanged.connect(self._chosen)
        self.period_box.currentIndexChanged.connect(self._chosen)
        self.everything_box.toggled.connect(self._chosen)
        bind_keys(self, {Qt.Key.Key_Escape: self.close})

    # -- choices ------------------------------------------------------------------
    @property
    def filter(self) -> Filter:
        chosen = CHOICES[self.show_box.currentIndex()]
        return with_everything(chosen) if self.everything_box.isChecked() else chosen

    @property
    def period(self) -> Period:
        return PERIODS[self.period_box.currentIndex()]

    def set_filter(self, chosen: Filter) -> None:
        """Show ``chosen`` (the "everything" filter: Activity with everything shown)."""
        keys = [c.key for c in CHOICES]
        self.show_box.setCurrentIndex(keys.index(chosen.key) if chosen.key in keys else 0)
        self.everything_box.setChecked(chosen.everything)

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
        self.week.show_week(week_glance(self.history, self.clock(), self.tz))
        self.model.restart(self.filter, self.period, self.clock(), self.names)
        if self.model.days:
            self.pages.setCurrentWidget(self.tree)
        else:  # said in the middle, where the list would be
            self.empty.setText(empty_text(self.filter, self.period))
            self.pages.setCurrentWidget(self.empty)
        skipped = self.history.skipped
        self.status.setText(tr("%n damaged entries in your history could not be read and are left "
                               "out; your file is left as it is.", "damaged history entries", skipped)
                            if skipped else "")
        self.status.setVisible(bool(skipped))
        if not self._sized:
            self._sized = True
            self._size_to_content()

    def summary(self) -> str:
        """What the list shows, in a sentence: "Water, last 7 days: 12 entries on 5 days"."""
        if not self.model.days:
            return self.empty.text()
        period = self.period.label
        period = period[:1].lower() + period[1:]  # inside a sentence ("Water, last 7 days")
        if not self.model.complete:
            return translate("History", "{what}, {period}, newest first").format(
                what=self.filter.label, period=period)
        return translate("History", "{what}, {period}: {entries} on {days}").format(
            what=self.filter.label, period=period,
            entries=tr("%n entries", "history entries", self.model.entry_count()),
            days=tr("%n days", "history days", len(self.model.days)))

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
        time_width = time_column_width(fm)
        longest = max([time_width + fm.horizontalAdvance(entry.text)
                       for day in days for entry in day.entries]
                      + [fm.horizontalAdvance(day.summary) for day in days], default=0)
        chars = fm.averageCharWidth()
        text = min(max(longest, 50 * chars), 110 * chars)
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        frame = (fm.height() + 2 * self.tree.frameWidth() + margins.left() + margins.right()
                 + self.tree.verticalScrollBar().sizeHint().width())
        width = max(text + frame, self.minimumSizeHint().width())
        if (screen := self.screen()) is not None:  # a list, not a wall of text: leave room
            width = min(width, max(screen.availableGeometry().width() * 4 // 5,
                                   self.minimumSizeHint().width()))
        # As tall as the week and the days read so far need (a short history opens
        # short), at least a dozen lines' worth so the list is a list, and within the screen.
        fit_screen(self, width, self.minimumSizeHint().height())
        layout.activate()
        rows = sum(self.tree.sizeHintForIndex(index).height() for index in self._indexes())
        list_room = max(rows + 2 * self.tree.frameWidth(), 12 * fm.lineSpacing())
        others = layout.sizeHint().height() - self.pages.sizeHint().height()
        fit_screen(self, width, others + list_room)

    def _indexes(self):
        for day in range(self.model.rowCount()):
            parent = self.model.index(day, 0)
            yield parent
            for row in range(self.model.rowCount(parent)):
                yield self.model.index(row, 0, parent)
