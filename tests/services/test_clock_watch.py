"""The clock watch: the kernel's timerfd on this machine, and looks on event-loop wake-ups.

Setting the real clock needs CAP_SYS_TIME and would change it for the whole machine (a
time namespace does not cover CLOCK_REALTIME), so no test here sets it: the kernel path
is checked as far as arming, reading and re-arming a real timerfd go, and the jump itself
comes from a test clock that the watch reads.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QTimer

from companion.core.clock import FakeClock
from companion.services.clock_watch import ClockSetTimer, ClockWatch

START = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="timerfd is Linux's")


class Mono:
    def __init__(self):
        self.value = 100.0

    def __call__(self):
        return self.value


@pytest.fixture
def watch(qtbot):
    made = []

    def make(**kwargs):
        clock, mono = FakeClock(START), Mono()
        w = ClockWatch(clock, mono, **kwargs)
        w.start()
        made.append(w)
        return w, clock, mono

    yield make
    for w in made:
        w.stop()


def wake_the_event_loop(qtbot):
    """Anything that wakes the app: here a timer, as a click or a message would."""
    woke = []
    QTimer.singleShot(0, lambda: woke.append(True))
    qtbot.waitUntil(lambda: bool(woke))


@linux_only
def test_the_kernel_timer_arms_and_stays_quiet_while_the_clock_is_left_alone():
    timer = ClockSetTimer()
    try:
        assert 364 * 86400 < timer.armed_for() <= 365 * 86400
        assert timer.read() is None  # nothing happened: no notice, no error
        timer.arm()
        assert timer.read() is None
    finally:
        timer.close()


@linux_only
def test_the_watch_reads_and_rearms_the_kernel_timer_through_the_event_loop(watch, qtbot):
    reads = []

    class Watched(ClockSetTimer):
        def __init__(self):
            super().__init__(ahead=timedelta(seconds=1))  # expires soon: readable for real

        def read(self):
            reads.append(super().read())
            return reads[-1]

    w, _, _ = watch(new_timer=Watched)
    assert w.kernel_notice
    jumps = []
    w.jumped.connect(jumps.append)
    qtbot.waitUntil(lambda: "expired" in reads, timeout=5000)
    assert "set" not in reads and jumps == []  # the clock was not set, so no jump
    assert w._timer.armed_for() > 0  # armed again for the next notice
    assert w.kernel_notice


def test_without_the_kernel_notice_a_wake_up_finds_the_jump(watch, qtbot):
    def no_timerfd():
        raise OSError(38, "timerfd_create")  # ENOSYS, or not Linux

    w, clock, mono = watch(new_timer=no_timerfd)
    assert not w.kernel_notice
    clock.advance(hours=-2)  # the wall clock is set back; monotonic time runs on
    mono.value += 1
    with qtbot.waitSignal(w.jumped, timeout=2000) as got:
        wake_the_event_loop(qtbot)
    assert got.args == [timedelta(hours=-2, seconds=-1)]
    clock.advance(hours=3)
    with qtbot.waitSignal(w.jumped, timeout=2000) as got:
        wake_the_event_loop(qtbot)
    assert got.args == [timedelta(hours=3)]


def test_small_steps_and_a_stopped_watch_say_nothing(watch, qtbot):
    w, clock, mono = watch()
    jumps = []
    w.jumped.connect(jumps.append)
    clock.advance(seconds=-30)  # an NTP step: within the tolerance
    wake_the_event_loop(qtbot)
    wake_the_event_loop(qtbot)
    assert jumps == []
    clock.advance(minutes=-5)
    with qtbot.waitSignal(w.jumped, timeout=2000):
        wake_the_event_loop(qtbot)
    w.stop()
    clock.advance(hours=-5)
    wake_the_event_loop(qtbot)
    wake_the_event_loop(qtbot)
    assert jumps == [timedelta(minutes=-5)]
