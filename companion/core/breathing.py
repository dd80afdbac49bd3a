"""Breathing patterns and the pacer's timing, as plain data and arithmetic.

No Qt here: the pacer window feeds monotonic times in and renders what comes
out, so every timing rule can be checked in simulated time.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from pathlib import Path

from .datafile import describe, is_number, number_in, read_toml, text_problem, whole_in

log = logging.getLogger(__name__)

INHALE, HOLD, EXHALE, HOLD_EMPTY = "inhale", "hold", "exhale", "hold-empty"
DEFAULT_LABELS = {INHALE: "Breathe in", HOLD: "Hold", EXHALE: "Breathe out", HOLD_EMPTY: "Hold"}
MAX_PHASE_SECONDS = 20.0
MAX_CYCLES = 100
MAX_MINUTES = 60
DEFAULT_MINUTES = 3.0
# Float time steps (0.1 s ticks) must not make a phase end a hair early or late.
_EPS = 1e-9


@dataclass(frozen=True)
class Phase:
    """One step of a breath: what to do, for how long, and what to call it."""

    kind: str
    seconds: float
    label: str = ""

    def __post_init__(self):
        if not self.label:
            object.__setattr__(self, "label", DEFAULT_LABELS[self.kind])


@dataclass(frozen=True)
class Pattern:
    """A named breathing rhythm; its length counts breaths (cycles) or minutes."""

    id: str
    name: str
    phases: tuple[Phase, ...]
    description: str = ""
    cycles: int | None = None
    minutes: float | None = None
    max_cycles: int | None = None
    caution: str = ""

    @property
    def cycle_seconds(self) -> float:
        """Length of one full breath."""
        return sum(p.seconds for p in self.phases)

    @property
    def breaths_per_minute(self) -> float:
        """Breaths per minute at this pattern's pace."""
        return 60.0 / self.cycle_seconds

    @property
    def counts_cycles(self) -> bool:
        """True when the session length is chosen in breaths rather than minutes."""
        return self.minutes is None

    def session_cycles(self, length: float | None = None) -> int:
        """Whole breaths for a session of `length` (breaths or minutes; default length if None)."""
        if self.counts_cycles:
            cycles = length if length is not None else self.cycles or 1
            cycles = int(cycles) if math.isfinite(cycles) else 1
            return max(1, min(cycles, self.max_cycles or MAX_CYCLES))
        minutes = length if length is not None else self.minutes
        # A session always ends after a whole breath, never mid-exhale.
        breaths = minutes * 60 / self.cycle_seconds if self.cycle_seconds > 0 else 1.0
        # Loaded patterns keep this far inside the bounds; the check costs nothing and
        # means a hand-built pattern can never make Start overflow or loop for ever.
        if not math.isfinite(breaths):
            return 1
        return max(1, min(round(breaths), MAX_SESSION_BREATHS))


@dataclass(frozen=True)
class Position:
    """Where a session is at one moment."""

    phase_index: int
    phase: Phase
    progress: float  # 0..1 within the phase
    phase_seconds_left: float
    cycle: int  # 1-based, the breath in progress
    cycles_total: int
    seconds_left: float  # whole session
    finished: bool

    @property
    def cycles_done(self) -> int:
        """Breaths fully completed."""
        return self.cycles_total if self.finished else self.cycle - 1


def position(pattern: Pattern, cycles: int, elapsed: float) -> Position:
    """Phase, progress and countdowns after `elapsed` active seconds of a `cycles`-breath session."""
    cycle_len = pattern.cycle_seconds
    total = cycle_len * cycles
    elapsed = max(0.0, elapsed)
    if elapsed >= total - _EPS:
        last = max(i for i, p in enumerate(pattern.phases) if p.seconds > 0)
        return Position(last, pattern.phases[last], 1.0, 0.0, cycles, cycles, 0.0, True)
    done = int((elapsed + _EPS) // cycle_len)
    into = max(0.0, elapsed - done * cycle_len)
    index = 0
    for index, phase in enumerate(pattern.phases):
        if into < phase.seconds - _EPS:
            return Position(index, phase, into / phase.seconds, phase.seconds - into,
                            done + 1, cycles, total - elapsed, False)
        into -= phase.seconds
    # Rounding left us at the very end of the cycle: show the last phase as complete.
    last = max(i for i, p in enumerate(pattern.phases) if p.seconds > 0)
    return Position(last, pattern.phases[last], 1.0, 0.0, done + 1, cycles, total - elapsed, False)


def ease_in_out(t: float) -> float:
    """Sine ease-in-out: starts and ends at rest, like a breath."""
    t = min(1.0, max(0.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)


@lru_cache(maxsize=64)
def phase_levels(phases: tuple[Phase, ...]) -> tuple[tuple[float, float], ...]:
    """(start, end) fullness 0..1 of each phase; split inhales (the sigh's top-up) share the rise."""
    moves = [i for i, p in enumerate(phases) if p.kind in (INHALE, EXHALE) and p.seconds > 0]
    # Begin at a change of direction so that a run of inhales is never cut in two.
    first = next(k for k in range(len(moves)) if phases[moves[k - 1]].kind != phases[moves[k]].kind)
    levels: list[tuple[float, float] | None] = [None] * len(phases)
    for kind, run in groupby(moves[first:] + moves[:first], key=lambda i: phases[i].kind):
        run = list(run)
        span, level = sum(phases[i].seconds for i in run), 0.0
        for i in run:
            start, level = level, level + phases[i].seconds / span
            levels[i] = (start, level) if kind == INHALE else (1 - start, 1 - level)
    # Holds (and zero-length moves) keep the fullness the last movement left;
    # a cycle begins where its last movement ended.
    current = levels[moves[-1]][1]
    for i, pair in enumerate(levels):
        if pair is None:
            levels[i] = (current, current)
        else:
            current = pair[1]
    return tuple(levels)  # type: ignore[arg-type]


def shape_size(pattern: Pattern, phase_index: int, progress: float) -> float:
    """Shape size 0..1: grows on inhale, stays on holds, shrinks on exhale, eased."""
    start, end = phase_levels(pattern.phases)[phase_index]
    return start + (end - start) * ease_in_out(progress)


READY, RUNNING, PAUSED, FINISHED, STOPPED = "ready", "running", "paused", "finished", "stopped"


@dataclass(frozen=True)
class SessionSummary:
    """What a session amounted to, for history."""

    pattern_id: str
    cycles_done: int
    seconds: float
    completed: bool

    def as_record(self) -> dict:
        """The history event payload."""
        return {"pattern": self.pattern_id, "cycles_done": self.cycles_done,
                "seconds": round(self.seconds), "completed": self.completed}


@dataclass
class BreathingSession:
    """Start/pause/resume/stop over a pattern; the caller supplies monotonic times."""

    pattern: Pattern
    cycles: int
    state: str = READY
    _started: float = 0.0
    _paused_at: float | None = None
    _paused_total: float = 0.0
    _final_elapsed: float | None = None

    @property
    def total_seconds(self) -> float:
        """Planned active length of the session."""
        return self.pattern.cycle_seconds * self.cycles

    @property
    def active(self) -> bool:
        """Running or paused: started and not yet over."""
        return self.state in (RUNNING, PAUSED)

    def start(self, now: float) -> None:
        """Begin the first breath at `now`."""
        if self.state != READY:
            raise RuntimeError(f"cannot start a session that is {self.state}")
        self.state, self._started = RUNNING, now

    def pause(self, now: float) -> bool:
        """Freeze time; False if not running."""
        if self.update(now) != RUNNING:
            return False
        self.state, self._paused_at = PAUSED, now
        return True

    def resume(self, now: float) -> bool:
        """Carry on where the pause left off; False if not paused."""
        if self.state != PAUSED:
            return False
        self._paused_total += max(0.0, now - self._paused_at)
        self.state, self._paused_at = RUNNING, None
        return True

    def stop(self, now: float) -> SessionSummary | None:
        """End early (or note a natural end); None if never started."""
        if self.update(now) in (RUNNING, PAUSED):
            self._final_elapsed = self.elapsed(now)
            self.state = STOPPED
        return self.summary()

    def elapsed(self, now: float) -> float:
        """Active (unpaused) seconds so far, capped at the session length."""
        if self._final_elapsed is not None:
            return self._final_elapsed
        if self.state == READY:
            return 0.0
        until = self._paused_at if self.state == PAUSED else now
        return min(self.total_seconds, max(0.0, until - self._started - self._paused_total))

    def update(self, now: float) -> str:
        """Notice a natural end at `now`; returns the state."""
        if self.state == RUNNING and self.elapsed(now) >= self.total_seconds - _EPS:
            self._final_elapsed, self.state = self.total_seconds, FINISHED
        return self.state

    def position(self, now: float) -> Position:
        """Where the session is at `now`."""
        self.update(now)
        return position(self.pattern, self.cycles, self.elapsed(now))

    def summary(self) -> SessionSummary | None:
        """The outcome once finished or stopped, else None."""
        if self.state not in (FINISHED, STOPPED):
            return None
        seconds = self._final_elapsed or 0.0
        done = position(self.pattern, self.cycles, seconds).cycles_done
        return SessionSummary(self.pattern.id, done, seconds, self.state == FINISHED)


# --- Pattern files -----------------------------------------------------------
#
# Limits, chosen as a physiotherapist would for a calm, paced-breathing exercise:
# - a phase lasts 0 (left out) or 1 to 20 seconds: under a second is a gasp, not a
#   paced breath (the cyclic sigh's 1-second top-up is the shortest in common use),
#   and holding or stretching a breath beyond 20 seconds is no longer relaxing;
# - one breath lasts at least 3 seconds, i.e. at most 20 breaths a minute, the top of
#   the normal resting rate: pacing faster invites over-breathing and light-headedness;
# - up to 8 phases (the longest built-in pattern has 4);
# - a session lasts 1 to 60 minutes, or 1 to 100 breaths that together take at most
#   60 minutes: long enough for any relaxation practice, short of an endurance test.
# Besides making sense, these bounds keep the pacer's arithmetic finite: the most
# breaths a session can hold is 60 * 60 / 3 = 1,200.

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*\Z")
_PATTERN_KEYS = {"id", "name", "description", "phases", "cycles", "minutes", "max_cycles", "caution"}
_PHASE_KEYS = {"kind", "seconds", "label"}
MIN_PHASE_SECONDS = 1.0
MIN_BREATH_SECONDS = 3.0
MAX_PHASES = 8
MIN_MINUTES = 1
MAX_SESSION_BREATHS = int(MAX_MINUTES * 60 / MIN_BREATH_SECONDS)
# Text lengths: about twice the longest built-in text, so they bound, not constrain.
_LONGEST = {"id": 40, "name": 60, "description": 600, "caution": 400, "label": 30}


class PatternError(ValueError):
    """One invalid field in a pattern entry: `where` (e.g. "phase 2", or "") and `field`."""

    def __init__(self, field_name: str, message: str, where: str = ""):
        super().__init__(message)
        self.field = field_name
        self.where = where

    def located(self, file_name: str, entry: str) -> str:
        """The whole sentence: file, pattern, phase and field, then what is wrong."""
        parts = [file_name, entry, self.where, f"field '{self.field}'"]
        return ", ".join(p for p in parts if p) + f": {self}"


def _text(entry: dict, key: str, required: bool = False, where: str = "") -> str:
    value = entry.get(key, None if required else "")
    if (problem := text_problem(value, _LONGEST[key], required)) is not None:
        raise PatternError(key, problem, where)
    return value.strip()


def _phase(raw, n: int) -> Phase:
    where = f"phase {n}"
    if not isinstance(raw, dict):
        raise PatternError("phases", f'phase {n} should be a table like {{ kind = "inhale", '
                                     f'seconds = 4 }}, not {describe(raw)}')
    if unknown := sorted(set(raw) - _PHASE_KEYS):
        raise PatternError(unknown[0], "is not a known phase field (kind, seconds, label)", where)
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind not in DEFAULT_LABELS:
        raise PatternError("kind", f"should be one of {', '.join(DEFAULT_LABELS)}, not {describe(kind)}",
                           where)
    seconds = raw.get("seconds")
    if not (number_in(seconds, MIN_PHASE_SECONDS, MAX_PHASE_SECONDS) or (is_number(seconds) and seconds == 0)):
        raise PatternError("seconds", f"should be a number from {MIN_PHASE_SECONDS:g} to "
                                      f"{MAX_PHASE_SECONDS:g}, or 0 to leave the phase out, "
                                      f"not {describe(seconds)}", where)
    if "label" in raw:
        label = _text(raw, "label", where=where)  # blank: the usual "Breathe in", "Hold"...
    else:
        label = ""
    return Phase(kind, float(seconds), label)


def parse_pattern(entry: dict) -> Pattern:
    """Build a Pattern from one TOML table, or raise PatternError naming the field."""
    if not isinstance(entry, dict):
        raise PatternError("pattern", f"should be a [[pattern]] table, not {describe(entry)}")
    if unknown := sorted(set(entry) - _PATTERN_KEYS):
        raise PatternError(unknown[0], "is not a known pattern field")
    pid = _text(entry, "id", required=True)
    if not _ID.match(pid):
        raise PatternError("id", "may use only lower-case letters, digits, '-' and '_'")
    name = _text(entry, "name", required=True)
    raw_phases = entry.get("phases")
    if not isinstance(raw_phases, list) or not 2 <= len(raw_phases) <= MAX_PHASES:
        raise PatternError("phases", f"should be a list of 2 to {MAX_PHASES} phases "
                                     f"(an inhale and an exhale at least)")
    phases = tuple(_phase(raw, n) for n, raw in enumerate(raw_phases, 1))
    for kind in (INHALE, EXHALE):
        if not any(p.kind == kind and p.seconds > 0 for p in phases):
            raise PatternError("phases", f"needs at least one '{kind}' phase longer than 0 seconds")
    breath = sum(p.seconds for p in phases)
    if breath < MIN_BREATH_SECONDS:
        raise PatternError("phases", f"one breath should last at least {MIN_BREATH_SECONDS:g} seconds "
                                     f"(this one lasts {breath:g}); faster breathing is not calming")
    cycles, minutes, max_cycles = entry.get("cycles"), entry.get("minutes"), entry.get("max_cycles")
    if cycles is not None and minutes is not None:
        raise PatternError("minutes", "give either cycles or minutes, not both")
    if cycles is not None and not whole_in(cycles, 1, MAX_CYCLES):
        raise PatternError("cycles", f"should be a whole number from 1 to {MAX_CYCLES}, not {describe(cycles)}")
    if minutes is not None and not number_in(minutes, MIN_MINUTES, MAX_MINUTES):
        raise PatternError("minutes", f"should be a number from {MIN_MINUTES} to {MAX_MINUTES}, "
                                      f"not {describe(minutes)}")
    if max_cycles is not None:
        if cycles is None:
            raise PatternError("max_cycles", "only makes sense together with cycles")
        if not whole_in(max_cycles, cycles, MAX_CYCLES):
            raise PatternError("max_cycles", f"should be a whole number from cycles ({cycles}) to "
                                             f"{MAX_CYCLES}, not {describe(max_cycles)}")
    longest = max_cycles or cycles
    if longest is not None and longest * breath > MAX_MINUTES * 60:
        raise PatternError("max_cycles" if max_cycles else "cycles",
                           f"{longest} breaths of {breath:g} seconds would take more than "
                           f"{MAX_MINUTES} minutes")
    if cycles is None and minutes is None:
        minutes = DEFAULT_MINUTES
    return Pattern(pid, name, phases, _text(entry, "description"),
                   cycles, None if minutes is None else float(minutes), max_cycles,
                   _text(entry, "caution"))


def load_pattern_file(path: Path, taken: set[str] | frozenset = frozenset()) -> tuple[list[Pattern], list[str]]:
    """The usable patterns in one file and a sentence per problem; never raises.

    `taken` holds the ids already loaded from earlier files: a later file cannot reuse them.
    """
    name = Path(path).name
    data, problem = read_toml(path)
    if data is None:
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
            pattern = parse_pattern(entry)
            if pattern.id in seen:
                raise PatternError("id", "is already used by another pattern")
        except PatternError as error:
            problems.append(error.located(name, label) + "; skipped")
            continue
        seen.add(pattern.id)
        patterns.append(pattern)
    return patterns, problems


def load_patterns(builtin: Path, user_dir: Path | None = None) -> tuple[list[Pattern], list[str]]:
    """Built-in patterns then the user's (*.toml in user_dir); a bad file or entry is skipped with a message.

    Never raises: a damaged built-in file (a packaging bug) is reported like a user's.
    """
    builtin = Path(builtin)
    files = sorted(builtin.glob("*.toml")) if builtin.is_dir() else [builtin]
    if user_dir is not None and Path(user_dir).is_dir():
        files += sorted(Path(user_dir).glob("*.toml"))
    patterns: list[Pattern] = []
    errors: list[str] = []
    for path in files:
        try:
            found, problems = load_pattern_file(path, {p.id for p in patterns})
        except Exception:  # a bug here must cost one file, not the whole pacer
            log.exception("could not load %s", path)
            found, problems = [], [f"{path.name}: could not be used (an unexpected error; "
                                   f"the log has the details)"]
        patterns += found
        errors += problems
    return patterns, errors


def load_cautions(path: Path) -> list[str]:
    """The general safety notes shown with every pattern (the file's top-level `cautions`)."""
    data, _problem = read_toml(Path(path))
    cautions = (data or {}).get("cautions", [])
    if not isinstance(cautions, list):
        return []
    return [c.strip() for c in cautions if isinstance(c, str) and c.strip()]
