"""Esc held down for a few seconds: the one way out of a break screen that is always there.

The timer is injected, so a test presses and releases the key and fires the timer itself
instead of waiting three seconds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from companion.core.breaks import ESCAPE_HOLD_SECONDS


def _timer() -> QTimer:
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    return timer


class EscapeHold(QObject):
    """Emits ``held`` once Esc has been kept down for ESCAPE_HOLD_SECONDS; ``holding(bool)``
    as the key goes down and comes up (the screen says "keep holding")."""

    held = Signal()
    holding = Signal(bool)

    def __init__(self, new_timer: Callable[[], QTimer] = _timer, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = new_timer()
        self.timer.setParent(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(round(ESCAPE_HOLD_SECONDS * 1000))
        self.timer.timeout.connect(self._done)

    def watch(self, widget: QObject) -> None:
        """Follow Esc in ``widget`` (a window: keys its controls leave unused reach it)."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            # A key held down repeats as press/release pairs marked auto-repeat: not a release.
            if not event.isAutoRepeat():
                self.press() if event.type() == QEvent.Type.KeyPress else self.release()
            return True
        return False

    def press(self) -> None:
        if not self.timer.isActive():
            self.timer.start()
            self.holding.emit(True)

    def release(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.holding.emit(False)

    def _done(self) -> None:
        self.holding.emit(False)
        self.held.emit()
