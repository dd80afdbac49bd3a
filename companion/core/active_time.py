"""Time at the computer: counted only while the person is there, kept per local day.

Pure and clock-free, like the activity model: every fact carries ``now``. The same facts
the presence monitor gives the activity model come in (input, idle since t, locked,
unlocked, asleep, awake); what comes out are the spans the person was present, each
within one local day (a span over midnight is cut there), for the history to keep. Time
asleep never counts, even when the "going to sleep" fact was missed: waking up tells how
long the computer slept, and the open span ends that long before.

The daily limit ("tell me after 8 hours at the computer today") is a reminder when the
day's total reaches it and once every further hour at the computer after that.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from .i18n import translate
from .local_days import day_bounds
from .wording import describe_minutes

REMIND_AGAIN = timedelta(hours=1)  # of further time at the computer, after the limit


@dataclass(frozen=True)
class Span:
    """A stretch of time the person was at the computer, within one local day."""

    start: datetime
    end: datetime

    @property
    def minutes(self) -> float:
        return (self.end - self.start).total_seconds() / 60


def split_days(start: datetime, end: datetime, tz: tzinfo) -> list[Span]:
    """[start, end) cut at each local midnight in between; nothing if it is empty."""
    spans = []
    while start < end:
        _, midnight = day_bounds(start, tz)
        spans.append(Span(start, min(end, midnight)))
        start = midnight
    return spans


class ActiveTime:
    """Presence facts in; the spans of time present out, cut at midnight."""

    def __init__(self, tz: tzinfo, now: datetime, present: bool = True):
        self.tz = tz
        self._since: datetime | None = now if present else None  # the open span's start
        self._away: set[str] = set() if present else {"idle"}

    @property
    def present(self) -> bool:
        return self._since is not None

    # -- presence facts (the activity model's names) ----------------------------------
    def active(self, now: datetime) -> list[Span]:
        return self._back({"idle"}, now)

    def idle_since(self, since: datetime, now: datetime) -> list[Span]:
        return self._leave("idle", min(since, now), now)

    def locked(self, now: datetime) -> list[Span]:
        return self._leave("locked", now, now)

    def unlocked(self, now: datetime) -> list[Span]:
        return self._back({"locked", "idle"}, now)

    def suspended(self, now: datetime) -> list[Span]:
        return self._leave("suspended", now, now)

    def resumed(self, now: datetime, slept: timedelta = timedelta(0)) -> list[Span]:
        """Awake again; ``slept``: how long the computer was asleep (from its clocks). Still
        present here means "going to sleep" was never heard: the span ended as it slept."""
        out: list[Span] = []
        if self._since is not None and slept > timedelta(0):
            out = self._close(max(self._since, now - slept))
            self._since = now
        return out + self._back({"suspended", "idle"}, now)

    # -- the day ------------------------------------------------------------------------
    def checkpoint(self, now: datetime) -> list[Span]:
        """The open span so far (to keep it: at midnight, on quit); counting goes on."""
        if self._since is None or now <= self._since:
            return []
        out = self._close(now)
        self._since = now
        return out

    def today(self, kept: Iterable[Span], now: datetime) -> timedelta:
        """Today's time at the computer: the spans kept for today and the open one."""
        start, end = day_bounds(now, self.tz)
        total = sum(((min(s.end, end) - max(s.start, start)) for s in kept
                     if s.start < end and s.end > start), timedelta(0))
        if self._since is not None and now > self._since:
            total += now - max(self._since, start)
        return total

    # -- inside ---------------------------------------------------------------------------
    def _leave(self, cause: str, since: datetime, now: datetime) -> list[Span]:
        self._away.add(cause)
        if self._since is None:
            return []
        out = self._close(max(self._since, since))
        self._since = None
        return out

    def _back(self, causes: set[str], now: datetime) -> list[Span]:
        self._away -= causes
        if not self._away and self._since is None:
            self._since = now
        return []

    def _close(self, end: datetime) -> list[Span]:
        assert self._since is not None  # (only an open span closes)
        return split_days(self._since, end, self.tz)


def next_reminder(limit: timedelta, reminded: int) -> timedelta:
    """The day's total at which the next limit reminder is due, after ``reminded`` today:
    the limit itself, then each further hour."""
    return limit + REMIND_AGAIN * reminded


def reminders_due(total: timedelta, limit: timedelta) -> int:
    """How many limit reminders a day with ``total`` has reached (0 below the limit)."""
    if limit <= timedelta(0) or total < limit:
        return 0
    return 1 + int((total - limit) / REMIND_AGAIN)


def limit_message(total: timedelta, limit: timedelta) -> tuple[str, str]:
    """The limit reminder's title and text."""
    minutes = int(total.total_seconds() // 60)
    return (translate("computer time", "Your time at the computer"),
            translate("computer time", "You have been at the computer for {time} today; the limit "
                      "you set is {limit}. Maybe time to call it a day?").format(
                time=describe_minutes(minutes), limit=describe_minutes(int(limit.total_seconds() // 60))))
