"""What the History window can show: filters by kind of event, and periods to look back.

A filter keeps the bookkeeping of prompts (shown, answered) out of the way unless asked.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo

from .history import Event, History
from .i18n import QT_TRANSLATE_NOOP, translate
from .kinds import EventKind as K
from .kinds import ReminderKind
from .local_days import local_midnight

# Every prompt is recorded as shown and, once acted on, as answered; the glass or the
# session it led to is the news. A prompt a natural break stood in for sits beside that
# break, and one taken down because Companion closed asked nothing of the user. These
# stay out of a view unless it asks for them by kind, or for everything; so do the spans
# of time at the computer (a dozen a day; Today adds them up).
BOOKKEEPING = frozenset({K.REMINDER_SHOWN, K.REMINDER_DONE, K.REMINDER_COVERED,
                         K.REMINDER_WITHDRAWN, K.ACTIVE_TIME})
HELD_OR_MISSED = frozenset({K.REMINDER_HELD, K.REMINDER_MISSED, K.REMINDER_COVERED})
# Switching reminders off and on, and sessions that ended before their first step or
# breath, say little about a day: shown only with "Show everything".
MINOR = frozenset({K.REMINDERS_PAUSED, K.REMINDERS_RESUMED})
_ABORTED: dict[str, str] = {K.STRETCH_SESSION: "steps_done", K.BREATHING_SESSION: "cycles_done"}


def is_minor(event: Event) -> bool:
    """A pause or resume, or a session stopped before anything was done."""
    if event.kind in MINOR:
        return True
    done = _ABORTED.get(event.kind)
    return done is not None and event.data.get("completed") is not True \
        and event.data.get(done) == 0


_REMINDER_EVENTS = frozenset({K.REMINDER_SHOWN, K.REMINDER_DONE, K.REMINDER_SNOOZED,
                              K.REMINDER_SKIPPED, K.REMINDER_MISSED, K.REMINDER_HELD,
                              K.REMINDER_COVERED, K.REMINDER_WITHDRAWN})


@dataclass(frozen=True)
class Filter:
    """One choice of what to show."""

    key: str
    # The words in English, marked for translation; read them through the properties below.
    english_label: str    # in the filter list
    english_about: str    # its tooltip: what the choice shows
    english_nothing: str  # the empty state begins with this: "No water recorded"
    kinds: frozenset[str] | None = None   # these event kinds; None for any
    reminder: str | None = None           # also this reminder kind's prompts
    everything: bool = False              # also every prompt shown and answered

    @property
    def label(self) -> str:
        return translate("History", self.english_label)

    @property
    def about(self) -> str:
        return translate("History", self.english_about)

    @property
    def nothing(self) -> str:
        return translate("History", self.english_nothing)

    def newest(self, history: History, since: datetime | None,
               until: datetime | None) -> datetime | None:
        """The time of the newest event in [since, until) this filter shows (what
        ``shows`` says, asked of the indexes), or None."""
        if self.kinds is None:
            return history.newest(None, since, until,
                                  leave_out=() if self.everything else BOOKKEEPING)
        times = [history.newest(self.kinds, since, until)]
        if self.reminder is not None:
            prompts = _REMINDER_EVENTS if self.everything else _REMINDER_EVENTS - BOOKKEEPING
            times.append(history.newest(prompts - self.kinds, since, until, about=self.reminder))
        return max((t for t in times if t is not None), default=None)

    def shows(self, event: Event) -> bool:
        if not self.everything and is_minor(event):
            return False
        if self.kinds is not None and event.kind in self.kinds:
            return True
        if event.kind in BOOKKEEPING and not self.everything:
            return False
        if self.kinds is None:
            return True
        return (self.reminder is not None and event.kind in _REMINDER_EVENTS
                and event.data.get("kind") == self.reminder)


FILTERS = (
    Filter("activity", QT_TRANSLATE_NOOP("History", "Activity"),
           QT_TRANSLATE_NOOP("History", "What you did, and the reminders you snoozed, skipped or missed"),
           QT_TRANSLATE_NOOP("History", "Nothing recorded")),
    Filter("water", QT_TRANSLATE_NOOP("History", "Water"),
           QT_TRANSLATE_NOOP("History", "Glasses of water and water reminders"),
           QT_TRANSLATE_NOOP("History", "No water recorded"),
           frozenset({K.WATER_LOGGED, K.WATER_UNDONE}), ReminderKind.HYDRATION),
    Filter("stretch", QT_TRANSLATE_NOOP("History", "Stretch breaks"),
           QT_TRANSLATE_NOOP("History", "Stretch sessions, natural breaks and stretch reminders"),
           QT_TRANSLATE_NOOP("History", "No stretch breaks recorded"),
           frozenset({K.STRETCH_SESSION, K.NATURAL_BREAK, K.DESKTOP_BREAK}), ReminderKind.STRETCH),
    Filter("breathing", QT_TRANSLATE_NOOP("History", "Breathing"),
           QT_TRANSLATE_NOOP("History", "Breathing sessions and breathing reminders"),
           QT_TRANSLATE_NOOP("History", "No breathing recorded"), frozenset({K.BREATHING_SESSION}),
           ReminderKind.BREATHING),
    Filter("diary", QT_TRANSLATE_NOOP("History", "Diary and checks"),
           QT_TRANSLATE_NOOP("History", "Twitch diary entries and saved checks of a symptom"),
           QT_TRANSLATE_NOOP("History", "No diary entries or saved checks"),
           frozenset({K.TWITCH_LOGGED, K.TWITCH_EDITED, K.TWITCH_DELETED, K.SYMPTOM_CHECK})),
    Filter("held", QT_TRANSLATE_NOOP("History", "Held or missed"),
           QT_TRANSLATE_NOOP("History", "Reminders held while you were away or busy, and missed ones"),
           QT_TRANSLATE_NOOP("History", "No held or missed reminders"), HELD_OR_MISSED),
    Filter("everything", QT_TRANSLATE_NOOP("History", "Everything"),
           QT_TRANSLATE_NOOP("History", "All of it, with every reminder shown and answered"),
           QT_TRANSLATE_NOOP("History", "Nothing recorded"), everything=True),
)


# What the History window offers to choose from; "Show everything" is a tick beside them.
CHOICES = tuple(chosen for chosen in FILTERS if chosen.key != "everything")


def with_everything(chosen: Filter) -> Filter:
    """``chosen`` showing everything of its kind: every prompt, pause and short session."""
    if chosen.kinds is None:
        return next(f for f in FILTERS if f.key == "everything")  # of every kind
    return replace(chosen, everything=True)


@dataclass(frozen=True)
class Period:
    """How far back to look."""

    key: str
    english_label: str  # marked for translation; read it as ``label``
    days: int | None    # None: everything

    @property
    def label(self) -> str:
        return translate("History", self.english_label)

    def since(self, now: datetime, tz: tzinfo) -> datetime | None:
        """The local midnight this period starts at (today counts as one of its days)."""
        if self.days is None:
            return None
        return local_midnight(now.astimezone(tz).date() - timedelta(days=self.days - 1), tz)


PERIODS = (
    Period("week", QT_TRANSLATE_NOOP("History", "Last 7 days"), 7),
    Period("month", QT_TRANSLATE_NOOP("History", "Last 30 days"), 30),
    Period("all", QT_TRANSLATE_NOOP("History", "All time"), None),
)


def empty_text(chosen: Filter, period: Period) -> str:
    """What an empty list says: 'Nothing recorded in the last 7 days.' (a whole sentence
    for each period, so a translation may say it in its own order)."""
    if period.days == 7:
        sentence = translate("History", "{nothing} in the last 7 days.")
    elif period.days == 30:
        sentence = translate("History", "{nothing} in the last 30 days.")
    else:
        sentence = translate("History", "{nothing} yet.")
    return sentence.format(nothing=chosen.nothing)

