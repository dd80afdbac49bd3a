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
from .kinds import AWAY_REASONS, ReminderKind
from .kinds import EventKind as K
from .wording import date_text, describe_minutes, describe_seconds, plural, time_of_day

REMINDER_NAMES: dict[str, str] = {ReminderKind.HYDRATION: "Water reminder",
                  ReminderKind.STRETCH: "Stretch reminder",
                  ReminderKind.BREATHING: "Breathing reminder"}
# What a saved check (Check a symptom) concluded (the checklist's levels), as a sentence ends.
CHECK_LEVELS = {"urgent": "get help now", "see_doctor_soon": "see a doctor soon",
                "self_care": "self-care"}
STRENGTHS = {"faint": "faint", "visible": "visible", "strong": "strong"}
NOTE_LENGTH = 60  # a longer diary note is cut short here; the diary shows it whole


def local_time(when: datetime, tz: tzinfo) -> str:
    """'09:05', in the user's time zone."""
    return time_of_day(when.astimezone(tz))


def day_title(day: date, today: date) -> str:
    """'Today', 'Yesterday', 'Monday 30 November', with the year when not this year's."""
    if day == today:
        return "Today"
    if day == today - timedelta(days=1):
        return "Yesterday"
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
    if kind in REMINDER_NAMES:
        return REMINDER_NAMES[kind]
    name = _text(kind)
    return f"Reminder ({name})" if name else "Reminder"


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
    text = "Drank a glass of water" + (f" ({round(ml)} ml)" if ml is not None else "")
    return text + (", later taken back" if event.id in ctx.undone else "")


def _water_undone(event: Event, ctx: Context) -> str:
    when = ctx.glass_times.get(event.data["event"])
    if when is None:
        return "Took back a glass of water"
    return f"Took back the glass of water logged at {local_time(when, ctx.tz)}"


def _stretch(event: Event, ctx: Context) -> str:
    d = event.data
    routine = _name(ctx, d.get("routine"))
    head = f"Stretch break: {routine}" if routine else "Stretch break"
    done, total = d.get("steps_done"), d.get("steps_total")
    took = _duration(d.get("seconds"))
    if d.get("completed") is True:
        return f"{head}, finished{took}"
    if done == 0:
        return f"{head}, stopped before the first step"
    if done is not None and total:
        return f"{head}, stopped after {int(done)} of {plural(int(total), 'step')}{took}"
    if done is not None:
        return f"{head}, stopped after {plural(int(done), 'step')}{took}"
    return f"{head}, stopped{took}"


def _breathing(event: Event, ctx: Context) -> str:
    d = event.data
    pattern = _name(ctx, d.get("pattern"))
    head = f"Breathing: {pattern}" if pattern else "Breathing session"
    done = d.get("cycles_done")
    took = _duration(d.get("seconds"))
    if d.get("completed") is True:
        return f"{head}, finished{took}"
    if done == 0:
        return f"{head}, stopped before the first breath"
    if done is not None:
        return f"{head}, stopped after {plural(int(done), 'breath')}{took}"
    return f"{head}, stopped{took}"


def _check(event: Event, ctx: Context) -> str:
    words = CHECK_LEVELS.get(event.data.get("level", ""))
    if words is None and event.data.get("answers") == []:
        words = "nothing ticked"
    return f"Checked a symptom, result: {words}" if words else "Checked a symptom"


def _twitch(event: Event, ctx: Context) -> str:
    d = event.data
    parts = []
    if "area" in d:
        where = diary.AREAS[d["area"]].lower()
        if "side" in d:
            where += f", {diary.SIDES[d['side']]}"
        parts.append(where)
    if "strength" in d:
        parts.append(STRENGTHS[d["strength"]])
    if "duration" in d:
        parts.append(diary.DURATIONS[d["duration"]].lower())
    text = "Twitch logged in the diary" + (": " + ", ".join(parts) if parts else "")
    occurred = _moment(d.get("occurred_at"))
    if occurred is not None and abs(occurred - event.at) > timedelta(minutes=15):
        local, logged = occurred.astimezone(ctx.tz), event.at.astimezone(ctx.tz)
        day = "" if local.date() == logged.date() else date_text(local, "short", "short") + " "
        text += f" (it happened {day}at {time_of_day(local)})"
    if note := _text(d.get("note")):
        note = " ".join(note.split())
        if len(note) > NOTE_LENGTH:
            note = note[:NOTE_LENGTH - 1].rstrip() + "…"
        text += f". Note: “{note}”"
    return text


def _twitch_edited(event: Event, ctx: Context) -> str:
    changed = [name.replace("occurred_at", "time").replace("_", " ")
               for name in diary.FIELDS if name in event.data]
    return "Changed a twitch diary entry" + (f" ({', '.join(changed)})" if changed else "")


def _paused(event: Event, ctx: Context) -> str:
    until = _moment(event.data.get("until"))
    if until is None:
        return "Reminders paused until you resume them"
    local, then = until.astimezone(ctx.tz), event.at.astimezone(ctx.tz)
    days = (local.date() - then.date()).days
    clock = time_of_day(local)
    if event.data.get("for_call"):
        return f"Reminders paused until the call ends ({clock} at the latest)"
    if days <= 0:
        return f"Reminders paused until {clock}"
    if days == 1:
        return f"Reminders paused until tomorrow at {clock}"
    return f"Reminders paused until {date_text(local)} at {clock}"


def _shown(event: Event, ctx: Context) -> str:
    held = event.data.get("held", False)
    return _reminder(event.data) + (" shown after being held" if held else " shown")


def _snoozed(event: Event, ctx: Context) -> str:
    minutes = event.data.get("minutes")
    return _reminder(event.data) + " snoozed" + (
        f" for {describe_minutes(minutes)}" if minutes is not None else "")


def _why(event: Event) -> str:
    reason = _text(event.data.get("reason"))
    return f": {reason}" if reason else ""


def _natural_break(event: Event, ctx: Context) -> str:
    text = f"Natural break, {describe_minutes(event.data['minutes'])}"
    if "cause" in event.data:
        text += f" ({AWAY_REASONS[event.data['cause']]})"
    return text + ", counted as a stretch break"


def _desktop_break(event: Event, ctx: Context) -> str:
    by = _text(event.data.get("by")) or "The desktop"
    return f"{by}'s movement break, {describe_minutes(event.data['minutes'])}, counted as a stretch break"


def _active_time(event: Event, ctx: Context) -> str:
    end = datetime.fromisoformat(event.data["end"])
    return f"At the computer until {local_time(end, ctx.tz)}, {describe_minutes(event.data['minutes'])}"


def _limit_reminded(event: Event, ctx: Context) -> str:
    return f"Daily computer time reached: {describe_minutes(event.data['minutes'])} so far"


SENTENCES: dict[str, Callable[[Event, Context], str]] = {
    K.WATER_LOGGED: _water,
    K.WATER_UNDONE: _water_undone,
    K.STRETCH_SESSION: _stretch,
    K.BREATHING_SESSION: _breathing,
    K.SYMPTOM_CHECK: _check,
    K.TWITCH_LOGGED: _twitch,
    K.TWITCH_EDITED: _twitch_edited,
    K.TWITCH_DELETED: lambda e, c: "Removed a twitch diary entry",
    K.REMINDERS_PAUSED: _paused,
    K.REMINDERS_RESUMED: lambda e, c: "Reminders resumed",
    K.REMINDER_SHOWN: _shown,
    K.REMINDER_DONE: lambda e, c: _reminder(e.data) + " answered",
    K.REMINDER_SNOOZED: _snoozed,
    K.REMINDER_SKIPPED: lambda e, c: _reminder(e.data) + " skipped",
    K.REMINDER_MISSED: lambda e, c: _reminder(e.data) + " missed" + _why(e),
    K.REMINDER_WITHDRAWN: lambda e, c: _reminder(e.data) + " withdrawn" + _why(e),
    K.REMINDER_HELD: lambda e, c: _reminder(e.data) + " held" + _why(e),
    K.REMINDER_COVERED: lambda e, c: _reminder(e.data) + " covered by a natural break",
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
    return words[:1].upper() + words[1:] if words else "Something was recorded"


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
    parts = [plural(counts["glass"], "glass", "glasses"),
             plural(counts["stretch"], "stretch break"),
             plural(counts["natural"], "natural break"),
             plural(counts["breathing"], "breathing session"),
             plural(counts["twitch"], "twitch", "twitches") + " logged",
             plural(counts["check"], "symptom") + " checked",
             plural(counts["missed"], "missed reminder")]
    shown = [part for part, n in zip(parts, counts.values(), strict=True) if n]
    # Glasses are the day's main figure: said even when none, so a day with only
    # skipped prompts still reads as a day.
    if not counts["glass"]:
        shown.insert(0, "No glasses")
    return " · ".join(shown)


def _positive(value: int | None, data: dict[str, Any]) -> bool:
    return value > 0 if value is not None else data.get("completed", False)

