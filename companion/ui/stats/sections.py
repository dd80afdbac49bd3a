"""What each chart shows, in numbers and words: its bars, the line of figures under its
heading, and the table's rows. The same tallies feed all three, so the chart, the words a
screen reader hears and the table never disagree."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from companion.core import diary
from companion.core.i18n import QT_TRANSLATE_NOOP, tr, translate
from companion.core.statistics import HELD_WORDS, Held, Span, Tally, View, bucket_name
from companion.core.wording import describe_minutes, water_amount

from .chart import Bar


@dataclass(frozen=True)
class Section:
    """One chart: its heading, its legend, and how a bucket becomes a bar.

    The words are the English source texts (marked for translation where written);
    ``title``, ``legend`` and ``per`` give them in the person's language.
    """

    key: str
    heading: str
    parts: tuple[str, ...]
    values: Callable[[Tally, View], tuple[float, ...]]
    words: Callable[[Tally, View, int], str]
    per_day: str = ""    # the chart's name over days: "Water per day"
    per_month: str = ""  # and over months

    @property
    def title(self) -> str:
        """The heading, translated."""
        return translate("Statistics", self.heading)

    @property
    def legend(self) -> tuple[str, ...]:
        """The parts' words, translated."""
        return tuple(translate("Statistics", part) for part in self.parts)

    def per(self, view: View) -> str:
        """What the chart shows a bar of: "Water per day", or per month over a year."""
        return translate("Statistics", self.per_month if view is View.YEAR else self.per_day)


def _per_day(value: float, bucket: Tally, view: View) -> float:
    return value / bucket.days if view is View.YEAR else value


def glasses(n: int) -> str:
    """'1 glass', '5 glasses'."""
    return tr("%n glasses", "glasses of water in the statistics", n)


def _glasses_words(t: Tally, view: View, goal: int) -> str:
    if view is View.YEAR:
        return translate("Statistics", "on average {average} glasses a day ({glasses}); goal met on {met} of {days}"
                         ).format(average=f"{t.glasses_a_day:.1f}", glasses=glasses(t.glasses), met=t.goal_days,
                                  days=tr("%n days", "days of a month in the statistics", t.days))
    if goal and t.goal_days:
        return translate("Statistics", "{glasses} ({amount}); goal met").format(
            glasses=glasses(t.glasses), amount=water_amount(t.ml))
    return translate("Statistics", "{glasses} ({amount}); goal of {goal} not met").format(
        glasses=glasses(t.glasses), amount=water_amount(t.ml), goal=goal)


def held_words(held: Mapping[str, int]) -> str:
    """'away 2, in a call 1' (only the reasons that held something)."""
    return ", ".join(translate("Statistics", "{reason} {count}").format(reason=HELD_WORDS[reason], count=held[reason])
                     for reason in Held if held.get(reason))


def _break_words(t: Tally, view: View, goal: int) -> str:
    natural = tr("%n natural breaks", "breaks in the statistics", t.natural)
    if t.natural:
        natural = translate("Statistics", "{breaks} ({minutes})").format(
            breaks=natural, minutes=describe_minutes(t.natural_minutes))
    text = translate("Statistics", "{taken} taken when prompted, {natural}; {snoozed} snoozed, {skipped} skipped, "
                                   "{missed} missed").format(taken=t.taken, natural=natural, snoozed=t.snoozed,
                                                             skipped=t.skipped, missed=t.missed)
    if t.held_total:
        text += translate("Statistics", "; {count} held ({reasons})").format(count=t.held_total,
                                                                             reasons=held_words(t.held))
    return text


def _minutes_words(t: Tally, view: View, goal: int) -> str:
    return translate("Statistics", "stretching {stretching}, breathing {breathing}").format(
        stretching=describe_minutes(t.stretch_minutes), breathing=describe_minutes(t.breathing_minutes))


def _twitch_words(t: Tally, view: View, goal: int) -> str:
    if not t.episodes:
        return translate("Statistics", "no twitching logged")
    where = ", ".join(translate("Statistics", "{reason} {count}").format(reason=diary.AREAS.get(a, a).lower(), count=n)
                      for a, n in sorted(t.twitches.items(), key=lambda item: -item[1]))
    text = translate("Statistics", "{episodes}: {where}").format(
        episodes=tr("%n episodes", "twitch episodes in the statistics", t.episodes), where=where)
    if t.triggers:
        text += translate("Statistics", "; triggers logged: {triggers}").format(triggers=", ".join(
            translate("Statistics", "{reason} {count}").format(reason=trigger, count=n)
            for trigger, n in sorted(t.triggers.items(), key=lambda item: -item[1])))
    return text


SECTIONS = (
    Section("water", QT_TRANSLATE_NOOP("Statistics", "Water"),
            (QT_TRANSLATE_NOOP("Statistics", "glasses"),),
            lambda t, v: (_per_day(t.glasses, t, v),), _glasses_words,
            QT_TRANSLATE_NOOP("Statistics", "Water per day"), QT_TRANSLATE_NOOP("Statistics", "Water per month")),
    Section("breaks", QT_TRANSLATE_NOOP("Statistics", "Breaks"),
            (QT_TRANSLATE_NOOP("Statistics", "taken when prompted"), QT_TRANSLATE_NOOP("Statistics", "natural breaks")),
            lambda t, v: (_per_day(t.taken, t, v), _per_day(t.natural, t, v)), _break_words,
            QT_TRANSLATE_NOOP("Statistics", "Breaks per day"), QT_TRANSLATE_NOOP("Statistics", "Breaks per month")),
    Section("minutes", QT_TRANSLATE_NOOP("Statistics", "Stretching and breathing"),
            (QT_TRANSLATE_NOOP("Statistics", "stretching minutes"),
             QT_TRANSLATE_NOOP("Statistics", "breathing minutes")),
            lambda t, v: (_per_day(t.stretch_minutes, t, v), _per_day(t.breathing_minutes, t, v)),
            _minutes_words,
            QT_TRANSLATE_NOOP("Statistics", "Stretching and breathing per day"),
            QT_TRANSLATE_NOOP("Statistics", "Stretching and breathing per month")),
    Section("twitch", QT_TRANSLATE_NOOP("Statistics", "Twitch diary"),
            (QT_TRANSLATE_NOOP("Statistics", "episodes"),),
            lambda t, v: (float(t.episodes),), _twitch_words,
            QT_TRANSLATE_NOOP("Statistics", "Twitch diary per day"),
            QT_TRANSLATE_NOOP("Statistics", "Twitch diary per month")),
)


def bars(section: Section, span: Span, buckets: Sequence[Tally], goal: int, today: date,
         labels: Mapping[str, str] | None = None) -> list[Bar]:
    """The chart's bars; a day still to come says so instead of its zeros."""
    found = []
    for bucket in buckets:
        future = bucket.first > today
        words = translate("Statistics", "still to come") if future else section.words(
            _labelled(bucket, labels), span.view, goal)
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
        return translate("Statistics", "{goal_line} · {glasses} ({amount}) in all").format(
            goal_line=goal_line, glasses=glasses(whole.glasses), amount=water_amount(whole.ml))
    if section == "breaks":
        held = f" ({held_words(whole.held)})" if whole.held_total else ""
        return translate("Statistics", "Taken when prompted {taken} · natural breaks {natural} ({minutes}) · "
                                       "snoozed {snoozed} · skipped {skipped} · missed {missed} · held {held}{reasons}"
                         ).format(taken=whole.taken, natural=whole.natural,
                                  minutes=describe_minutes(whole.natural_minutes), snoozed=whole.snoozed,
                                  skipped=whole.skipped, missed=whole.missed, held=whole.held_total, reasons=held)
    if section == "minutes":
        active = (translate("Statistics", "time at the computer: {minutes}").format(
            minutes=describe_minutes(whole.active_minutes)) if whole.active_minutes is not None else
            translate("Statistics", "time at the computer: not recorded (Companion counts it only while it "
                                    "can tell when you are away)"))
        return translate("Statistics", "Stretching {stretching} · breathing {breathing} · {active}").format(
            stretching=describe_minutes(whole.stretch_minutes),
            breathing=describe_minutes(whole.breathing_minutes), active=active)
    return ""


#: The table's column headings (a long one on two lines, so the columns stay even).
COLUMNS = (QT_TRANSLATE_NOOP("Statistics", "Day"), QT_TRANSLATE_NOOP("Statistics", "Water"),
           QT_TRANSLATE_NOOP("Statistics", "Breaks"), QT_TRANSLATE_NOOP("Statistics", "Stretching and\nbreathing"),
           QT_TRANSLATE_NOOP("Statistics", "Twitch diary"))


def columns() -> list[str]:
    """The table's column headings, translated."""
    return [translate("Statistics", column) for column in COLUMNS]


def table_rows(span: Span, buckets: Sequence[Tally], today: date, goal: int,
               labels: Mapping[str, str] | None = None) -> list[tuple[str, ...]]:
    """One row per day (or month) up to today: its name, then each chart's words for it
    (the words a screen reader hears on its bar)."""
    return [(bucket_name(span, t), *(section.words(_labelled(t, labels), span.view, goal)
                                     for section in SECTIONS))
            for t in buckets if t.first <= today]
