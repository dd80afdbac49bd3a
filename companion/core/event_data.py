"""What each kind of history event carries, checked in one place.

History runs every stored event through ``problem`` before handing it out, so the code
that reads events (today's counts, undo, the diary, the report...) can trust the fields
it uses instead of each guarding against a hand-edited or damaged file. ``record`` runs
the same check, so Companion never writes an event it would later refuse to read.

Only fields some reader relies on are listed; other fields are kept as they are. Kinds
not listed here (from a newer Companion, say) pass with any JSON object as data.
"""

from __future__ import annotations

from . import checks, diary
from .checks import Field
from .kinds import AWAY_REASONS, EventKind

# bool is an int in Python, but `true` glasses is not a number the user logged.
_count = checks.whole(0)
_amount = checks.number(0)
_text = checks.any_text  # even empty
_flag = checks.flag
_texts = checks.texts
_moment = checks.moment
_one_of = checks.one_of


# Per kind: field -> how it is checked, and whether it must be there.
_REMINDER = {"kind": Field(_text)}
# A prompt held, missed or covered may say which due time it stood for, and why.
_WHY = {"due": Field(_moment), "reason": Field(_text)}
_DIARY_FIELDS = {
    "area": _one_of(diary.AREAS), "side": _one_of(diary.SIDES),
    "duration": _one_of(diary.DURATIONS), "strength": _one_of(diary.STRENGTHS),
    "triggers": _texts, "note": _text, "occurred_at": _moment,
}
_ENTRY_ID = {"entry_id": Field(_text, True)}

FIELDS: dict[str, dict[str, Field]] = {
    EventKind.WATER_LOGGED: {"ml": Field(_count), "via": Field(_text)},
    EventKind.WATER_UNDONE: {"event": Field(_text, True)},
    EventKind.STRETCH_SESSION: {"routine": Field(_text), "steps_done": Field(_count),
                        "steps_total": Field(_count), "seconds": Field(_amount),
                        "completed": Field(_flag)},
    EventKind.BREATHING_SESSION: {"pattern": Field(_text), "cycles_done": Field(_count),
                          "seconds": Field(_amount), "completed": Field(_flag)},
    EventKind.SYMPTOM_CHECK: {"level": Field(_text), "reasons": Field(_texts),
                      "answers": Field(_texts)},
    EventKind.REMINDERS_PAUSED: {"until": Field(checks.optional(_moment)), "for_call": Field(_flag)},
    EventKind.REMINDERS_RESUMED: {},
    **{kind: _REMINDER for kind in (EventKind.REMINDER_DONE, EventKind.REMINDER_SKIPPED)},
    EventKind.REMINDER_SNOOZED: {**_REMINDER, "minutes": Field(_amount)},
    EventKind.REMINDER_SHOWN: {**_REMINDER, "held": Field(_flag)},
    EventKind.REMINDER_MISSED: {**_REMINDER, **_WHY},
    EventKind.REMINDER_WITHDRAWN: {**_REMINDER, **_WHY},
    EventKind.REMINDER_HELD: {**_REMINDER, **_WHY},
    EventKind.REMINDER_COVERED: {**_REMINDER, "due": Field(_moment),
                                 "break_start": Field(_moment)},
    # Today adds up the minutes and History names the cause: both must be trustworthy.
    EventKind.NATURAL_BREAK: {"start": Field(_moment, True), "end": Field(_moment, True),
                              "minutes": Field(_amount, True), "cause": Field(_one_of(AWAY_REASONS))},
    EventKind.DESKTOP_BREAK: {"start": Field(_moment, True), "end": Field(_moment, True),
                              "minutes": Field(_amount, True), "by": Field(_text)},
    # Today's time at the computer adds these up.
    EventKind.ACTIVE_TIME: {"start": Field(_moment, True), "end": Field(_moment, True),
                            "minutes": Field(_amount, True)},
    EventKind.TIME_LIMIT_REMINDED: {"minutes": Field(_amount, True), "limit": Field(_amount)},
    # A new diary entry needs every field: the diary rebuilds entries from them.
    diary.LOGGED: {**_ENTRY_ID, **{name: Field(check, name not in ("triggers", "note"))
                                   for name, check in _DIARY_FIELDS.items()}},
    diary.EDITED: {**_ENTRY_ID, **{name: Field(check) for name, check in _DIARY_FIELDS.items()}},
    diary.DELETED: _ENTRY_ID,
}


def problem(kind: str, data: object) -> str | None:
    """Why ``data`` cannot be used for an event of ``kind``; None when it can."""
    if not isinstance(data, dict):
        return "its details are not a set of named values"
    for name, wrong in checks.problems(data, FIELDS.get(kind, {})):
        return f"{name} {wrong}"
    return None
