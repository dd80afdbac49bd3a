"""The one place the reminder service asks "may this prompt go up now?".

Feeds the monitor's facts to the pure activity model, records what it decides in
history, and keeps one timer armed for the model's next check (none while nothing is
held). The reminder service calls :meth:`PresenceGate.may_show` where it would show a
prompt, and shows the prompts that :attr:`PresenceGate.release` hands back later.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.activity import ActivityModel, Covered, Missed, NaturalBreak, Outcome, Show, Verdict
from companion.core.clock import Clock
from companion.core.kinds import EventKind

Record = Callable[[str, dict], object]


def _iso(when: datetime) -> str:
    return when.isoformat()


class PresenceGate(QObject):
    """Presence facts in; prompts held, released, missed or covered, and natural breaks out."""

    release = Signal(str)                # kind: show its held prompt now
    natural_break = Signal(object)       # NaturalBreak: restart the stretch interval
    changed = Signal()                   # what is held (or why) changed: redraw "held: ..."

    def __init__(self, model: ActivityModel, monitor, record: Record, clock: Clock,
                 parent: QObject | None = None,
                 scheduler_time: Callable[[datetime], datetime] | None = None):
        super().__init__(parent)
        self.model, self.monitor, self._record, self.clock = model, monitor, record, clock
        # As for the reminder service: a simulation faster than real time maps its moments
        # onto real ones, so the timer waits in real time (the app uses real time).
        self._scheduler_time = scheduler_time or (lambda when: when)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.settle)
        monitor.fact.connect(self.observe)
        self._shown_held: dict[str, str] = {}

    def may_show(self, kind: str, due: datetime | None) -> Verdict:
        """Ask at due time; a hold is recorded ("reminder_held") and comes back by ``release``."""
        now = self.clock()
        verdict = self.model.may_show(kind, due or now, now, self.monitor.busy_reason)
        if not verdict.show:
            self._record(EventKind.REMINDER_HELD, {"kind": kind, "reason": verdict.reason,
                                           "due": _iso(due or now)})
        self._arm()
        return verdict

    def observe(self, name: str, since: object = None) -> None:
        """One presence fact from the monitor ("idle_since", "active", "locked", ...)."""
        now = self.clock()
        if name == "idle_since":
            assert isinstance(since, datetime)  # (an idle_since fact carries its start)
            outcomes = self.model.idle_since(since, now)
        else:
            outcomes = getattr(self.model, name)(now)
        self._handle(outcomes)
        self._arm()

    def settle(self) -> None:
        """Release or give up on held prompts whose time has come (the timer calls this)."""
        self._handle(self.model.settle(self.clock(), self.monitor.busy_reason))
        self._arm()

    def use_monitor(self, monitor) -> None:
        """Listen to a new monitor (the user changed which sources to watch)."""
        self.monitor.fact.disconnect(self.observe)
        self.monitor = monitor
        monitor.fact.connect(self.observe)

    def forget(self, kind: str | None = None) -> None:
        """Drop a held prompt (or all): reminders were paused, or the break was taken."""
        self.model.forget(kind)
        self._arm()

    def held(self) -> dict[str, str]:
        """Kind -> reason, for the tooltip and Today: "held: in a call"."""
        return self.model.held()

    def _handle(self, outcomes: list[Outcome]) -> None:
        for o in outcomes:
            if isinstance(o, NaturalBreak):
                self._record(EventKind.NATURAL_BREAK, {"start": _iso(o.start), "end": _iso(o.end),
                                               "minutes": round(o.minutes, 1), "cause": o.cause})
                self.natural_break.emit(o)
            elif isinstance(o, Show):
                for due in o.dues[:-1]:  # merged into the one prompt shown: not shown themselves
                    self._record(EventKind.REMINDER_MISSED, {"kind": o.kind, "due": _iso(due),
                                                     "reason": o.reason})
                self.release.emit(o.kind)
            elif isinstance(o, Missed):
                for due in o.dues:
                    self._record(EventKind.REMINDER_MISSED, {"kind": o.kind, "due": _iso(due),
                                                     "reason": o.reason})
            elif isinstance(o, Covered):
                for due in o.dues:
                    self._record(EventKind.REMINDER_COVERED, {"kind": o.kind, "due": _iso(due),
                                                      "break_start": _iso(o.natural_break.start)})

    def _arm(self) -> None:
        if (held := self.model.held()) != self._shown_held:
            self._shown_held = held
            self.changed.emit()
        when = self.model.next_check()
        if when is None:
            self._timer.stop()
            return
        real = self._scheduler_time
        wait_ms = (real(when) - real(self.clock())).total_seconds() * 1000
        self._timer.start(max(0, min(math.ceil(wait_ms), 2_147_483_647)))
