"""Today's counts and water logging, read from the history log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from .history import Event, History
from .i18n import QT_TRANSLATE_NOOP, translate
from .kinds import EventKind
from .local_days import day_bounds
from .prompts import KIND_NAMES
from .wording import describe_minutes, describe_time

# Far below the ~1.4 L/hour that can become dangerous, so the caution comes early.
FAST_DRINKING_ML = 1000
CAUTION = QT_TRANSLATE_NOOP(
    "Today", "That is over a litre in the last hour. Sipping through the day is better than a "
    "lot at once: drinking very large amounts quickly can be harmful. If you get a headache, "
    "feel sick or confused after drinking a lot, get medical help now.")


@dataclass(frozen=True)
class DaySummary:
    glasses: int
    ml: int
    goal_glasses: int
    breaks: int
    breathing_sessions: int
    natural_breaks: int = 0          # times away long enough to count as a stretch break
    natural_break_minutes: float = 0
    computer_minutes: float | None = None  # time at the computer today (None: not counted)

    @property
    def computer_line(self) -> str | None:
        """'At the computer today: 6 h 40 min'; None while it is not counted, or before the
        first whole minute (a "0 min" line says nothing)."""
        if self.computer_minutes is None or self.computer_minutes < 1:
            return None
        return translate("Today", "At the computer today: {time}").format(
            time=describe_minutes(self.computer_minutes // 1))

    @property
    def can_undo(self) -> bool:
        """Whether "Undo last glass" has a glass of today's to take back (else it is disabled)."""
        return self.glasses > 0


def _water(history: History, since: datetime | None, until: datetime | None) -> list[Event]:
    """Water logs in a range, without the ones the user undid."""
    events = history.events([EventKind.WATER_LOGGED, EventKind.WATER_UNDONE], since, until)
    undone = {e.data.get("event") for e in events if e.kind == EventKind.WATER_UNDONE}
    return [e for e in events if e.kind == EventKind.WATER_LOGGED and e.id not in undone]


def summarize(history: History, now: datetime, tz: tzinfo, goal_glasses: int,
              computer: timedelta | None = None) -> DaySummary:
    """What the user did today; ``computer``: today's time at the computer, if counted."""
    start, end = day_bounds(now, tz)
    water = _water(history, start, end)
    away = history.events([EventKind.NATURAL_BREAK], start, end)
    return DaySummary(
        glasses=len(water),
        ml=sum(int(e.data.get("ml", 0)) for e in water),
        goal_glasses=goal_glasses,
        # A session stopped before its first step is not a break.
        breaks=sum(1 for e in history.events([EventKind.STRETCH_SESSION], start, end)
                   if e.data.get("steps_done", 0) > 0),
        breathing_sessions=sum(1 for e in history.events([EventKind.BREATHING_SESSION], start, end)
                               if e.data.get("cycles_done", 0) > 0),
        natural_breaks=len(away),
        natural_break_minutes=sum(e.data["minutes"] for e in away),
        computer_minutes=None if computer is None else computer.total_seconds() / 60,
    )


def log_glass(history: History, ml: int, now: datetime, via: str) -> tuple[Event, str | None]:
    """Record a glass; returns the event and a gentle caution if drinking fast."""
    event = history.record(EventKind.WATER_LOGGED, {"ml": ml, "via": via}, at=now)
    recent = sum(int(e.data.get("ml", 0)) for e in _water(history, now - timedelta(hours=1),
                                                             now + timedelta(seconds=1)))
    return event, (translate("Today", CAUTION) if recent > FAST_DRINKING_ML else None)


def undo_last_glass(history: History, now: datetime, tz: tzinfo) -> Event | None:
    """Take back today's most recent glass (as a new event); None if there is none.

    "Today" is the same day ``summarize`` counts, so there is a glass to undo exactly when
    ``DaySummary.can_undo`` says so.
    """
    water = _water(history, *day_bounds(now, tz))
    if not water:
        return None
    last = water[-1]
    history.record(EventKind.WATER_UNDONE, {"event": last.id}, at=now)
    return last


def natural_breaks_line(day: DaySummary) -> str | None:
    """'Natural breaks: 3 (1 h 10 min)'; None on a day without any."""
    if not day.natural_breaks:
        return None
    return translate("Today", "Natural breaks: {count} ({time})").format(
        count=day.natural_breaks, time=describe_minutes(day.natural_break_minutes))


class Instead(str):
    """Shown as it is in place of a kind's next time, not as "held: ...": GNOME's own
    breaks remind about stretching instead of Companion."""


# Translated where shown (held_reason), like every hold reason.
WITH_GNOME = Instead(QT_TRANSLATE_NOOP("Today", "GNOME's movement breaks remind you"))


def held_reason(reason: str) -> str:
    """Why a prompt waits, recorded in English ("in a call"), in the person's language."""
    if isinstance(reason, Instead):
        return translate("Today", reason)
    return translate("away", reason)


def next_text(kind: str, when: datetime | None, held: dict[str, str], now: datetime,
              tz: tzinfo) -> str:
    """A kind's next time, or 'held: in a call' while its prompt waits for the person."""
    if kind in held:
        reason = held[kind]
        if isinstance(reason, Instead):
            return held_reason(reason)
        return translate("Today", "held: {reason}").format(reason=held_reason(reason))
    return describe_time(when, now, tz)


def pause_span(paused: datetime | None, now: datetime, tz: tzinfo, for_call: bool = False) -> str:
    """How long a pause lasts, to follow "Paused": "", " until 10:30", or, for a call,
    " until the call ends (10:30 at the latest)"."""
    if paused is None:
        return ""
    if for_call:
        return translate("Today", " until the call ends ({time} at the latest)").format(
            time=describe_time(paused, now, tz))
    return translate("Today", " until {time}").format(time=describe_time(paused, now, tz))


def coming_up(next_times: dict[str, datetime | None],
              held: dict[str, str] | None = None) -> list[tuple[str, datetime | None]]:
    """The reminders in the order they come: a prompt held for the person first (it is due
    already), then by time, then those that are off; kinds in their usual order on a tie."""
    held = held or {}
    far = datetime.max.replace(tzinfo=UTC)

    def when(item: tuple[int, tuple[str, datetime | None]]) -> tuple[int, datetime, int]:
        order, (kind, at) = item
        if kind in held:
            return 0, far, order
        return (1, at, order) if at is not None else (2, far, order)
    return [item for _, item in sorted(enumerate(next_times.items()), key=when)]


def status_lines(day: DaySummary, next_times: dict[str, datetime | None],
                 paused: datetime | None | bool, now: datetime, tz: tzinfo,
                 held: dict[str, str] | None = None, for_call: bool = False) -> list[str]:
    """The tray tooltip: today's glasses, any pause, and each reminder's next time or hold."""
    held = held or {}
    lines = [translate("Today", "Companion — {glasses}/{goal} glasses today").format(
        glasses=day.glasses, goal=day.goal_glasses)]
    if day.computer_line is not None:
        lines.append(day.computer_line)
    if paused is not False:
        lines.append(translate("Today", "Paused") + pause_span(None if paused is True else paused, now, tz, for_call))
    lines += [translate("Today", "{reminder}: {next}").format(
        reminder=KIND_NAMES[kind], next=next_text(kind, when, held, now, tz))
              for kind, when in coming_up(next_times, held)]
    return lines
