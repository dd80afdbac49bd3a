"""One injectable source of elapsed time for everything that counts down or animates.

Guided sessions and the breathing pacer read ``now()`` (monotonic seconds) and
repaint on ``ticked``. Tests use :class:`ManualTicker` and step it; nothing sleeps.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal


class Ticker(QObject):
    """Emits ``ticked(now)`` every ``interval_ms`` while running; idle when stopped."""

    ticked = Signal(float)

    def __init__(self, interval_ms: int = 100, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        # Precise timers keep a countdown or an animation from drifting visibly.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(lambda: self.ticked.emit(self.now()))

    def now(self) -> float:
        """Monotonic seconds."""
        return time.monotonic()

    def set_interval(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()


class ManualTicker(Ticker):
    """A ticker whose time moves only when a test calls :meth:`advance`."""

    def __init__(self, start: float = 1000.0, parent: QObject | None = None):
        super().__init__(parent=parent)
        self._now = start
        self._running = False

    def now(self) -> float:
        return self._now

    def start(self) -> None:
        self._running = True

    def stop(self) -> None:
        self._running = False

    def is_running(self) -> bool:
        return self._running

    def advance(self, seconds: float, step: float = 0.1) -> None:
        """Move time forward, emitting a tick every ``step`` seconds while running."""
        end = self._now + seconds
        while self._now < end - 1e-9:
            self._now = min(end, self._now + step)
            if self._running:
                self.ticked.emit(self._now)
