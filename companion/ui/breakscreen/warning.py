"""The warning shortly before a break screen, so it never lands in the middle of a sentence.

``BreakWarnings`` keeps one timer, armed for the earliest "N seconds before" of the breaks
that come as a screen; ``coming(kind)`` fires then, once per due time. The app puts up a
small notification with Postpone (where the day's limit allows one).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal


#: The notification's key for one kind's warning (not a prompt's: its answers are its own).
def warning_key(kind: str) -> str:
    return f"{kind}-break-warning"


class BreakWarnings(QObject):
    """Says ``coming(kind)`` ``seconds`` before each break screen is due."""

    coming = Signal(str)

    def __init__(self, clock: Callable[[], datetime],
                 real_time: Callable[[datetime], datetime] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.clock = clock
        # A simulated clock faster than real time maps its moments onto real ones (tests).
        self._real = real_time or (lambda when: when)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._fire)
        self._plan: dict[str, datetime] = {}     # kind -> when to warn
        self._dues: dict[str, datetime] = {}     # kind -> the due time it warns of
        self._warned: dict[str, datetime] = {}   # kind -> the due time already warned of

    def plan(self, dues: dict[str, datetime], seconds: int) -> None:
        """Warn ``seconds`` before each of ``dues`` (kind -> due time; none: no warning)."""
        self._dues = dict(dues)
        self._plan = {kind: due - timedelta(seconds=seconds) for kind, due in dues.items()
                      if self._warned.get(kind) != due}
        self._arm()

    def armed(self) -> bool:
        """Whether a warning is waiting for its moment."""
        return self._timer.isActive()

    def _arm(self) -> None:
        now = self.clock()
        ahead = [when for kind, when in self._plan.items() if self._dues[kind] > now]
        if not ahead:
            self._timer.stop()
            return
        wait = (self._real(min(ahead)) - self._real(now)).total_seconds() * 1000
        self._timer.start(max(0, min(math.ceil(wait), 2_147_483_647)))

    def _fire(self) -> None:
        now = self.clock()
        for kind, when in sorted(self._plan.items(), key=lambda item: item[1]):
            due = self._dues[kind]
            if when <= now < due:
                self._warned[kind] = due
                del self._plan[kind]
                self.coming.emit(kind)
        self._arm()
