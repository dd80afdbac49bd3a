"""The stretch session state machine, run in simulated time (nothing sleeps)."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.routines import Routine, Step
from companion.core.stretch_session import Phase, RoutinePlayer, planned_seconds
from companion.core.wording import whole_seconds

PICTURE = Path("p.svg")
T0 = 1000.0


def routine() -> Routine:
    """Get-ready 3 | A 10 | 3 | B-left 5 | 3 | B-right 5 | 3 | C 4x2 = 40 s in all."""
    return Routine("test", "Test", (
        Step("A", "Do A.", PICTURE, side="both", hold=10),
        Step("B", "Do B.", PICTURE, side="each", hold=5),
        Step("C", "Do C.", PICTURE, side="both", reps=4, seconds_per_rep=2),
    ), body_part="hand")


def play(player, start, end, step=0.1):
    """Feed ticks like a 100 ms timer would; return each distinct (phase, number, side)."""
    seen, now = [], start
    while now < end - 1e-9:
        now = min(end, now + step)
        state = player.update(now)
        key = (state.phase, state.number, state.side)
        if not seen or seen[-1] != key:
            seen.append(key)
    return seen


def test_a_whole_routine_plays_in_order_and_completes():
    player = RoutinePlayer(routine(), T0)
    assert planned_seconds(routine()) == 40
    seen = play(player, T0, T0 + 45)
    assert seen == [
        (Phase.READY, 1, "both"), (Phase.STEP, 1, "both"),
        (Phase.TRANSITION, 2, "left"), (Phase.STEP, 2, "left"),
        (Phase.TRANSITION, 3, "right"), (Phase.STEP, 3, "right"),
        (Phase.TRANSITION, 4, "both"), (Phase.STEP, 4, "both"),
        (Phase.DONE, 4, "both"),
    ]
    summary = player.summary
    assert (summary.routine, summary.steps_done, summary.steps_total, summary.completed) == ("test", 4, 4, True)
    assert summary.seconds == pytest.approx(40)
    assert summary.as_record() == {"routine": "test", "steps_done": 4, "steps_total": 4,
                                 "seconds": 40, "completed": True}


def test_time_left_counts_down_the_hold_and_the_whole_session():
    player = RoutinePlayer(routine(), T0)
    state = player.update(T0 + 1)
    assert (state.phase, state.time_left, state.total_left) == (Phase.READY, 2, 39)
    state = player.update(T0 + 7.5)
    assert state.phase is Phase.STEP and state.run.title == "A"
    assert state.time_left == pytest.approx(5.5) and state.total_left == pytest.approx(32.5)
    assert state.progress == pytest.approx(0.45)
    assert whole_seconds(state.time_left) == 6


def test_a_coarse_tick_crosses_several_phases_without_losing_time():
    player = RoutinePlayer(routine(), T0)
    state = player.update(T0 + 20)  # 3 + 10 + 3 = 16: four seconds into B-left
    assert (state.phase, state.number, state.side) == (Phase.STEP, 2, "left")
    assert state.time_left == pytest.approx(1)


def test_repetitions_are_counted_during_a_repeated_step():
    player = RoutinePlayer(routine(), T0)
    state = player.update(T0 + 33.5)  # C started at 32
    assert (state.run.title, state.rep, state.reps) == ("C", 1, 4)
    assert player.update(T0 + 39.9).rep == 4


def test_the_next_step_is_named_while_holding():
    player = RoutinePlayer(routine(), T0)
    state = player.update(T0 + 4)
    assert state.next_run.title == "B" and state.next_run.side == "left"
    assert player.update(T0 + 36).next_run is None


def test_pause_freezes_the_time_left_exactly_over_many_pauses():
    player = RoutinePlayer(routine(), T0)
    now = T0
    running = 0.0
    for gap, pause_for in [(0.7, 5), (1.3, 0.01), (2.25, 120), (0.05, 3.3), (1.1, 9999)]:
        now += gap
        running += gap
        player.pause(now)
        before = player.update(now)
        now += pause_for
        during = player.update(now)
        assert during.paused and during.time_left == before.time_left
        assert during.total_left == pytest.approx(40 - running, abs=1e-9)
        player.resume(now)
    assert player.update(now).total_left == pytest.approx(40 - running, abs=1e-9)
    assert player.active_seconds(now) == pytest.approx(running, abs=1e-9)


def test_paused_time_does_not_count_as_time_spent():
    player = RoutinePlayer(routine(), T0)
    player.pause(T0 + 5)
    player.resume(T0 + 600)
    play(player, T0 + 600, T0 + 700)
    assert player.summary.completed and player.summary.seconds == pytest.approx(40)


def test_pause_and_resume_twice_are_harmless():
    player = RoutinePlayer(routine(), T0)
    player.pause(T0 + 1)
    player.pause(T0 + 2)
    player.resume(T0 + 3)
    player.resume(T0 + 4)
    assert player.update(T0 + 4).time_left == pytest.approx(1)


def test_skip_in_a_lead_in_starts_the_step_at_once():
    player = RoutinePlayer(routine(), T0)
    player.skip(T0 + 1)
    state = player.update(T0 + 1)
    assert (state.phase, state.number, state.time_left) == (Phase.STEP, 1, 10)


def test_skip_during_a_step_goes_to_the_next_lead_in_and_does_not_count_it_done():
    player = RoutinePlayer(routine(), T0)
    player.skip(T0 + 5)  # 2 s into A
    state = player.update(T0 + 5)
    assert (state.phase, state.number, state.time_left) == (Phase.TRANSITION, 2, 3)
    play(player, T0 + 5, T0 + 100)
    assert player.summary.steps_done == 3 and player.summary.completed


def test_skipping_the_last_step_completes_the_session():
    player = RoutinePlayer(routine(), T0)
    player.update(T0 + 35)
    player.skip(T0 + 35)
    assert player.finished and player.summary.completed and player.summary.steps_done == 3


def test_back_during_a_step_returns_to_the_previous_steps_lead_in():
    player = RoutinePlayer(routine(), T0)
    player.back(T0 + 18)  # in B-left
    state = player.update(T0 + 18)
    assert (state.phase, state.number, state.time_left) == (Phase.READY, 1, 3)


def test_back_in_a_transition_repeats_the_step_just_done():
    player = RoutinePlayer(routine(), T0)
    player.back(T0 + 14)  # transition before B-left
    state = player.update(T0 + 14)
    assert (state.phase, state.number) == (Phase.READY, 1)
    state = player.update(T0 + 17)
    assert (state.phase, state.run.title, state.time_left) == (Phase.STEP, "A", 10)


def test_back_from_the_first_step_restarts_the_get_ready():
    player = RoutinePlayer(routine(), T0)
    player.back(T0 + 8)
    state = player.update(T0 + 8)
    assert (state.phase, state.time_left, state.total_left) == (Phase.READY, 3, 40)


def test_a_step_done_twice_after_back_counts_once():
    player = RoutinePlayer(routine(), T0)
    player.update(T0 + 14)
    player.back(T0 + 14)
    play(player, T0 + 14, T0 + 100)
    assert player.summary.steps_done == 4


def test_skip_and_back_while_paused_stay_paused():
    player = RoutinePlayer(routine(), T0)
    player.pause(T0 + 5)
    player.skip(T0 + 6)
    state = player.update(T0 + 50)
    assert state.paused and (state.phase, state.number, state.time_left) == (Phase.TRANSITION, 2, 3)


def test_stop_ends_early_with_what_was_done():
    player = RoutinePlayer(routine(), T0)
    summary = player.stop(T0 + 20)
    assert (summary.steps_done, summary.steps_total, summary.completed) == (1, 4, False)
    assert summary.seconds == pytest.approx(20)
    assert player.update(T0 + 30).phase is Phase.DONE
    assert player.stop(T0 + 40) is summary  # stopping again changes nothing


def test_controls_after_the_end_change_nothing():
    player = RoutinePlayer(routine(), T0)
    player.update(T0 + 60)
    for control in (player.skip, player.back, player.pause, player.resume):
        control(T0 + 61)
    assert player.summary.completed and player.summary.seconds == pytest.approx(40)
