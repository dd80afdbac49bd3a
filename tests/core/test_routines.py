"""Routine files: the built-in content, per-side expansion, and one test per bad field."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from companion import assets as companion_assets
from companion.core.routines import Routine, Step, find_routine, load_routines
from companion.core.stretch_session import planned_seconds

ASSETS = companion_assets.root()
BUILTIN = ASSETS / "routines"

GOOD_STEP = '''
[[steps]]
title = "Wrist circles"
instruction = "Circle the wrist slowly."
side = "each"
hold = 10
illustration = "wrist-circles.svg"
'''


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def user_routine(step: str = GOOD_STEP, header: str = 'id = "mine"\nname = "My routine"\n') -> str:
    return header + step


def load_user(tmp_path, text: str, name: str = "mine.toml"):
    write(tmp_path / "user", name, text)
    return load_routines(BUILTIN, tmp_path / "user")


# -- the built-in content -------------------------------------------------------------

def test_builtin_routines_all_load_without_problems():
    routines, problems = load_routines(BUILTIN, None)
    assert problems == []
    assert [r.id for r in routines] == ["hand-wrist", "quick-hand", "neck-shoulders", "legs"]


def test_hand_and_wrist_relief_covers_the_promised_stretches_in_three_to_four_minutes():
    routines, _ = load_routines(BUILTIN, None)
    routine = find_routine(routines, "hand-wrist")
    titles = " ".join(step.title.lower() for step in routine.steps)
    for word in ("finger spread", "knuckle", "wrist circles", "forearm turns", "back-of-forearm",
                 "palm-side forearm", "prayer", "tendon glides", "thumb", "massage"):
        assert word in titles
    assert 180 <= planned_seconds(routine) <= 270


def test_quick_hand_break_takes_about_a_minute():
    routines, _ = load_routines(BUILTIN, None)
    assert 45 <= planned_seconds(find_routine(routines, "quick-hand")) <= 80


def test_every_builtin_step_has_an_svg_illustration_that_parses():
    routines, _ = load_routines(BUILTIN, None)
    for routine in routines:
        for step in routine.steps:
            root = ET.parse(step.illustration).getroot()
            assert root.tag == "{http://www.w3.org/2000/svg}svg", step.illustration
            assert root.get("viewBox") == "0 0 240 240"


def test_the_safety_note_says_mild_pull_tingling_and_not_treatment():
    text = (ASSETS / "stretch_safety.md").read_text(encoding="utf-8").lower()
    for phrase in ("mild pull", "never pain", "tingling", "numbness", "not a treatment", "not medical advice"):
        assert phrase in text


# -- per-side expansion -----------------------------------------------------------------

def test_a_per_side_step_runs_left_then_right_with_a_switch_between(tmp_path):
    picture = tmp_path / "p.svg"
    both = Step("Prayer stretch", "Palms together.", picture, side="both", hold=10)
    each = Step("Thumb stretch", "Bend the thumb.", picture, side="each", reps=4, seconds_per_rep=3)
    routine = Routine("r", "R", (both, each), body_part="hand")
    runs = routine.runs()
    assert [(run.title, run.side, run.switched) for run in runs] == [
        ("Prayer stretch", "both", False), ("Thumb stretch", "left", False), ("Thumb stretch", "right", True)]
    assert runs[2].duration == 12
    assert routine.side_label("left") == "Left hand"
    assert routine.side_label("both") == "Both hands"
    assert routine.switch_cue() == "Switch hands."


def test_a_centred_neck_move_has_no_side_label():
    routine = Routine("n", "Neck", (), body_part="side")
    assert routine.side_label("both") == ""
    assert routine.side_label("right") == "Right side"


# -- user routines ------------------------------------------------------------------------

def test_a_user_routine_loads_next_to_the_builtins_and_may_reuse_their_pictures(tmp_path):
    routines, problems = load_user(tmp_path, user_routine())
    assert problems == []
    mine = find_routine(routines, "mine")
    assert mine.steps[0].illustration == ASSETS / "illustrations" / "wrist-circles.svg"
    assert len(routines) == 5


def test_a_user_routine_may_bring_its_own_picture(tmp_path):
    write(tmp_path / "user", "own.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>')
    routines, problems = load_user(tmp_path, user_routine(GOOD_STEP.replace("wrist-circles.svg", "own.svg")))
    assert problems == []
    assert find_routine(routines, "mine").steps[0].illustration == tmp_path / "user" / "own.svg"


def test_a_missing_user_folder_is_not_a_problem(tmp_path):
    routines, problems = load_routines(BUILTIN, tmp_path / "nowhere")
    assert len(routines) == 4 and problems == []


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path / "user", "a-bad.toml", "this is = = not toml")
    write(tmp_path / "user", "b-good.toml", user_routine())
    routines, problems = load_routines(BUILTIN, tmp_path / "user")
    assert find_routine(routines, "mine") is not None
    assert len(problems) == 1 and problems[0].startswith("a-bad.toml")


# -- one test per malformed field ---------------------------------------------------------

def assert_skipped(tmp_path, text, *expected):
    """The file is skipped, the built-ins still load, and a message names file, routine, field."""
    routines, problems = load_user(tmp_path, text)
    assert find_routine(routines, "mine") is None
    assert len(routines) == 4
    assert problems, "expected a problem"
    message = " | ".join(problems)
    assert "mine.toml" in message
    for part in expected:
        assert part in message, (part, message)
    return message


def test_missing_title(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP.replace('title = "Wrist circles"\n', "")),
                   "routine 'mine'", "step 1", "field 'title'")


def test_empty_instruction(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP.replace('"Circle the wrist slowly."', '"  "')),
                   "routine 'mine'", "step 1 ('Wrist circles')", "field 'instruction'")


def test_negative_hold(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP.replace("hold = 10", "hold = -5")),
                   "routine 'mine'", "field 'hold'", "-5")


def test_hold_given_as_text(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP.replace("hold = 10", 'hold = "ten"')),
                   "field 'hold'", "'ten'")


def test_hold_given_as_true(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP.replace("hold = 10", "hold = true")), "field 'hold'")


def test_absurdly_long_hold(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP.replace("hold = 10", "hold = 6000")), "field 'hold'")


def test_neither_hold_nor_reps(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP.replace("hold = 10\n", "")), "field 'hold'")


def test_both_hold_and_reps(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP.replace("hold = 10", "hold = 10\nreps = 3\nseconds_per_rep = 2")),
                   "field 'hold'")


def test_fractional_reps(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP.replace("hold = 10", "reps = 2.5\nseconds_per_rep = 2")),
                   "field 'reps'")


def test_zero_seconds_per_rep(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP.replace("hold = 10", "reps = 5\nseconds_per_rep = 0")),
                   "field 'seconds_per_rep'")


def test_unknown_side(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP.replace('side = "each"', 'side = "middle"')),
                   "field 'side'", "'middle'")


def test_missing_illustration_file(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP.replace("wrist-circles.svg", "nope.svg")),
                   "field 'illustration'", "nope.svg")


def test_caution_that_is_not_text(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP + "caution = 3\n"), "field 'caution'")


def test_misspelt_field(tmp_path):
    assert_skipped(tmp_path, user_routine(GOOD_STEP + "hodl = 3\n"), "field 'hodl'", "unknown field")


def test_step_that_is_not_a_table(tmp_path):
    assert_skipped(tmp_path, 'id = "mine"\nname = "Mine"\nsteps = ["stretch"]\n', "step 1", "table")


def test_missing_name(tmp_path):
    assert_skipped(tmp_path, user_routine(header='id = "mine"\n'), "routine 'mine'", "field 'name'")


def test_name_that_is_a_number(tmp_path):
    assert_skipped(tmp_path, user_routine(header='id = "mine"\nname = 7\n'), "field 'name'")


def test_bad_id(tmp_path):
    message = assert_skipped(tmp_path, user_routine(header='id = "My Routine"\nname = "Mine"\n'), "field 'id'")
    assert "'My Routine'" in message


def test_missing_id(tmp_path):
    assert_skipped(tmp_path, user_routine(header='name = "Mine"\n'), "routine (no id)", "field 'id'")


def test_no_steps(tmp_path):
    assert_skipped(tmp_path, 'id = "mine"\nname = "Mine"\n', "field 'steps'")


def test_duplicate_id_keeps_the_builtin(tmp_path):
    routines, problems = load_user(tmp_path, user_routine(header='id = "quick-hand"\nname = "Impostor"\n'))
    assert find_routine(routines, "quick-hand").name == "Quick hand break"
    assert problems == ["mine.toml, routine 'quick-hand', field 'id': already used by 02-quick-hand.toml"]


def test_not_toml_at_all(tmp_path):
    assert_skipped(tmp_path, "<routine>hello</routine>", "routine (unknown)", "not valid TOML")


def test_not_utf8(tmp_path):
    (tmp_path / "user").mkdir()
    (tmp_path / "user" / "mine.toml").write_bytes(b'id = "mine"\nname = "\xff\xfe"\n')
    routines, problems = load_routines(BUILTIN, tmp_path / "user")
    assert len(routines) == 4 and problems and problems[0].startswith("mine.toml")


@pytest.mark.parametrize("n", [2, 3])
def test_every_bad_step_is_reported_not_just_the_first(tmp_path, n):
    bad = GOOD_STEP.replace("hold = 10", "hold = -1")
    message = assert_skipped(tmp_path, user_routine(bad * n), "step 1")
    assert f"step {n}" in message
