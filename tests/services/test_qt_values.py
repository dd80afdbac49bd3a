"""The precise timer and the call a turn later do what Qt's enums would have done, without
building PySide6's Qt namespace (tests/test_startup.py checks a settled tray start never
builds it)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from companion.services.qt_values import PRECISE_TIMER, precise_timer, queued


class Source(QObject):
    fired = Signal()


def test_the_timer_is_precise_and_single_shot(qapp):
    timer = precise_timer()
    assert timer.timerType() == Qt.TimerType.PreciseTimer
    assert PRECISE_TIMER == Qt.TimerType.PreciseTimer.value
    assert timer.isSingleShot()


def test_a_queued_slot_runs_after_the_emitting_call_returns(qtbot):
    source, receiver, calls = Source(), QObject(), []
    source.fired.connect(queued(receiver, lambda: calls.append("slot")))
    source.fired.emit()
    calls.append("emit returned")
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert calls == ["emit returned", "slot"]


def test_a_queued_slot_is_dropped_with_its_receiver(qtbot):
    source, receiver, calls = Source(), QObject(), []
    source.fired.connect(queued(receiver, lambda: calls.append("slot")))
    source.fired.emit()
    shiboken6.delete(receiver)  # gone before the next turn
    ran = []
    QTimer.singleShot(0, lambda: ran.append(True))  # posted after both: runs after them
    qtbot.waitUntil(lambda: ran == [True])
    assert calls == []


def test_neither_builds_the_qt_namespace():
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QCoreApplication, QObject, QTimer
        from companion.services.qt_values import precise_timer, queued
        app = QCoreApplication([])
        timer = precise_timer()
        queued(QObject(), lambda: None)()
        QTimer.singleShot(0, app.quit)
        app.exec()
        print("Qt" in vars(sys.modules["PySide6.QtCore"]))
        from PySide6.QtCore import Qt  # the check itself can see the namespace built
        print("Qt" in vars(sys.modules["PySide6.QtCore"]), timer.timerType() == Qt.TimerType.PreciseTimer)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True"]
