"""A guided stretch session as a pure state machine over a routine's timeline.

The caller feeds monotonic times in seconds (from a ticker); the player has no clock
of its own, so a test can run a four-minute routine in microseconds. The timeline is
get-ready, step 1, transition, step 2, ..., last step, done. Skip and back jump to a
segment boundary; pause banks the time already spent, so the time left is exact after
any number of pauses.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from .routines import Routine, StepRun

READY_SECONDS = 3.0
TRANSITION_SECONDS = 3.0


class Phase(Enum):
    READY = "ready"  # the get-ready before the first step
    STEP = "step"  # holding or repeating a stretch
    TRANSITION = "transition"  # a short breath before the next step
    DONE = "done"


@dataclass(frozen=True)
class PlayerState:
    """What the screen shows at one moment."""

    phase: Phase
    run: StepRun | None  # the step being done, or the one coming up in READY/TRANSITION
    number: int  # 1-based: "step 3 of 9"
    count: int
    side: str
    time_left: float  # in this phase: the hold's countdown during STEP
    phase_length: float
    total_left: float
    next_run: StepRun | None  # the step after the current one
    paused: bool
    rep: int | None = None  # 1-based repetition during a repeated step
    reps: int | None = None

    @property
    def progress(self) -> float:
        """Fraction of the current phase already done, 0..1."""
        return 1.0 - self.time_left / self.phase_length if self.phase_length else 1.0


@dataclass(frozen=True)
class StretchSummary:
    """How a session went, as stored in history."""

    routine: str
    steps_done: int
    steps_total: int
    seconds: float
    completed: bool

    def as_record(self) -> dict[str, Any]:
        """The history event payload."""
        return {"routine": self.routine, "steps_done": self.steps_done,
                "steps_total": self.steps_total, "seconds": round(self.seconds),
                "completed": self.completed}


def planned_seconds(routine: Routine, ready: float = READY_SECONDS,
                    transition: float = TRANSITION_SECONDS) -> float:
    """Length of a session played straight through, get-ready and transitions included."""
    runs = routine.runs()
    return ready + sum(run.duration for run in runs) + transition * (len(runs) - 1)


class RoutinePlayer:
    """Plays a routine against times supplied by the caller."""

    def __init__(self, routine: Routine, now: float, ready: float = READY_SECONDS,
                 transition: float = TRANSITION_SECONDS):
        self.routine = routine
        self.runs = routine.runs()
        # Segment 2i is the lead-in of run i (get-ready or transition), 2i+1 the run itself.
        self._lengths: list[float] = []
        for i, run in enumerate(self.runs):
            self._lengths += [ready if i == 0 else transition, run.duration]
        self._segment = 0
        self._banked = 0.0  # time spent in the current segment before `_since`
        self._active = 0.0  # session time spent before `_since`, pauses excluded
        self._since: float | None = now  # None while paused
        self._done_runs: set[int] = set()
        self._ended: StretchSummary | None = None

    # -- reading -----------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self._since is None and self._ended is None

    @property
    def finished(self) -> bool:
        """True once the session completed or was stopped."""
        return self._ended is not None

    @property
    def summary(self) -> StretchSummary | None:
        """The outcome, once the session is over."""
        return self._ended

    def update(self, now: float) -> PlayerState:
        """Move the session to time ``now`` and describe what to show."""
        self._catch_up(now)
        if self._ended is not None:
            return PlayerState(Phase.DONE, None, len(self.runs), len(self.runs), "both",
                               0.0, 0.0, 0.0, None, False)
        index, is_run = divmod(self._segment, 2)
        run = self.runs[index]
        length = self._lengths[self._segment]
        elapsed = self._elapsed(now)
        time_left = max(0.0, length - elapsed)
        rep = None
        if is_run and run.step.reps and run.step.seconds_per_rep:
            rep = min(run.step.reps, int(elapsed // run.step.seconds_per_rep) + 1)
        following = self.runs[index + 1] if index + 1 < len(self.runs) else None
        return PlayerState(
            phase=Phase.STEP if is_run else (Phase.READY if index == 0 else Phase.TRANSITION),
            run=run, number=index + 1, count=len(self.runs), side=run.side,
            time_left=time_left, phase_length=length,
            total_left=time_left + sum(self._lengths[self._segment + 1:]),
            next_run=following if is_run else None, paused=self.paused,
            rep=rep, reps=run.step.reps if is_run else None)

    def active_seconds(self, now: float) -> float:
        """Time spent in the session so far, pauses excluded."""
        if self._ended is not None:
            return self._ended.seconds
        return self._active + (0.0 if self._since is None else max(0.0, now - self._since))

    # -- controls ----------------------------------------------------------------

    def pause(self, now: float) -> None:
        """Freeze the countdown; nothing moves until resume()."""
        self._catch_up(now)
        if self._since is not None and self._ended is None:
            self._bank(now)
            self._since = None

    def resume(self, now: float) -> None:
        """Carry on from exactly where pause() left off."""
        if self._since is None and self._ended is None:
            self._since = now

    def toggle_pause(self, now: float) -> None:
        """Pause if running, resume if paused."""
        self.resume(now) if self.paused else self.pause(now)

    def skip(self, now: float) -> None:
        """Leave the current step for the next (from a lead-in: start its step at once)."""
        self._catch_up(now)
        if self._ended is not None:
            return
        if self._segment + 1 < len(self._lengths):
            self._jump(self._segment + 1, now)
        else:
            self._finish(now, completed=True)

    def back(self, now: float) -> None:
        """Go to the lead-in of the previous step (or restart the first one)."""
        self._catch_up(now)
        if self._ended is not None:
            return
        index = self._segment // 2
        self._jump(2 * max(0, index - 1), now)

    def stop(self, now: float) -> StretchSummary:
        """End the session early; returns the summary."""
        self._catch_up(now)
        if self._ended is None:
            self._finish(now, completed=False)
        assert self._ended is not None  # (_finish sets it)
        return self._ended

    # -- inside ------------------------------------------------------------------

    def _elapsed(self, now: float) -> float:
        return self._banked + (0.0 if self._since is None else max(0.0, now - self._since))

    def _bank(self, now: float) -> None:
        spent = 0.0 if self._since is None else max(0.0, now - self._since)
        self._banked += spent
        self._active += spent
        self._since = now

    def _catch_up(self, now: float) -> None:
        """Cross every segment boundary that ``now`` has passed, keeping the overshoot."""
        if self._ended is not None or self._since is None:
            return
        self._bank(now)
        while self._banked >= self._lengths[self._segment]:
            self._banked -= self._lengths[self._segment]
            if self._segment % 2:
                self._done_runs.add(self._segment // 2)
            if self._segment + 1 == len(self._lengths):
                # The session really ended `_banked` seconds ago.
                self._active -= self._banked
                self._finish(now, completed=True)
                return
            self._segment += 1

    def _jump(self, segment: int, now: float) -> None:
        self._segment = segment
        self._banked = 0.0
        if self._since is not None:
            self._since = now

    def _finish(self, now: float, completed: bool) -> None:
        if self._since is not None:
            self._bank(now)
        self._since = None
        self._ended = StretchSummary(self.routine.id, len(self._done_runs), len(self.runs),
                                     self._active, completed)

