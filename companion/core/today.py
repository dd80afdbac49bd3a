"""Today's counts and water logging, read from the history log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from .history import Event, History
from .kinds import EventKind
from .prompts import KIND_NAMES

# Far below the ~1.4 L/hour that can become dangerous, so the caution comes early.
FAST_DRINKING_ML = 1000
CAUTION = ("That is over a litre in the last hour. Sipping through the day is better "
           "than a lot at once: drinking very large amounts quickly can be harmful. If you "
           "get a headache, feel sick or confused after drinking a lot, get medical help now.")


@dataclass(frozen=True)
class DaySummary:
    glasses: int
    ml: int
    goal_glasses: int
    breaks: int
    breathing_sessions: int


def day_bounds(now: datetime, tz: tzinfo) -> tuple[datetime, datetime]:
    """Local midnight to midnight around ``now``, in UTC."""
    local = now.astimezone(tz)
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + timedelta(days=1)  # same tzinfo: wall-clock arithmetic, so DST-safe
    return start.astimezone(UTC), end.astimezone(UTC)


def _water(history: History, since: datetime | None, until: datetime | None) -> list[Event]:
    """Water logs in a range, without the ones the user undid."""
    events = history.events([EventKind.WATER_LOGGED, EventKind.WATER_UNDONE], since, until)
    undone = {e.data.get("event") for e in events if e.kind == EventKind.WATER_UNDONE}
    return [e for e in events if e.kind == EventKind.WATER_LOGGED and e.id not in undone]


def summarize(history: History, now: datetime, tz: tzinfo, goal_glasses: int) -> DaySummary:
    """What the user did today."""
    start, end = day_bounds(now, tz)
    water = _water(history, start, end)
    return DaySummary(
        glasses=len(water),
        ml=sum(int(e.data.get("ml", 0)) for e in water),
        goal_glasses=goal_glasses,
        # A session stopped before its first step is not a break.
        breaks=sum(1 for e in history.events([EventKind.STRETCH_SESSION], start, end)
                   if e.data.get("steps_done", 0) > 0),
        breathing_sessions=sum(1 for e in history.events([EventKind.BREATHING_SESSION], start, end)
                               if e.data.get("cycles_done", 0) > 0),
    )


def log_glass(history: History, ml: int, now: datetime, via: str) -> tuple[Event, str | None]:
    """Record a glass; returns the event and a gentle caution if drinking fast."""
    event = history.record(EventKind.WATER_LOGGED, {"ml": ml, "via": via}, at=now)
    recent = sum(int(e.data.get("ml", 0)) for e in _water(history, now - timedelta(hours=1),
                                                             now + timedelta(seconds=1)))
    return event, (CAUTION if recent > FAST_DRINKING_ML else None)


def undo_last_glass(history: History, now: datetime, tz: tzinfo) -> Event | None:
    """Take back today's most recent glass (as a new event); None if there is none."""
    start, _ = day_bounds(now, tz)
    water = _water(history, start, now + timedelta(seconds=1))
    if not water:
        return None
    last = water[-1]
    history.record(EventKind.WATER_UNDONE, {"event": last.id}, at=now)
    return last


def describe_time(when: datetime | None, now: datetime, tz: tzinfo) -> str:
    """'14:30', 'tomorrow 10:00' or 'Mon 10:00' in local time; 'off' for None."""
    if when is None:
        return "off"
    local, today = when.astimezone(tz), now.astimezone(tz).date()
    days = (local.date() - today).days
    clock = local.strftime("%H:%M")
    if days <= 0:
        return clock
    if days == 1:
        return f"tomorrow {clock}"
    return local.strftime("%a ") + clock


def status_lines(day: DaySummary, next_times: dict[str, datetime | None],
                 paused: datetime | None | bool, now: datetime, tz: tzinfo) -> list[str]:
    """The tray tooltip: today's glasses, any pause, and each reminder's next time."""
    lines = [f"Companion — {day.glasses}/{day.goal_glasses} glasses today"]
    if paused is not False:
        lines.append("Paused" + ("" if paused is None else
                                 f" until {describe_time(paused, now, tz)}"))
    lines += [f"{KIND_NAMES[kind]}: {describe_time(when, now, tz)}"
              for kind, when in next_times.items()]
    return lines
