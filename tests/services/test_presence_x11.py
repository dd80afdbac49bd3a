"""Idle alarms and fullscreen windows against a real X server (Xvfb), a real window manager
(openbox) and real input (xdotool)."""

from __future__ import annotations

import sys

import pytest

from companion.services.presence.fullscreen import REASON, FullscreenWatch
from companion.services.presence.x11_idle import X11IdleWatch

from .conftest import WAIT_S, require, start_reporting, stop, x_env, xdotool

WAIT_MS = WAIT_S * 1000
THRESHOLD_MS = 400  # real idle time on a real server: short, and waited for by signal only


@pytest.fixture
def idle_watch(xvfb, qtbot):
    require("xdotool")
    watch = X11IdleWatch(THRESHOLD_MS, xvfb)
    yield watch
    watch.stop()


def test_idle_then_active_as_input_stops_and_comes_back(idle_watch, xvfb, qtbot):
    xdotool(xvfb, "mousemove", "5", "5")  # a fresh server counts idle from its start
    status = idle_watch.start()
    assert status.available, status
    with qtbot.waitSignal(idle_watch.idle, timeout=WAIT_MS) as went:
        pass
    assert went.args[0] * 1000 >= THRESHOLD_MS
    assert idle_watch.idle_ms() >= THRESHOLD_MS
    with qtbot.waitSignal(idle_watch.active, timeout=WAIT_MS):
        xdotool(xvfb, "key", "a")
    assert idle_watch.idle_ms() < THRESHOLD_MS
    with qtbot.waitSignal(idle_watch.idle, timeout=WAIT_MS):
        pass  # and away again: the alarms stay armed


def test_no_active_signal_for_input_while_present(idle_watch, xvfb, qtbot):
    xdotool(xvfb, "mousemove", "5", "5")
    idle_watch.start()
    actives = []
    idle_watch.active.connect(lambda: actives.append(1))
    with qtbot.waitSignal(idle_watch.idle, timeout=WAIT_MS):
        pass
    with qtbot.waitSignal(idle_watch.active, timeout=WAIT_MS):
        xdotool(xvfb, "mousemove", "50", "50")
    # Still present: more input is no second "back" (one xdotool run, well inside the threshold).
    xdotool(xvfb, "mousemove", "60", "60", "key", "b")
    with qtbot.waitSignal(idle_watch.idle, timeout=WAIT_MS):
        pass
    assert actives == [1]


def test_already_idle_at_start_is_reported_at_once(xvfb, qtbot):
    watch = X11IdleWatch(1, xvfb)  # the fresh server has been idle for over 1 ms
    with qtbot.waitSignal(watch.idle, timeout=WAIT_MS):
        assert watch.start().available
    watch.stop()


def test_without_a_display_idle_says_so():
    status = X11IdleWatch(THRESHOLD_MS, "").start()
    assert not status.available and "no X11 display" in status.how


# -- fullscreen under openbox -------------------------------------------------------
WINDOW = """
import os, sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.setWindowTitle("film")
w.showFullScreen() if sys.argv[1] == "full" else w.show()
os.write(int(sys.argv[2]), b"shown\\n")
app.exec()
"""




def window(display: str, mode: str):
    """A real Qt window of another process: fullscreen or normal."""
    proc, _ = start_reporting([sys.executable, "-c", WINDOW, mode, "{fd}"], env=x_env(display))
    return proc


def test_a_fullscreen_window_of_another_program_counts(openbox, qtbot):
    watch = FullscreenWatch(openbox)
    qtbot.waitUntil(lambda: watch.start().available, timeout=WAIT_MS)  # openbox is up
    assert watch.reason() is None
    film = window(openbox, "full")
    try:
        qtbot.waitUntil(lambda: watch.reason() == REASON, timeout=WAIT_MS)
        ours = FullscreenWatch(openbox, own_pid=film.pid)
        assert ours.start().available
        assert ours.reason() is None  # our own fullscreen session is not a reason to wait
        editor = window(openbox, "normal")  # openbox gives the new window the focus
        try:
            qtbot.waitUntil(lambda: watch.reason() is None, timeout=WAIT_MS)
        finally:
            stop(editor)
    finally:
        stop(film)
    watch.stop()


def test_without_a_window_manager_fullscreen_says_so(xvfb):
    status = FullscreenWatch(xvfb).start()
    assert not status.available and "window manager" in status.how
