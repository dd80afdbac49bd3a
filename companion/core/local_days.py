"""The user's days: where each one begins and ends on their own clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo


def local_midnight(day: date, tz: tzinfo | None) -> datetime:
    """The moment ``day`` begins in ``tz`` (None: the computer's zone), as an aware time."""
    # A fresh datetime rather than arithmetic on another day's: it gets the UTC offset
    # of that day, so a day next to a DST change still starts at its own midnight.
    midnight = datetime(day.year, day.month, day.day, tzinfo=tz)
    return midnight if tz is not None else midnight.astimezone()


def day_bounds(now: datetime, tz: tzinfo) -> tuple[datetime, datetime]:
    """Local midnight to midnight around ``now``, in UTC."""
    today = now.astimezone(tz).date()
    return (local_midnight(today, tz).astimezone(UTC),
            local_midnight(today + timedelta(days=1), tz).astimezone(UTC))
