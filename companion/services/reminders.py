"""Reminders: one alarm, armed for the next thing the reminder board needs.

The alarm (:class:`~companion.services.scheduler.AlarmClock`, the one place that knows
APScheduler) runs :meth:`ReminderService.wake` in the Qt thread. ``wake`` only asks the pure
:class:`ReminderBoard` what is due, records that, emits ``due(kind)`` and re-arms the alarm
for the board's next wake-up; so do answers, pauses and new settings between runs.

With a presence gate (``use_gate``), a prompt that comes due is first offered to the gate:
while the person is away or busy it is held there, and comes back through
``_show_released`` when they are back and free. The board does not know about holds; it
only hears of a natural break, which restarts the stretch interval like a finished session.

The clock can move under a waiting alarm: ``clock_jumped`` (from the app's clock watch)
re-plans at once when the wall clock is set back, and settles what is due when it is set
forward; ``change_zone`` follows a new system time zone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.clock import Clock, utc_now
from companion.core.history import History
from companion.core.i18n import QT_TRANSLATE_NOOP
from companion.core.kinds import EventKind, ReminderKind
from companion.core.reminders import ReminderBoard
from companion.core.settings import KINDS, Settings
from companion.core.week_clock import is_active

if TYPE_CHECKING:
    from companion.services.presence.gate import PresenceGate
    from companion.services.scheduler import AlarmClock

log = logging.getLogger(__name__)
# Why a held prompt was missed: recorded in English, shown translated (history_words).
OUTSIDE_ACTIVE_HOURS = QT_TRANSLATE_NOOP("away", "outside active hours")


class ReminderService(QObject):
    """Owns the schedule; tells the UI when a prompt is due and records the answers."""

    due = Signal(str)
    changed = Signal()
    #: (kind) its open prompt was answered by something done elsewhere (a glass logged
    #: from the tray): take the prompt off screen.
    settled = Signal(str)

    def __init__(self, settings: Settings, history: History, tz: tzinfo,
                 clock: Clock = utc_now, monotonic=time.monotonic,
                 parent: QObject | None = None,
                 scheduler_time: Callable[[datetime], datetime] | None = None,
                 make_scheduler: Callable[[], AlarmClock] | None = None):
        super().__init__(parent)
        self.history = history
        self.clock = clock
        self.tz = tz
        self._monotonic = monotonic
        # The alarm waits in real time; a simulation running ``clock`` faster than
        # real time maps its moments onto real ones here (the app uses real time).
        self._scheduler_time = scheduler_time or (lambda when: when)
        self._make_scheduler = make_scheduler or _alarm_clock
        self.board = ReminderBoard(settings, tz, clock())
        self.for_call = False  # the current pause ends with the user's call
        self.open_prompts: set[str] = set()
        # When each open prompt went up, on the wall and the monotonic clock.
        self._shown_at: dict[str, tuple[datetime, float]] = {}
        self.scheduler: AlarmClock | None = None  # made by start(); next times show before
        self.gate: PresenceGate | None = None  # None: every due prompt goes up at once

    # -- lifecycle -------------------------------------------------------------
    def start(self, paused: bool = False) -> None:
        """Start the alarm (``paused`` for tests that fire by hand)."""
        self.scheduler = self._make_scheduler()
        self.scheduler.start(paused=paused)
        self._arm()

    def stop(self) -> None:
        if self.scheduler is not None:
            self.scheduler.stop()

    def use_gate(self, gate: PresenceGate) -> None:
        """Ask ``gate`` before showing a prompt; show what it releases; restart on natural breaks."""
        self.gate = gate
        gate.release.connect(self._show_released)
        gate.natural_break.connect(lambda _brk: self.restart_interval(ReminderKind.STRETCH))

    def _arm(self) -> None:
        """Point the alarm at the board's next wake-up (at no time when nothing is due)."""
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.arm(self._next_wake(), self.wake)
        self.changed.emit()

    def _next_wake(self) -> datetime | None:
        """The board's next wake-up, on the alarm's (real) clock."""
        when = self.board.next_wake(self.clock())
        return None if when is None else self._scheduler_time(when)

    def next_run_time(self) -> datetime | None:
        """When the alarm will really wake the app next (None: at no time)."""
        return self.scheduler.armed_for() if self.scheduler is not None else None

    def armed(self) -> bool:
        """Whether the alarm will wake the app when the board next needs it."""
        if self.scheduler is None:
            return True  # not started yet: start() arms it moments after start-up
        if not self.scheduler.running:
            return False
        return self.next_run_time() == self._next_wake()

    def _check_armed(self) -> None:
        """Re-arm if the alarm disagrees with the board, loudly, so it never goes quiet."""
        if self.scheduler is not None and self.scheduler.running and not self.armed():
            log.error("the reminder alarm was armed for %s but the board needs %s; re-arming",
                      self.next_run_time(), self._next_wake())
            self._arm()

    # -- the clock moved -------------------------------------------------------
    def wake(self) -> None:
        """Settle what is due now (timer fired, resumed from sleep, or clock jumped)."""
        now = self.clock()
        for w in self.board.wake_all(now):
            for missed in w.missed:
                self.history.record(EventKind.REMINDER_MISSED, {"kind": w.kind, "due": missed.isoformat()})
            if w.show:
                # A snooze coming back (covers None) is asked too, as due now.
                if self.gate is not None and not self.gate.may_show(w.kind, w.covers).show:
                    continue  # held: the gate recorded why, and releases it later
                if w.kind in self.open_prompts:  # at most one per kind: the old one lapsed
                    self.history.record(EventKind.REMINDER_MISSED, {"kind": w.kind},
                                        at=self._answered_at(w.kind))
                self._record_shown(w.kind, {"kind": w.kind})
        self._arm()
        # Once the alarm has finished with this run (it settles its next time only after
        # the run returns), check that it still points where the board needs it.
        QTimer.singleShot(0, self._check_armed)

    def _show_released(self, kind: str) -> None:
        """A held prompt may go up now: once, and only while its kind is active."""
        now = self.clock()
        if kind in self.open_prompts:
            return  # one prompt per kind: the one already up asks for this too
        if self.board.is_paused(now) or not is_active(self.board.settings.week_for(kind), now, self.tz):
            self.history.record(EventKind.REMINDER_MISSED,
                                {"kind": kind, "reason": OUTSIDE_ACTIVE_HOURS})
            return
        self._record_shown(kind, {"kind": kind, "held": True})
        self.changed.emit()  # the tooltip stops saying "held"

    def _record_shown(self, kind: str, data: dict) -> None:
        event = self.history.record(EventKind.REMINDER_SHOWN, data)
        self.open_prompts.add(kind)
        self._shown_at[kind] = (event.at, self._monotonic())
        self.due.emit(kind)

    def _answered_at(self, kind: str) -> datetime:
        """When an answer to the open prompt of ``kind`` happens, for the history.

        Now, unless the clock was set back past the moment the prompt went up: then on
        the clock that showed it (shown + time since), so that no prompt is answered or
        missed before it was asked.
        """
        now = self.clock()
        shown = self._shown_at.get(kind)
        if shown is None or now >= shown[0]:
            return now
        return shown[0] + timedelta(seconds=max(0.0, self._monotonic() - shown[1]))

    def system_resumed(self) -> None:
        """Called after sleep/resume (logind) to settle at once rather than at the next timer."""
        log.info("system resumed; settling reminders")
        self.wake()

    def clock_jumped(self, by: timedelta) -> None:
        """The wall clock moved ``by`` against monotonic time: re-plan and settle at once.

        Set back, the alarm would wait for the old wall time (hours of silence); set forward
        (or after sleep) what fell in between is settled now, one catch-up per kind.
        """
        if by < timedelta(0):
            log.warning("the clock was set back by %s; reminders are re-planned from the new time",
                        -by)
            self.board.clock_set_back(self.clock(), -by)
        else:
            log.info("the clock moved %s ahead (the computer slept or the clock was set); "
                     "settling reminders", by)
        self.wake()
        log.info("next reminder at %s", self.board.next_wake(self.clock()))

    def change_zone(self, tz: tzinfo) -> None:
        """Plan in the system's new time zone from now on (travel, a changed setting)."""
        self.tz = tz
        self.board.change_zone(tz, self.clock())
        self._arm()

    # -- the user answered -----------------------------------------------------
    # ``mark``: extra details for the history, e.g. via="break screen" (whose daily
    # limits count only its own answers, see core.breaks).
    def done(self, kind: str, **mark) -> None:
        """The prompt was acted on (glass drunk, session started)."""
        self._close(kind, EventKind.REMINDER_DONE, **mark)

    def snooze(self, kind: str, minutes: int | None = None, **mark) -> None:
        minutes = minutes or self.board.settings.snooze_minutes
        until = self.board.snooze(kind, self.clock(), minutes)
        self._close(kind, EventKind.REMINDER_SNOOZED, minutes=minutes, until=until.isoformat(),
                    **mark)

    def skip(self, kind: str, **mark) -> None:
        was_open = kind in self.open_prompts
        self.board.skip(kind, self.clock(), prompt_open=was_open)
        self._close(kind, EventKind.REMINDER_SKIPPED, **mark)

    def postpone_upcoming(self, kind: str, minutes: int, **mark) -> None:
        """Put off the next regular time of ``kind``, not yet due, by ``minutes`` from now
        (the warning before a break screen offers this)."""
        now = self.clock()
        self.board.skip(kind, now, prompt_open=False)  # the regular time it stood for...
        until = self.board.snooze(kind, now, minutes)   # ...comes this much later instead
        self.history.record(EventKind.REMINDER_SNOOZED, {"kind": kind, "minutes": minutes,
                                                         "until": until.isoformat(), **mark})
        self._arm()

    def missed(self, kind: str) -> None:
        """Nobody answered the prompt before it timed out."""
        if kind in self.open_prompts:
            self._close(kind, EventKind.REMINDER_MISSED)

    def withdrawn(self, kind: str, reason: str) -> None:
        """The prompt was taken down unanswered because Companion closed: not a miss."""
        if kind in self.open_prompts:
            self._close(kind, EventKind.REMINDER_WITHDRAWN, reason=reason)

    def _close(self, kind: str, event: str, **data) -> None:
        at = self._answered_at(kind)
        self.open_prompts.discard(kind)
        self._shown_at.pop(kind, None)
        self.history.record(event, {"kind": kind, **data}, at=at)
        self._arm()

    def acted_on(self, kind: str) -> None:
        """The user did what ``kind`` reminds of (logged a glass, from anywhere).

        Its interval counts from now, as after a finished stretch session, and a prompt of
        that kind still up has had its answer: it is recorded as done and taken down.
        """
        if kind in self.open_prompts:
            self.done(kind)
            self.settled.emit(kind)
        self.restart_interval(kind)

    def restart_interval(self, kind: str) -> None:
        """Count the interval from now (a finished stretch session is a break)."""
        if self.gate is not None:
            self.gate.forget(kind)  # the break it asked for was taken
        self.board.restart_interval(kind, self.clock())
        self._arm()

    def taken_elsewhere(self, kind: str, at: datetime) -> None:
        """``kind``'s break (or glass) was taken on another machine at ``at`` (the shared
        folder): the board counts from then, as for one taken here, and a prompt held for
        it is dropped."""
        if not self.board.taken_elsewhere(kind, at, self.clock()):
            return
        log.info("%s taken on another computer at %s; its interval counts from then", kind, at)
        if self.gate is not None:
            self.gate.forget(kind)
        self._arm()

    def pause(self, minutes: int | None = None, until: datetime | None = None,
              for_call: bool = False) -> None:
        """Pause for some minutes, until a time, or (neither) indefinitely.

        ``for_call``: the user asked for the pause to end with their call (the app watches
        for that, see ``paused_for_call``); ``until`` is then the latest it lasts.
        """
        now = self.clock()
        if minutes is not None:
            until = now + timedelta(minutes=minutes)
        self.board.pause(now, until)
        self.for_call = for_call
        if self.gate is not None:
            self.gate.forget()  # a pause swallows held prompts as it swallows due ones
        data = {"until": until.isoformat() if until else None}
        self.history.record(EventKind.REMINDERS_PAUSED, data | ({"for_call": True} if for_call else {}))
        self._arm()

    def paused_for_call(self) -> bool:
        """Whether reminders are paused until the user's call ends."""
        return self.for_call and self.paused_until() is not False

    def restore_pause(self) -> None:
        """Carry a pause over a restart: the last pause/resume in history still holds."""
        # This computer's own: a pause made on another one (a shared folder) shows in
        # History but pauses that one only.
        last = [e for e in self.history.events(
            [EventKind.REMINDERS_PAUSED, EventKind.REMINDERS_RESUMED], newest_first=True,
            limit=100) if e.machine is None][:1]
        if not last or last[0].kind != EventKind.REMINDERS_PAUSED:
            return
        until = last[0].data.get("until")
        self.for_call = bool(last[0].data.get("for_call"))
        now = self.clock()
        if until is None:
            self.board.pause(now, None)
        elif (end := datetime.fromisoformat(until)) > now:
            self.board.pause(now, end)

    def resume(self) -> None:
        self.for_call = False
        self.board.resume(self.clock())
        self.history.record(EventKind.REMINDERS_RESUMED)
        self._arm()

    def apply_settings(self, settings: Settings) -> None:
        self.board.update_settings(settings, self.clock())
        self._arm()

    # -- for the tray tooltip and the Today window ------------------------------
    def next_times(self) -> dict[str, datetime | None]:
        """Each kind's next prompt, as far as the alarm will really wake for it.

        With nothing armed (the alarm stopped or its job lost), every kind reads as
        off rather than showing a time that would pass in silence.
        """
        now = self.clock()
        if not self.armed():
            self._check_armed()
            if not self.armed():
                return {kind: None for kind in KINDS}
        return {kind: self.board.next_due(kind, now) for kind in KINDS}

    def paused_until(self) -> datetime | None | bool:
        """False when running; None when paused indefinitely; else the resume time."""
        now = self.clock()
        if not self.board.is_paused(now):
            return False
        return None if self.board.paused_forever else self.board.paused_until


def _alarm_clock() -> AlarmClock:
    """The alarm the app runs on (imported when the services start, not at start-up)."""
    from companion.services.scheduler import AlarmClock
    return AlarmClock()
