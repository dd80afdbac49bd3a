"""The history as days: events grouped by local day, and read a page of days at a time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from .history import Event, History
from .history_filters import Filter
from .history_words import Context, day_title, local_time, sentence, summary
from .kinds import EventKind as K
from .local_days import local_midnight


@dataclass(frozen=True)
class Entry:
    """One line under a day."""

    time: str        # "10:42"
    text: str        # "Drank a glass of water (250 ml)"
    event: Event


@dataclass(frozen=True)
class Day:
    """One day's lines, newest first, under a title and a summary."""

    day: date
    title: str       # "Today", "Monday 30 November"
    summary: str     # "5 glasses · 2 stretch breaks"
    entries: tuple[Entry, ...]
def group_days(events: Iterable[Event], chosen: Filter, now: datetime, tz: tzinfo,
               names: Mapping[str, str] | None = None) -> list[Day]:
    """The days ``events`` fall on, newest first, each with the lines ``chosen`` shows.

    Summaries count every event of the day, whatever the filter; a day with no line to
    show is left out.
    """
    events = sorted(events, key=lambda e: e.at, reverse=True)
    undone = frozenset(e.data["event"] for e in events if e.kind == K.WATER_UNDONE
                       and isinstance(e.data.get("event"), str))
    ctx = Context(tz=tz, names=dict(names or {}), undone=undone,
                  glass_times={e.id: e.at for e in events if e.kind == K.WATER_LOGGED})
    by_day: dict[date, list[Event]] = {}
    for e in events:
        by_day.setdefault(e.at.astimezone(tz).date(), []).append(e)
    today = now.astimezone(tz).date()
    days = []
    for day, todays in by_day.items():
        shown = tuple(Entry(local_time(e.at, tz), sentence(e, ctx), e)
                      for e in todays if chosen.shows(e))
        if shown:
            days.append(Day(day, day_title(day, today), summary(todays, undone), shown))
    return days


PAGE_DAYS = 30  # read at a time: a month of daily use is about 1,200 events
# ...but no more whole days than hold about this many events: a dense history (100,000
# events a year) would otherwise read, word and lay out 10,000 at a time, seconds of work.
PAGE_EVENTS = 1000


@dataclass(frozen=True)
class Page:
    """Whole days of events read from history, and where the next, older page ends."""

    events: list[Event]
    older: datetime | None   # read again before this time; None when nothing is older


def read_page(history: History, chosen: Filter, tz: tzinfo, until: datetime | None = None,
              since: datetime | None = None, days: int = PAGE_DAYS) -> Page:
    """Up to ``days`` whole local days before ``until`` (and from ``since``), ending on the
    newest day with an event ``chosen`` may show, so empty weeks and months are skipped.

    Whole days, so that each day's summary counts all of that day.
    """
    newest = chosen.newest(history, since, until)
    if newest is None:
        return Page([], None)
    last = newest.astimezone(tz).date()
    end = local_midnight(last + timedelta(days=1), tz)
    start = local_midnight(last - timedelta(days=days - 1), tz)
    if until is not None:
        end = min(end, until)
    if (crowded := history.nth_newest(PAGE_EVENTS, until=end)) is not None:
        start = max(start, local_midnight(crowded.astimezone(tz).date(), tz))
    if since is not None and start <= since:
        return Page(history.events(since=since, until=end, newest_first=True), None)
    return Page(history.events(since=start, until=end, newest_first=True), start)
