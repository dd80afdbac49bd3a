"""The user's history as files to take away and bring back: the formats, no file handling.

Three ways out: CSV with one row per event (every detail, readable back), CSV with one
row per local day (counts for a spreadsheet), and a JSON backup another Companion
imports. Import merges by event id (``History.merge``), so bringing the same backup in
twice changes nothing, and a file that is damaged or is not a Companion backup is
refused whole, with a sentence that says why, before anything is added.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from . import event_data
from .history import Event
from .i18n import translate
from .kinds import EventKind as K
from .kinds import ReminderKind

MACHINE_ID = re.compile(r"[0-9a-f]{32}")  # as the shared folder names machines
BACKUP_FORMAT = "companion-backup"
BACKUP_VERSION = 1
EVENT_COLUMNS = ("id", "time_utc", "local_time", "kind", "details")
DAY_COLUMNS = ("date", "glasses", "water_ml", "stretch_breaks", "stretch_minutes",
               "breathing_sessions", "breathing_minutes", "natural_breaks",
               "natural_break_minutes", "prompts_done", "prompts_snoozed", "prompts_skipped",
               "prompts_missed", "prompts_held", "twitches_logged", "symptom_checks")


class NotImportable(ValueError):
    """A file that cannot be imported; the message says why, in plain words."""


def _utc_text(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _utc_time(text: object) -> datetime:
    if not isinstance(text, str):
        raise ValueError("no time")
    if text.endswith("Z"):  # as Companion writes them: the quick way
        when = datetime.fromisoformat(text[:-1])
        if when.tzinfo is not None:
            raise ValueError("two UTC offsets")
        return when.replace(tzinfo=UTC)
    when = datetime.fromisoformat(text)
    if when.utcoffset() is None:
        raise ValueError("a time without its UTC offset")
    return when.astimezone(UTC)


# -- one row per event ---------------------------------------------------------------
def events_csv(events: Iterable[Event], tz: tzinfo) -> str:
    """CSV text, one row per event: its id, UTC and local time, kind and details (JSON)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EVENT_COLUMNS)
    for e in events:
        writer.writerow((e.id, _utc_text(e.at), e.at.astimezone(tz).isoformat(timespec="seconds"),
                         e.kind, json.dumps(e.data, sort_keys=True, ensure_ascii=False)))
    return out.getvalue()


def read_events_csv(text: str) -> list[Event]:
    """The events in CSV text written by ``events_csv``; NotImportable if it is not that."""
    rows = csv.reader(io.StringIO(text))
    if tuple(next(rows, ())) != EVENT_COLUMNS:
        raise NotImportable(translate("exchange", "This CSV file was not exported by Companion with "
                                      "one row per event (its first line is not the column names "
                                      "Companion writes)."))
    found = []
    for number, row in enumerate(rows, start=2):
        if len(row) != len(EVENT_COLUMNS):
            raise NotImportable(translate("exchange", "Line {line} of the file is damaged (it has "
                                          "{count} values, not {wanted}).").format(
                line=number, count=len(row), wanted=len(EVENT_COLUMNS)))
        event_id, at, _, kind, details = row
        try:
            data = json.loads(details)
        except (ValueError, RecursionError):
            raise NotImportable(translate("exchange", "Line {line} of the file is damaged (its "
                                          "details cannot be read).").format(line=number)) from None
        found.append(_event(event_id, at, kind, data, translate("exchange", "Line {line}").format(
            line=number)))
    return found


# -- the JSON backup -----------------------------------------------------------------
def backup_json(events: Iterable[Event], now: datetime) -> bytes:
    """A full backup: every event with its id, UTC time, kind and details."""
    document = {
        "format": BACKUP_FORMAT, "version": BACKUP_VERSION, "exported_at": _utc_text(now),
        # "machine": where an entry shared from another computer was recorded (issue 25);
        # an older Companion reading the backup passes over it.
        "events": [{"id": e.id, "at": _utc_text(e.at), "kind": e.kind, "data": e.data}
                   | ({"machine": e.machine} if e.machine else {}) for e in events],
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def read_backup(data: bytes) -> list[Event]:
    """The events in a backup made by ``backup_json``; NotImportable, saying why, for a
    file that is damaged, is not a Companion backup, or comes from a newer Companion."""
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise NotImportable(translate("exchange", "This file is not a Companion backup (it is not "
                                      "text).")) from None
    except (ValueError, RecursionError):
        raise NotImportable(translate("exchange", "This file is damaged or is not a Companion backup "
                                      "(it is not complete JSON).")) from None
    if not isinstance(document, dict) or document.get("format") != BACKUP_FORMAT:
        raise NotImportable(translate("exchange", "This file is not a Companion backup."))
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NotImportable(translate("exchange", "This Companion backup is damaged (its version is "
                                      "missing)."))
    if version > BACKUP_VERSION:
        raise NotImportable(translate("exchange", "This backup was made by a newer Companion; "
                                      "update Companion to import it."))
    events = document.get("events")
    if not isinstance(events, list):
        raise NotImportable(translate("exchange", "This Companion backup is damaged (its list of "
                                      "entries is missing)."))
    found = []
    for number, item in enumerate(events, start=1):
        if not isinstance(item, dict):
            raise NotImportable(translate("exchange", "Entry {entry} of the backup is damaged.").format(
                entry=number))
        event = _event(item.get("id"), item.get("at"), item.get("kind"), item.get("data"),
                       translate("exchange", "Entry {entry} of the backup").format(entry=number))
        machine = item.get("machine")
        if isinstance(machine, str) and MACHINE_ID.fullmatch(machine):
            event = replace(event, machine=machine)
        found.append(event)
    return found


def _event(event_id: object, at: object, kind: object, data: object, where: str) -> Event:
    """One imported event, checked as Companion checks the ones it records."""
    if not isinstance(event_id, str) or not event_id or len(event_id) > 100:
        raise NotImportable(translate("exchange", "{where} is damaged (it has no id).").format(
            where=where))
    if not isinstance(kind, str) or not kind or len(kind) > 100:
        raise NotImportable(translate("exchange", "{where} is damaged (it does not say what it "
                                      "records).").format(where=where))
    try:
        when = _utc_time(at)
    except ValueError:
        raise NotImportable(translate("exchange", "{where} is damaged (its time cannot be read)."
                                      ).format(where=where)) from None
    if (problem := event_data.problem(kind, data)) is not None:
        # (The problem itself names a field of the file, in the file's own words.)
        raise NotImportable(translate("exchange", "{where} is damaged ({problem}).").format(
            where=where, problem=problem))
    assert isinstance(data, dict)  # (problem() said so)
    return Event(kind=kind, at=when, data=data, id=event_id)


# -- one row per day -----------------------------------------------------------------
@dataclass
class _Day:
    counts: Counter[str]
    minutes: Counter[str]


def day_rows(events: Iterable[Event], tz: tzinfo) -> list[dict[str, Any]]:
    """One row per local day (``DAY_COLUMNS``) from the first day with an event to the
    last, days without any included, counted as Today counts them."""
    events = list(events)
    undone = {e.data.get("event") for e in events if e.kind == K.WATER_UNDONE}
    days: dict[date, _Day] = {}
    for e in events:
        _count(e, days.setdefault(e.at.astimezone(tz).date(), _Day(Counter(), Counter())), undone)
    if not days:
        return []
    rows: list[dict[str, Any]] = []
    day, last = min(days), max(days)
    while day <= last:
        found = days.get(day, _Day(Counter(), Counter()))
        rows.append({"date": day.isoformat(), **{name: found.counts[name] for name in DAY_COLUMNS[1:]},
                     **{name: round(found.minutes[name], 1) for name in found.minutes}})
        day += timedelta(days=1)
    return rows


_PROMPT_COUNTS = {K.REMINDER_DONE: "prompts_done", K.REMINDER_SNOOZED: "prompts_snoozed",
                  K.REMINDER_SKIPPED: "prompts_skipped", K.REMINDER_MISSED: "prompts_missed",
                  K.REMINDER_HELD: "prompts_held"}


def _count(e: Event, day: _Day, undone: set[Any]) -> None:
    counts, data = day.counts, e.data
    if e.kind == K.WATER_LOGGED and e.id not in undone:
        counts["glasses"] += 1
        counts["water_ml"] += int(data.get("ml", 0))
    elif e.kind == K.STRETCH_SESSION and data.get("steps_done", 0) > 0:
        counts["stretch_breaks"] += 1
        day.minutes["stretch_minutes"] += data.get("seconds", 0) / 60
    elif e.kind == K.BREATHING_SESSION and data.get("cycles_done", 0) > 0:
        counts["breathing_sessions"] += 1
        day.minutes["breathing_minutes"] += data.get("seconds", 0) / 60
    elif e.kind == K.NATURAL_BREAK:
        counts["natural_breaks"] += 1
        day.minutes["natural_break_minutes"] += data["minutes"]
    elif e.kind == K.TWITCH_LOGGED:
        counts["twitches_logged"] += 1
    elif e.kind == K.SYMPTOM_CHECK:
        counts["symptom_checks"] += 1
    elif e.kind in _PROMPT_COUNTS and data.get("kind") in set(ReminderKind):
        counts[_PROMPT_COUNTS[K(e.kind)]] += 1


def days_csv(events: Iterable[Event], tz: tzinfo) -> str:
    """CSV text with one row per local day (``day_rows``)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, DAY_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(day_rows(events, tz))
    return out.getvalue()
