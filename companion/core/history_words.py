"""The history in plain words: a sentence per event, a title and a summary line per day.

Every function here takes events as History hands them out, which ``event_data`` has
checked: a field it lists is the right type and in range when present, so it is used as
it is here, never checked again. Any field may be missing, though, and an event of a kind
from a newer Companion never reaches a sentence of ours (it gets the kind's own words).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from . import diary
from .history import Event
from .i18n import QT_TRANSLATE_NOOP, tr, translate
from .kinds import AWAY_REASONS, ReminderKind
from .kinds import EventKind as K
from .translated import Words
from .wording import date_text, describe_minutes, describe_seconds, time_of_day, water_amount

REMINDER_NAMES: Words[str] = Words("History", {
    ReminderKind.HYDRATION: QT_TRANSLATE_NOOP("History", "Water reminder"),
    ReminderKind.STRETCH: QT_TRANSLATE_NOOP("History", "Stretch reminder"),
    ReminderKind.BREATHING: QT_TRANSLATE_NOOP("History", "Breathing reminder")})
# What a saved check (Check a symptom) concluded (the checklist's levels), as a sentence ends.
CHECK_LEVELS = Words("History", {
    "urgent": QT_TRANSLATE_NOOP("History", "get help now"),
    "see_doctor_soon": QT_TRANSLATE_NOOP("History", "see a doctor soon"),
    "self_care": QT_TRANSLATE_NOOP("History", "self-care")})
NOTE_LENGTH = 60  # a longer diary note is cut short here; the diary shows it whole


def local_time(when: datetime, tz: tzinfo) -> str:
    """'09:05', in the user's time zone."""
    return time_of_day(when.astimezone(tz))


def day_title(day: date, today: date) -> str:
    """'Today', 'Yesterday', 'Monday 30 November', with the year when not this year's."""
    if day == today:
        return translate("History", "Today")
    if day == today - timedelta(days=1):
        return translate("History", "Yesterday")
    return date_text(day, year=day.year != today.year)


def _text(value: str | None) -> str | None:
    """Checked text, or None when it is missing or blank."""
    return value.strip() if value and value.strip() else None


def _moment(value: str | None) -> datetime | None:
    """A checked ISO time with its offset, or None when missing."""
    return datetime.fromisoformat(value) if value is not None else None


def _duration(seconds: float | None) -> str:
    """' (45 s)', ' (2 min 30 s)', ' (12 min)', or '' when unknown."""
    return "" if seconds is None or seconds < 0 else f" ({describe_seconds(seconds)})"


def _reminder(data: dict[str, Any]) -> str:
    kind = data.get("kind")
    if isinstance(kind, str) and kind in REMINDER_NAMES:
        return REMINDER_NAMES[kind]
    name = _text(kind)
    if name:
        return translate("History", "Reminder ({name})").format(name=name)
    return translate("History", "Reminder")


@dataclass(frozen=True)
class Context:
    """What a sentence may draw on beyond its own event."""

    tz: tzinfo
    #: Routine and breathing pattern ids to the names the user knows them by.
    names: Mapping[str, str] = field(default_factory=dict)
    #: Ids of glasses the user took back, and each logged glass's time (for the undo).
    undone: frozenset[str] = frozenset()
    glass_times: Mapping[str, datetime] = field(default_factory=dict)


def _name(ctx: Context, value: str | None) -> str | None:
    text = _text(value)
    return ctx.names.get(text, text) if text else None


def _water(event: Event, ctx: Context) -> str:
    ml = event.data.get("ml")
    back = event.id in ctx.undone
    if ml is None:
        return (translate("History", "Drank a glass of water, later taken back") if back
                else translate("History", "Drank a glass of water"))
    if back:
        return translate("History", "Drank a glass of water ({amount}), later taken back").format(
            amount=water_amount(ml))
    return translate("History", "Drank a glass of water ({amount})").format(amount=water_amount(ml))


def _water_undone(event: Event, ctx: Context) -> str:
    when = ctx.glass_times.get(event.data["event"])
    if when is None:
        return translate("History", "Took back a glass of water")
    return translate("History", "Took back the glass of water logged at {time}").format(
        time=local_time(when, ctx.tz))


def _stretch(event: Event, ctx: Context) -> str:
    d = event.data
    routine = _name(ctx, d.get("routine"))
    head = (translate("History", "Stretch break: {routine}").format(routine=routine) if routine
            else translate("History", "Stretch break"))
    done, total = d.get("steps_done"), d.get("steps_total")
    took = _duration(d.get("seconds"))
    if d.get("completed") is True:
        return translate("History", "{what}, finished{took}").format(what=head, took=took)
    if done == 0:
        return translate("History", "{what}, stopped before the first step").format(what=head)
    if done is not None and total:
        return translate("History", "{what}, stopped after {done} of {steps}{took}").format(
            what=head, done=int(done), steps=tr("%n steps", "steps, after on/of/after", int(total)), took=took)
    if done is not None:
        return translate("History", "{what}, stopped after {steps}{took}").format(
            what=head, steps=tr("%n steps", "steps, after on/of/after", int(done)), took=took)
    return translate("History", "{what}, stopped{took}").format(what=head, took=took)


def _breathing(event: Event, ctx: Context) -> str:
    d = event.data
    pattern = _name(ctx, d.get("pattern"))
    head = (translate("History", "Breathing: {pattern}").format(pattern=pattern) if pattern
            else translate("History", "Breathing session"))
    done = d.get("cycles_done")
    took = _duration(d.get("seconds"))
    if d.get("completed") is True:
        return translate("History", "{what}, finished{took}").format(what=head, took=took)
    if done == 0:
        return translate("History", "{what}, stopped before the first breath").format(what=head)
    if done is not None:
        return translate("History", "{what}, stopped after {breaths}{took}").format(
            what=head, breaths=tr("%n breaths", "breaths, after on/of/after", int(done)), took=took)
    return translate("History", "{what}, stopped{took}").format(what=head, took=took)


def _check(event: Event, ctx: Context) -> str:
    words = CHECK_LEVELS.get(event.data.get("level", ""))
    if words is None and event.data.get("answers") == []:
        words = translate("History", "nothing ticked")
    if words:
        return translate("History", "Checked a symptom, result: {result}").format(result=words)
    return translate("History", "Checked a symptom")


def _twitch(event: Event, ctx: Context) -> str:
    d = event.data
    parts = []
    if "area" in d:
        where = diary.AREAS_IN_SENTENCE[d["area"]]
        if "side" in d:
            where += f", {diary.SIDES[d['side']]}"
        parts.append(where)
    if "strength" in d:
        parts.append(diary.STRENGTHS_IN_SENTENCE[d["strength"]])
    if "duration" in d:
        parts.append(diary.DURATIONS_IN_SENTENCE[d["duration"]])
    if parts:
        text = translate("History", "Twitch logged in the diary: {details}").format(
            details=", ".join(parts))
    else:
        text = translate("History", "Twitch logged in the diary")
    occurred = _moment(d.get("occurred_at"))
    if occurred is not None and abs(occurred - event.at) > timedelta(minutes=15):
        local, logged = occurred.astimezone(ctx.tz), event.at.astimezone(ctx.tz)
        if local.date() == logged.date():
            text += translate("History", " (it happened at {time})").format(time=time_of_day(local))
        else:
            text += translate("History", " (it happened {day} at {time})").format(
                day=date_text(local, "short", "short"), time=time_of_day(local))
    if note := _text(d.get("note")):
        note = " ".join(note.split())
        if len(note) > NOTE_LENGTH:
            note = note[:NOTE_LENGTH - 1].rstrip() + "…"
        text += translate("History", ". Note: “{note}”").format(note=note)
    return text


def _twitch_edited(event: Event, ctx: Context) -> str:
    changed = [FIELD_NAMES[name] for name in diary.FIELDS if name in event.data]
    if changed:
        return translate("History", "Changed a twitch diary entry ({fields})").format(
            fields=", ".join(changed))
    return translate("History", "Changed a twitch diary entry")


# The diary's fields, as an edit names what it changed.
FIELD_NAMES = Words("History", {
    "area": QT_TRANSLATE_NOOP("History", "area"), "side": QT_TRANSLATE_NOOP("History", "side"),
    "duration": QT_TRANSLATE_NOOP("History", "duration"),
    "strength": QT_TRANSLATE_NOOP("History", "strength"),
    "triggers": QT_TRANSLATE_NOOP("History", "triggers"),
    "note": QT_TRANSLATE_NOOP("History", "note"),
    "occurred_at": QT_TRANSLATE_NOOP("History", "time")})


def _paused(event: Event, ctx: Context) -> str:
    until = _moment(event.data.get("until"))
    if until is None:
        return translate("History", "Reminders paused until you resume them")
    local, then = until.astimezone(ctx.tz), event.at.astimezone(ctx.tz)
    days = (local.date() - then.date()).days
    clock = time_of_day(local)
    if event.data.get("for_call"):
        return translate("History", "Reminders paused until the call ends ({time} at the latest)"
                         ).format(time=clock)
    if days <= 0:
        return translate("History", "Reminders paused until {time}").format(time=clock)
    if days == 1:
        return translate("History", "Reminders paused until tomorrow at {time}").format(time=clock)
    return translate("History", "Reminders paused until {day} at {time}").format(
        day=date_text(local), time=clock)


def _shown(event: Event, ctx: Context) -> str:
    if event.data.get("held", False):
        return translate("History", "{reminder} shown after being held").format(
            reminder=_reminder(event.data))
    return translate("History", "{reminder} shown").format(reminder=_reminder(event.data))


def _snoozed(event: Event, ctx: Context) -> str:
    minutes = event.data.get("minutes")
    if minutes is None:
        return translate("History", "{reminder} snoozed").format(reminder=_reminder(event.data))
    return translate("History", "{reminder} snoozed for {time}").format(
        reminder=_reminder(event.data), time=describe_minutes(minutes))


def _with_why(event: Event, plain: str, because: str) -> str:
    """``plain`` when no reason was recorded, else ``because`` with it (translated)."""
    reason = _text(event.data.get("reason"))
    if reason is None:
        return plain.format(reminder=_reminder(event.data))
    return because.format(reminder=_reminder(event.data), reason=translate("away", reason))


def _missed(event: Event, ctx: Context) -> str:
    return _with_why(event, translate("History", "{reminder} missed"),
                     translate("History", "{reminder} missed: {reason}"))


def _withdrawn(event: Event, ctx: Context) -> str:
    return _with_why(event, translate("History", "{reminder} withdrawn"),
                     translate("History", "{reminder} withdrawn: {reason}"))


def _held(event: Event, ctx: Context) -> str:
    return _with_why(event, translate("History", "{reminder} held"),
                     translate("History", "{reminder} held: {reason}"))


def _natural_break(event: Event, ctx: Context) -> str:
    time = describe_minutes(event.data["minutes"])
    if "cause" in event.data:
        return translate("History", "Natural break, {time} ({reason}), counted as a stretch break"
                         ).format(time=time, reason=translate("away", AWAY_REASONS[event.data["cause"]]))
    return translate("History", "Natural break, {time}, counted as a stretch break").format(time=time)


def _desktop_break(event: Event, ctx: Context) -> str:
    time = describe_minutes(event.data["minutes"])
    by = _text(event.data.get("by"))
    if by is None:
        return translate("History", "The desktop's movement break, {time}, counted as a stretch break"
                         ).format(time=time)
    return translate("History", "{desktop}'s movement break, {time}, counted as a stretch break"
                     ).format(desktop=by, time=time)


def _active_time(event: Event, ctx: Context) -> str:
    end = datetime.fromisoformat(event.data["end"])
    return translate("History", "At the computer until {end}, {time}").format(
        end=local_time(end, ctx.tz), time=describe_minutes(event.data["minutes"]))


def _limit_reminded(event: Event, ctx: Context) -> str:
    return translate("History", "Daily computer time reached: {time} so far").format(
        time=describe_minutes(event.data["minutes"]))


SENTENCES: dict[str, Callable[[Event, Context], str]] = {
    K.WATER_LOGGED: _water,
    K.WATER_UNDONE: _water_undone,
    K.STRETCH_SESSION: _stretch,
    K.BREATHING_SESSION: _breathing,
    K.SYMPTOM_CHECK: _check,
    K.TWITCH_LOGGED: _twitch,
    K.TWITCH_EDITED: _twitch_edited,
    K.TWITCH_DELETED: lambda e, c: translate("History", "Removed a twitch diary entry"),
    K.REMINDERS_PAUSED: _paused,
    K.REMINDERS_RESUMED: lambda e, c: translate("History", "Reminders resumed"),
    K.REMINDER_SHOWN: _shown,
    K.REMINDER_DONE: lambda e, c: translate("History", "{reminder} answered").format(
        reminder=_reminder(e.data)),
    K.REMINDER_SNOOZED: _snoozed,
    K.REMINDER_SKIPPED: lambda e, c: translate("History", "{reminder} skipped").format(
        reminder=_reminder(e.data)),
    K.REMINDER_MISSED: _missed,
    K.REMINDER_WITHDRAWN: _withdrawn,
    K.REMINDER_HELD: _held,
    K.REMINDER_COVERED: lambda e, c: translate("History", "{reminder} covered by a natural break"
                                               ).format(reminder=_reminder(e.data)),
    K.NATURAL_BREAK: _natural_break,
    K.DESKTOP_BREAK: _desktop_break,
    K.ACTIVE_TIME: _active_time,
    K.TIME_LIMIT_REMINDED: _limit_reminded,
}


def sentence(event: Event, ctx: Context) -> str:
    """What happened, in plain words (without its time)."""
    say = SENTENCES.get(event.kind)
    if say is not None:
        try:
            return say(event, ctx)
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError):
            pass  # a field this Companion does not understand: fall back to the kind
    words = " ".join(str(event.kind).replace("_", " ").split())[:NOTE_LENGTH]
    return words[:1].upper() + words[1:] if words else translate("History", "Something was recorded")


def summary(events: Iterable[Event], undone: frozenset[str] = frozenset()) -> str:
    """A day in one line: '5 glasses · 2 stretch breaks · 1 breathing session'."""
    counts = dict.fromkeys(("glass", "stretch", "natural", "breathing", "twitch", "check",
                            "missed"), 0)
    for e in events:
        d = e.data
        if e.kind == K.WATER_LOGGED and e.id not in undone:
            counts["glass"] += 1
        # As Today counts them: a session stopped before its first step is not a break.
        elif e.kind == K.STRETCH_SESSION and _positive(d.get("steps_done"), d):
            counts["stretch"] += 1
        elif e.kind == K.NATURAL_BREAK:
            counts["natural"] += 1
        elif e.kind == K.BREATHING_SESSION and _positive(d.get("cycles_done"), d):
            counts["breathing"] += 1
        elif e.kind == K.TWITCH_LOGGED:
            counts["twitch"] += 1
        elif e.kind == K.SYMPTOM_CHECK:
            counts["check"] += 1
        elif e.kind == K.REMINDER_MISSED:
            counts["missed"] += 1
    parts = [tr("%n glasses", "water", counts["glass"]),
             tr("%n stretch breaks", "history summary", counts["stretch"]),
             tr("%n natural breaks", "history summary", counts["natural"]),
             tr("%n breathing sessions", "history summary", counts["breathing"]),
             tr("%n twitches logged", "history summary", counts["twitch"]),
             tr("%n symptoms checked", "history summary", counts["check"]),
             tr("%n missed reminders", "history summary", counts["missed"])]
    shown = [part for part, n in zip(parts, counts.values(), strict=True) if n]
    # Glasses are the day's main figure: said even when none, so a day with only
    # skipped prompts still reads as a day.
    if not counts["glass"]:
        shown.insert(0, translate("History", "No glasses"))
    return " · ".join(shown)


def _positive(value: int | None, data: dict[str, Any]) -> bool:
    return value > 0 if value is not None else data.get("completed", False)

