"""Property-based tests: whatever a content file holds, its loader answers with its own error.

Three kinds of input for each loader: arbitrary bytes; arbitrary TOML documents (written
by the small emitter below); and the built-in files with one part broken (a value swapped
for one of another type, a field dropped, an unknown field added). Valid files, the
built-in ones and generated ones, must load with nothing lost.
"""

from __future__ import annotations

import math
import tomllib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion import assets as companion_assets
from companion.core.breathing_files import load_pattern_file, load_patterns
from companion.core.breathing_patterns import DEFAULT_LABELS, MAX_PHASE_SECONDS, MIN_PHASE_SECONDS
from companion.core.checklist import DEFAULT_PATH, load_checklist
from companion.core.checks import ContentError
from companion.core.routines import (
    MAX_HOLD,
    MAX_REPS,
    MIN_STEP_SECONDS,
    SIDES,
    load_routine_file,
    load_routines,
)

ASSETS = companion_assets.root()
PATTERNS = ASSETS / "breathing" / "patterns.toml"
ROUTINES = sorted((ASSETS / "routines").glob("*.toml"))
PICTURES = [ASSETS / "illustrations"]

# Modest counts keep the suite quick; the function-scoped tmp_path is only a folder
# each example overwrites, so sharing it between examples is harmless.
FEW = settings(max_examples=40, deadline=None,
               suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


# --- a tiny TOML writer ----------------------------------------------------------

def toml_string(text: str) -> str:
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:  # TOML wants control characters escaped
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
    return value.isoformat()  # dates and times, as tomllib gave them


def toml_document(table: dict) -> str:
    """Every key at the top, values inline: [[pattern]] becomes pattern = [{...}], the same data."""
    return "".join(f"{toml_string(k)} = {toml_value(v)}\n" for k, v in table.items())


def test_the_writer_round_trips_the_built_in_files():
    for path in [PATTERNS, DEFAULT_PATH, *ROUTINES]:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert tomllib.loads(toml_document(data)) == data


# --- strategies -------------------------------------------------------------------

scalars = (st.booleans() | st.integers() | st.integers(min_value=-(2**70), max_value=2**70)
           | st.floats() | st.text(max_size=30) | st.dates())
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
# Keys the loaders look for, so that random tables often reach the deeper checks.
KNOWN_KEYS = ["id", "name", "description", "phases", "cycles", "minutes", "max_cycles", "caution",
              "kind", "seconds", "label", "pattern", "steps", "title", "instruction", "side", "hold",
              "reps", "seconds_per_rep", "illustration", "body_part", "groups", "items", "level",
              "actions", "schema_version", "levels", "question", "reason", "tip"]
keys = st.sampled_from(KNOWN_KEYS) | st.text(min_size=1, max_size=8)
documents = st.dictionaries(keys, st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=20), max_size=8)


@st.composite
def mutated(draw, data: dict):
    """`data` with one part broken: a value swapped, a field dropped or an unknown one added."""
    data = _copy(data)
    node, trail = data, []
    while True:  # walk down to a random table or list
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        children = [(k, v) for k, v in children if isinstance(v, (dict, list)) and v]
        if not children or draw(st.integers(0, 2)) == 0:
            break
        key, node = draw(st.sampled_from(children))
        trail.append(key)
    if isinstance(node, list):
        index = draw(st.integers(0, len(node) - 1))
        if draw(st.booleans()):
            node[index] = draw(values)
        else:
            del node[index]
        return data
    action = draw(st.sampled_from(["swap", "drop", "add"]))
    if action == "add" or not node:
        node[draw(st.text(min_size=1, max_size=8))] = draw(values)
    elif action == "drop":
        del node[draw(st.sampled_from(sorted(node)))]
    else:
        node[draw(st.sampled_from(sorted(node)))] = draw(values)
    return data


def _copy(value):
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


BUILTIN_PATTERN_DATA = tomllib.loads(PATTERNS.read_text(encoding="utf-8"))
BUILTIN_ROUTINE_DATA = [tomllib.loads(p.read_text(encoding="utf-8")) for p in ROUTINES]
BUILTIN_CHECKLIST_DATA = tomllib.loads(DEFAULT_PATH.read_text(encoding="utf-8"))


# --- breathing patterns -------------------------------------------------------------

def assert_patterns_answer_calmly(path: Path):
    """load_pattern_file never raises; each problem is a sentence naming the file."""
    patterns, problems = load_pattern_file(path)
    assert all(isinstance(p, str) and p.startswith(f"{path.name}") for p in problems)
    for pattern in patterns:  # whatever loaded can start a session
        assert 1 <= pattern.session_cycles() <= 1200
        assert 3 <= pattern.cycle_seconds
    return patterns, problems


@FEW
@given(st.binary(max_size=300))
def test_any_bytes_as_a_pattern_file_give_problems_not_a_crash(tmp_path, data):
    path = tmp_path / "mine.toml"
    path.write_bytes(data)
    assert_patterns_answer_calmly(path)


@FEW
@given(documents)
def test_any_toml_document_as_a_pattern_file_gives_problems_not_a_crash(tmp_path, document):
    path = tmp_path / "mine.toml"
    path.write_text(toml_document(document), encoding="utf-8")
    assert_patterns_answer_calmly(path)


@FEW
@given(st.lists(st.dictionaries(keys, values, max_size=8), max_size=3))
def test_any_pattern_tables_give_problems_not_a_crash(tmp_path, tables):
    path = tmp_path / "mine.toml"
    path.write_text(toml_document({"pattern": tables}), encoding="utf-8")
    assert_patterns_answer_calmly(path)


@FEW
@given(mutated(BUILTIN_PATTERN_DATA))
def test_a_broken_copy_of_the_built_in_patterns_gives_problems_not_a_crash(tmp_path, data):
    path = tmp_path / "mine.toml"
    path.write_text(toml_document(data), encoding="utf-8")
    patterns, problems = assert_patterns_answer_calmly(path)
    # Every pattern is either loaded or named in a problem: nothing vanishes silently.
    entries = data.get("pattern")
    if isinstance(entries, list) and set(data) <= {"pattern", "cautions"}:
        assert len(patterns) + sum("pattern" in p and "skipped" in p for p in problems) == len(entries)


def test_the_built_in_patterns_load_in_full_and_again_after_rewriting(tmp_path):
    patterns, problems = load_patterns(PATTERNS)
    assert problems == [] and len(patterns) == len(BUILTIN_PATTERN_DATA["pattern"])
    copy = tmp_path / "patterns.toml"
    copy.write_text(toml_document(BUILTIN_PATTERN_DATA), encoding="utf-8")
    assert load_pattern_file(copy) == (patterns, [])


phase_seconds = st.just(0) | st.integers(1, 20) | st.floats(MIN_PHASE_SECONDS, MAX_PHASE_SECONDS)


@st.composite
def valid_patterns(draw):
    # 1 + 2 seconds: the shortest breath allowed, whatever the other phases add.
    phases = [{"kind": "inhale", "seconds": draw(st.integers(1, 20) | st.floats(1, 20))},
              {"kind": "exhale", "seconds": draw(st.integers(2, 20) | st.floats(2, 20))}]
    phases += draw(st.lists(st.fixed_dictionaries(
        {"kind": st.sampled_from(sorted(DEFAULT_LABELS)), "seconds": phase_seconds},
        optional={"label": st.text(min_size=1, max_size=30).filter(str.strip)}), max_size=6))
    pattern = {"id": draw(st.from_regex(r"[a-z0-9][a-z0-9_-]{0,20}", fullmatch=True)),
               "name": draw(st.text(min_size=1, max_size=60).filter(lambda t: t.strip() == t and t)),
               "phases": draw(st.permutations(phases))}
    breath = sum(p["seconds"] for p in phases)
    if draw(st.booleans()):
        pattern["minutes"] = draw(st.integers(1, 60) | st.floats(1, 60))
    else:
        pattern["cycles"] = draw(st.integers(1, max(1, min(100, int(3600 // breath)))))
    return pattern


@FEW
@given(st.lists(valid_patterns(), min_size=1, max_size=3, unique_by=lambda p: p["id"]))
def test_valid_generated_patterns_load_exactly_as_written(tmp_path, written):
    path = tmp_path / "mine.toml"
    path.write_text(toml_document({"pattern": written}), encoding="utf-8")
    patterns, problems = assert_patterns_answer_calmly(path)
    assert problems == []
    for pattern, raw in zip(patterns, written, strict=True):
        assert (pattern.id, pattern.name) == (raw["id"], raw["name"])
        assert [(p.kind, p.seconds) for p in pattern.phases] == [(p["kind"], p["seconds"]) for p in raw["phases"]]
        assert pattern.cycles == raw.get("cycles") and pattern.minutes == raw.get("minutes", pattern.minutes)


# --- stretch routines --------------------------------------------------------------

def assert_routine_answers_calmly(path: Path):
    """load_routine_file returns a routine or raises ContentError naming the file; nothing else."""
    try:
        routine = load_routine_file(path, PICTURES)
    except ContentError as error:
        assert error.problems and all(p.startswith(f"{path.name}, routine ") for p in error.problems)
        return None
    assert 1 <= len(routine.steps) and all(MIN_STEP_SECONDS <= s.duration <= MAX_HOLD for s in routine.steps)
    return routine


@FEW
@given(st.binary(max_size=300))
def test_any_bytes_as_a_routine_file_give_a_routine_error(tmp_path, data):
    path = tmp_path / "mine.toml"
    path.write_bytes(data)
    assert_routine_answers_calmly(path)


@FEW
@given(documents)
def test_any_toml_document_as_a_routine_file_gives_a_routine_error(tmp_path, document):
    path = tmp_path / "mine.toml"
    path.write_text(toml_document(document), encoding="utf-8")
    assert_routine_answers_calmly(path)


@FEW
@given(st.sampled_from(range(len(ROUTINES))).flatmap(lambda i: mutated(BUILTIN_ROUTINE_DATA[i])))
def test_a_broken_copy_of_a_built_in_routine_gives_a_routine_error(tmp_path, data):
    path = tmp_path / "mine.toml"
    path.write_text(toml_document(data), encoding="utf-8")
    assert_routine_answers_calmly(path)


def test_the_built_in_routines_load_in_full_and_again_after_rewriting(tmp_path):
    routines, problems = load_routines(ASSETS / "routines")
    assert problems == [] and len(routines) == len(ROUTINES)
    for source, data in zip(ROUTINES, BUILTIN_ROUTINE_DATA):
        copy = tmp_path / source.name
        copy.write_text(toml_document(data), encoding="utf-8")
        assert load_routine_file(copy, PICTURES).steps == load_routine_file(source, PICTURES).steps


@st.composite
def valid_steps(draw):
    step = {"title": draw(st.text(min_size=1, max_size=80).filter(lambda t: t.strip() == t and t)),
            "instruction": draw(st.text(min_size=1, max_size=600).filter(lambda t: t.strip() == t and t)),
            "side": draw(st.sampled_from(SIDES)),
            "illustration": draw(st.sampled_from(sorted(p.name for p in PICTURES[0].glob("*.svg"))))}
    if draw(st.booleans()):
        step["hold"] = draw(st.integers(MIN_STEP_SECONDS, MAX_HOLD) | st.floats(MIN_STEP_SECONDS, MAX_HOLD))
    else:
        reps = draw(st.integers(1, MAX_REPS))
        step["reps"] = reps
        step["seconds_per_rep"] = draw(st.integers(max(1, math.ceil(MIN_STEP_SECONDS / reps)),
                                                   min(30, MAX_HOLD // reps)))
    return step


@FEW
@given(st.lists(valid_steps(), min_size=1, max_size=5))
def test_valid_generated_routines_load_exactly_as_written(tmp_path, steps):
    path = tmp_path / "mine.toml"
    path.write_text(toml_document({"id": "mine", "name": "Mine", "steps": steps}), encoding="utf-8")
    routine = assert_routine_answers_calmly(path)
    assert routine is not None
    assert [(s.title, s.instruction, s.side, s.illustration.name) for s in routine.steps] == \
           [(s["title"], s["instruction"], s["side"], s["illustration"]) for s in steps]
    assert [s.hold or s.reps * s.seconds_per_rep for s in routine.steps] == \
           [s.get("hold") or s["reps"] * s["seconds_per_rep"] for s in steps]


# --- the checklist -----------------------------------------------------------------

def assert_checklist_answers_calmly(path: Path) -> None:
    try:
        load_checklist(path)
    except ContentError as error:
        assert "the questions of Check a symptom" in str(error) and path.name in str(error)


@FEW
@given(st.binary(max_size=300))
def test_any_bytes_as_the_checklist_give_a_checklist_error(tmp_path, data):
    path = tmp_path / "checklist.toml"
    path.write_bytes(data)
    assert_checklist_answers_calmly(path)


@FEW
@given(documents)
def test_any_toml_document_as_the_checklist_gives_a_checklist_error(tmp_path, document):
    path = tmp_path / "checklist.toml"
    path.write_text(toml_document(document), encoding="utf-8")
    assert_checklist_answers_calmly(path)


@settings(FEW, max_examples=100)
@given(mutated(BUILTIN_CHECKLIST_DATA))
def test_a_broken_copy_of_the_checklist_gives_a_checklist_error(tmp_path, data):
    path = tmp_path / "checklist.toml"
    path.write_text(toml_document(data), encoding="utf-8")
    assert_checklist_answers_calmly(path)


def test_the_built_in_checklist_loads_the_same_after_rewriting(tmp_path):
    path = tmp_path / "checklist.toml"
    path.write_text(toml_document(BUILTIN_CHECKLIST_DATA), encoding="utf-8")
    assert load_checklist(path) == load_checklist(DEFAULT_PATH)
