"""The History window, through the real window over a real history file."""

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from history_helpers import FILTER, NOW, PERIOD, TZ
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel

from companion import assets
from companion.core.history_filters import CHOICES, PERIODS
from companion.core.kinds import Action, Request
from companion.ui.shell.history.window import HistoryView

NAMES = {"quick-hand": "Quick hand break"}


def at(days_back: int, hour: int, minute: int = 0) -> datetime:
    return (NOW - timedelta(days=days_back)).replace(hour=hour, minute=minute)


@pytest.fixture
def week(history):
    """A few days of use, as Companion records it."""
    history.record("reminder_shown", {"kind": "hydration"}, at=at(0, 10))
    history.record("reminder_done", {"kind": "hydration"}, at=at(0, 10, 1))
    history.record("water_logged", {"ml": 250, "via": "prompt"}, at=at(0, 10, 1))
    history.record("reminder_held", {"kind": "stretch", "reason": "in a call"}, at=at(0, 11))
    history.record("stretch_session", {"routine": "quick-hand", "steps_done": 5, "steps_total": 5,
                                       "seconds": 150, "completed": True}, at=at(0, 11, 40))
    history.record("water_logged", {"ml": 250, "via": "tray"}, at=at(1, 16, 5))
    history.record("reminder_skipped", {"kind": "breathing"}, at=at(1, 15, 30))
    history.record("natural_break", {"start": "2026-11-30T11:00:00+00:00",
                                     "end": "2026-11-30T11:35:00+00:00", "minutes": 35.0},
                   at=at(2, 12, 35))
    return history


@pytest.fixture
def open_view(qtbot):
    def make(history, names=NAMES, clock=lambda: NOW):
        view = HistoryView(history, TZ, clock=clock, names=names)
        qtbot.addWidget(view)
        view.reload()
        view.show()
        qtbot.waitExposed(view)
        return view
    return make


def days(view) -> list[str]:
    model = view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def lines(view, day: int = None) -> list[str]:
    model = view.model
    rows = range(model.rowCount()) if day is None else [day]
    return [model.index(r, 0, model.index(row, 0)).data()
            for row in rows for r in range(model.rowCount(model.index(row, 0)))]


def test_days_are_grouped_newest_first_with_plain_words(week, open_view):
    view = open_view(week)
    assert days(view) == ["Today", "Yesterday", "Monday 30 November"]
    assert lines(view, 0) == ["11:40  Stretch break: Quick hand break, finished (2 min 30 s)",
                              "11:00  Stretch reminder held: in a call",
                              "10:01  Drank a glass of water (250 ml)"]
    assert lines(view, 1) == ["16:05  Drank a glass of water (250 ml)",
                              "15:30  Breathing reminder skipped"]
    assert lines(view, 2) == ["12:35  Natural break, 35 min, counted as a stretch break"]
    today = view.model.index(0, 0)
    assert today.data(Qt.ItemDataRole.AccessibleTextRole) == "Today: 1 glass, 1 stretch break"
    assert view.tree.isExpanded(today)


def test_choosing_a_filter_changes_what_is_shown_and_is_announced(week, open_view, announced):
    view = open_view(week)
    view.show_box.setCurrentIndex(CHOICES.index(FILTER["water"]))
    assert days(view) == ["Today", "Yesterday"]
    assert lines(view) == ["10:01  Drank a glass of water (250 ml)",
                           "16:05  Drank a glass of water (250 ml)"]
    assert announced[-1] == ("Water, last 7 days: 2 entries on 2 days", "Polite")
    view.set_filter(FILTER["everything"])  # with every prompt shown and answered
    assert "10:00  Water reminder shown" in lines(view, 0)
    assert "10:01  Water reminder answered" in lines(view, 0)


def test_pauses_and_sessions_stopped_at_once_wait_behind_show_everything(week, open_view, qtbot):
    week.record("reminders_paused", {"until": None}, at=at(0, 12))
    week.record("reminders_resumed", {}, at=at(0, 12, 30))
    week.record("breathing_session", {"pattern": "box", "cycles_done": 0, "seconds": 3,
                                      "completed": False}, at=at(0, 13))
    view = open_view(week)
    assert not view.everything_box.isChecked()
    assert not [line for line in lines(view, 0) if "Reminders" in line or "Breathing" in line]
    qtbot.mouseClick(view.everything_box, Qt.MouseButton.LeftButton)
    shown = lines(view, 0)
    assert any("Reminders paused" in line for line in shown)
    assert "12:30  Reminders resumed" in shown
    assert any("stopped before the first breath" in line for line in shown)
    assert "10:00  Water reminder shown" in shown  # and every prompt, as before


def test_the_week_at_a_glance_leads_with_water_and_breaks(week, open_view):
    view = open_view(week)
    strip = view.week
    assert strip.isVisible() and strip.y() < view.show_box.y()  # above the list and its filters
    assert [t.name.text() for t in strip.tiles][-1] == "Today"
    assert [t.glasses.text() for t in strip.tiles][-3:] == ["0 glasses", "1 glass", "1 glass"]
    assert [t.breaks.text() for t in strip.tiles][-3:] == ["1 break", "0 breaks", "1 break"]
    assert strip.tiles[-1].bar.fraction == 1 / 8
    assert strip.tiles[-1].bar.accessibleName().endswith(": 1 glass, 1 break")


def test_a_short_history_opens_short(history, open_view):
    history.record("water_logged", {"ml": 250}, at=at(0, 9))
    view = open_view(history)
    assert view.height() < view.screen().availableGeometry().height() * 2 // 3
    assert view.tree.verticalScrollBar().maximum() == 0  # and all of it shows


def test_the_period_decides_how_far_back(history, open_view):
    history.record("water_logged", {"ml": 250}, at=at(0, 9))
    history.record("water_logged", {"ml": 250}, at=at(7, 9))  # the eighth day back
    view = open_view(history)
    assert days(view) == ["Today"]
    view.period_box.setCurrentIndex(PERIODS.index(PERIOD["month"]))
    assert days(view) == ["Today", "Wednesday 25 November"]


def test_an_empty_list_says_what_it_would_show(history, open_view):
    view = open_view(history)
    assert view.pages.currentWidget() is view.empty and view.empty.isVisible()
    assert view.empty.text() == "Nothing recorded in the last 7 days."
    history.record("water_logged", {"ml": 250}, at=at(0, 9))
    view.set_filter(FILTER["diary"])
    assert view.empty.text() == "No diary entries or saved checks in the last 7 days."
    view.set_filter(FILTER["water"])
    assert view.pages.currentWidget() is view.tree and view.tree.isVisible()


def test_every_control_is_named_and_reachable_by_keyboard(week, open_view):
    view = open_view(week)
    assert view.show_box.accessibleName() == "Show"
    assert view.period_box.accessibleName() == "Period"
    assert view.tree.accessibleName() == "History by day, newest first"
    buddies = {label.buddy(): label.text() for label in view.findChildren(QLabel) if label.buddy()}
    assert buddies == {view.show_box: "&Show:", view.period_box: "&Period:"}
    # Tab goes from the filters to the list.
    order, widget = [], view.show_box
    for _ in range(3):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
    assert order + [widget] == [view.show_box, view.period_box, view.everything_box, view.tree]
    assert view.everything_box.accessibleName() == "Show everything"
    # Entries are read as time then words; days can be read but not picked.
    entry = view.model.index(0, 0, view.model.index(0, 0))
    assert entry.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "11:40, Stretch break: Quick hand break, finished (2 min 30 s)")
    assert not view.model.index(0, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert entry.flags() & Qt.ItemFlag.ItemIsSelectable


def test_escape_closes_the_window(week, qtbot):
    view = HistoryView(week, TZ, clock=lambda: NOW, names=NAMES)
    qtbot.addWidget(view)
    view.reload()
    with qtbot.waitActive(view):
        view.show()
    qtbot.keyClick(view.tree, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_a_long_history_is_read_a_page_at_a_time_as_the_list_scrolls(history, open_view):
    for back in range(120):
        history.record("water_logged", {"ml": 250}, at=at(back, 9))
    view = open_view(history)
    view.set_period(PERIOD["all"])
    assert len(days(view)) == 30 and not view.model.complete  # one page: 30 days
    QApplication.processEvents()
    assert len(days(view)) == 30  # and no more until the list is scrolled
    seen = []
    while not view.model.complete:
        view.tree.scrollToBottom()
        QApplication.processEvents()
        seen.append(len(days(view)))
    assert seen[:3] == [60, 90, 120]
    assert days(view)[-1] == "Wednesday 5 August"  # 119 days back


def test_entries_the_file_could_not_read_are_counted_below_the_list(history, open_view):
    history.record("water_logged", {"ml": 250}, at=at(0, 9))
    with sqlite3.connect(history.path) as db:
        db.execute("INSERT INTO events(id, at, kind, data) VALUES ('x', '2026-12-02T08:00:00.000000Z', "
                   "'water_logged', 'not json')")
    view = open_view(history)
    assert view.status.isVisible()
    assert view.status.text() == ("1 damaged entry in your history could not be read and is "
                                  "left out; your file is left as it is.")


def test_at_twice_the_font_the_window_fits_the_screen_and_wraps_long_entries(week, open_view, qtbot):
    app = QApplication.instance()
    old = app.font()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    app.setFont(font)
    try:
        week.record("twitch_logged", {
            "entry_id": "e1", "area": "wrist_forearm", "side": "both", "duration": "hours",
            "strength": "strong", "note": "After typing all morning, worse with coffee",
            "occurred_at": "2026-12-01T08:00:00+00:00"}, at=at(0, 12))
        view = open_view(week)
        area = view.screen().availableGeometry()
        assert area.contains(view.frameGeometry()) or (
            view.width() <= area.width() and view.height() <= area.height())
        long_entry = view.model.index(0, 0, view.model.index(0, 0))
        assert "wrist or forearm" in long_entry.data()
        width = view.tree.viewport().width()
        rect = view.tree.visualRect(long_entry)
        assert rect.width() <= width
        # Taller than one line: wrapped, not cut off.
        assert rect.height() > 2 * view.tree.fontMetrics().height()
    finally:
        app.setFont(old)


def test_the_window_reads_the_history_clock_when_given_none(history, qtbot):
    history.clock = lambda: NOW
    history.record("water_logged", {"ml": 250}, at=at(1, 9))
    view = HistoryView(history, TZ, names={})
    qtbot.addWidget(view)
    view.reload()
    assert days(view) == ["Yesterday"]
    assert view.model.index(0, 0).parent() == QModelIndex()


def test_the_users_own_routine_and_built_in_ones_are_named_in_the_app_history(make_app, qtbot):
    from companion.core.kinds import EventKind
    from companion.services import paths

    places = paths.resolve()
    places.routines_dir.mkdir(parents=True, exist_ok=True)
    own = Path(assets.routines_dir(), "02-quick-hand.toml").read_text()
    (places.routines_dir / "desk.toml").write_text(
        own.replace('id = "quick-hand"', 'id = "my-desk"').replace('name = "', 'name = "My desk ', 1))
    app = make_app(places=places)
    for routine in ("my-desk", "hand-wrist"):
        app.history.record(EventKind.STRETCH_SESSION, {"routine": routine, "completed": True,
                                                       "steps_done": 3, "steps_total": 3})
    app.commands.run(Request(Action.HISTORY))
    view = app.features.windows["history"]
    qtbot.addWidget(view)
    shown = " / ".join(lines(view))
    assert "My desk" in shown and "Hand & wrist relief" in shown and "my-desk" not in shown


def test_an_entry_from_another_computer_says_which(history, open_view):
    from companion.core.history import Event
    home = "b" * 32
    history.record("water_logged", {"ml": 250, "via": "tray"}, at=at(0, 9))
    history.merge([Event("water_logged", at(0, 10), {"ml": 250, "via": "tray"}, id="g",
                         machine=home)])
    history.name_machines({home: "Home PC"})
    assert lines(open_view(history), 0) == ["10:00  Drank a glass of water (250 ml) (on Home PC)",
                                            "09:00  Drank a glass of water (250 ml)"]
