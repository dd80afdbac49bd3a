"""Everything the tray menu and a toast offer is a plain button in a window too."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QToolButton

from companion.core.kinds import Action, Request
from companion.core.settings import SNOOZE_CHOICES
from companion.core.today import DaySummary
from companion.ui.shell.prompt import PromptToast
from companion.ui.shell.today import TodayWindow
from companion.ui.shell.tray import TrayMenu


def test_every_tray_item_is_also_in_the_today_window(qtbot):
    tray = TrayMenu(QIcon(), QIcon())
    today = TodayWindow(ZoneInfo("Europe/Paris"))
    qtbot.addWidget(today)
    asked: list[Request] = []
    today.requested.connect(asked.append)
    today.show_day(DaySummary(1, 250, 8, 0, 0), datetime(2026, 12, 2, 9, tzinfo=ZoneInfo("Europe/Paris")))
    for button in today.findChildren(QPushButton):
        button.click()
    choice = today.findChild(QComboBox)
    for index in range(choice.count()):
        choice.setCurrentIndex(index)
        today.pause_button.click()
    # "show" is this window itself; Quit stays in the tray menu (see test_today.py).
    assert set(tray.actions) - {Request(Action.SHOW), Request(Action.QUIT)} <= set(asked)
    tray_asked: list[Request] = []
    tray.requested.connect(tray_asked.append)
    tray.actions[Request(Action.PAUSE, "30")].trigger()
    assert tray_asked == [Request(Action.PAUSE, "30")]  # a request, not text to parse again
    assert tray_asked[0].action is Action.PAUSE
    # No pop-up menus: a screen reader cannot reach their items.
    assert today.findChildren(QMenu) == [] and today.findChildren(QToolButton) == []


def test_every_snooze_length_is_in_a_named_choice_beside_one_snooze_button(qtbot):
    toast = PromptToast("hydration", snooze_minutes=10, timeout_minutes=5)
    qtbot.addWidget(toast)
    answers = []
    toast.answered.connect(lambda *a: answers.append(a))
    assert toast.findChildren(QMenu) == []  # a combo box a screen reader reaches, no menu
    lengths = [toast.snooze_length.itemData(i) for i in range(toast.snooze_length.count())]
    assert lengths == sorted(SNOOZE_CHOICES) and toast.snooze_length.currentData() == 10
    assert toast.snooze_length.accessibleName() == "Snooze for"
    assert toast.snooze.accessibleName() == "Snooze 10 minutes"
    toast.snooze_length.setCurrentIndex(lengths.index(30))
    assert toast.snooze.accessibleName() == "Snooze 30 minutes"
    toast.snooze.click()
    assert answers == [("hydration", "snooze", 30)]


def test_a_reminder_offers_one_main_action_a_snooze_and_a_quiet_skip(qtbot):
    toast = PromptToast("stretch", snooze_minutes=10, timeout_minutes=5)
    qtbot.addWidget(toast)
    buttons = toast.findChildren(QPushButton)
    assert [b for b in buttons if b.objectName() == "primary"] == [toast.primary]
    assert sorted(b.text() for b in buttons) == ["&Start stretches", "S&kip", "Snoo&ze"]
    assert toast.skip.isFlat() and not toast.snooze.isFlat()  # skip is the quietest


def test_the_date_has_no_leading_zero(qtbot):
    today = TodayWindow(ZoneInfo("Europe/Paris"))
    qtbot.addWidget(today)
    today.show_day(DaySummary(0, 0, 8, 0, 0), datetime(2026, 12, 2, 9, tzinfo=ZoneInfo("Europe/Paris")))
    assert today.date_label.text() == "Wednesday 2 December"
