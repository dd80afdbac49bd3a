"""Notices the wall clock being set while the app waits, without polling.

A reminder job waits for a wall time, but Qt's timers count monotonic time: set the clock
back two hours and the job would sleep through two hours of reminders. Two sources say
"look at the clock now":

- the kernel: a CLOCK_REALTIME timerfd armed with TFD_TIMER_CANCEL_ON_SET becomes readable,
  and its read fails with ECANCELED, whenever the clock is set (settimeofday, an NTP step,
  the user; also on resume from suspend). Python 3.11 has no ``os.timerfd_create``, so it is
  called through ctypes, loaded when the watch starts (after the tray icon is up);
- any wake-up of the event loop (a click, a D-Bus message, a timer): a look costs two clock
  reads. Where the kernel's notice is missing (not Linux, or a faked clock such as
  libfaketime's, which the kernel never hears of), this still catches the change the next
  time anything happens, at the latest when the reminder timer itself fires.

Either way, :class:`~companion.core.clock.ClockDrift` measures how far the wall clock moved
against the monotonic clock, and ``jumped`` says so when it is beyond the tolerance.
"""

from __future__ import annotations

import errno
import logging
import os
import time
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QSocketNotifier, QTimer, Signal

from companion.core.clock import Clock, ClockDrift, utc_now

log = logging.getLogger(__name__)
# The timerfd is armed this far ahead; it only needs to be in the future to be told of a
# clock set. (Not "forever": libfaketime converts the time and overflows on huge values.)
ARM_AHEAD = timedelta(days=365)


class ClockSetTimer:
    """A timerfd that becomes readable when CLOCK_REALTIME is set (Linux only)."""

    _CLOCK_REALTIME = 0
    _TFD_TIMER_ABSTIME, _TFD_TIMER_CANCEL_ON_SET = 1, 2

    def __init__(self, ahead: timedelta = ARM_AHEAD):
        import ctypes  # here, not at the top: only once the app is up

        class Timespec(ctypes.Structure):
            _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]

        class Itimerspec(ctypes.Structure):
            _fields_ = [("it_interval", Timespec), ("it_value", Timespec)]

        self._ctypes, self._spec, self._ahead = ctypes, (Itimerspec, Timespec), ahead
        self._libc = ctypes.CDLL(None, use_errno=True)
        fd = self._libc.timerfd_create(self._CLOCK_REALTIME, os.O_NONBLOCK | os.O_CLOEXEC)
        if fd < 0:
            raise OSError(ctypes.get_errno(), "timerfd_create")
        self.fd = fd
        try:
            self.arm()
        except OSError:
            self.close()
            raise

    def arm(self) -> None:
        """(Re-)arm for a clock set: needed at first and after every notice."""
        itimerspec, timespec = self._spec
        value = itimerspec(it_value=timespec(int(time.time() + self._ahead.total_seconds()), 0))
        flags = self._TFD_TIMER_ABSTIME | self._TFD_TIMER_CANCEL_ON_SET
        if self._libc.timerfd_settime(self.fd, flags, self._ctypes.byref(value), None) < 0:
            raise OSError(self._ctypes.get_errno(), "timerfd_settime")

    def armed_for(self) -> float:
        """Seconds until the timer would expire (0: disarmed)."""
        itimerspec, _ = self._spec
        current = itimerspec()
        if self._libc.timerfd_gettime(self.fd, self._ctypes.byref(current)) < 0:
            raise OSError(self._ctypes.get_errno(), "timerfd_gettime")
        return current.it_value.tv_sec + current.it_value.tv_nsec / 1e9

    def read(self) -> str | None:
        """'set' (the clock was set), 'expired' (a year went by), or None (nothing yet)."""
        try:
            os.read(self.fd, 8)
        except BlockingIOError:
            return None
        except OSError as exc:
            if exc.errno == errno.ECANCELED:
                self.arm()
                return "set"
            raise
        self.arm()
        return "expired"

    def close(self) -> None:
        os.close(self.fd)


class ClockWatch(QObject):
    """Emits ``jumped(timedelta)`` soon after the wall clock moved against monotonic time."""

    jumped = Signal(object)

    def __init__(self, clock: Clock = utc_now, monotonic: Callable[[], float] = time.monotonic,
                 new_timer: Callable[[], ClockSetTimer] = ClockSetTimer,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._clock, self._monotonic, self._new_timer = clock, monotonic, new_timer
        self._drift: ClockDrift | None = None
        self._timer: ClockSetTimer | None = None
        self._notifier: QSocketNotifier | None = None
        self._dispatcher: QAbstractEventDispatcher | None = None

    @property
    def kernel_notice(self) -> bool:
        """Whether the kernel tells this watch of a clock set (else: looks on wake-ups)."""
        return self._timer is not None

    def start(self) -> None:
        self._drift = ClockDrift(self._clock, self._monotonic)
        try:
            self._timer = self._new_timer()
        except (OSError, AttributeError) as exc:  # not Linux, no timerfd, or a faked clock
            log.info("the kernel cannot tell Companion of clock changes (%s); the clock is "
                     "checked whenever Companion wakes", exc)
        else:
            self._notifier = QSocketNotifier(self._timer.fd, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._kernel_said)
        self._dispatcher = QAbstractEventDispatcher.instance()
        self._dispatcher.awake.connect(self.look)

    def stop(self) -> None:
        if self._dispatcher is not None:
            self._dispatcher.awake.disconnect(self.look)
            self._dispatcher = None
        self._drop_kernel_notice()

    def look(self) -> None:
        """Compare the clocks now; on a jump, say so once the event loop is free."""
        if self._drift is None:
            return
        by = self._drift.look()
        if by is not None:
            # Not from inside the dispatcher's wake-up: whoever listens re-plans from a
            # clean event-loop turn.
            QTimer.singleShot(0, self, lambda: self.jumped.emit(by))

    def _kernel_said(self) -> None:
        assert self._timer is not None  # its notifier calls this
        try:
            what = self._timer.read()
        except OSError as exc:
            log.warning("the clock-change notice failed (%s); the clock is checked whenever "
                        "Companion wakes", exc)
            self._drop_kernel_notice()
            return
        if what == "set":
            log.info("the kernel says the clock was set")
        self.look()

    def _drop_kernel_notice(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._timer is not None:
            self._timer.close()
            self._timer = None
