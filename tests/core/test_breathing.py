"""Breathing patterns, their loader and the pacer's timing, in simulated time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from companion import assets as companion_assets
from companion.core.breathing import (
    EXHALE,
    FINISHED,
    HOLD,
    HOLD_EMPTY,
    INHALE,
    PAUSED,
    RUNNING,
    STOPPED,
    BreathingSession,
    Pattern,
    Phase,
    load_cautions,
    load_patterns,
    position,
    shape_size,
)

ASSETS = companion_assets.root() / "breathing"
BOX = Pattern("box", "Box", (Phase(INHALE, 4), Phase(HOLD, 4), Phase(EXHALE, 4), Phase(HOLD_EMPTY, 4)),
              cycles=4)
SIGH = Pattern("sigh", "Sigh", (Phase(INHALE, 3), Phase(INHALE, 1, "Top up"), Phase(EXHALE, 7)),
               minutes=5)


@pytest.fixture
def builtin():
    patterns, errors = load_patterns(ASSETS / "patterns.toml", None)
    assert errors == []
    return {p.id: p for p in patterns}


def write(folder: Path, text: str, name: str = "mine.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def custom(tmp_path, phases: str, extra: str = "") -> tuple[list[Pattern], list[str]]:
    """Load the built-ins plus one user pattern with the given phases."""
    user = write(tmp_path / "user", f'[[pattern]]\nid = "mine"\nname = "Mine"\n{extra}\nphases = [{phases}]\n')
    patterns, errors = load_patterns(ASSETS, user)
    return [p for p in patterns if p.id == "mine"], errors


# --- built-in content ---------------------------------------------------------

@pytest.mark.parametrize("pid, kinds, seconds, per_minute", [
    ("slow-belly", [INHALE, EXHALE], [4, 6], 6.0),
    ("even-5-5", [INHALE, EXHALE], [5, 5], 6.0),
    ("box", [INHALE, HOLD, EXHALE, HOLD_EMPTY], [4, 4, 4, 4], 3.75),
    ("4-7-8", [INHALE, HOLD, EXHALE], [4, 7, 8], 60 / 19),
    ("cyclic-sigh", [INHALE, INHALE, EXHALE], [3, 1, 7], 60 / 11),
])
def test_builtin_pattern_phases_and_cycle_length(builtin, pid, kinds, seconds, per_minute):
    pattern = builtin[pid]
    assert [p.kind for p in pattern.phases] == kinds
    assert [p.seconds for p in pattern.phases] == seconds
    assert pattern.cycle_seconds == sum(seconds)
    assert pattern.breaths_per_minute == pytest.approx(per_minute)
    assert pattern.description and pattern.name


def test_478_starts_with_four_breaths_and_warns_about_light_headedness(builtin):
    p = builtin["4-7-8"]
    assert p.counts_cycles and p.cycles == 4 and p.max_cycles == 8
    assert p.session_cycles() == 4
    assert p.session_cycles(20) == 8  # capped, never more than the pattern allows
    assert "light-headed" in p.caution and "breathe normally" in p.caution


def test_cyclic_sigh_top_up_is_a_second_inhale_with_its_own_label(builtin):
    first, top_up, _ = builtin["cyclic-sigh"].phases
    assert first.label == "Breathe in"
    assert top_up.kind == INHALE and top_up.label not in ("", "Breathe in")


def test_general_cautions_cover_posture_dizziness_and_not_medical_advice():
    text = " ".join(load_cautions(ASSETS / "patterns.toml")).lower()
    for words in ("sit or lie down", "dizzy", "tingle", "not medical advice"):
        assert words in text


def test_minute_sessions_end_after_a_whole_breath(builtin):
    belly = builtin["slow-belly"]
    assert belly.session_cycles() == 30  # 5 minutes of 10-second breaths
    assert belly.session_cycles(1) == 6
    assert SIGH.session_cycles(0.1) == 1  # never zero breaths


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
    no_holds = Pattern("p", "P", (Phase(INHALE, 4), Phase(HOLD, 0), Phase(EXHALE, 4), Phase(HOLD_EMPTY, 0)))
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


# --- session state machine ----------------------------------------------------

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


# --- custom patterns and validation -------------------------------------------

def test_custom_phases_at_the_limits_are_accepted(tmp_path):
    mine, errors = custom(tmp_path, '{kind="inhale", seconds=20}, {kind="hold", seconds=0},'
                                    '{kind="exhale", seconds=20}, {kind="hold-empty", seconds=1}')
    assert errors == []
    assert mine[0].cycle_seconds == 41 and mine[0].minutes == 3.0  # default length


def test_custom_phase_over_twenty_seconds_is_rejected_naming_file_pattern_and_field(tmp_path):
    mine, errors = custom(tmp_path, '{kind="inhale", seconds=4}, {kind="exhale", seconds=20.5}')
    assert mine == []
    [message] = errors
    assert message.startswith("mine.toml, pattern 'mine', phase 2, field 'seconds': "
                              "should be a number from 1 to 20")
    assert "20.5" in message


@pytest.mark.parametrize("phases, extra, field, words", [
    ('{kind="inhale", seconds=4}, {kind="hold", seconds=4}', "", "field 'phases'", "exhale"),
    ('{kind="exhale", seconds=4}', "", "field 'phases'", "2 to 8 phases"),
    ('{kind="inhale", seconds=0}, {kind="exhale", seconds=4}', "", "field 'phases'", "inhale"),
    ('{kind="inhale", seconds=0}, {kind="exhale", seconds=0}', "", "field 'phases'", "inhale"),
    ('{kind="inhale", seconds=-1}, {kind="exhale", seconds=4}', "", "phase 1, field 'seconds'", "1 to 20"),
    ('{kind="inhale", seconds=0.5}, {kind="exhale", seconds=4}', "", "phase 1, field 'seconds'", "1 to 20"),
    ('{kind="inhale", seconds=true}, {kind="exhale", seconds=4}', "", "phase 1, field 'seconds'", "not true"),
    ('{kind="inhale", seconds=nan}, {kind="exhale", seconds=4}', "", "phase 1, field 'seconds'", "not nan"),
    ('{kind="inhale", seconds=inf}, {kind="exhale", seconds=4}', "", "phase 1, field 'seconds'", "not inf"),
    ('{kind="breathe", seconds=4}, {kind="exhale", seconds=4}', "", "phase 1, field 'kind'", "one of"),
    ('{kind="inhale", secs=4}, {kind="exhale", seconds=4}', "", "phase 1, field 'secs'", "not a known"),
    ('{kind="inhale", seconds=1}, {kind="exhale", seconds=1}', "", "field 'phases'", "at least 3 seconds"),
    ('{kind="inhale", seconds=4, label=""}, {kind="exhale", seconds=4, label=3}', "",
     "phase 2, field 'label'", "text"),
    ('{kind="inhale", seconds=4}, {kind="exhale", seconds=4}', "cycles = 0", "field 'cycles'", "1 to 100"),
    ('{kind="inhale", seconds=4}, {kind="exhale", seconds=4}', "cycles = 2.0", "field 'cycles'", "whole"),
    ('{kind="inhale", seconds=20}, {kind="exhale", seconds=20}', "cycles = 100", "field 'cycles'",
     "more than 60 minutes"),
    ('{kind="inhale", seconds=4}, {kind="exhale", seconds=4}', "minutes = 0", "field 'minutes'", "1 to 60"),
    ('{kind="inhale", seconds=4}, {kind="exhale", seconds=4}', "minutes = 61", "field 'minutes'", "1 to 60"),
    ('{kind="inhale", seconds=4}, {kind="exhale", seconds=4}', "cycles = 3\nminutes = 2", "field 'minutes'",
     "not both"),
    ('{kind="inhale", seconds=4}, {kind="exhale", seconds=4}', "cycles = 5\nmax_cycles = 4",
     "field 'max_cycles'", "from cycles"),
    ('{kind="inhale", seconds=4}, {kind="exhale", seconds=4}', 'minuts = 3', "field 'minuts'", "not a known"),
    ('{kind="inhale", seconds=4}, {kind="exhale", seconds=4}', f'caution = "{"x" * 401}"',
     "field 'caution'", "at most 400 characters"),
])
def test_invalid_custom_patterns_are_skipped_with_a_clear_message(tmp_path, phases, extra, field, words):
    mine, errors = custom(tmp_path, phases, extra)
    assert mine == []
    [message] = errors
    assert message.startswith(f"mine.toml, pattern 'mine', {field}: "), message
    assert words in message


def test_a_bad_user_file_does_not_hide_good_patterns(tmp_path):
    user = write(tmp_path / "user", "this is = = not toml", "broken.toml")
    write(user, '[[pattern]]\nid = "ok"\nname = "Fine"\ncycles = 2\n'
                'phases = [{kind="inhale", seconds=3}, {kind="exhale", seconds=3}]\n', "good.toml")
    patterns, errors = load_patterns(ASSETS, user)
    assert "ok" in [p.id for p in patterns] and len(patterns) == 6
    assert len(errors) == 1 and "broken.toml" in errors[0] and "TOML" in errors[0]


def test_a_user_pattern_cannot_take_a_builtin_id(tmp_path):
    user = write(tmp_path / "user", '[[pattern]]\nid = "box"\nname = "Mine"\n'
                                    'phases = [{kind="inhale", seconds=3}, {kind="exhale", seconds=3}]\n')
    patterns, errors = load_patterns(ASSETS, user)
    assert [p.name for p in patterns if p.id == "box"] == ["Box breathing (4-4-4-4)"]
    assert "field 'id'" in errors[0] and "already used" in errors[0]


def test_missing_user_folder_and_missing_builtin_file(tmp_path):
    patterns, errors = load_patterns(ASSETS, tmp_path / "nope")
    assert len(patterns) == 5 and errors == []
    patterns, errors = load_patterns(tmp_path / "gone.toml", None)
    assert patterns == [] and "gone.toml" in errors[0]


def test_breathing_core_imports_without_qt():
    code = "import sys; sys.modules['PySide6'] = None; import companion.core.breathing"
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
