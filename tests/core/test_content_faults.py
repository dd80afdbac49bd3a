"""Bad content files, as a tester found them: each is reported by file and field, none crashes.

One test per fault, named after what the user would notice.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from companion import assets as companion_assets
from companion.core import checks
from companion.core.breathing_files import load_pattern_file, load_patterns
from companion.core.breathing_patterns import EXHALE, INHALE, BreathPhase, Pattern
from companion.core.breathing_session import BreathingSession
from companion.core.checklist import DEFAULT_PATH, load_checklist
from companion.core.checks import ContentError
from companion.core.routines import load_routine_file, load_routines
from companion.core.stretch_session import RoutinePlayer

ASSETS = companion_assets.root()
BUILTIN_PATTERNS = ASSETS / "breathing" / "patterns.toml"
BUILTIN_ROUTINES = ASSETS / "routines"
BUILTIN_PATTERN_IDS = {"slow-belly", "even-5-5", "box", "4-7-8", "cyclic-sigh"}
BUILTIN_ROUTINE_IDS = {"hand-wrist", "quick-hand", "neck-shoulders", "legs"}

GOOD_PATTERN = '''
[[pattern]]
id = "calm"
name = "Calm"
minutes = 3
phases = [{ kind = "inhale", seconds = 4 }, { kind = "exhale", seconds = 6 }]
'''

GOOD_ROUTINE = '''
id = "mine"
name = "My routine"

[[steps]]
title = "Wrist circles"
instruction = "Circle the wrists slowly."
hold = 10
illustration = "wrist-circles.svg"
'''

DEEP = "[" * 3000 + "]" * 3000  # tomllib itself recurses once per bracket
SHALLOWER = "[" * 300 + "1" + "]" * 300  # tomllib manages this; repr() of it in a message might not
HUGE_INT = "0x" + "f" * 4000  # parses, but Python refuses to write it out in decimal


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def pattern_ids(patterns) -> set[str]:
    return {p.id for p in patterns}


# --- one bad file never hides the others -----------------------------------------

def test_a_broken_user_pattern_leaves_the_built_in_patterns_usable(tmp_path):
    user = tmp_path / "breathing"
    write(user, "a-broken.toml", GOOD_PATTERN.replace("seconds = 6", 'seconds = "six"'))
    write(user, "b-good.toml", GOOD_PATTERN.replace('"calm"', '"steady"'))
    patterns, problems = load_patterns(BUILTIN_PATTERNS, user)
    assert pattern_ids(patterns) == BUILTIN_PATTERN_IDS | {"steady"}
    assert problems == ["a-broken.toml, pattern 'calm', phase 2, field 'seconds': should be a number "
                        "from 1 to 20, or 0 to leave the phase out, not 'six'; skipped"]


def test_a_broken_user_routine_leaves_the_built_in_routines_and_the_users_others_usable(tmp_path):
    user = tmp_path / "routines"
    write(user, "a-broken.toml", GOOD_ROUTINE.replace("hold = 10", "hold = [10]"))
    write(user, "b-good.toml", GOOD_ROUTINE.replace('"mine"', '"other"'))
    routines, problems = load_routines(BUILTIN_ROUTINES, user)
    assert {r.id for r in routines} == BUILTIN_ROUTINE_IDS | {"other"}
    assert problems == ["a-broken.toml, routine 'mine', step 1 ('Wrist circles'), field 'hold': "
                        "should be a number of seconds from 3 to 120, not a list"]


def test_a_second_pattern_with_the_same_id_in_one_file_is_skipped_and_named(tmp_path):
    path = write(tmp_path, "mine.toml", GOOD_PATTERN + GOOD_PATTERN.replace('"Calm"', '"Calm again"'))
    patterns, problems = load_pattern_file(path)
    assert [p.name for p in patterns] == ["Calm"]
    assert problems == ["mine.toml, pattern 'calm', field 'id': is already used by another pattern; skipped"]


def test_a_damaged_built_in_pattern_file_is_reported_and_the_users_patterns_still_load(tmp_path):
    builtin = write(tmp_path / "assets", "patterns.toml", BUILTIN_PATTERNS.read_text()[:-40])
    user = tmp_path / "user"
    write(user, "mine.toml", GOOD_PATTERN)
    patterns, problems = load_patterns(builtin, user)
    assert pattern_ids(patterns) == {"calm"}
    [problem] = problems
    assert problem.startswith("patterns.toml: not valid TOML")


def test_a_damaged_built_in_routine_is_reported_and_the_other_routines_still_load(tmp_path):
    builtin = tmp_path / "routines"
    shutil.copytree(BUILTIN_ROUTINES, builtin)
    path = builtin / "02-quick-hand.toml"
    path.write_text(path.read_text().replace("reps = 8", "reps = 8.5"))
    routines, problems = load_routines(builtin, None, illustrations_dir=ASSETS / "illustrations")
    assert {r.id for r in routines} == BUILTIN_ROUTINE_IDS - {"quick-hand"}
    assert problems == ["02-quick-hand.toml, routine 'quick-hand', step 2 ('Wrist circles'), field 'reps': "
                        "should be a whole number from 1 to 30, not 8.5"]


# --- values of the wrong shape are named, not crashed on ----------------------------

def test_a_phase_kind_written_as_a_list_names_the_file_pattern_phase_and_field(tmp_path):
    path = write(tmp_path, "my-breath.toml", GOOD_PATTERN.replace('kind = "exhale"', 'kind = ["exhale"]'))
    patterns, problems = load_pattern_file(path)
    assert patterns == []
    assert problems == ["my-breath.toml, pattern 'calm', phase 2, field 'kind': should be one of "
                        "inhale, hold, exhale, hold-empty, not a list; skipped"]


@pytest.mark.parametrize("value, shown", [
    ("true", "not true"), ("nan", "not nan"), ("inf", "not inf"), ("-inf", "not -inf"),
    ("{ s = 4 }", "not a table"), ("1979-05-27", "not a date"),
])
def test_a_phase_length_that_is_not_a_plain_number_is_refused(tmp_path, value, shown):
    path = write(tmp_path, "mine.toml", GOOD_PATTERN.replace("seconds = 6", f"seconds = {value}"))
    patterns, [problem] = load_pattern_file(path)
    assert patterns == [] and "phase 2, field 'seconds'" in problem and shown in problem


@pytest.mark.parametrize("line, field, shown", [
    ("hold = true", "hold", "not true"),
    ("hold = nan", "hold", "not nan"),
    ("hold = inf", "hold", "not inf"),
    ("hold = 1", "hold", "from 3 to 120"),
    ("hold = 121", "hold", "from 3 to 120"),
    ("reps = true\nseconds_per_rep = 2", "reps", "not true"),
    ("reps = 31\nseconds_per_rep = 2", "reps", "from 1 to 30"),
    ("reps = 3\nseconds_per_rep = 0.5", "seconds_per_rep", "from 1 to 30"),
    ("reps = 30\nseconds_per_rep = 30", "reps", "3 to 120 seconds, not 900"),
])
def test_a_step_timing_out_of_range_or_of_the_wrong_type_is_refused(tmp_path, line, field, shown):
    path = write(tmp_path, "mine.toml", GOOD_ROUTINE.replace("hold = 10", line))
    with pytest.raises(ContentError) as error:
        load_routine_file(path, [ASSETS / "illustrations"])
    [problem] = error.value.problems
    assert problem.startswith(f"mine.toml, routine 'mine', step 1 ('Wrist circles'), field '{field}': ")
    assert shown in problem


@pytest.mark.parametrize("picture", ["../illustrations/wrist-circles.svg", "/etc/passwd",
                                     "wrist\\u0000circles.svg", "photo.png"])
def test_a_picture_outside_the_picture_folders_is_refused(tmp_path, picture):
    path = write(tmp_path, "mine.toml", GOOD_ROUTINE.replace('"wrist-circles.svg"', f'"{picture}"'))
    with pytest.raises(ContentError, match="field 'illustration': should be the name of an .svg file"):
        load_routine_file(path, [ASSETS / "illustrations"])


def test_an_endless_instruction_is_refused_with_its_length(tmp_path):
    path = write(tmp_path, "mine.toml", GOOD_ROUTINE.replace("Circle the wrists slowly.", "x" * 601))
    with pytest.raises(ContentError, match="field 'instruction': should be at most 600 characters long"):
        load_routine_file(path, [ASSETS / "illustrations"])


def test_a_routine_that_would_take_over_half_an_hour_is_refused(tmp_path):
    step = GOOD_ROUTINE[GOOD_ROUTINE.index("[[steps]]"):].replace("hold = 10", "hold = 120\nside = \"each\"")
    path = write(tmp_path, "mine.toml", GOOD_ROUTINE + step * 8)  # 8 steps of 2 x 2 minutes, and one more
    with pytest.raises(ContentError, match="add up to 32 minutes; a routine should take at most 30"):
        load_routine_file(path, [ASSETS / "illustrations"])


# --- files that defeat a naive parser ---------------------------------------------

def test_a_file_nested_thousands_of_levels_deep_is_reported_as_unreadable(tmp_path):
    user = tmp_path / "user"
    write(user, "deep.toml", f"[[pattern]]\nid = \"calm\"\nphases = {DEEP}\n")
    patterns, problems = load_patterns(BUILTIN_PATTERNS, user)
    assert pattern_ids(patterns) == BUILTIN_PATTERN_IDS
    assert problems == ["deep.toml: not valid TOML (lists or tables are nested far too deeply)"]
    write(user, "deep.toml", f"id = \"mine\"\nname = {DEEP}\n")
    routines, problems = load_routines(BUILTIN_ROUTINES, user)
    assert {r.id for r in routines} == BUILTIN_ROUTINE_IDS
    assert problems == ["deep.toml, routine (unknown): not valid TOML (lists or tables are nested far "
                        "too deeply)"]


def test_a_deeply_nested_value_that_does_parse_is_described_not_printed(tmp_path):
    path = write(tmp_path, "mine.toml", GOOD_PATTERN.replace('kind = "exhale"', f"kind = {SHALLOWER}"))
    _, [problem] = load_pattern_file(path)
    assert problem.endswith("field 'kind': should be one of inhale, hold, exhale, hold-empty, "
                            "not a list; skipped")
    path = write(tmp_path, "mine.toml", GOOD_ROUTINE.replace('"My routine"', SHALLOWER))
    with pytest.raises(ContentError, match="field 'name': should be non-empty text, not a list"):
        load_routine_file(path, [ASSETS / "illustrations"])


def test_a_number_too_large_to_print_is_reported_in_words(tmp_path):
    path = write(tmp_path, "mine.toml", GOOD_PATTERN.replace("minutes = 3", f"minutes = {HUGE_INT}"))
    _, [problem] = load_pattern_file(path)
    assert "field 'minutes': should be a number from 1 to 60, not a very large number" in problem


def test_a_file_over_a_megabyte_is_refused_with_a_plain_sentence(tmp_path):
    path = write(tmp_path, "big.toml", GOOD_PATTERN + "# padding\n" * 100_001)
    patterns, problems = load_pattern_file(path)
    assert patterns == []
    assert problems == ["big.toml: is larger than 1 MB, far too big for a Companion content file, "
                        "so it was not read"]


def test_a_file_that_is_not_text_is_reported_as_such(tmp_path):
    path = write(tmp_path, "mine.toml", b"\x89PNG\r\n\x1a\n\x00\xff")
    assert load_pattern_file(path) == ([], ["mine.toml: cannot be read (it is not UTF-8 text)"])


def test_a_file_that_is_really_a_folder_is_reported(tmp_path):
    (tmp_path / "user" / "odd.toml").mkdir(parents=True)
    patterns, problems = load_patterns(BUILTIN_PATTERNS, tmp_path / "user")
    assert pattern_ids(patterns) == BUILTIN_PATTERN_IDS
    [problem] = problems
    assert problem.startswith("odd.toml: cannot be read")


# --- what Start does with the content ----------------------------------------------

@pytest.mark.parametrize("seconds", ["5e-324", "1e-12", "0.5"])
def test_a_vanishingly_short_phase_is_refused_so_start_never_overflows(tmp_path, seconds):
    path = write(tmp_path, "mine.toml", GOOD_PATTERN.replace("seconds = 4", f"seconds = {seconds}"))
    patterns, [problem] = load_pattern_file(path)
    assert patterns == []
    assert "phase 1, field 'seconds': should be a number from 1 to 20" in problem


def test_breaths_shorter_than_three_seconds_are_refused(tmp_path):
    path = write(tmp_path, "mine.toml", GOOD_PATTERN.replace("seconds = 4", "seconds = 1")
                 .replace("seconds = 6", "seconds = 1"))
    _, [problem] = load_pattern_file(path)
    assert "field 'phases': one breath should last at least 3 seconds (this one lasts 2)" in problem


@pytest.mark.parametrize("seconds", [5e-324, 1e-12, float("inf")])
def test_even_a_hand_built_pattern_cannot_make_start_overflow_or_run_for_ever(seconds):
    pattern = Pattern("odd", "Odd", (BreathPhase(INHALE, seconds), BreathPhase(EXHALE, seconds)), minutes=60)
    cycles = pattern.session_cycles()
    assert 1 <= cycles <= 1200
    session = BreathingSession(pattern, cycles)
    session.start(0.0)
    assert session.position(1.0).cycles_total == cycles


def test_every_loadable_pattern_starts_at_its_longest_allowed_length(tmp_path):
    # The extremes the limits allow: the shortest breath for the longest session.
    path = write(tmp_path, "mine.toml", GOOD_PATTERN.replace("minutes = 3", "minutes = 60")
                 .replace("seconds = 4", "seconds = 1").replace("seconds = 6", "seconds = 2"))
    [pattern], problems = load_pattern_file(path)
    assert problems == []
    assert pattern.session_cycles() == 1200
    session = BreathingSession(pattern, pattern.session_cycles(60))
    session.start(0.0)
    assert session.position(3600.0).finished


def test_every_loadable_routine_plays_to_the_end(tmp_path):
    steps = GOOD_ROUTINE[GOOD_ROUTINE.index("[[steps]]"):].replace("hold = 10", "reps = 3\nseconds_per_rep = 1")
    path = write(tmp_path, "mine.toml", GOOD_ROUTINE + steps)
    routine = load_routine_file(path, [ASSETS / "illustrations"])
    player = RoutinePlayer(routine, 0.0)
    assert player.update(1000.0).phase.value == "done" and player.summary.completed


# --- the checklist (built in, read whole or not at all) -----------------------------

@pytest.mark.parametrize("old, new, words", [
    ('id = "stress"', 'id = ["stress"]', "field 'id': should be up to 40 lower-case letters"),
    ('level = "urgent"', 'level = ["urgent"]', "group 'urgent', field 'level'"),
    ('actions = ["breathe"]', 'actions = [["breathe"]]', "general tip 2, field 'actions'"),
    ("schema_version = 1", "schema_version = true", "top level, field 'schema_version'"),
    ("schema_version = 1", f"schema_version = {DEEP}", "nested far too deeply"),
    ('intro = "Tick', 'intro = 5\nintro_was = "Tick', "top level, field 'intro_was': is not a known field"),
])
def test_a_damaged_checklist_says_which_entry_and_field_and_raises_nothing_else(tmp_path, old, new, words):
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    assert old in text
    path = write(tmp_path, "checklist.toml", text.replace(old, new, 1))
    with pytest.raises(ContentError) as error:
        load_checklist(path)
    message = str(error.value)
    assert message.startswith("the symptom checklist")
    assert "checklist.toml" in message and words in message, message


def test_a_misspelt_checklist_field_is_caught_rather_than_silently_ignored(tmp_path):
    text = DEFAULT_PATH.read_text(encoding="utf-8").replace('tip = "', 'tipp = "', 1)
    path = write(tmp_path, "checklist.toml", text)
    with pytest.raises(ContentError, match="general tip 1, field 'tipp': is not a known field"):
        load_checklist(path)


def test_describe_never_fails_whatever_the_value():
    deep: list = []
    for _ in range(5000):
        deep = [deep]
    assert checks.describe(deep) == "a list"
    assert checks.describe(int(HUGE_INT, 16)) == "a very large number"
    assert checks.describe("x" * 1000) == repr("x" * 37) + "..."


def test_an_id_with_a_trailing_line_break_is_refused(tmp_path):
    # A regular expression's "$" also matches before a final newline; ids are stored in history.
    path = write(tmp_path, "mine.toml", GOOD_ROUTINE.replace('id = "mine"', 'id = "mine\\n"'))
    with pytest.raises(ContentError, match="field 'id': should be up to 40 lower-case letters"):
        load_routine_file(path, [ASSETS / "illustrations"])
