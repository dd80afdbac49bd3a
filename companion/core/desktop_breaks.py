"""GNOME's own break reminders, as Companion follows them. Pure and clock-free: every
call takes ``now``.

GNOME Shell 48 exports ``org.gnome.Shell.ScreenTime`` with two read-only properties:
``State`` (its break manager's state, below) and ``LastBreakEndTime`` (wall-clock seconds
since the epoch when the latest break ended; 0 before any). That time moves for every
break GNOME counts: a 20-second eyesight break as much as a 5-minute movement break, and
also when the person was simply away for longer than a break lasts. So a move of
``LastBreakEndTime`` counts as a stretch break only when GNOME saw the person away (idle
or in a break) for at least as long as a movement break lasts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

# The shell's BreakState (js/misc/breakManager.js, "effectively public API"); its D-Bus
# XML describes an older numbering, the code is what runs.
DISABLED, ACTIVE, IDLE, IN_BREAK, BREAK_DUE = range(5)
AWAY_STATES = (IDLE, IN_BREAK)
# GNOME calls the session idle after this long without input (MIN_BREAK_LENGTH_SECONDS),
# and measures the time away from the last input: so does this.
GNOME_IDLE_AFTER = timedelta(seconds=10)
MOVEMENT_SECONDS = 300  # GNOME's default length of a movement break (duration-seconds)
MOVEMENT_INTERVAL = 1800  # and how often one is due (interval-seconds)
# An eyesight break (20 s every 20 min) begins the same way: a break that begins well
# before a movement break can be due is taken for one and offers no stretch.
EARLY = timedelta(minutes=2)
# (Who leads stretch reminders: the user's choice, Settings.desktop_breaks.)
DESKTOP_LEADS, COMPANION_LEADS = "desktop", "companion"


@dataclass(frozen=True)
class BreakBegan:
    """GNOME's break has begun (State became "in break"): the moment to offer a stretch."""

    at: datetime


@dataclass(frozen=True)
class BreakTaken:
    """A break GNOME counted, long enough to be a movement break: a stretch break."""

    start: datetime
    end: datetime

    @property
    def minutes(self) -> float:
        return (self.end - self.start).total_seconds() / 60


BreakEvent = BreakBegan | BreakTaken


def movement_on(selected_breaks: object) -> bool:
    """Whether GNOME's ``selected-breaks`` setting includes movement breaks."""
    return isinstance(selected_breaks, (list, tuple)) and "movement" in selected_breaks


def stretch_led_by_desktop(choice: str, movement: bool, screen_time: bool) -> bool:
    """Whether GNOME reminds about stretch breaks instead of Companion: the user lets the
    desktop lead, its movement breaks are on, and its shell runs them (ScreenTime seen)."""
    return choice == DESKTOP_LEADS and movement and screen_time


class ScreenTimeFollower:
    """ScreenTime's property changes in; the break beginning and breaks taken out."""

    def __init__(self, movement_seconds: int = MOVEMENT_SECONDS,
                 interval_seconds: int = MOVEMENT_INTERVAL):
        self.movement_seconds = movement_seconds
        self.interval_seconds = interval_seconds
        self._movement_from: datetime | None = None  # the last movement break's end, or the start
        self.state: int | None = None       # None: not read yet
        self.last_end: int | None = None
        self._away_since: datetime | None = None
        self._back = False                  # away, then active again: the absence is over

    def update(self, now: datetime, state: int | None = None,
               last_end: int | None = None) -> list[BreakEvent]:
        """The properties that changed (None: unchanged), as one PropertiesChanged brings
        them. The first reading only sets where things stand: it begins nothing."""
        out: list[BreakEvent] = []
        if self._movement_from is None:
            self._movement_from = now
        if last_end is not None:  # before the state: GNOME sets it as the person comes back
            out += self._last_end(int(last_end))
        if state is not None:
            out += self._state(int(state), now)
        return out

    def _state(self, state: int, now: datetime) -> list[BreakEvent]:
        was, self.state = self.state, state
        if state in AWAY_STATES:
            if self._away_since is None or self._back:
                self._away_since, self._back = now - GNOME_IDLE_AFTER, False
        elif self._away_since is not None:
            self._back = True  # kept until LastBreakEndTime says whether it was a break
        due = timedelta(seconds=self.interval_seconds) - EARLY
        if (state == IN_BREAK and was is not None and was != IN_BREAK
                and self._movement_from is not None and now - self._movement_from >= due):
            return [BreakBegan(now)]
        return []

    def _last_end(self, last_end: int) -> list[BreakEvent]:
        was, self.last_end = self.last_end, last_end
        out: list[BreakEvent] = []
        if was is not None and last_end > was and self._away_since is not None:
            end = datetime.fromtimestamp(last_end, UTC)
            if end - self._away_since >= timedelta(seconds=self.movement_seconds):
                out.append(BreakTaken(self._away_since, end))
                self._movement_from = end
        if was is not None and last_end != was and (self._back or self.state not in AWAY_STATES):
            self._away_since, self._back = None, False
        return out
