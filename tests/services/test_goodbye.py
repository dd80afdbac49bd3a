"""SessionEnd: real Unix signals and the session manager's Quit event each become one
``leaving`` inside the event loop. (logind's PrepareForShutdown: tests/services/test_logind.py.)"""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from companion.services.goodbye import SIGNALS, SessionEnd


@pytest.fixture
def ending(qtbot):
    qapp = QApplication.instance()
    handlers = {signum: signal.getsignal(signum) for signum in SIGNALS}
    watcher = SessionEnd(qapp)
    watcher.start()
    yield watcher
    watcher.close()
    # Everything as it was: the test run's own Ctrl+C and termination work again.
    assert {signum: signal.getsignal(signum) for signum in SIGNALS} == handlers


@pytest.mark.parametrize("signum", list(SIGNALS), ids=[s.name for s in SIGNALS])
def test_a_signal_to_this_process_arrives_in_the_event_loop_as_leaving(ending, qtbot, signum):
    with qtbot.waitSignal(ending.leaving, timeout=5000) as heard:
        os.kill(os.getpid(), signum)  # SIGINT would raise KeyboardInterrupt without it
    assert heard.args == [SIGNALS[signum]]


def test_two_signals_at_once_are_each_told_once(ending, qtbot):
    heard = []
    ending.leaving.connect(heard.append)
    os.kill(os.getpid(), signal.SIGTERM)
    os.kill(os.getpid(), signal.SIGTERM)
    with qtbot.waitSignal(ending.leaving, timeout=5000):
        os.kill(os.getpid(), signal.SIGHUP)
    qtbot.waitUntil(lambda: len(heard) >= 2, timeout=5000)
    assert sorted(heard) == sorted([SIGNALS[signal.SIGTERM], SIGNALS[signal.SIGHUP]])


def test_a_quit_event_from_the_session_manager_leaves_once_without_closing_windows(ending, qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    ending.watch_quit_events()  # start() does this only when a session manager is connected
    heard = []
    ending.leaving.connect(heard.append)
    QCoreApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.Quit))
    # Qt would have closed every window first, and any one of them could refuse.
    assert heard == ["the session is ending"] and window.isVisible()
