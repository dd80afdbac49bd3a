"""What each chart shows, in numbers and words: its bars, the line of figures under its
heading, and the table's rows. The same tallies feed all three, so the chart, the words a
screen reader hears and the table never disagree."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from companion.core import diary
from companion.core.statistics import HELD_WORDS, Held, Span, Tally, View, bucket_name
from companion.core.wording import describe_minutes, plural

from .chart import Bar


@dataclass(frozen=True)
class Section:
    """One chart: its heading, its legend, and how a bucket becomes a bar."""

    key: str
    heading: str
    parts: tuple[str, ...]
    values: Callable[[Tally, View], tuple[float, ...]]
    words: Callable[[Tally, View, int], str]


def _per_day(value: float, bucket: Tally, view: View) -> float:
    return value / bucket.days if view is View.YEAR else value


def _glasses_words(t: Tally, view: View, goal: int) -> str:
    if view is View.YEAR:
        return (f"on average {t.glasses_a_day:.1f} glasses a day ({plural(t.glasses, 'glass', 'glasses')}); "
                f"goal met on {t.goal_days} of {plural(t.days, 'day')}")
    met = "goal met" if goal and t.goal_days else f"goal of {goal} not met"
    return f"{plural(t.glasses, 'glass', 'glasses')} ({t.ml} ml); {met}"


def held_words(held: Mapping[str, int]) -> str:
    """'away 2, in a call 1' (only the reasons that held something)."""
    return ", ".join(f"{HELD_WORDS[reason]} {held[reason]}" for reason in Held if held.get(reason))


def _break_words(t: Tally, view: View, goal: int) -> str:
    text = (f"{t.taken} taken when prompted, {plural(t.natural, 'natural break')}"
            + (f" ({describe_minutes(t.natural_minutes)})" if t.natural else "")
            + f"; {t.snoozed} snoozed, {t.skipped} skipped, {t.missed} missed")
    if t.held_total:
        text += f"; {t.held_total} held ({held_words(t.held)})"
    return text


def _minutes_words(t: Tally, view: View, goal: int) -> str:
    return (f"stretching {describe_minutes(t.stretch_minutes)}, "
            f"breathing {describe_minutes(t.breathing_minutes)}")


def _twitch_words(t: Tally, view: View, goal: int) -> str:
    if not t.episodes:
        return "no twitching logged"
    where = ", ".join(f"{diary.AREAS.get(a, a).lower()} {n}" for a, n in sorted(
        t.twitches.items(), key=lambda item: -item[1]))
    text = f"{plural(t.episodes, 'episode')}: {where}"
    if t.triggers:
        text += "; triggers logged: " + ", ".join(f"{trigger} {n}" for trigger, n in sorted(
            t.triggers.items(), key=lambda item: -item[1]))
    return text


SECTIONS = (
    Section("water", "Water", ("glasses",),
            lambda t, v: (_per_day(t.glasses, t, v),), _glasses_words),
    Section("breaks", "Breaks", ("taken when prompted", "natural breaks"),
            lambda t, v: (_per_day(t.taken, t, v), _per_day(t.natural, t, v)), _break_words),
    Section("minutes", "Stretching and breathing", ("stretching minutes", "breathing minutes"),
            lambda t, v: (_per_day(t.stretch_minutes, t, v), _per_day(t.breathing_minutes, t, v)),
            _minutes_words),
    Section("twitch", "Twitch diary", ("episodes",),
            lambda t, v: (float(t.episodes),), _twitch_words),
)


def bars(section: Section, span: Span, buckets: Sequence[Tally], goal: int, today: date,
         labels: Mapping[str, str] | None = None) -> list[Bar]:
    """The chart's bars; a day still to come says so instead of its zeros."""
    found = []
    for bucket in buckets:
        future = bucket.first > today
        words = "still to come" if future else section.words(_labelled(bucket, labels), span.view, goal)
        found.append(Bar(bucket_name(span, bucket, short=True), bucket_name(span, bucket),
                         words, (0.0,) if future else section.values(bucket, span.view)))
    return found


def _labelled(bucket: Tally, labels: Mapping[str, str] | None) -> Tally:
    if not labels or not bucket.triggers:
        return bucket
    from dataclasses import replace
    return replace(bucket, triggers={labels.get(t, t).lower(): n for t, n in bucket.triggers.items()})


def figures(section: str, whole: Tally, goal_line: str) -> str:
    """The line of figures under a chart's heading, for the whole span."""
    if section == "water":
        return f"{goal_line} · {plural(whole.glasses, 'glass', 'glasses')} ({whole.ml / 1000:.1f} l) in all"
    if section == "breaks":
        held = f" ({held_words(whole.held)})" if whole.held_total else ""
        return (f"Taken when prompted {whole.taken} · natural breaks {whole.natural} "
                f"({describe_minutes(whole.natural_minutes)}) · snoozed {whole.snoozed} · "
                f"skipped {whole.skipped} · missed {whole.missed} · held {whole.held_total}{held}")
    if section == "minutes":
        active = ("time at the computer: " + describe_minutes(whole.active_minutes)
                  if whole.active_minutes is not None else
                  "time at the computer: not recorded (Companion counts it only while it can "
                  "tell when you are away)")
        return (f"Stretching {describe_minutes(whole.stretch_minutes)} · breathing "
                f"{describe_minutes(whole.breathing_minutes)} · {active}")
    return ""


COLUMNS = ("Day", *(section.heading.replace(" and ", " and\n") for section in SECTIONS))


def table_rows(span: Span, buckets: Sequence[Tally], today: date, goal: int,
               labels: Mapping[str, str] | None = None) -> list[tuple[str, ...]]:
    """One row per day (or month) up to today: its name, then each chart's words for it
    (the words a screen reader hears on its bar)."""
    return [(bucket_name(span, t), *(section.words(_labelled(t, labels), span.view, goal)
                                     for section in SECTIONS))
            for t in buckets if t.first <= today]
