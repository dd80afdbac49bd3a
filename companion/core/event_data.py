"""What each kind of history event carries, checked in one place.

History runs every stored event through ``problem`` before handing it out, so the code
that reads events (today's counts, undo, the diary, the report...) can trust the fields
it uses instead of each guarding against a hand-edited or damaged file. ``record`` runs
the same check, so Companion never writes an event it would later refuse to read.

Only fields some reader relies on are listed; other fields are kept as they are. Kinds
not listed here (from a newer Companion, say) pass with any JSON object as data.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from typing import Any

from . import diary
from .activity import AWAY_REASONS
from .kinds import EventKind

# A check returns None when the value is fine, else a few words on what is wrong.
Check = Callable[[object], "str | None"]


def _count(value: object) -> str | None:
    # bool is an int in Python, but `true` glasses is not a number the user logged.
    ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    return None if ok else "is not a whole number of zero or more"


def _amount(value: object) -> str | None:
    ok = (isinstance(value, (int, float)) and not isinstance(value, bool)
          and math.isfinite(value) and value >= 0)
    return None if ok else "is not a number of zero or more"


def _text(value: object) -> str | None:
    return None if isinstance(value, str) else "is not text"


def _flag(value: object) -> str | None:
    return None if isinstance(value, bool) else "is not true or false"


def _texts(value: object) -> str | None:
    ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    return None if ok else "is not a list of text"


def _moment(value: object) -> str | None:
    """An ISO 8601 time with its UTC offset (a time without one cannot be compared)."""
    if not isinstance(value, str):
        return "is not a time"
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return "is not a time"
    return None if when.utcoffset() is not None else "is a time without a UTC offset"


def _moment_or_none(value: object) -> str | None:
    return None if value is None else _moment(value)


def _one_of(choices: dict[str, Any]) -> Check:
    def check(value: object) -> str | None:
        return None if isinstance(value, str) and value in choices else "is not a known choice"
    return check


# Per kind: field -> (check, required).
_REMINDER: dict[str, tuple[Check, bool]] = {"kind": (_text, False)}
# A prompt held, missed or covered may say which due time it stood for, and why.
_WHY: dict[str, tuple[Check, bool]] = {"due": (_moment, False), "reason": (_text, False)}
_DIARY_FIELDS: dict[str, Check] = {
    "area": _one_of(diary.AREAS), "side": _one_of(diary.SIDES),
    "duration": _one_of(diary.DURATIONS), "strength": _one_of(diary.STRENGTHS),
    "triggers": _texts, "note": _text, "occurred_at": _moment,
}
_ENTRY_ID: dict[str, tuple[Check, bool]] = {"entry_id": (_text, True)}

FIELDS: dict[str, dict[str, tuple[Check, bool]]] = {
    EventKind.WATER_LOGGED: {"ml": (_count, False), "via": (_text, False)},
    EventKind.WATER_UNDONE: {"event": (_text, True)},
    EventKind.STRETCH_SESSION: {"routine": (_text, False), "steps_done": (_count, False),
                        "steps_total": (_count, False), "seconds": (_amount, False),
                        "completed": (_flag, False)},
    EventKind.BREATHING_SESSION: {"pattern": (_text, False), "cycles_done": (_count, False),
                          "seconds": (_amount, False), "completed": (_flag, False)},
    EventKind.SYMPTOM_CHECK: {"level": (_text, False), "reasons": (_texts, False),
                      "answers": (_texts, False)},
    EventKind.REMINDERS_PAUSED: {"until": (_moment_or_none, False), "for_call": (_flag, False)},
    EventKind.REMINDERS_RESUMED: {},
    **{kind: _REMINDER for kind in (EventKind.REMINDER_DONE, EventKind.REMINDER_SNOOZED,
                                    EventKind.REMINDER_SKIPPED)},
    EventKind.REMINDER_SHOWN: {**_REMINDER, "held": (_flag, False)},
    EventKind.REMINDER_MISSED: {**_REMINDER, **_WHY},
    EventKind.REMINDER_WITHDRAWN: {**_REMINDER, **_WHY},
    EventKind.REMINDER_HELD: {**_REMINDER, **_WHY},
    EventKind.REMINDER_COVERED: {**_REMINDER, "due": (_moment, False),
                                 "break_start": (_moment, False)},
    # Today adds up the minutes and History names the cause: both must be trustworthy.
    EventKind.NATURAL_BREAK: {"start": (_moment, True), "end": (_moment, True),
                              "minutes": (_amount, True), "cause": (_one_of(AWAY_REASONS), False)},
    # A new diary entry needs every field: the diary rebuilds entries from them.
    diary.LOGGED: {**_ENTRY_ID, **{name: (check, name not in ("triggers", "note"))
                                   for name, check in _DIARY_FIELDS.items()}},
    diary.EDITED: {**_ENTRY_ID, **{name: (check, False) for name, check in _DIARY_FIELDS.items()}},
    diary.DELETED: _ENTRY_ID,
}


def problem(kind: str, data: object) -> str | None:
    """Why ``data`` cannot be used for an event of ``kind``; None when it can."""
    if not isinstance(data, dict):
        return "its details are not a set of named values"
    for name, (check, required) in FIELDS.get(kind, {}).items():
        if name not in data:
            if required:
                return f"{name} is missing"
            continue
        if (wrong := check(data[name])) is not None:
            return f"{name} {wrong}"
    return None
