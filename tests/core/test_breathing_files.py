"""Breathing pattern files: the built-in ones, the user's own, and every way one can be wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion import assets as companion_assets
from companion.core.breathing_files import load_cautions, load_patterns
from companion.core.breathing_patterns import EXHALE, HOLD, HOLD_EMPTY, INHALE, Pattern

ASSETS = companion_assets.root() / "breathing"


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

