"""Merging histories: one person's events from several places, as a plain union by id.

Every event has a random id and a UTC time and is never changed after it is written
(corrections are events of their own), so two machines' histories, a backup and a
journal read twice all merge the same way: keep each id once. What is rebuilt from the
events (today's glasses, the diary with its edits and deletions) depends only on the set,
never on the order it arrived in. These functions are that rule; ``History.merge`` stores
what they pick, and the JSON import and the shared folder both go through it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta

from .event import Event
from .kinds import EventKind, ReminderKind

#: A machine's events stamped further than this ahead of this machine's clock say that
#: one of the two clocks is off (more than sync delays or small drift explain).
CLOCK_AHEAD_LIMIT = timedelta(minutes=10)


def _content(event: Event) -> str:
    return json.dumps([event.at.isoformat(), event.kind, event.data], sort_keys=True)


def _pick(a: Event, b: Event) -> Event:
    """Of two events with one id, the one kept: the same whichever came first. (Ids are
    random, so two different events under one id are a damaged or hand-made file.)"""
    if a == b:
        return a
    ka, kb = (_content(a), a.machine or ""), (_content(b), b.machine or "")
    return a if ka <= kb else b


def union(*sources: Iterable[Event]) -> list[Event]:
    """Every event of the sources once (by id), in time order: the merged history."""
    found: dict[str, Event] = {}
    for source in sources:
        for event in source:
            known = found.get(event.id)
            found[event.id] = event if known is None else _pick(known, event)
    return sorted(found.values(), key=lambda e: (e.at, e.id))


def new_events(known: Iterable[str], incoming: Iterable[Event]) -> list[Event]:
    """The events of ``incoming`` whose ids are not ``known`` yet, each once: what a merge
    adds. Merging the same events again adds nothing."""
    seen = set(known)
    fresh: dict[str, Event] = {}
    for event in incoming:
        if event.id in seen:
            continue
        known_here = fresh.get(event.id)
        fresh[event.id] = event if known_here is None else _pick(known_here, event)
    return list(fresh.values())


def ahead_by(events: Iterable[Event], now: datetime) -> timedelta | None:
    """How far the newest of ``events`` lies ahead of ``now``, when that is more than a
    sync delay explains (the clock of the machine that wrote them is off), else None."""
    newest = max((e.at for e in events), default=None)
    if newest is None or newest - now <= CLOCK_AHEAD_LIMIT:
        return None
    return newest - now


def effective_time(event: Event, now: datetime) -> datetime:
    """When an event from elsewhere counts for the reminders here: its own time, but never
    later than now (a clock that is ahead must not put a break in this machine's future)."""
    return min(event.at, now)


def answers(event: Event) -> ReminderKind | None:
    """Which reminder an event from another machine answers, as the same event recorded
    here does: a glass the water reminder, a stretch session that got going or a break the
    desktop reminded of the stretch reminder; None for anything else.

    Not a natural break: that is time away from *that* computer, which with two of them
    is often time at this one (if the person was away from both, this one saw its own)."""
    if event.kind == EventKind.WATER_LOGGED:
        return ReminderKind.HYDRATION
    if event.kind == EventKind.STRETCH_SESSION and event.data.get("steps_done", 0) > 0:
        return ReminderKind.STRETCH
    if event.kind == EventKind.DESKTOP_BREAK:
        return ReminderKind.STRETCH
    return None
