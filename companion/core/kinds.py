"""The names Companion's parts share, as types: reminder kinds, history events, actions.

Each is a StrEnum, so a member *is* its string: the history file, the settings file,
the command line and the single-instance socket keep the same plain words, and only
those edges turn text into members (``Request.parse``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from .i18n import QT_TRANSLATE_NOOP

# Why the person is away, strongest first: a break's cause is the strongest seen in it.
# (Here, not with the presence rules in ``activity``: history checks and words need the
# names at start-up, the rules only once presence runs.) The values are recorded in the
# history as they are, in English; where shown they go through translate("away", ...).
AWAY_REASONS = {"suspended": QT_TRANSLATE_NOOP("away", "asleep"),
                "locked": QT_TRANSLATE_NOOP("away", "screen locked"),
                "idle": QT_TRANSLATE_NOOP("away", "away")}


class ReminderKind(StrEnum):
    """The three reminders (also the settings' plan names)."""

    HYDRATION = "hydration"
    STRETCH = "stretch"
    BREATHING = "breathing"


class EventKind(StrEnum):
    """What a history event records."""

    WATER_LOGGED = "water_logged"
    WATER_UNDONE = "water_undone"
    STRETCH_SESSION = "stretch_session"
    BREATHING_SESSION = "breathing_session"
    SYMPTOM_CHECK = "symptom_check"
    TWITCH_LOGGED = "twitch_logged"
    TWITCH_EDITED = "twitch_edited"
    TWITCH_DELETED = "twitch_deleted"
    REMINDERS_PAUSED = "reminders_paused"
    REMINDERS_RESUMED = "reminders_resumed"
    REMINDER_SHOWN = "reminder_shown"
    REMINDER_DONE = "reminder_done"
    REMINDER_SNOOZED = "reminder_snoozed"
    REMINDER_SKIPPED = "reminder_skipped"
    REMINDER_MISSED = "reminder_missed"
    REMINDER_WITHDRAWN = "reminder_withdrawn"  # still open when Companion closed: not the user's miss
    REMINDER_HELD = "reminder_held"          # due while away or busy: shown later, or missed
    REMINDER_COVERED = "reminder_covered"    # a held stretch prompt that a natural break stood in for
    NATURAL_BREAK = "natural_break"          # time away long enough to count as a stretch break
    DESKTOP_BREAK = "desktop_break"          # a break the desktop (GNOME) reminded of: a stretch break
    ACTIVE_TIME = "active_time"              # a span of time at the computer, within one day
    TIME_LIMIT_REMINDED = "time_limit_reminded"  # the daily computer-time limit was reached


class Action(StrEnum):
    """Something the user can ask for from the tray, a window, a prompt or the command line."""

    SHOW = "show"
    LOG_WATER = "log_water"
    UNDO_WATER = "undo_water"
    PAUSE = "pause"
    RESUME = "resume"
    STRETCH = "stretch"
    BREATHE = "breathe"
    STOP = "stop"        # the stretch or breathing session under way
    CHECK = "check"
    SETTINGS = "settings"
    HISTORY = "history"
    STATS = "stats"
    ENABLE_HYDRATION = "enable_hydration"
    QUIT = "quit"
    EXPORT = "export"    # the history to a file (argument: its absolute path)
    IMPORT = "import"    # a backup's events merged into the history (argument: its path)
    VITALS = "vitals"  # hidden: log the running copy's memory, files and objects (companion.vitals)


class Request(NamedTuple):
    """One thing the user asked for: an Action and its argument ("" for none).

    Inside the process a request travels as this value; only the command line and the
    single-instance socket carry it as text, ``name`` or ``name:argument`` (``pause:30``,
    ``stretch:hand-wrist``), and only they turn text into a Request (``parse``).
    """

    action: Action
    argument: str = ""

    @classmethod
    def parse(cls, text: str) -> Request | None:
        """``"pause:30"`` -> Request(Action.PAUSE, "30"); None for a name Companion does not know."""
        name, _, argument = text.partition(":")
        try:
            return cls(Action(name), argument)
        except ValueError:
            return None

    def __str__(self) -> str:
        """The text form, as the command line hands it to a running copy."""
        return f"{self.action.value}:{self.argument}" if self.argument else self.action.value


class Answer(StrEnum):
    """How a prompt was answered."""

    PRIMARY = "primary"   # the prompt's own action: drank, start stretches, start
    OPEN = "open"         # the prompt itself was clicked: open what it is about, record nothing
    SNOOZE = "snooze"
    SKIP = "skip"
    TIMEOUT = "timeout"   # nobody answered in time
