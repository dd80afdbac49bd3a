"""Reminders on APScheduler's QtScheduler: one job, armed for the next thing due.

The job runs in the Qt thread (APScheduler's DebugExecutor runs a job right where the
scheduler wakes, which for QtScheduler is the Qt event loop), and it only asks the pure
:class:`ReminderBoard` what is due, records that, and emits ``due(kind)``.

The job is never a one-off. APScheduler removes a finished one-off job *by its id* after
the run returns, which would remove the job that the run itself had just armed, and
reminders would silently stop after the first one. Instead the job's trigger asks the
board for its next wake-up, so what APScheduler plans after every run is what the board
needs; changes between runs (answers, pauses, new settings) move the same job.

With a presence gate (``use_gate``), a prompt that comes due is first offered to the gate:
while the person is away or busy it is held there, and comes back through
``_show_released`` when they are back and free. The board does not know about holds; it
only hears of a natural break, which restarts the stretch interval like a finished session.

The clock can move under a waiting job: ``clock_jumped`` (from the app's clock watch)
re-plans at once when the wall clock is set back, and settles what is due when it is set
forward; ``change_zone`` follows a new system time zone.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.clock import Clock, utc_now
from companion.core.history import History
from companion.core.kinds import EventKind, ReminderKind
from companion.core.reminders import ReminderBoard
from companion.core.schedule import is_active
from companion.core.settings import KINDS, Settings

if TYPE_CHECKING:
    from companion.services.presence.gate import PresenceGate

log = logging.getLogger(__name__)
JOB_ID = "next-reminder"


def new_scheduler():
    """A QtScheduler whose "qt" executor runs jobs right in the Qt thread.

    Imported here, not at the top: APScheduler's import graph (asyncio, multiprocessing,
    importlib.metadata...) costs ~80 ms, which the app pays after its window is up.
    """
    from apscheduler.executors.debug import DebugExecutor
    from apscheduler.schedulers.qt import QtScheduler

    class OneTimerScheduler(QtScheduler):
        """QtScheduler with one reusable timer.

        QtScheduler keeps the result of ``QTimer.singleShot`` to cancel it, but PySide6
        returns None there, so every wake-up left its old timer running: each reminder
        added one more timer that fired for nothing, and an idle app woke ever more often.
        """

        _qt_timer = None

        def _start_timer(self, wait_seconds):
            if self._qt_timer is None:
                self._qt_timer = QTimer()
                self._qt_timer.setSingleShot(True)
                # A coarse timer may be off by 5% of its wait: 3 minutes on an hour. (Qt's
                # enum namespace is imported here: building it costs ~20 ms, after start-up.)
                from PySide6.QtCore import Qt
                self._qt_timer.setTimerType(Qt.TimerType.PreciseTimer)
                self._qt_timer.timeout.connect(self._process_jobs)
            self._qt_timer.stop()
            if wait_seconds is not None:
                # Rounded up: a timer that fires a fraction of a millisecond early finds
                # nothing due and would spin until the moment arrives.
                self._qt_timer.start(min(math.ceil(wait_seconds * 1000), 2147483647))

        def _stop_timer(self):
            if self._qt_timer is not None:
                self._qt_timer.stop()

    scheduler = OneTimerScheduler(timezone=UTC)
    scheduler.add_executor(DebugExecutor(), "qt")
    return scheduler


def _board_trigger(next_wake: Callable[[], datetime | None]):
    """A trigger that fires whenever the reminder board next needs the app."""
    from apscheduler.triggers.base import BaseTrigger

    class BoardTrigger(BaseTrigger):
        def get_next_fire_time(self, previous_fire_time, now):
            when = next_wake()
            # APScheduler walks fire times forward until one lies in the future, so a
            # trigger must never answer a time at or before the one it just fired for.
            if when is None or (previous_fire_time is not None and when <= previous_fire_time):
                return None
            return when

        def __str__(self):
            return "reminder board"

    return BoardTrigger()


class ReminderService(QObject):
    """Owns the schedule; tells the UI when a prompt is due and records the answers."""

    due = Signal(str)
    changed = Signal()

    def __init__(self, settings: Settings, history: History, tz: tzinfo,
                 clock: Clock = utc_now, monotonic=time.monotonic,
                 parent: QObject | None = None,
                 scheduler_time: Callable[[datetime], datetime] | None = None,
                 make_scheduler: Callable[[], object] | None = None):
        super().__init__(parent)
        self.history = history
        self.clock = clock
        self.tz = tz
        self._monotonic = monotonic
        # The scheduler waits in real time; a simulation running ``clock`` faster than
        # real time maps its moments onto real ones here (the app uses real time).
        self._scheduler_time = scheduler_time or (lambda when: when)
        self._make_scheduler = make_scheduler or new_scheduler
        self.board = ReminderBoard(settings, tz, clock())
        self.for_call = False  # the current pause ends with the user's call
        self.open_prompts: set[str] = set()
        # When each open prompt went up, on the wall and the monotonic clock.
        self._shown_at: dict[str, tuple[datetime, float]] = {}
        self.scheduler = None  # created by start(); until then next times still show
        self.gate: PresenceGate | None = None  # None: every due prompt goes up at once

    # -- lifecycle -------------------------------------------------------------
    def start(self, paused: bool = False) -> None:
        """Start the scheduler (``paused`` for tests that fire by hand)."""
        self.scheduler = self._make_scheduler()
        self.scheduler.start(paused=paused)
        self._arm()

    def stop(self) -> None:
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def use_gate(self, gate: PresenceGate) -> None:
        """Ask ``gate`` before showing a prompt; show what it releases; restart on natural breaks."""
        self.gate = gate
        gate.release.connect(self._show_released)
        gate.natural_break.connect(lambda _brk: self.restart_interval(ReminderKind.STRETCH))

    def _arm(self) -> None:
        """Point the one job at the board's next wake-up (or park it when nothing is due)."""
        if self.scheduler is not None and self.scheduler.running:
            when = self._next_wake()
            if self.scheduler.get_job(JOB_ID) is None:
                if when is not None:
                    # misfire_grace_time=None: a late run still runs; the board decides what
                    # a late wake-up means instead of APScheduler silently dropping it.
                    self.scheduler.add_job(self.wake, _board_trigger(self._next_wake),
                                           id=JOB_ID, executor="qt", next_run_time=when,
                                           misfire_grace_time=None, coalesce=True)
            else:
                # Parked (next_run_time None) rather than removed: when this runs inside
                # the job, APScheduler removes the job itself afterwards if the trigger
                # has nothing more, and removing it twice would raise.
                self.scheduler.modify_job(JOB_ID, next_run_time=when)
        self.changed.emit()

    def _next_wake(self) -> datetime | None:
        """The board's next wake-up, on the scheduler's clock."""
        when = self.board.next_wake(self.clock())
        return None if when is None else self._scheduler_time(when)

    def next_run_time(self) -> datetime | None:
        """When the scheduler will actually run the job next (None: nothing is armed)."""
        job = self.scheduler.get_job(JOB_ID) if self.scheduler is not None else None
        return job.next_run_time if job else None

    def armed(self) -> bool:
        """Whether the scheduler will wake the app when the board next needs it."""
        if self.scheduler is None:
            return True  # not started yet: start() arms it moments after start-up
        if not self.scheduler.running:
            return False
        return self.next_run_time() == self._next_wake()

    def _check_armed(self) -> None:
        """Re-arm if the scheduler disagrees with the board, loudly, so it never goes quiet."""
        if self.scheduler is not None and self.scheduler.running and not self.armed():
            log.error("the reminder job was armed for %s but the board needs %s; re-arming",
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
        # After APScheduler has finished with this run (it updates the job only once
        # the run returns), check that the job still points where the board needs it.
        QTimer.singleShot(0, self._check_armed)

    def _show_released(self, kind: str) -> None:
        """A held prompt may go up now: once, and only while its kind is active."""
        now = self.clock()
        if kind in self.open_prompts:
            return  # one prompt per kind: the one already up asks for this too
        if self.board.is_paused(now) or not is_active(self.board.settings.plan(kind), now, self.tz):
            self.history.record(EventKind.REMINDER_MISSED,
                                {"kind": kind, "reason": "outside active hours"})
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

        Set back, the job would wait for the old wall time (hours of silence); set forward
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
    def done(self, kind: str) -> None:
        """The prompt was acted on (glass drunk, session started)."""
        self._close(kind, EventKind.REMINDER_DONE)

    def snooze(self, kind: str, minutes: int | None = None) -> None:
        minutes = minutes or self.board.settings.snooze_minutes
        until = self.board.snooze(kind, self.clock(), minutes)
        self._close(kind, EventKind.REMINDER_SNOOZED, minutes=minutes, until=until.isoformat())

    def skip(self, kind: str) -> None:
        was_open = kind in self.open_prompts
        self.board.skip(kind, self.clock(), prompt_open=was_open)
        self._close(kind, EventKind.REMINDER_SKIPPED)

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

    def restart_interval(self, kind: str) -> None:
        """Count the interval from now (a finished stretch session is a break)."""
        if self.gate is not None:
            self.gate.forget(kind)  # the break it asked for was taken
        self.board.restart_interval(kind, self.clock())
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
        last = self.history.events([EventKind.REMINDERS_PAUSED, EventKind.REMINDERS_RESUMED],
                                   newest_first=True, limit=1)
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
        """Each kind's next prompt, as far as the scheduler will really wake for it.

        With nothing armed (the scheduler stopped or the job lost), every kind reads as
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
