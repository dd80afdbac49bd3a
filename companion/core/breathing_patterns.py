"""Breathing patterns and the pacer's timing, as plain data and arithmetic.

No Qt here: the pacer window feeds monotonic times in and renders what comes
out, so every timing rule can be checked in simulated time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby

from .i18n import QT_TRANSLATE_NOOP, translate

INHALE, HOLD, EXHALE, HOLD_EMPTY = "inhale", "hold", "exhale", "hold-empty"
# A phase without its own label is called by these (in the person's language).
DEFAULT_LABELS = {INHALE: QT_TRANSLATE_NOOP("Breathing patterns", "Breathe in"),
                  HOLD: QT_TRANSLATE_NOOP("Breathing patterns", "Hold"),
                  EXHALE: QT_TRANSLATE_NOOP("Breathing patterns", "Breathe out"),
                  HOLD_EMPTY: QT_TRANSLATE_NOOP("Breathing patterns", "Hold")}
DEFAULT_MINUTES = 3.0
# Float time steps (0.1 s ticks) must not make a phase end a hair early or late.
EPS = 1e-9

# Limits, chosen as a physiotherapist would for a calm, paced-breathing exercise (a
# pattern file outside them is refused):
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
MIN_PHASE_SECONDS = 1.0
MAX_PHASE_SECONDS = 20.0
MIN_BREATH_SECONDS = 3.0
MAX_PHASES = 8
MIN_MINUTES = 1
MAX_MINUTES = 60
MAX_CYCLES = 100
MAX_SESSION_BREATHS = int(MAX_MINUTES * 60 / MIN_BREATH_SECONDS)


@dataclass(frozen=True)
class BreathPhase:
    """One step of a breath: what to do, for how long, and what to call it."""

    kind: str
    seconds: float
    label: str = ""

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", translate("Breathing patterns", DEFAULT_LABELS[self.kind]))


@dataclass(frozen=True)
class Pattern:
    """A named breathing rhythm; its length counts breaths (cycles) or minutes."""

    id: str
    name: str
    phases: tuple[BreathPhase, ...]
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
        assert minutes is not None  # a pattern counts breaths, or has a length in minutes
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
    phase: BreathPhase
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
    if elapsed >= total - EPS:
        last = max(i for i, p in enumerate(pattern.phases) if p.seconds > 0)
        return Position(last, pattern.phases[last], 1.0, 0.0, cycles, cycles, 0.0, True)
    done = int((elapsed + EPS) // cycle_len)
    into = max(0.0, elapsed - done * cycle_len)
    index = 0
    for index, phase in enumerate(pattern.phases):
        if into < phase.seconds - EPS:
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
def phase_levels(phases: tuple[BreathPhase, ...]) -> tuple[tuple[float, float], ...]:
    """(start, end) fullness 0..1 of each phase; split inhales (the sigh's top-up) share the rise."""
    moves = [i for i, p in enumerate(phases) if p.kind in (INHALE, EXHALE) and p.seconds > 0]
    # Begin at a change of direction so that a run of inhales is never cut in two.
    first = next(k for k in range(len(moves)) if phases[moves[k - 1]].kind != phases[moves[k]].kind)
    levels: list[tuple[float, float] | None] = [None] * len(phases)
    for kind, grouped in groupby(moves[first:] + moves[:first], key=lambda i: phases[i].kind):
        run = list(grouped)
        span, level = sum(phases[i].seconds for i in run), 0.0
        for i in run:
            start, level = level, level + phases[i].seconds / span
            levels[i] = (start, level) if kind == INHALE else (1 - start, 1 - level)
    # Holds (and zero-length moves) keep the fullness the last movement left;
    # a cycle begins where its last movement ended.
    last = levels[moves[-1]]
    assert last is not None  # every move got its levels above
    current = last[1]
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

