"""How long the history is kept: for ever unless the user chooses an age.

Nothing is deleted by default. A chosen age removes the events older than that many
days, counted from local midnight so whole days go, after a confirmation that says how
many; from then on the same rule is applied at each start.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from .checks import describe
from .i18n import QT_TRANSLATE_NOOP, tr, translate
from .local_days import local_midnight
from .translated import Words
from .wording import date_text

if TYPE_CHECKING:  # the settings' check imports this module: reading them needs no sqlite
    from .history import History

KEEP_EVERYTHING = 0
MIN_DAYS, MAX_DAYS = 30, 36500  # a month at least: never most of what one recorded by a slip
#: What the settings offer, in days (a settings file may hold any age in the range).
CHOICES = Words("retention", {  # (keys: days)
    KEEP_EVERYTHING: QT_TRANSLATE_NOOP("retention", "Keep everything"),
    365 * 5: QT_TRANSLATE_NOOP("retention", "5 years"), 365 * 2: QT_TRANSLATE_NOOP("retention", "2 years"),
    365: QT_TRANSLATE_NOOP("retention", "1 year"), 180: QT_TRANSLATE_NOOP("retention", "6 months"),
    90: QT_TRANSLATE_NOOP("retention", "3 months")})


def check(value: object) -> str | None:
    """The settings check for ``keep_history_days``."""
    if isinstance(value, int) and not isinstance(value, bool) and (
            value == KEEP_EVERYTHING or MIN_DAYS <= value <= MAX_DAYS):
        return None
    return (f"should be 0 (keep everything) or a whole number of days from {MIN_DAYS} to "
            f"{MAX_DAYS}, not {describe(value)}")


def label(days: int) -> str:
    """'1 year', or '400 days' for an age set by hand."""
    return CHOICES[days] if days in CHOICES else tr("%n days", "days", days)


def cutoff(days: int, now: datetime, tz: tzinfo) -> datetime | None:
    """Events before this moment are removed when keeping ``days`` days (None: none are).
    Today counts as one of the days, so keeping 365 days keeps today and 364 before it."""
    if days == KEEP_EVERYTHING:
        return None
    return local_midnight(now.astimezone(tz).date() - timedelta(days=days - 1), tz)


def apply(history: History, days: int, now: datetime, tz: tzinfo) -> int:
    """Remove what keeping ``days`` days leaves out (nothing for KEEP_EVERYTHING); how many."""
    when = cutoff(days, now, tz)
    return 0 if when is None else history.remove_before(when)


def confirmation(count: int, days: int, now: datetime, tz: tzinfo) -> str:
    """What the user is asked before anything is removed."""
    when = cutoff(days, now, tz)
    assert when is not None
    before = date_text(when.astimezone(tz).date(), weekday=None, year=True)
    if count == 0:
        return translate("retention", "Companion will keep {age} of history. Nothing is older than "
                         "{day} yet, so nothing is removed now; older entries will be removed from "
                         "then on.").format(age=label(days), day=before)
    return translate("retention", "This removes {entries} from before {day} for good, and from then "
                     "on entries older than {age}. Export a backup first if you may want them "
                     "later.").format(entries=tr("%n entries", "history entries", count), day=before,
                                      age=label(days))
