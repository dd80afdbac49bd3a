"""Toast prompts for months: whatever ends one, nothing of it stays behind.

The same for native notifications, against a real server, is in
tests/services/test_notifications.py.

The many toasts run in a process of their own: in one shared with the other widget
tests, dozens of toasts shown and freed were followed by a crash in a later test's
painting (Python's garbage collector running inside ReadableStyle.drawPrimitive),
with this module's old code as with its new; see the notify helper's report.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys

from PySide6.QtCore import QEventLoop, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from companion.ui.shell.prompt import PromptToast
from companion.ui.shell.prompt_center import PromptCenter

ROUNDS = 10


def live_toasts() -> list[PromptToast]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PromptToast)]


def python_objects() -> int:
    gc.collect()
    return len(gc.get_objects())


def churn() -> dict:
    """Prompts of every ending, again and again; what stayed behind after each round."""
    app = QApplication.instance() or QApplication([])
    center = PromptCenter(None)
    answers = []
    center.answered.connect(lambda *answer: answers.append(answer))

    def next_turn() -> None:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)

    def one_of_each_ending() -> tuple[int, int, int]:
        center.show("hydration", snooze_minutes=10, timeout_minutes=5)
        center.toasts["hydration"].primary.click()
        center.show("stretch", snooze_minutes=10, timeout_minutes=5)
        length = center.toasts["stretch"].snooze_length
        length.setCurrentIndex(length.findData(5))
        del length  # (held here, it would keep the toast it is part of)
        center.toasts["stretch"].snooze.click()
        center.show("breathing", snooze_minutes=10, timeout_minutes=5)
        QTest.keyClick(center.toasts["breathing"], Qt.Key.Key_Escape)  # skipped
        center.show("hydration", snooze_minutes=10, timeout_minutes=0)  # missed at once
        while len(answers) % 4:
            next_turn()
        center.show("stretch", snooze_minutes=10, timeout_minutes=5)
        center.show("stretch", snooze_minutes=10, timeout_minutes=5)  # replaced
        center.withdraw("stretch")
        next_turn()  # closed toasts are let go of on the next turn...
        freed_without_gc = len(live_toasts())  # ...and freed then, with no garbage collection
        # A tuple of numbers, which the garbage collector stops tracking: not counted itself.
        return freed_without_gc, len(center.findChildren(QObject)), python_objects()

    one_of_each_ending()
    python_objects()
    rounds = [one_of_each_ending() for _ in range(ROUNDS + 1)]
    return {"answers": answers[:4], "count": len(answers), "open": sorted(center.open_kinds()),
            "rounds": rounds}


def test_toasts_that_ended_leave_nothing_behind():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, __file__], env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    result = json.loads(done.stdout.splitlines()[-1])
    assert [tuple(a) for a in result["answers"]] == [
        ("hydration", "primary", 0), ("stretch", "snooze", 5), ("breathing", "skip", 0),
        ("hydration", "timeout", 0)]
    assert result["count"] == 4 * (ROUNDS + 2) and result["open"] == []
    (_, children, objects), *_, (_, children_at_end, objects_at_end) = result["rounds"]
    assert all(toasts == 0 for toasts, _, _ in result["rounds"])
    assert children_at_end == children <= 1  # the one timer that lets go of closed toasts
    # Under one Python object per prompt: a connection or a toast left behind costs many.
    assert objects_at_end - objects < ROUNDS, result["rounds"]


def test_a_withdrawn_toast_says_nothing_more(qtbot):
    center = PromptCenter(None)
    answers = []
    center.answered.connect(lambda *answer: answers.append(answer))
    center.show("breathing", snooze_minutes=10, timeout_minutes=5)
    toast = center.toasts["breathing"]
    center.withdraw("breathing")
    assert not toast.isVisible()
    toast.answered.emit("breathing", "primary", 0)  # e.g. a click already on its way
    assert answers == []


if __name__ == "__main__":
    print(json.dumps(churn()))
