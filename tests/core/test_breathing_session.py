"""A breathing session: start, pause, resume and stop, and what it records."""

from __future__ import annotations

import pytest

from companion.core.breathing_patterns import EXHALE, HOLD, HOLD_EMPTY, INHALE, BreathPhase, Pattern
from companion.core.breathing_session import FINISHED, PAUSED, RUNNING, STOPPED, BreathingSession

BOX = Pattern("box", "Box", (BreathPhase(INHALE, 4), BreathPhase(HOLD, 4),
                             BreathPhase(EXHALE, 4), BreathPhase(HOLD_EMPTY, 4)), cycles=4)


def test_pause_freezes_time_and_resume_carries_on():
    s = BreathingSession(BOX, 2)
    s.start(100.0)
    assert s.position(102.0).phase_seconds_left == 2.0
    assert s.pause(102.0) and s.state == PAUSED
    assert s.position(500.0).phase_seconds_left == 2.0  # time away does not count
    assert s.resume(500.0) and s.state == RUNNING
    assert s.position(501.0).phase_seconds_left == 1.0
    assert s.position(503.0).phase.kind == HOLD
    assert not s.resume(503.0)  # already running


def test_two_pauses_add_up():
    s = BreathingSession(BOX, 1)
    s.start(0.0)
    s.pause(1.0)
    s.resume(11.0)
    s.pause(12.0)
    s.resume(20.0)
    assert s.elapsed(25.0) == 7.0


def test_session_completes_on_its_own_and_reports_it():
    s = BreathingSession(BOX, 2)
    s.start(10.0)
    assert s.position(41.9).finished is False and s.state == RUNNING
    assert s.position(42.0).finished and s.state == FINISHED
    summary = s.summary()
    assert summary.as_record() == {"pattern": "box", "cycles_done": 2, "seconds": 32, "completed": True}
    assert not s.pause(43.0)


def test_stopping_early_counts_only_whole_breaths_and_unpaused_seconds():
    s = BreathingSession(BOX, 4)
    s.start(0.0)
    s.pause(10.0)
    s.resume(70.0)
    summary = s.stop(90.0)
    assert s.state == STOPPED
    assert (summary.cycles_done, summary.seconds, summary.completed) == (1, 30.0, False)
    assert s.stop(95.0) == summary  # stopping twice changes nothing


def test_stop_while_paused_and_before_start():
    s = BreathingSession(BOX, 4)
    assert s.stop(1.0) is None and s.summary() is None
    s.start(0.0)
    s.pause(5.0)
    assert s.stop(50.0).seconds == 5.0


def test_start_twice_is_a_bug():
    s = BreathingSession(BOX, 1)
    s.start(0.0)
    with pytest.raises(RuntimeError):
        s.start(1.0)

