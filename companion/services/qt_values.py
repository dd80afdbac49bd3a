"""A precise timer and a call a turn later, without PySide6's ``Qt`` namespace.

The first use of any ``Qt.*`` enum makes PySide6 build the whole ``Qt`` namespace (about
90 enums, ~1.4 MiB of Python objects and ~35 ms), and it stays for the life of the
process. A tray start needs only two of its values: the alarm's and the prompts' precise
timers, and two queued connections. Qt offers both without the namespace: the timer type
is a property, which Qt converts from its number, and a zero-time single shot with a
context object is posted to that object's thread as a queued call, as a queued
connection's call is (and dropped, as that is, if the object is gone).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

PRECISE_TIMER = 0  # Qt::PreciseTimer (tests/services/test_qt_values.py checks the number)


def precise_timer(parent: QObject | None = None) -> QTimer:
    """A single-shot timer that keeps millisecond accuracy.

    A coarse timer (Qt's default) may be off by 5% of its wait: 3 minutes on an hour.
    """
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setProperty("timerType", PRECISE_TIMER)
    return timer


def queued(context: QObject, slot: Callable[[], object]) -> Callable[..., None]:
    """A slot that runs ``slot`` a turn later, once the current call has returned (as a
    queued connection to ``context`` would); for signals without arguments."""
    return lambda *_: QTimer.singleShot(0, context, slot)
