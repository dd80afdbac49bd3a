"""Twitch diary: episodes the user logs, kept as a projection over append-only history.

Adding, editing and deleting each record an event (``twitch_logged``, ``twitch_edited``,
``twitch_deleted``) that names the entry; the current diary is rebuilt from them, so two
machines' histories merge by plain union.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from .i18n import QT_TRANSLATE_NOOP, translate
from .kinds import EventKind
from .translated import Words
from .wording import date_text, time_of_day

# Each table's keys are what the history stores; its words are read in the person's
# language when looked up. The "in a sentence" tables are the same words inside a
# sentence ("palm" in English, still "Handfläche" in German).
# Palm comes first: it is the reason most people open the diary.
AREAS = Words("diary", {
    "palm": QT_TRANSLATE_NOOP("diary", "Palm"),
    "thumb": QT_TRANSLATE_NOOP("diary", "Thumb"),
    "fingers": QT_TRANSLATE_NOOP("diary", "Fingers"),
    "wrist_forearm": QT_TRANSLATE_NOOP("diary", "Wrist or forearm"),
    "upper_arm": QT_TRANSLATE_NOOP("diary", "Upper arm"),
    "eyelid": QT_TRANSLATE_NOOP("diary", "Eyelid"),
    "face": QT_TRANSLATE_NOOP("diary", "Face"),
    "neck_shoulder": QT_TRANSLATE_NOOP("diary", "Neck or shoulder"),
    "back": QT_TRANSLATE_NOOP("diary", "Back"),
    "thigh": QT_TRANSLATE_NOOP("diary", "Thigh"),
    "calf": QT_TRANSLATE_NOOP("diary", "Calf"),
    "foot": QT_TRANSLATE_NOOP("diary", "Foot"),
    "other": QT_TRANSLATE_NOOP("diary", "Somewhere else"),
})
AREAS_IN_SENTENCE = Words("diary, in a sentence", {
    "palm": QT_TRANSLATE_NOOP("diary, in a sentence", "palm"),
    "thumb": QT_TRANSLATE_NOOP("diary, in a sentence", "thumb"),
    "fingers": QT_TRANSLATE_NOOP("diary, in a sentence", "fingers"),
    "wrist_forearm": QT_TRANSLATE_NOOP("diary, in a sentence", "wrist or forearm"),
    "upper_arm": QT_TRANSLATE_NOOP("diary, in a sentence", "upper arm"),
    "eyelid": QT_TRANSLATE_NOOP("diary, in a sentence", "eyelid"),
    "face": QT_TRANSLATE_NOOP("diary, in a sentence", "face"),
    "neck_shoulder": QT_TRANSLATE_NOOP("diary, in a sentence", "neck or shoulder"),
    "back": QT_TRANSLATE_NOOP("diary, in a sentence", "back"),
    "thigh": QT_TRANSLATE_NOOP("diary, in a sentence", "thigh"),
    "calf": QT_TRANSLATE_NOOP("diary, in a sentence", "calf"),
    "foot": QT_TRANSLATE_NOOP("diary, in a sentence", "foot"),
    "other": QT_TRANSLATE_NOOP("diary, in a sentence", "somewhere else"),
})
SIDES = Words("diary", {
    "left": QT_TRANSLATE_NOOP("diary", "left"),
    "right": QT_TRANSLATE_NOOP("diary", "right"),
    "both": QT_TRANSLATE_NOOP("diary", "both sides"),
    "centre": QT_TRANSLATE_NOOP("diary", "centre"),
})
DURATIONS = Words("diary", {
    "seconds": QT_TRANSLATE_NOOP("diary", "A few seconds"),
    "minute": QT_TRANSLATE_NOOP("diary", "Up to a minute"),
    "minutes": QT_TRANSLATE_NOOP("diary", "Several minutes"),
    "hours": QT_TRANSLATE_NOOP("diary", "On and off for hours"),
})
DURATIONS_IN_SENTENCE = Words("diary, in a sentence", {
    "seconds": QT_TRANSLATE_NOOP("diary, in a sentence", "a few seconds"),
    "minute": QT_TRANSLATE_NOOP("diary, in a sentence", "up to a minute"),
    "minutes": QT_TRANSLATE_NOOP("diary, in a sentence", "several minutes"),
    "hours": QT_TRANSLATE_NOOP("diary, in a sentence", "on and off for hours"),
})
STRENGTHS = Words("diary", {
    "faint": QT_TRANSLATE_NOOP("diary", "Faint (felt more than seen)"),
    "visible": QT_TRANSLATE_NOOP("diary", "Visible"),
    "strong": QT_TRANSLATE_NOOP("diary", "Strong (moves a finger or joint)"),
})
STRENGTHS_IN_SENTENCE = Words("diary, in a sentence", {
    "faint": QT_TRANSLATE_NOOP("diary, in a sentence", "faint"),
    "visible": QT_TRANSLATE_NOOP("diary, in a sentence", "visible"),
    "strong": QT_TRANSLATE_NOOP("diary, in a sentence", "strong"),
})

LOGGED, EDITED, DELETED = EventKind.TWITCH_LOGGED, EventKind.TWITCH_EDITED, EventKind.TWITCH_DELETED
LONG_RUNNING_DAYS = 14  # NHS: see a GP about a twitch lasting more than two weeks.
WINDOW_DAYS = 60  # older entries belong to an earlier, settled episode
FIELDS = ("area", "side", "duration", "strength", "triggers", "note", "occurred_at")


@dataclass(frozen=True)
class Entry:
    """One logged twitch episode."""

    entry_id: str
    area: str
    side: str
    duration: str
    strength: str
    triggers: tuple[str, ...]
    note: str
    occurred_at: datetime

    def where(self) -> str:
        """Body area and side in words, e.g. "Palm, left"."""
        return translate("diary", "{area}, {side}").format(area=AREAS[self.area], side=SIDES[self.side])


def summary(entry: Entry, trigger_labels: Mapping[str, str], now: datetime,
            tz: tzinfo | None = None) -> list[str]:
    """The entry in words, a line each: when and where; how long, how strong and the
    suspected triggers; the note, if any.

    E.g. ["Tue 3 March, 14:20 — Eyelid, left", "A few seconds, faint. Suspected
    triggers: Caffeine, Stress.", "Note: after a long meeting"]. The year is said only
    when it is not the year of ``now``; ``tz`` None is local time.
    """
    when = entry.occurred_at.astimezone(tz)
    day = date_text(when, weekday="short", year=when.year != now.astimezone(tz).year)
    how = translate("diary", "{how_long}, {strength}.").format(
        how_long=DURATIONS[entry.duration], strength=STRENGTHS_IN_SENTENCE[entry.strength])
    if entry.triggers:
        how += translate("diary", " Suspected triggers: {triggers}.").format(
            triggers=", ".join(trigger_labels.get(t, t) for t in entry.triggers))
    lines = [translate("diary", "{day}, {time} — {where}").format(
        day=day, time=time_of_day(when), where=entry.where()), how]
    if entry.note:
        lines.append(translate("diary", "Note: {note}").format(note=entry.note))
    return lines


def _check(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate diary fields and turn them into what is stored in history."""
    choices = {"area": AREAS, "side": SIDES, "duration": DURATIONS, "strength": STRENGTHS}
    for name, allowed in choices.items():
        if name in fields and fields[name] not in allowed:
            raise ValueError(f"diary {name} must be one of {', '.join(allowed)}, "
                             f"not {fields[name]!r}")
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown diary fields: {', '.join(sorted(unknown))}")
    stored = dict(fields)
    if "triggers" in fields:
        stored["triggers"] = [str(t) for t in fields["triggers"]]
    if "note" in fields:
        stored["note"] = str(fields["note"]).strip()
    if "occurred_at" in fields:
        when = fields["occurred_at"]
        if when.tzinfo is None:
            raise ValueError("occurred_at must be timezone-aware")
        stored["occurred_at"] = when.astimezone(UTC).isoformat()
    return stored


def add(history: Any, area: str, side: str, duration: str = "seconds", strength: str = "faint",
        triggers: Sequence[str] = (), note: str = "", occurred_at: datetime | None = None) -> str:
    """Log an episode (now, unless ``occurred_at`` is given); returns its entry id."""
    import uuid  # here: start-up never logs a twitch, and uuid loads `platform` (3 ms)
    entry_id = uuid.uuid4().hex
    data = _check({"area": area, "side": side, "duration": duration, "strength": strength,
                   "triggers": triggers, "note": note,
                   "occurred_at": occurred_at or history.clock()})
    history.record(LOGGED, {"entry_id": entry_id, **data})
    return entry_id


def edit(history: Any, entry_id: str, **fields: Any) -> None:
    """Change some fields of an entry."""
    history.record(EDITED, {"entry_id": entry_id, **_check(fields)})


def delete(history: Any, entry_id: str) -> None:
    """Remove an entry from the diary (the history keeps the record of it)."""
    history.record(DELETED, {"entry_id": entry_id})


def _entry(data: dict[str, Any]) -> Entry:
    return Entry(entry_id=data["entry_id"], area=data["area"], side=data["side"],
                 duration=data["duration"], strength=data["strength"],
                 triggers=tuple(data.get("triggers", ())), note=data.get("note", ""),
                 occurred_at=datetime.fromisoformat(data["occurred_at"]))


def entries(history: Any, since: datetime | None = None,
            until: datetime | None = None) -> list[Entry]:
    """Current entries whose episode happened in [since, until), oldest first."""
    # Only the entries that may fall in the range: Today asks on every refresh, and a
    # diary kept for years must not make that slower (issue 23).
    events = history.diary_events(since)
    # Creations first: an edit stamped in the same instant as its creation may sort before it.
    current = {e.data["entry_id"]: _entry(e.data) for e in events if e.kind == LOGGED}
    for event in events:
        entry = current.get(event.data.get("entry_id"))
        if entry is None:
            continue  # deleted already, or an edit for an entry this history never saw
        if event.kind == DELETED:
            del current[entry.entry_id]
        elif event.kind == EDITED:
            changes = {k: v for k, v in event.data.items() if k in FIELDS}
            current[entry.entry_id] = _entry({**_stored(entry), **changes})
    found = [e for e in current.values()
             if (since is None or e.occurred_at >= since)
             and (until is None or e.occurred_at < until)]
    return sorted(found, key=lambda e: (e.occurred_at, e.entry_id))


def _stored(entry: Entry) -> dict[str, Any]:
    return {"entry_id": entry.entry_id, "area": entry.area, "side": entry.side,
            "duration": entry.duration, "strength": entry.strength,
            "triggers": list(entry.triggers), "note": entry.note,
            "occurred_at": entry.occurred_at.isoformat()}


def days_span(found: list[Entry], tz: tzinfo | None = None) -> int | None:
    """Calendar days from the first to the last entry, both counted; None if no entries."""
    if not found:
        return None
    days = [e.occurred_at.astimezone(tz).date() for e in found]  # tz None: local time
    return (max(days) - min(days)).days + 1


def twitch_days_span(history: Any, now: datetime, tz: tzinfo | None = None) -> int | None:
    """How many days the twitching recorded in the last WINDOW_DAYS is spread over."""
    return days_span(entries(history, since=now - timedelta(days=WINDOW_DAYS)), tz)


def long_running_reason(days: int) -> str:
    """The 'see a doctor soon' reason for twitching recorded over ``days`` days."""
    return translate("diary", "Your diary shows twitching on days spread over {days} days. "
                     "Twitching that goes on for more than two weeks is worth showing to a "
                     "doctor.").format(days=days)


def diary_alert(history: Any, now: datetime, tz: tzinfo | None = None) -> str | None:
    """The 'see a doctor soon' text when the diary spans more than two weeks, else None."""
    span = twitch_days_span(history, now, tz)
    return long_running_reason(span) if span and span > LONG_RUNNING_DAYS else None
