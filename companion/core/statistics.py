"""Statistics: what the person did, per local day, over a week, a month or a year.

Pure: the counts come in as rows (``statistics_sql`` asks SQLite for them, grouped by day)
and diary entries, and leave as :class:`Tally` values, one per day or per month, with the
goal streak and a plain summary. Nothing here says why anything happened: the words state
counts, never a cause, and say they are not medical advice.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum

from . import diary
from .i18n import QT_TRANSLATE_NOOP, tr, translate
from .kinds import EventKind as K
from .kinds import ReminderKind
from .local_days import local_midnight
from .translated import Words
from .wording import date_text, month_name, weekday_name

#: The reminders whose prompts count as breaks (water has a chart of its own).
BREAK_KINDS = (ReminderKind.STRETCH, ReminderKind.BREATHING)


class View(StrEnum):
    """How much time the window shows at once."""

    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Held(StrEnum):
    """Why a prompt waited, in four groups (the presence sources' reasons, summed up)."""

    AWAY = "away"
    CALL = "call"
    FULLSCREEN = "fullscreen"
    DND = "dnd"


HELD_WORDS = Words("Statistics", {Held.AWAY: QT_TRANSLATE_NOOP("Statistics", "away"),
                                  Held.CALL: QT_TRANSLATE_NOOP("Statistics", "in a call"),
                                  Held.FULLSCREEN: QT_TRANSLATE_NOOP("Statistics", "fullscreen"),
                                  Held.DND: QT_TRANSLATE_NOOP("Statistics", "do not disturb")})
# The reasons the presence gate records (services/presence/*.REASON, core.activity).
_HELD_GROUPS = {
    "away": Held.AWAY, "screen locked": Held.AWAY, "asleep": Held.AWAY, "just back": Held.AWAY,
    "in a call": Held.CALL,
    "showing something fullscreen": Held.FULLSCREEN,
    "another program is keeping the screen awake": Held.FULLSCREEN,
    "do not disturb is on": Held.DND,
}


def held_group(reason: str | None) -> Held:
    """The group a recorded hold reason belongs to (an unknown one counts as away)."""
    return _HELD_GROUPS.get(reason or "", Held.AWAY)


# -- the span shown ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Span:
    """The days a view shows: a week (Monday to Sunday), a calendar month or year."""

    view: View
    first: date
    last: date  # included

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def title(self) -> str:
        """'Week of 30 November 2026', 'December 2026', '2026'."""
        if self.view is View.WEEK:
            return translate("Statistics", "{first} – {last}").format(
                first=date_text(self.first, None), last=date_text(self.last, None, year=True))
        if self.view is View.MONTH:
            return translate("Statistics", "{month} {year}").format(
                month=month_name(self.first.month, standalone=True), year=self.first.year)
        return str(self.first.year)


def span_of(view: View, day: date) -> Span:
    """The week, month or year that ``day`` falls in."""
    if view is View.WEEK:
        first = day - timedelta(days=day.weekday())
        return Span(view, first, first + timedelta(days=6))
    if view is View.MONTH:
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return Span(view, first, following - timedelta(days=1))
    return Span(view, date(day.year, 1, 1), date(day.year, 12, 31))


def shifted(span: Span, steps: int) -> Span:
    """The span ``steps`` weeks, months or years later (earlier when negative)."""
    if span.view is View.WEEK:
        return span_of(span.view, span.first + timedelta(weeks=steps))
    if span.view is View.MONTH:
        months = span.first.year * 12 + span.first.month - 1 + steps
        return span_of(span.view, date(months // 12, months % 12 + 1, 1))
    return span_of(span.view, date(span.first.year + steps, 1, 1))


def day_starts(first: date, last: date, tz: tzinfo | None) -> list[datetime]:
    """Each local day's start from ``first`` to the end of ``last``, in UTC.

    Every day gets its own midnight, so a day beside a DST change is 23 or 25 hours long
    and a week with one still has seven days. ``tz`` None is the computer's zone.
    """
    count = (last - first).days + 2
    return [local_midnight(first + timedelta(days=n), tz).astimezone(UTC) for n in range(count)]


# -- what a day (or a month) holds -----------------------------------------------------------

@dataclass(frozen=True)
class Tally:
    """Counts over the days from ``first`` to ``last`` (one day, or a month of the year view)."""

    first: date
    last: date
    glasses: int = 0
    ml: int = 0
    goal_days: int = 0            # days on which the water goal was met
    taken: int = 0                # break prompts answered by taking the break
    natural: int = 0              # natural breaks (time away that presence saw)
    natural_minutes: float = 0
    snoozed: int = 0
    skipped: int = 0
    missed: int = 0
    held: Mapping[str, int] = field(default_factory=dict)  # Held -> prompts held for it
    stretch_minutes: float = 0
    breathing_minutes: float = 0
    active_minutes: float | None = None  # time at the computer, where something recorded it
    twitches: Mapping[str, int] = field(default_factory=dict)  # diary area -> episodes
    triggers: Mapping[str, int] = field(default_factory=dict)  # trigger id -> episodes

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def glasses_a_day(self) -> float:
        return self.glasses / self.days

    @property
    def held_total(self) -> int:
        return sum(self.held.values())

    @property
    def episodes(self) -> int:
        return sum(self.twitches.values())


# One grouped row from the history: (day index, event kind, reminder kind or "", hold or
# miss reason or "", how many, and the sum of the kind's amount: ml, seconds or minutes).
Row = tuple[int, str, str, str, int, float]


def tally_days(first: date, last: date, rows: Iterable[Row], entries: Iterable[diary.Entry],
               tz: tzinfo | None, goal: int) -> list[Tally]:
    """One Tally per day from ``first`` to ``last``, from grouped rows and diary entries."""
    count = (last - first).days + 1
    sums: list[defaultdict[str, float]] = [defaultdict(float) for _ in range(count)]
    held: list[Counter[str]] = [Counter() for _ in range(count)]
    for index, kind, reminder, reason, n, amount in rows:
        if not 0 <= index < count:
            continue
        day = sums[index]
        if kind == K.WATER_LOGGED:
            day["glasses"] += n
            day["ml"] += amount
        elif kind == K.NATURAL_BREAK:
            day["natural"] += n
            day["natural_minutes"] += amount
        elif kind == K.STRETCH_SESSION:
            day["stretch_minutes"] += amount / 60
        elif kind == K.BREATHING_SESSION:
            day["breathing_minutes"] += amount / 60
        elif kind == K.ACTIVE_TIME:  # spans at the computer, each within its own day
            day["active_minutes"] += amount
            day["active_spans"] += n
        elif reminder in BREAK_KINDS:
            if kind == K.REMINDER_DONE:
                day["taken"] += n
            elif kind == K.REMINDER_SNOOZED:
                day["snoozed"] += n
            elif kind == K.REMINDER_SKIPPED:
                day["skipped"] += n
            elif kind == K.REMINDER_MISSED:
                day["missed"] += n
            elif kind == K.REMINDER_HELD:
                held[index][held_group(reason)] += n
    areas: list[Counter[str]] = [Counter() for _ in range(count)]
    triggers: list[Counter[str]] = [Counter() for _ in range(count)]
    for entry in entries:
        index = (entry.occurred_at.astimezone(tz).date() - first).days
        if 0 <= index < count:
            areas[index][entry.area] += 1
            triggers[index].update(entry.triggers)
    days = []
    for index in range(count):
        when, s = first + timedelta(days=index), sums[index]
        days.append(Tally(
            when, when, glasses=int(s["glasses"]), ml=int(s["ml"]),
            goal_days=int(goal > 0 and s["glasses"] >= goal),
            taken=int(s["taken"]), natural=int(s["natural"]), natural_minutes=s["natural_minutes"],
            snoozed=int(s["snoozed"]), skipped=int(s["skipped"]), missed=int(s["missed"]),
            held=dict(held[index]), stretch_minutes=s["stretch_minutes"],
            breathing_minutes=s["breathing_minutes"],
            # None where nothing was recorded (presence off, or before it was counted).
            active_minutes=s["active_minutes"] if s["active_spans"] else None,
            twitches=dict(areas[index]), triggers=dict(triggers[index])))
    return days


def merged(days: Sequence[Tally]) -> Tally:
    """The days' counts added up, from the first day to the last."""
    def add(name: str) -> Counter[str]:
        total: Counter[str] = Counter()
        for day in days:
            total.update(getattr(day, name))
        return total
    active = [d.active_minutes for d in days if d.active_minutes is not None]
    return Tally(
        days[0].first, days[-1].last,
        **{name: sum(getattr(d, name) for d in days) for name in (
            "glasses", "ml", "goal_days", "taken", "natural", "natural_minutes", "snoozed",
            "skipped", "missed", "stretch_minutes", "breathing_minutes")},
        active_minutes=sum(active) if active else None,
        held=dict(add("held")), twitches=dict(add("twitches")), triggers=dict(add("triggers")))


def buckets(span: Span, days: Sequence[Tally], today: date | None = None) -> list[Tally]:
    """What the chart draws a bar for: each day of a week or month, each month of a year.

    This month's bar covers the days up to ``today`` only, so its averages are not
    diluted by days still to come.
    """
    if span.view is not View.YEAR:
        return list(days)
    months: dict[tuple[int, int], list[Tally]] = {}
    for day in days:  # by year too: a period for the doctor may cross a new year
        months.setdefault((day.first.year, day.first.month), []).append(day)
    return [merged([d for d in month if today is None or d.first <= today] or month)
            for _, month in sorted(months.items())]


def bucket_name(span: Span, bucket: Tally, short: bool = False) -> str:
    """'Tuesday 1 December' (or 'Tue 1'), or 'March 2026' (or 'Mar') in the year view."""
    if span.view is View.YEAR:
        month = bucket.first.month - 1
        if short:
            return month_name(month + 1, "short")
        return translate("Statistics", "{month} {year}").format(
            month=month_name(month + 1, standalone=True), year=bucket.first.year)
    if short:
        return f"{weekday_name(bucket.first.weekday(), 'short')} {bucket.first.day}"
    return date_text(bucket.first)


# -- the goal streak ---------------------------------------------------------------------------

def streak(glasses_by_day: Callable[[date, date], Mapping[date, int]], goal: int, today: date,
           rest_day: Callable[[date], bool] = lambda day: False, chunk: int = 92) -> int:
    """Days in a row, up to today, on which at least ``goal`` glasses were logged.

    Today counts once it is met, and does not break the streak before then. A rest day
    (no water reminders planned) with no glass neither breaks nor extends it. Reads back
    ``chunk`` days at a time until the streak ends, so a short streak reads little.
    """
    if goal <= 0:
        return 0
    count, end = 0, today
    while True:
        start = end - timedelta(days=chunk - 1)
        counts = glasses_by_day(start, end)
        for back in range(chunk):
            day = end - timedelta(days=back)
            glasses = counts.get(day, 0)
            if glasses >= goal:
                count += 1
            elif day == today or (rest_day(day) and glasses == 0):
                continue
            else:
                return count
        if not any(counts.values()):  # nothing logged for a whole chunk: stop reading
            return count
        end = start - timedelta(days=1)


# -- words -----------------------------------------------------------------------------------

NOT_ADVICE = QT_TRANSLATE_NOOP("Statistics", "These are counts of what you logged, not medical "
                               "advice. If you are worried about a symptom, talk to a doctor.")


def goal_line(days: Sequence[Tally], goal: int, current_streak: int, today: date) -> str:
    """'Goal met on 4 of 7 days · current streak: 3 days' (days after today left out)."""
    past = [d for d in days if d.first <= today]
    met = sum(d.goal_days for d in past)
    return translate("Statistics", "Goal of {glasses} met on {met} of {days} · current streak: "
                     "{streak}").format(glasses=tr("%n glasses", "water", goal), met=met,
                                        days=tr("%n days", "days, after on/of/after", len(past)),
                                        streak=tr("%n days", "days", current_streak))


def _in_sentence(label: str) -> str:
    """A trigger's label inside a sentence: "caffeine" in English, still "Koffein" in German
    (the translator of this one word says which their language does)."""
    lowercase = translate("Statistics", "yes", "Lowercase a label such as 'Caffeine' inside a "
                          "sentence? Answer yes or no (German: no)")
    return label.lower() if lowercase == "yes" else label


def twitch_summary(days: Sequence[Tally], goal: int,
                   trigger_labels: Mapping[str, str] | None = None) -> list[str]:
    """The diary beside water and breaks in plain counts, each a sentence; never a cause.

    E.g. "Twitching was logged on 9 days; on 7 of them fewer than half of your glasses
    were logged." The last sentence says this is not medical advice.
    """
    labels = trigger_labels or {}
    twitch_days = [d for d in days if d.episodes]
    if not twitch_days:
        return [translate("Statistics", "No twitching was logged in this period."),
                translate("Statistics", NOT_ADVICE)]
    n = len(twitch_days)
    counted = dict(days=tr("%n days", "days, after on/of/after", n),
                   episodes=tr("%n episodes", "twitch episodes", sum(d.episodes for d in twitch_days)))
    if goal > 0:
        low = sum(1 for d in twitch_days if d.glasses * 2 < goal)
        lines = [translate("Statistics", "Twitching was logged on {days} ({episodes}); on {low} of "
                           "them fewer than half of your glasses were logged.").format(low=low, **counted)]
    else:
        lines = [translate("Statistics", "Twitching was logged on {days} ({episodes}).").format(**counted)]
    no_break = sum(1 for d in twitch_days if d.taken + d.natural == 0)
    lines.append(translate("Statistics", "On {count} of the {days} with twitching, no break was "
                           "recorded.").format(count=no_break, days=tr("%n days", "days, after on/of/after", n)))
    areas: Counter[str] = Counter()
    triggers: Counter[str] = Counter()
    for d in twitch_days:
        areas.update(d.twitches)
        triggers.update(d.triggers)
    lines.append(translate("Statistics", "Where: {areas}.").format(areas=", ".join(
        translate("Statistics", "{what} {count}").format(what=diary.AREAS_IN_SENTENCE.get(a, a), count=c)
        for a, c in areas.most_common())))
    if triggers:
        lines.append(translate("Statistics", "Triggers you logged: {triggers}.").format(triggers=", ".join(
            translate("Statistics", "{what} {count}").format(what=_in_sentence(labels.get(t, t)), count=c)
            for t, c in triggers.most_common())))
    lines.append(translate("Statistics", NOT_ADVICE))
    return lines
