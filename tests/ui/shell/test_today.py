"""The Today window as a user meets it: a calm page without Quit, an Undo only when there is a
glass to take back, reminders in the order they come, and a window in the middle of the screen."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from companion.core.kinds import Action, Request
from companion.core.today import DaySummary
from companion.ui.shell.today import TodayWindow

TZ = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 4, 10, 20, tzinfo=TZ)


def _today(qtbot) -> TodayWindow:
    window = TodayWindow(TZ)
    qtbot.addWidget(window)
    return window


def _texts(window) -> list[str]:
    found = [*window.findChildren(QAbstractButton), *window.findChildren(QLabel)]
    return [w.text().replace("&", "") for w in found if w.isVisibleTo(window)]


def test_quit_is_not_among_todays_buttons(qtbot):
    window = _today(qtbot)
    asked: list[Request] = []
    window.requested.connect(asked.append)
    window.show_day(DaySummary(3, 750, 8, 1, 1), NOW)
    window.show()
    for button in window.findChildren(QAbstractButton):
        button.click()
    assert not any("Quit" in text for text in _texts(window))
    assert Request(Action.QUIT) not in asked
    assert window.findChildren(QGroupBox) == []  # tiles and space, no group-box frames


def test_undo_is_hidden_and_disabled_with_no_glass_and_appears_with_one(qtbot):
    window = _today(qtbot)
    window.show()
    asked: list[Request] = []
    window.requested.connect(asked.append)
    window.show_day(DaySummary(0, 0, 8, 0, 0), NOW)
    assert not window.undo_button.isEnabled() and not window.undo_button.isVisible()
    window.undo_button.click()
    assert asked == []  # nothing to undo: nothing asked
    # A warm start rather than "0 of 8 glasses · 0 ml" over an empty bar.
    assert window.water_label.text() == "No glass yet" and not window.water_bar.isVisible()

    window.log_button.click()
    window.show_day(DaySummary(1, 250, 8, 0, 0), NOW)  # what the app shows after the click
    assert window.undo_button.isEnabled() and window.undo_button.isVisible()
    window.undo_button.click()
    assert asked == [Request(Action.LOG_WATER), Request(Action.UNDO_WATER)]
    assert window.water_label.text() == "1 of 8 glasses" and window.water_bar.isVisible()


def test_coming_up_lists_reminders_by_time_and_the_status_line_names_the_next(qtbot):
    window = _today(qtbot)
    times = {"hydration": NOW + timedelta(minutes=40), "stretch": NOW + timedelta(minutes=10),
             "breathing": None}
    window.show_schedule(times, False, NOW)
    rows = [(name.text(), when.text()) for name, when
            in zip(window._coming_names, window._coming_times, strict=True)]
    assert rows == [("Stretch break", "10:30"), ("Water", "11:00"), ("Breathing", "off")]
    assert window.next_labels["hydration"].text() == "11:00"
    assert window.pause_label.text() == "Reminders on · next: stretch break at 10:30"
    assert window.pause_button.isVisibleTo(window) and not window.resume_button.isVisibleTo(window)

    window.show_schedule(times, NOW + timedelta(hours=1), NOW)
    assert window.pause_label.text() == "Reminders paused until 11:20"
    assert window.resume_button.isVisibleTo(window) and not window.pause_button.isVisibleTo(window)


def test_today_opens_in_the_middle_of_the_screen(qtbot):
    window = _today(qtbot)
    window.show_day(DaySummary(0, 0, 8, 0, 0), NOW)
    window.show()
    area = window.screen().availableGeometry()
    centre = window.frameGeometry().center()
    assert abs(centre.x() - area.center().x()) <= 10
    assert abs(centre.y() - area.center().y()) <= 25


def test_in_fluid_ounces_a_glass_of_237_ml_reads_8_fl_oz_and_nothing_else(qtbot):
    from companion.core import wording
    wording.choose_water_unit("fl oz")  # (put back after the test: tests/conftest.py)
    window = _today(qtbot)
    window.show_day(DaySummary(1, 237, 8, 0, 0), NOW)
    assert window.water_detail.text() == "8 fl oz"
    window.show_day(DaySummary(8, 8 * 237, 8, 0, 0), NOW)
    assert window.water_detail.text() == "64 fl oz · goal reached"
    wording.choose_water_unit("ml")
    window.show_day(DaySummary(8, 8 * 237, 8, 0, 0), NOW)
    assert window.water_detail.text() == "1.9 l · goal reached"
