"""The statistics' questions to the history file: counts and sums per local day, in SQL.

Three dense years hold about 300,000 events; reading them into Python to count a year
takes seconds, while SQLite groups a year's rows by day in well under the 300 ms a view
may take. Local days are handed in as their UTC start and end (``statistics.day_starts``),
so SQLite needs no time zone and a 23- or 25-hour day counts as one day.

The query guards what History's reader guards (a time not stored as text, details that
are not JSON), so one damaged row is left out rather than stopping the count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from . import diary
from .history import History, parse_stored_time, stored_time
from .kinds import EventKind as K
from .statistics import Row, Span, Tally, day_starts, streak, tally_days

COUNTED = (K.WATER_LOGGED, K.NATURAL_BREAK, K.STRETCH_SESSION, K.BREATHING_SESSION,
           K.REMINDER_DONE, K.REMINDER_SNOOZED, K.REMINDER_SKIPPED, K.REMINDER_MISSED,
           K.REMINDER_HELD, K.ACTIVE_TIME)
# What each kind's bar adds up besides how many: a number stored in its details.
_AMOUNT = {K.WATER_LOGGED: "ml", K.NATURAL_BREAK: "minutes", K.STRETCH_SESSION: "seconds",
           K.BREATHING_SESSION: "seconds", K.ACTIVE_TIME: "minutes"}


def _number(name: str) -> str:
    path = f"'$.{name}'"
    return (f"CASE WHEN json_type(e.data, {path}) IN ('integer', 'real') "
            f"THEN json_extract(e.data, {path}) END")


_AMOUNT_SQL = "CASE e.kind " + " ".join(
    f"WHEN '{kind}' THEN {_number(name)}" for kind, name in _AMOUNT.items()) + " END"


def _query(days: int, kinds: Sequence[str]) -> str:
    values = ", ".join(["(?, ?, ?)"] * days)
    marks = ", ".join("?" * len(kinds))
    return f"""
        WITH days(i, start, stop) AS (VALUES {values})
        SELECT d.i, e.kind,
               CASE WHEN e.kind LIKE 'reminder\\_%' ESCAPE '\\'
                    THEN coalesce(json_extract(e.data, '$.kind'), '') ELSE '' END,
               CASE WHEN e.kind = '{K.REMINDER_HELD}'
                    THEN coalesce(json_extract(e.data, '$.reason'), '') ELSE '' END,
               count(*), total({_AMOUNT_SQL})
        FROM days AS d JOIN events AS e ON e.at >= d.start AND e.at < d.stop
        WHERE e.kind IN ({marks}) AND typeof(e.at) = 'text' AND json_valid(e.data)
          AND NOT (e.kind = '{K.WATER_LOGGED}' AND e.id IN (
              SELECT json_extract(data, '$.event') FROM events
              WHERE kind = '{K.WATER_UNDONE}' AND json_valid(data)))
        GROUP BY 1, 2, 3, 4"""


def day_rows(history: History, first: date, last: date, tz: tzinfo | None,
             kinds: Sequence[str] = COUNTED) -> list[Row]:
    """Grouped counts for each local day from ``first`` to ``last`` (see statistics.Row)."""
    starts = [stored_time(moment) for moment in day_starts(first, last, tz)]
    args: list[Any] = []
    for index in range(len(starts) - 1):
        args += [index, starts[index], starts[index + 1]]
    args += list(kinds)
    return [(int(i), str(kind), str(reminder), str(reason), int(n), float(amount))
            for i, kind, reminder, reason, n, amount in history.rows(_query(len(starts) - 1, kinds), args)]


def diary_entries(history: History, first: date, last: date, tz: tzinfo | None) -> list[diary.Entry]:
    """The diary's current entries for episodes on the days from ``first`` to ``last``.

    History reads only the entries some version of which happened since ``first`` (through
    its diary indexes), not the whole diary of years.
    """
    starts = day_starts(first, last, tz)
    return diary.entries(history, since=starts[0], until=starts[-1])


def tallies(history: History, span: Span, tz: tzinfo | None, goal: int) -> list[Tally]:
    """One Tally per day of ``span``."""
    return tally_days(span.first, span.last, day_rows(history, span.first, span.last, tz),
                      diary_entries(history, span.first, span.last, tz), tz, goal)


def glass_counts(history: History, first: date, last: date, tz: tzinfo) -> dict[date, int]:
    """Glasses per local day from ``first`` to ``last``, undone ones taken off.

    Counted from the (kind, at) index alone, which holds all a count needs; the few undone
    glasses are then looked up by id. This is what the streak reads back over years.
    """
    starts = [stored_time(moment) for moment in day_starts(first, last, tz)]
    args: list[Any] = []
    for index in range(len(starts) - 1):
        args += [index, starts[index], starts[index + 1]]
    values = ", ".join(["(?, ?, ?)"] * (len(starts) - 1))
    counts = {first + timedelta(days=i): n for i, n in history.rows(
        f"WITH days(i, start, stop) AS (VALUES {values}) "
        f"SELECT d.i, count(*) FROM days AS d JOIN events AS e "
        f"ON e.kind = '{K.WATER_LOGGED}' AND e.at >= d.start AND e.at < d.stop GROUP BY d.i", args)}
    undone = history.rows(
        f"SELECT at FROM events WHERE kind = '{K.WATER_LOGGED}' AND at >= ? AND at < ? AND id IN ("
        f"SELECT json_extract(data, '$.event') FROM events WHERE kind = '{K.WATER_UNDONE}' "
        f"AND json_valid(data))", [starts[0], starts[-1]])
    for (at,) in undone:
        day = parse_stored_time(at).astimezone(tz).date()
        counts[day] = counts.get(day, 0) - 1
    return counts


def glasses_by_day(history: History, tz: tzinfo) -> Callable[[date, date], Mapping[date, int]]:
    """A reader of glasses per day over a range of days, for ``statistics.streak``."""
    return lambda first, last: glass_counts(history, first, last, tz)


def current_streak(history: History, tz: tzinfo, goal: int, now: datetime,
                   rest_weekdays: Iterable[int] = ()) -> int:
    """Days in a row, up to today, with the water goal met (rest weekdays with no glass
    neither break nor extend it)."""
    rest = frozenset(rest_weekdays)
    return streak(glasses_by_day(history, tz), goal, now.astimezone(tz).date(),
                  lambda day: day.weekday() in rest)
