"""The break screen's rules: which breaks use it, and how often a day one may be put off.

Pure: the counts come from the history's events and the local day they fell on, so the
limits reset at the person's own midnight (DST days included), and a restart forgets
nothing. A postpone is recorded as a snooze and a skip as a skip, like any prompt's
answer, marked with ``via`` so that only the break screen's own count against its limits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING

from .i18n import tr, translate
from .kinds import EventKind, ReminderKind
from .local_days import day_bounds

if TYPE_CHECKING:
    from .history import Event
    from .settings import Settings

#: The reminders a break screen can stand in for (water is a glass, not a break).
SCREEN_KINDS = (ReminderKind.STRETCH, ReminderKind.BREATHING)
#: ``via`` on an answer given on the break screen, or on the warning before it.
VIA_SCREEN = "break screen"
VIA_WARNING = "break warning"
#: How long Esc must be held to leave a break screen at once (strict mode or not).
ESCAPE_HOLD_SECONDS = 3.0
#: The routine a stretch break screen leads (the same the stretch prompt starts).
BREAK_ROUTINE = "quick-hand"


class BreakAnswer(StrEnum):
    """How a break screen was answered (recorded as the prompt answers they are)."""

    START = "primary"      # the routine or the breathing begins: done
    DONE = "done"          # "Done" before starting: the break was taken another way
    POSTPONE = "snooze"
    SKIP = "skip"
    ESCAPE = "escape"      # Esc held: left at once, recorded as skipped, never counted
    TIMEOUT = "timeout"    # nobody there: missed


@dataclass(frozen=True)
class BreakRules:
    """What the person chose for break screens (see ``rules``)."""

    postpone_minutes: int = 5
    postpone_limit: int = 2     # a day, per kind; 0: never
    skip_limit: int = 1         # a day, per kind; 0: never
    strict: bool = False        # no postpone or skip at all; Esc held still leaves


@dataclass(frozen=True)
class Used:
    """How often today the break screen of one kind was put off."""

    postpones: int = 0
    skips: int = 0


@dataclass(frozen=True)
class Offer:
    """What the break screen offers now; a button not offered has its reason."""

    postpone: bool
    skip: bool
    why_no_postpone: str = ""
    why_no_skip: str = ""


def uses_screen(settings: Settings, kind: str) -> bool:
    """Whether a due reminder of ``kind`` comes as the break screen (the person asked)."""
    if kind == ReminderKind.STRETCH:
        return settings.break_screen_stretch
    return kind == ReminderKind.BREATHING and settings.break_screen_breathing


def rules(settings: Settings) -> BreakRules:
    """The break screen's rules from the settings."""
    return BreakRules(postpone_minutes=settings.break_postpone_minutes,
                      postpone_limit=settings.break_postpone_limit,
                      skip_limit=settings.break_skip_limit, strict=settings.break_strict)


def used_today(events: Iterable[Event], kind: str, now: datetime, tz: tzinfo) -> Used:
    """Postpones and skips of ``kind``'s break screen on ``now``'s local day.

    A postpone from the warning before the screen counts as one; leaving by holding Esc
    does not count as a skip (it is the way out that is always there).
    """
    start, end = day_bounds(now, tz)
    postpones = skips = 0
    for event in events:
        data = event.data
        if data.get("kind") != kind or not start <= event.at < end:
            continue
        if event.kind == EventKind.REMINDER_SNOOZED and data.get("via") in (VIA_SCREEN, VIA_WARNING):
            postpones += 1
        elif (event.kind == EventKind.REMINDER_SKIPPED and data.get("via") == VIA_SCREEN
              and not data.get("escape")):
            skips += 1
    return Used(postpones, skips)


def offer(rules: BreakRules, used: Used) -> Offer:
    """Whether Postpone and Skip are offered, and in plain words why not."""
    if rules.strict:
        why = translate("breaks", "You chose strict breaks, so this break cannot be put off.")
        return Offer(False, False, why, why)
    postpone = used.postpones < rules.postpone_limit
    skip = used.skips < rules.skip_limit
    return Offer(postpone, skip,
                 "" if postpone else _postpones_used(used.postpones, rules.postpone_limit),
                 "" if skip else _skips_used(used.skips, rules.skip_limit))


def _postpones_used(count: int, limit: int) -> str:
    if limit == 0:
        return translate("breaks", "You chose not to have breaks postponed.")
    return tr("You have postponed this break %n times today, the most you chose, so it cannot "
              "be postponed again until tomorrow.", "postpones", count)


def _skips_used(count: int, limit: int) -> str:
    if limit == 0:
        return translate("breaks", "You chose not to have breaks skipped.")
    return tr("You have skipped this break %n times today, the most you chose, so it cannot "
              "be skipped again until tomorrow.", "skips", count)
