"""Ends an "until this call ends" pause: asks the call sources at a slow pace while it lasts.

Nothing runs unless the user chose that pause; then one timer asks once a minute
(``interval_ms``) and stops as soon as the pause is over, the user resumed, or another
pause replaced it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.activity import CallPause
from companion.core.clock import Clock

CHECK_EVERY_MS = 60_000


class CallPauseWatch(QObject):
    """Emits ``ended`` when the call the user paused for is over (or the pause ran its limit)."""

    ended = Signal()

    def __init__(self, in_call: Callable[[], bool | None], still_paused: Callable[[], bool],
                 clock: Clock, interval_ms: int = CHECK_EVERY_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._in_call, self._still_paused, self.clock = in_call, still_paused, clock
        self._pause: CallPause | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self, until: datetime) -> None:
        self._pause = CallPause(until)
        self._timer.start()

    def stop(self) -> None:
        """Ask no more (the app is saying goodbye); the pause itself stays as recorded, to be
        carried over to the next start."""
        self._timer.stop()

    def set_interval(self, ms: int) -> None:
        """How often to ask while the pause lasts (tests ask often; the app once a minute)."""
        self._timer.setInterval(ms)

    def active(self) -> bool:
        return self._timer.isActive()

    def check(self) -> None:
        """Ask once; stop when the pause is no longer ours, end it when the call is over."""
        if self._pause is None or not self._still_paused():
            self._timer.stop()
            return
        if self._pause.over(self._in_call(), self.clock()):
            self._timer.stop()
            self._pause = None
            self.ended.emit()
