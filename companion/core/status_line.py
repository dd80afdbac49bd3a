"""The one line that says where Companion stands: "Reminders on · next: stretch break at 10:30".

Shown at the top of Today and at the top of the tray menu.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from .i18n import translate
from .kinds import ReminderKind
from .today import coming_up, held_reason, pause_span
from .wording import describe_time


def status_line(next_times: dict[str, datetime | None], paused: datetime | None | bool,
                now: datetime, tz: tzinfo, held: dict[str, str] | None = None,
                for_call: bool = False) -> str:
    """Reminders on or paused, and what comes next (or waits for the person)."""
    if paused is not False:
        until = None if paused is True else paused  # (True: paused, no end known)
        return translate("status", "Reminders paused") + pause_span(until, now, tz, for_call)
    held = held or {}
    upcoming = [(kind, when) for kind, when in coming_up(next_times, held)
                if kind in held or when is not None]
    if not upcoming:
        return translate("status", "Reminders on · none planned")
    kind, when = upcoming[0]
    if kind in held:
        return _waits(kind).format(reason=held_reason(held[kind]))
    at = describe_time(when, now, tz)
    if at[0].isdigit():
        return _next_at(kind).format(time=at)
    return _next_on(kind).format(time=at)


# Whole sentences for each kind: a translation may put the name where its language wants it.
def _waits(kind: str) -> str:
    if kind == ReminderKind.HYDRATION:
        return translate("status", "Reminders on · water waits: {reason}")
    if kind == ReminderKind.STRETCH:
        return translate("status", "Reminders on · stretch break waits: {reason}")
    return translate("status", "Reminders on · breathing waits: {reason}")


def _next_at(kind: str) -> str:
    if kind == ReminderKind.HYDRATION:
        return translate("status", "Reminders on · next: water at {time}")
    if kind == ReminderKind.STRETCH:
        return translate("status", "Reminders on · next: stretch break at {time}")
    return translate("status", "Reminders on · next: breathing at {time}")


def _next_on(kind: str) -> str:
    """With a day before the time ("tomorrow 10:00"), which reads without "at"."""
    if kind == ReminderKind.HYDRATION:
        return translate("status", "Reminders on · next: water {time}")
    if kind == ReminderKind.STRETCH:
        return translate("status", "Reminders on · next: stretch break {time}")
    return translate("status", "Reminders on · next: breathing {time}")
