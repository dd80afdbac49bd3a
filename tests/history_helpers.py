"""The moment the history tests read from: Wednesday 2 December 2026, 14:30 in Berlin."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from companion.core.history_filters import FILTERS, PERIODS

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 2, 14, 30, tzinfo=TZ)  # a Wednesday afternoon
FILTER = {f.key: f for f in FILTERS}
PERIOD = {p.key: p for p in PERIODS}


def local(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    """A wall time in Berlin in 2026 (December unless told)."""
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)
