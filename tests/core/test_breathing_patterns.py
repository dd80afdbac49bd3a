"""Breathing patterns and the pacer's timing, in simulated time."""

from __future__ import annotations

import pytest

from companion.core.breathing_patterns import (
    EXHALE,
    HOLD,
    HOLD_EMPTY,
    INHALE,
    BreathPhase,
    Pattern,
    position,
    shape_size,
)

BOX = Pattern("box", "Box", (BreathPhase(INHALE, 4), BreathPhase(HOLD, 4),
                             BreathPhase(EXHALE, 4), BreathPhase(HOLD_EMPTY, 4)), cycles=4)
SIGH = Pattern("sigh", "Sigh", (BreathPhase(INHALE, 3), BreathPhase(INHALE, 1, "Top up"), BreathPhase(EXHALE, 7)),
               minutes=5)


def test_a_minute_session_is_never_zero_breaths():
    assert SIGH.session_cycles(0.1) == 1


# --- timing -------------------------------------------------------------------

def test_phase_progress_and_countdowns_through_a_box_breath():
    at = position(BOX, 2, 1.0)
    assert (at.phase.kind, at.progress, at.phase_seconds_left, at.cycle) == (INHALE, 0.25, 3.0, 1)
    assert at.seconds_left == 31.0 and not at.finished
    assert position(BOX, 2, 4.0).phase.kind == HOLD  # the boundary belongs to the next phase
    assert position(BOX, 2, 10.0).phase.kind == EXHALE
    assert position(BOX, 2, 15.5).phase.kind == HOLD_EMPTY
    second = position(BOX, 2, 17.0)
    assert (second.phase.kind, second.cycle, second.cycles_done) == (INHALE, 2, 1)


def test_session_is_finished_at_its_full_length():
    assert not position(BOX, 2, 31.9).finished
    end = position(BOX, 2, 32.0)
    assert end.finished and end.cycles_done == 2 and end.seconds_left == 0 and end.progress == 1.0


def test_float_ticks_do_not_end_a_phase_early_or_late():
    elapsed = sum([0.1] * 40)  # 3.9999999999999996 after forty 0.1 s ticks
    assert position(BOX, 1, elapsed).phase.kind == HOLD


def test_zero_second_phases_are_skipped():
    no_holds = Pattern("p", "P", (BreathPhase(INHALE, 4), BreathPhase(HOLD, 0),
                                  BreathPhase(EXHALE, 4), BreathPhase(HOLD_EMPTY, 0)))
    assert position(no_holds, 1, 4.0).phase.kind == EXHALE
    assert position(no_holds, 2, 8.0).phase.kind == INHALE


def test_shape_grows_on_inhale_stays_on_hold_and_shrinks_on_exhale():
    assert shape_size(BOX, 0, 0.0) == 0.0 and shape_size(BOX, 0, 1.0) == 1.0
    assert shape_size(BOX, 0, 0.25) < 0.25 < shape_size(BOX, 0, 0.75)  # eases in and out
    assert shape_size(BOX, 1, 0.3) == shape_size(BOX, 1, 0.9) == 1.0
    assert shape_size(BOX, 2, 0.5) == pytest.approx(0.5)
    assert shape_size(BOX, 3, 0.5) == 0.0
    sizes = [shape_size(BOX, 0, t / 20) for t in range(21)]
    assert sizes == sorted(sizes)


def test_sigh_top_up_continues_the_rise_instead_of_restarting_it():
    assert shape_size(SIGH, 0, 1.0) == pytest.approx(0.75)  # 3 of the 4 inhale seconds
    assert shape_size(SIGH, 1, 0.0) == pytest.approx(0.75)
    assert shape_size(SIGH, 1, 1.0) == 1.0 and shape_size(SIGH, 2, 1.0) == 0.0
