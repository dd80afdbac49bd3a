"""Toast prompts for months: whatever ends one, nothing of it stays behind.

The same for native notifications, against a real server and counting Python objects,
is in tests/services/test_notifications.py.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from companion.ui.shell.prompt import PromptToast
from companion.ui.shell.prompt_center import PromptCenter


def live_toasts() -> list[PromptToast]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PromptToast)]


def test_toasts_that_ended_leave_nothing_behind(qtbot):
    center = PromptCenter(None)
    answers = []
    center.answered.connect(lambda *answer: answers.append(answer))

    def one_of_each_ending() -> None:
        center.show("hydration", snooze_minutes=10, timeout_minutes=5)
        center.toasts["hydration"].primary.click()
        center.show("stretch", snooze_minutes=10, timeout_minutes=5)
        center.toasts["stretch"].snooze_buttons[5].click()
        center.show("breathing", snooze_minutes=10, timeout_minutes=5)
        qtbot.keyClick(center.toasts["breathing"], Qt.Key.Key_Escape)  # skipped
        with qtbot.waitSignal(center.answered):
            center.show("hydration", snooze_minutes=10, timeout_minutes=0)  # missed
        center.show("stretch", snooze_minutes=10, timeout_minutes=5)
        center.show("stretch", snooze_minutes=10, timeout_minutes=5)  # replaced
        center.withdraw("stretch")

    one_of_each_ending()
    qtbot.waitUntil(lambda: live_toasts() == [])  # a toast deletes itself once it closed
    assert center.findChildren(QObject) == []
    rounds = 10
    for _ in range(rounds):  # a toast that stayed would be one more window each time
        one_of_each_ending()
    qtbot.waitUntil(lambda: live_toasts() == [])
    assert answers[:4] == [("hydration", "primary", 0), ("stretch", "snooze", 5),
                           ("breathing", "skip", 0), ("hydration", "timeout", 0)]
    assert len(answers) == 4 * (rounds + 1) and center.open_kinds() == set()
    assert center.findChildren(QObject) == []


def test_a_withdrawn_toast_says_nothing_more(qtbot):
    center = PromptCenter(None)
    answers = []
    center.answered.connect(lambda *answer: answers.append(answer))
    center.show("breathing", snooze_minutes=10, timeout_minutes=5)
    toast = center.toasts["breathing"]
    center.withdraw("breathing")
    toast.answered.emit("breathing", "primary", 0)  # e.g. a click already on its way
    assert answers == []
    qtbot.waitUntil(lambda: live_toasts() == [])
