"""The one line that says where Companion stands: "Reminders on · next: stretch break at 10:30".

Shown at the top of Today and at the top of the tray menu.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from .prompts import KIND_NAMES
from .today import coming_up, pause_span
from .wording import describe_time


def status_line(next_times: dict[str, datetime | None], paused: datetime | None | bool,
                now: datetime, tz: tzinfo, held: dict[str, str] | None = None,
                for_call: bool = False) -> str:
    """Reminders on or paused, and what comes next (or waits for the person)."""
    if paused is not False:
        until = None if paused is True else paused  # (True: paused, no end known)
        return "Reminders paused" + pause_span(until, now, tz, for_call)
    held = held or {}
    upcoming = [(kind, when) for kind, when in coming_up(next_times, held)
                if kind in held or when is not None]
    if not upcoming:
        return "Reminders on · none planned"
    kind, when = upcoming[0]
    name = KIND_NAMES[kind].lower()
    if kind in held:
        return f"Reminders on · {name} waits: {held[kind]}"
    at = describe_time(when, now, tz)
    return f"Reminders on · next: {name} {'at ' if at[0].isdigit() else ''}{at}"
