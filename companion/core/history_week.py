"""The week at a glance: water and breaks for each of the last seven days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from .history import History
from .i18n import tr, translate
from .local_days import local_midnight
from .today import summarize
from .wording import weekday_name

DAYS = 7


@dataclass(frozen=True)
class DayTally:
    """One day of the strip."""

    day: date
    glasses: int
    breaks: int  # stretch sessions with a step done, and natural breaks
    today: bool = False

    @property
    def name(self) -> str:
        """'Today', else the short weekday: 'Mon'."""
        return translate("History", "Today") if self.today else weekday_name(self.day.weekday(), "short")

    @property
    def words(self) -> str:
        """'3 glasses, 2 breaks' (said whole to a screen reader)."""
        return translate("History", "{glasses}, {breaks}").format(
            glasses=tr("%n glasses", "water", self.glasses), breaks=tr("%n breaks", "breaks", self.breaks))


def week_glance(history: History, now: datetime, tz: tzinfo) -> list[DayTally]:
    """The last seven days, oldest first, today last."""
    today = now.astimezone(tz).date()
    tallies = []
    for back in range(DAYS - 1, -1, -1):
        day = today - timedelta(days=back)
        # Midday of that day: its own midnights, whatever a DST change did to them.
        noon = local_midnight(day, tz) + timedelta(hours=12)
        summary = summarize(history, noon, tz, goal_glasses=0)
        tallies.append(DayTally(day, summary.glasses, summary.breaks + summary.natural_breaks,
                                today=back == 0))
    return tallies
