"""The Statistics window over a real history file: views, previous and next, the bars by
keyboard and as a screen reader gets them, the table, and how the app opens it."""

from datetime import datetime, timedelta

import pytest
from history_helpers import NOW, TZ
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from companion.core import diary
from companion.core.kinds import Action, EventKind, Request
from companion.core.statistics import View
from companion.ui.stats.window import StatisticsWindow


def at(days_back: int, hour: int, minute: int = 0) -> datetime:
    return (NOW - timedelta(days=days_back)).replace(hour=hour, minute=minute)


@pytest.fixture
def stats(qtbot, history):
    """Two days of use, then the window as the app opens it (Wednesday 2 December 2026)."""
    for hour in (9, 10):
        history.record(EventKind.WATER_LOGGED, {"ml": 250}, at=at(1, hour))
    history.record(EventKind.REMINDER_DONE, {"kind": "stretch"}, at=at(1, 11))
    history.record(EventKind.REMINDER_HELD, {"kind": "stretch", "reason": "in a call"}, at=at(1, 12))
    diary.add(history, "eyelid", "left", triggers=["caffeine"], occurred_at=at(0, 8))
    window = StatisticsWindow(history, TZ, lambda: NOW, lambda: 8,
                              trigger_labels={"caffeine": "Caffeine"})
    qtbot.addWidget(window)
    window.reload()
    window.show()
    qtbot.waitExposed(window)
    return window


def accessible(widget):
    face = QAccessible.queryAccessibleInterface(widget)
    return (face.role(), face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description))


def test_week_month_and_year_with_previous_and_next(stats, qtbot):
    water = stats.charts["water"]
    assert stats.heading.text() == "30 November – 6 December 2026"
    assert [bar.label for bar in water.bars] == ["Mon 30", "Tue 1", "Wed 2", "Thu 3", "Fri 4",
                                                 "Sat 5", "Sun 6"]
    assert [bar.parts for bar in water.bars[:3]] == [(0,), (2,), (0,)]
    assert not stats.next.isEnabled()  # nothing to show after this week
    qtbot.mouseClick(stats.previous, Qt.MouseButton.LeftButton)
    assert stats.heading.text() == "23 November – 29 November 2026" and stats.next.isEnabled()
    stats.view_buttons.buttons()[1].click()
    assert stats.heading.text() == "November 2026" and len(water.bars) == 30
    stats.view_buttons.buttons()[2].click()
    assert stats.heading.text() == "2026" and [b.label for b in water.bars][:2] == ["Jan", "Feb"]
    assert water.bars[11].description == ("on average 1.0 glasses a day (2 glasses); "
                                          "goal met on 0 of 2 days")  # so far this month
    qtbot.keyClick(stats, Qt.Key.Key_PageUp)
    assert stats.heading.text() == "2025"
    qtbot.keyClick(stats, Qt.Key.Key_PageDown)
    assert stats.heading.text() == "2026"


def test_the_numbers_behind_each_chart_are_written_out(stats):
    assert stats.figures["water"].text() == (
        "Goal of 8 glasses met on 0 of 3 days · current streak: 0 days · 2 glasses (500 ml) in all")
    assert "Taken when prompted 1 · " in stats.figures["breaks"].text()
    assert stats.figures["breaks"].text().endswith("held 1 (in a call 1)")
    assert stats.summary.text().splitlines()[0] == (
        "Twitching was logged on 1 day (1 episode); on 1 of them fewer than half of your "
        "glasses were logged.")
    assert "not medical advice" in stats.summary.text()


def test_the_keyboard_goes_through_the_bars_and_each_says_its_day_and_values(stats, qtbot):
    water = stats.charts["water"]
    assert accessible(water)[:2] == (QAccessible.Role.List, "Water per day")
    stats.as_table.setFocus()
    qtbot.keyClick(stats.as_table, Qt.Key.Key_Tab)  # into the first chart: one stop
    assert QApplication.focusWidget() is water.items[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert QApplication.focusWidget() is water.items[1]
    assert accessible(water.items[1]) == (QAccessible.Role.ListItem, "Tuesday 1 December",
                                          "2 glasses (500 ml); goal of 8 not met")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    assert accessible(QApplication.focusWidget())[1:] == ("Sunday 6 December", "still to come")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home)
    assert QApplication.focusWidget() is water.items[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # out, to the next chart
    breaks = stats.charts["breaks"]
    assert QApplication.focusWidget() is breaks.items[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)  # back to where it was
    assert QApplication.focusWidget() is water.items[1]
    assert accessible(breaks.items[1])[2] == (
        "1 taken when prompted, 0 natural breaks; 0 snoozed, 0 skipped, 0 missed; "
        "1 held (in a call 1)")
    assert accessible(stats.charts["twitch"].items[2])[2] == (
        "1 episode: eyelid 1; triggers logged: caffeine 1")


def test_show_as_table_lists_each_day_so_far_with_the_same_words(stats, qtbot):
    qtbot.mouseClick(stats.as_table, Qt.MouseButton.LeftButton)
    assert stats.pages.currentWidget() is stats.table and stats.table.isVisible()
    table = stats.table
    assert table.rowCount() == 3  # Monday to today, Wednesday
    row = [table.item(1, c).text() for c in range(table.columnCount())]
    assert row[:3] == ["Tuesday 1 December", "2 glasses (500 ml); goal of 8 not met",
                       stats.charts["breaks"].bars[1].description]
    assert table.item(2, 4).text() == "1 episode: eyelid 1; triggers logged: caffeine 1"
    assert table.horizontalScrollBar().maximum() == 0
    stats.as_table.click()
    assert stats.pages.currentWidget() is stats.chart_page


def test_the_app_opens_it_from_a_request_the_tray_and_today(make_app, qtbot):
    app = make_app()
    assert app.commands.run(Request(Action.STATS)) is True
    window = app.features.windows["stats"]
    qtbot.addWidget(window)
    assert window.isVisible() and window.windowTitle() == "Statistics — Companion"
    assert app.home.tray.actions[Request(Action.STATS)].text() == "Statistics…"
    window.close()
    today = app.home.today
    button = next(b for b in today.findChildren(type(today.pause_button)) if b.text() == "St&atistics")
    button.click()
    assert window.isVisible()


def test_in_german_the_headings_buttons_and_figures_speak_german(language, qtbot, history):
    language("de")
    history.record(EventKind.WATER_LOGGED, {"ml": 250}, at=at(1, 9))
    window = StatisticsWindow(history, TZ, lambda: NOW, lambda: 8)
    qtbot.addWidget(window)
    window.reload()
    assert window.windowTitle().startswith("Statistik")
    assert [window.titles[key].text() for key in ("water", "breaks", "minutes", "twitch")] \
        == ["Wasser", "Pausen", "Dehnen und Atmen", "Zuckungstagebuch"]
    assert [b.text() for b in window.view_buttons.buttons()] == ["&Woche", "&Monat", "&Jahr"]
    assert (window.previous.text(), window.next.text(), window.as_table.text()) \
        == ("&Vorherige", "&Nächste", "Als &Tabelle zeigen")
    assert window.charts["water"].accessibleName() == "Wasser pro Tag"
    assert "insgesamt 1 Glas (250 ml)" in window.figures["water"].text()
    header = window.table.horizontalHeaderItem(0).text()
    assert header == "Tag"
    window.set_view(View.YEAR)
    assert window.charts["breaks"].accessibleName() == "Pausen pro Monat"


def test_in_german_litres_have_a_decimal_comma(language, qtbot, history):
    language("de")
    for hour in range(9, 15):  # six glasses of 250 ml: 1.5 litres
        history.record(EventKind.WATER_LOGGED, {"ml": 250}, at=at(1, hour))
    window = StatisticsWindow(history, TZ, lambda: NOW, lambda: 8)
    qtbot.addWidget(window)
    window.reload()
    assert window.figures["water"].text().endswith("insgesamt 6 Gläser (1,5 l)")
    day = window.charts["water"].bars[1]  # Tuesday 1 December
    assert day.description == "6 Gläser (1,5 l); Ziel von 8 nicht erreicht"
