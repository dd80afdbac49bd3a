"""What a break screen shows: the routine's first step (or the breathing pattern), and
how long the break takes, read from the same files the stretch and breathing windows use."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from companion import assets
from companion.core.breaks import BREAK_ROUTINE
from companion.core.kinds import Action, ReminderKind, Request
from companion.core.prompts import PROMPTS
from companion.core.wording import describe_minutes
from companion.services import language


@dataclass(frozen=True)
class BreakContent:
    """One break as the screen presents it."""

    kind: str
    title: str                 # "Stretch break"
    name: str                  # the routine's or the pattern's name
    step: str                  # the first step's title ("" for breathing)
    instruction: str           # what to do first
    picture: Path | None       # the first step's illustration; None: the breathing shape
    seconds: float             # how long the break takes, played through
    start: Request             # what Start opens

    @property
    def length(self) -> str:
        """'about 2 min': rounded up, since a break that runs over feels longer."""
        return f"about {describe_minutes(max(1, math.ceil(self.seconds / 60)))}"


def stretch_content(user_routines: Path | None) -> BreakContent:
    """The stretch break's routine (the one the stretch prompt starts), from its files."""
    from companion.core.routines import find_routine, load_routines
    from companion.core.stretch_session import READY_SECONDS, TRANSITION_SECONDS
    routines, _problems = load_routines(assets.routines_dir(), user_routines,  # (told by the stretch window)
                                        language=language.current())
    routine = find_routine(routines, BREAK_ROUTINE) or (routines[0] if routines else None)
    title = PROMPTS[ReminderKind.STRETCH].title
    if routine is None:  # no routine at all: a break is still a break
        return BreakContent(ReminderKind.STRETCH, title, "Stretch break", "",
                            "Stand up, loosen your hands and look into the distance.", None,
                            60.0, Request(Action.STRETCH))
    runs = routine.runs()
    seconds = READY_SECONDS + sum(run.duration for run in runs) + TRANSITION_SECONDS * (len(runs) - 1)
    first = routine.steps[0]
    return BreakContent(ReminderKind.STRETCH, title, routine.name, first.title, first.instruction,
                        first.illustration, seconds, Request(Action.STRETCH, routine.id))


def breathing_content(user_patterns: Path | None) -> BreakContent:
    """The breathing break: the first pattern (the breathing window's own first choice)."""
    from companion.core.breathing_files import load_patterns
    patterns, _problems = load_patterns(assets.patterns_file(), user_patterns, language.current())
    title = PROMPTS[ReminderKind.BREATHING].title
    if not patterns:
        return BreakContent(ReminderKind.BREATHING, title, "Slow breathing", "",
                            "Breathe in slowly through your nose, and out a little longer.",
                            None, 60.0, Request(Action.BREATHE))
    pattern = patterns[0]
    seconds = pattern.session_cycles() * pattern.cycle_seconds
    return BreakContent(ReminderKind.BREATHING, title, pattern.name, "",
                        pattern.description or "Follow the circle: in as it grows, out as it shrinks.",
                        None, seconds, Request(Action.BREATHE, pattern.id))


def break_content(kind: str, user_routines: Path | None, user_patterns: Path | None) -> BreakContent:
    """What the break screen of ``kind`` shows."""
    if kind == ReminderKind.STRETCH:
        return stretch_content(user_routines)
    return breathing_content(user_patterns)
