"""Breathing pattern files: the TOML a user may write, read and checked entry by entry.

A bad file or entry is skipped with a sentence that names the file, the pattern, the
phase and the field; the limits are those of ``breathing_patterns``.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from . import checks
from .breathing_patterns import (
    DEFAULT_LABELS,
    DEFAULT_MINUTES,
    EXHALE,
    INHALE,
    MAX_CYCLES,
    MAX_MINUTES,
    MAX_PHASE_SECONDS,
    MAX_PHASES,
    MIN_BREATH_SECONDS,
    MIN_MINUTES,
    MIN_PHASE_SECONDS,
    BreathPhase,
    Pattern,
)
from .checks import ContentError, describe, is_number, number_in, whole_in
from .content_translations import ENGLISH, translated
from .datafile import read_toml

log = logging.getLogger(__name__)

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*\Z")
_PATTERN_KEYS = {"id", "name", "description", "phases", "cycles", "minutes", "max_cycles", "caution"}
_PHASE_KEYS = {"kind", "seconds", "label"}
# Text lengths: about twice the longest built-in text, so they bound, not constrain.
_LONGEST = {"id": 40, "name": 60, "description": 600, "caution": 400, "label": 30, "cautions": 400}
# The fields a translation file gives in another language (content_translations).
TEXT_FIELDS = ("name", "description", "caution", "label", "cautions")


def _read(path: Path, language: str) -> tuple[dict[str, Any] | None, str | None]:
    """A pattern file's data with its texts in ``language`` where its translation has them."""
    data, problem = read_toml(path)
    if data is None:
        return None, problem
    return translated(data, path, language, TEXT_FIELDS,
                      lambda field: checks.text(_LONGEST[field])), None


def _wrong(where: str, field_name: str, problem: str) -> ContentError:
    """The one problem that stops an entry, said with its place: "mine.toml, pattern 'box',
    phase 2, field 'kind': should be ..." (``where`` is everything before the field)."""
    return ContentError(f"{where}, field '{field_name}': {problem}")


def _text(entry: dict[str, Any], key: str, where: str, required: bool = False) -> str:
    value = entry.get(key, None if required else "")
    if (problem := checks.text(_LONGEST[key], required)(value)) is not None:
        raise _wrong(where, key, problem)
    assert isinstance(value, str)  # (the check found nothing wrong)
    return value.strip()


def _phase(raw: object, n: int, entry_where: str) -> BreathPhase:
    where = f"{entry_where}, phase {n}"
    if not isinstance(raw, dict):
        raise _wrong(entry_where, "phases", f'phase {n} should be a table like {{ kind = "inhale", '
                                            f'seconds = 4 }}, not {describe(raw)}')
    if unknown := sorted(set(raw) - _PHASE_KEYS):
        raise _wrong(where, unknown[0], "is not a known phase field (kind, seconds, label)")
    kind = raw.get("kind")
    if (problem := checks.one_of(tuple(DEFAULT_LABELS))(kind)) is not None:
        raise _wrong(where, "kind", problem)
    assert isinstance(kind, str)  # (one of the phase kinds)
    seconds: Any = raw.get("seconds")  # checked here
    if not (number_in(seconds, MIN_PHASE_SECONDS, MAX_PHASE_SECONDS) or (is_number(seconds) and seconds == 0)):
        raise _wrong(where, "seconds", f"should be a number from {MIN_PHASE_SECONDS:g} to "
                                       f"{MAX_PHASE_SECONDS:g}, or 0 to leave the phase out, "
                                       f"not {describe(seconds)}")
    # A blank label means the usual words ("Breathe in", "Hold"...).
    label = _text(raw, "label", where) if "label" in raw else ""
    return BreathPhase(kind, float(seconds), label)


def parse_pattern(entry: object, where: str = "pattern") -> Pattern:
    """Build a Pattern from one TOML table, or raise ContentError naming the first wrong field.

    ``where`` names the entry in the message ("mine.toml, pattern 'box'").
    """
    if not isinstance(entry, dict):
        raise _wrong(where, "pattern", f"should be a [[pattern]] table, not {describe(entry)}")
    if unknown := sorted(set(entry) - _PATTERN_KEYS):
        raise _wrong(where, unknown[0], "is not a known pattern field")
    pid = _text(entry, "id", where, required=True)
    if not _ID.match(pid):
        raise _wrong(where, "id", "may use only lower-case letters, digits, '-' and '_'")
    name = _text(entry, "name", where, required=True)
    raw_phases = entry.get("phases")
    if not isinstance(raw_phases, list) or not 2 <= len(raw_phases) <= MAX_PHASES:
        raise _wrong(where, "phases", f"should be a list of 2 to {MAX_PHASES} phases "
                                      f"(an inhale and an exhale at least)")
    phases = tuple(_phase(raw, n, where) for n, raw in enumerate(raw_phases, 1))
    for kind in (INHALE, EXHALE):
        if not any(p.kind == kind and p.seconds > 0 for p in phases):
            raise _wrong(where, "phases", f"needs at least one '{kind}' phase longer than 0 seconds")
    breath = sum(p.seconds for p in phases)
    if breath < MIN_BREATH_SECONDS:
        raise _wrong(where, "phases", f"one breath should last at least {MIN_BREATH_SECONDS:g} seconds "
                                      f"(this one lasts {breath:g}); faster breathing is not calming")
    cycles, minutes, max_cycles = entry.get("cycles"), entry.get("minutes"), entry.get("max_cycles")
    if cycles is not None and minutes is not None:
        raise _wrong(where, "minutes", "give either cycles or minutes, not both")
    if cycles is not None and (problem := checks.whole(1, MAX_CYCLES)(cycles)) is not None:
        raise _wrong(where, "cycles", problem)
    if minutes is not None and (problem := checks.number(MIN_MINUTES, MAX_MINUTES)(minutes)) is not None:
        raise _wrong(where, "minutes", problem)
    if max_cycles is not None:
        if cycles is None:
            raise _wrong(where, "max_cycles", "only makes sense together with cycles")
        if not whole_in(max_cycles, cycles, MAX_CYCLES):
            raise _wrong(where, "max_cycles", f"should be a whole number from cycles ({cycles}) to "
                                              f"{MAX_CYCLES}, not {describe(max_cycles)}")
    longest = max_cycles or cycles
    if longest is not None and longest * breath > MAX_MINUTES * 60:
        raise _wrong(where, "max_cycles" if max_cycles else "cycles",
                     f"{longest} breaths of {breath:g} seconds would take more than {MAX_MINUTES} minutes")
    if cycles is None and minutes is None:
        minutes = DEFAULT_MINUTES
    return Pattern(pid, name, phases, _text(entry, "description", where),
                   cycles, None if minutes is None else float(minutes), max_cycles,
                   _text(entry, "caution", where))


def load_pattern_file(path: Path, taken: set[str] | frozenset[str] = frozenset(),
                      language: str = ENGLISH) -> tuple[list[Pattern], list[str]]:
    """The usable patterns in one file and a sentence per problem; never raises.

    `taken` holds the ids already loaded from earlier files: a later file cannot reuse them.
    Texts are in `language` where the file's translation has them.
    """
    name = Path(path).name
    data, problem = _read(Path(path), language)
    if data is None:
        assert problem is not None  # read_toml says why it read nothing
        return [], [problem]
    problems = [f"{name}: unknown top-level field {describe(key)} (expected [[pattern]] tables)"
                for key in sorted(set(data) - {"pattern", "cautions"})]
    entries = data.get("pattern")
    if entries is None:
        return [], problems + [f"{name}: has no [[pattern]] tables"]
    if not isinstance(entries, list):
        return [], problems + [f"{name}: 'pattern' should be written as [[pattern]] tables"]
    patterns: list[Pattern] = []
    seen = set(taken)
    for n, entry in enumerate(entries, 1):
        label = f"pattern #{n}"
        if isinstance(entry, dict) and isinstance(entry.get("id"), str) and _ID.match(entry["id"]) \
                and len(entry["id"]) <= _LONGEST["id"]:
            label = f"pattern '{entry['id']}'"
        try:
            pattern = parse_pattern(entry, f"{name}, {label}")
            if pattern.id in seen:
                raise _wrong(f"{name}, {label}", "id", "is already used by another pattern")
        except ContentError as error:
            problems += [f"{problem}; skipped" for problem in error.problems]
            continue
        seen.add(pattern.id)
        patterns.append(pattern)
    return patterns, problems


def load_patterns(builtin: Path, user_dir: Path | None = None,
                  language: str = ENGLISH) -> tuple[list[Pattern], list[str]]:
    """Built-in patterns then the user's (*.toml in user_dir); a bad file or entry is skipped with a message.

    The built-in ones speak `language` where their translations do (a user's pattern is in
    the words its author wrote). Never raises: a damaged built-in file (a packaging bug)
    is reported like a user's.
    """
    builtin = Path(builtin)
    files = [(path, language) for path in (sorted(builtin.glob("*.toml")) if builtin.is_dir() else [builtin])]
    if user_dir is not None and Path(user_dir).is_dir():
        files += [(path, ENGLISH) for path in sorted(Path(user_dir).glob("*.toml"))]
    patterns: list[Pattern] = []
    errors: list[str] = []
    for path, words in files:
        try:
            found, problems = load_pattern_file(path, {p.id for p in patterns}, words)
        except Exception:  # a bug here must cost one file, not the whole pacer
            log.exception("could not load %s", path)
            found, problems = [], [f"{path.name}: could not be used (an unexpected error; "
                                   f"the log has the details)"]
        patterns += found
        errors += problems
    return patterns, errors


def load_cautions(path: Path, language: str = ENGLISH) -> list[str]:
    """The general safety notes shown with every pattern (the file's top-level `cautions`)."""
    data, _problem = _read(Path(path), language)
    cautions = (data or {}).get("cautions", [])
    if not isinstance(cautions, list):
        return []
    return [c.strip() for c in cautions if isinstance(c, str) and c.strip()]
