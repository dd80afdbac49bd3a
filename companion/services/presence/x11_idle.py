"""Time away from keyboard and mouse on X11, from XSync alarms on the IDLETIME counter.

The X server wakes us twice per absence, never in between: once when the idle time
crosses the threshold, once when input resets it. No polling.
"""

from __future__ import annotations

import ctypes
import logging
from ctypes import POINTER, Structure, byref, c_char_p, c_int, c_uint, c_ulong, c_void_p

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from companion.core.i18n import QT_TRANSLATE_NOOP

from .status import SourceStatus
from .x11 import Display

log = logging.getLogger(__name__)
POSITIVE_TRANSITION, NEGATIVE_TRANSITION = 0, 1
# XSyncCACounter | XSyncCAValueType | XSyncCAValue | XSyncCATestType | XSyncCADelta | XSyncCAEvents
ALARM_MASK = 0b111111
ALARM_NOTIFY = 1  # event number, added to the extension's event base


class SyncValue(Structure):
    _fields_ = [("hi", c_int), ("lo", c_uint)]

    @property
    def value(self) -> int:
        return (self.hi << 32) | self.lo


def _sync_value(n: int) -> SyncValue:
    return SyncValue(n >> 32, n & 0xFFFFFFFF)


class Trigger(Structure):
    _fields_ = [("counter", c_ulong), ("value_type", c_int), ("wait_value", SyncValue),
                ("test_type", c_int)]


class AlarmAttributes(Structure):
    _fields_ = [("trigger", Trigger), ("delta", SyncValue), ("events", c_int), ("state", c_int)]


class SystemCounter(Structure):
    _fields_ = [("name", c_char_p), ("counter", c_ulong), ("resolution", SyncValue)]


class AlarmNotify(Structure):
    _fields_ = [("type", c_int), ("serial", c_ulong), ("send_event", c_int), ("display", c_void_p),
                ("alarm", c_ulong), ("counter_value", SyncValue), ("alarm_value", SyncValue),
                ("time", c_ulong), ("state", c_int)]


def _xext():
    try:
        lib = ctypes.CDLL("libXext.so.6")
    except OSError:
        return None
    lib.XSyncQueryExtension.argtypes = [c_void_p, POINTER(c_int), POINTER(c_int)]
    lib.XSyncInitialize.argtypes = [c_void_p, POINTER(c_int), POINTER(c_int)]
    lib.XSyncListSystemCounters.restype = POINTER(SystemCounter)
    lib.XSyncListSystemCounters.argtypes = [c_void_p, POINTER(c_int)]
    lib.XSyncFreeSystemCounterList.argtypes = [POINTER(SystemCounter)]
    lib.XSyncQueryCounter.argtypes = [c_void_p, c_ulong, POINTER(SyncValue)]
    lib.XSyncCreateAlarm.restype = c_ulong
    lib.XSyncCreateAlarm.argtypes = [c_void_p, c_ulong, POINTER(AlarmAttributes)]
    lib.XSyncDestroyAlarm.argtypes = [c_void_p, c_ulong]
    return lib


class X11IdleWatch(QObject):
    """Emits ``idle(seconds)`` after ``threshold_ms`` without input, ``active()`` on the next input."""

    idle = Signal(float)
    active = Signal()

    def __init__(self, threshold_ms: int, display: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.threshold_ms = threshold_ms
        self._display_name = display
        self._display: Display | None = None
        self._ext = None
        self._alarms: dict[int, str] = {}
        self._notifier: QSocketNotifier | None = None

    def start(self) -> SourceStatus:
        """Connect and arm both alarms; says what works (or why not)."""
        display = Display(self._display_name)
        if not display:
            return SourceStatus("idle", False, QT_TRANSLATE_NOOP("presence", "no X11 display"))
        ext = _xext()
        base, error = c_int(), c_int()
        if ext is None or not ext.XSyncQueryExtension(display.handle, byref(base), byref(error)):
            display.close()
            return SourceStatus("idle", False, QT_TRANSLATE_NOOP("presence", "the X server has no SYNC extension"))
        ext.XSyncInitialize(display.handle, byref(c_int()), byref(c_int()))
        counter = self._idle_counter(ext, display)
        if counter is None:
            display.close()
            return SourceStatus("idle", False, QT_TRANSLATE_NOOP("presence", "the X server has no IDLETIME counter"))
        self._display, self._ext, self._event_base = display, ext, base.value
        self._counter = counter
        # Crossing the threshold upwards: gone. Falling back below it: input, back again.
        self._alarms[self._alarm(counter, POSITIVE_TRANSITION, self.threshold_ms)] = "idle"
        self._alarms[self._alarm(counter, NEGATIVE_TRANSITION, self.threshold_ms - 1)] = "active"
        display.flush()
        self._notifier = QSocketNotifier(display.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self._read()
        if self.idle_ms() >= self.threshold_ms:  # already away when we started
            self.idle.emit(self.idle_ms() / 1000)
        return SourceStatus("idle", True, QT_TRANSLATE_NOOP("presence", "X11 idle alarms (XSync IDLETIME)"))

    def idle_ms(self) -> int:
        """Milliseconds since the last input, as the X server counts them."""
        value = SyncValue()
        self._ext.XSyncQueryCounter(self._display.handle, self._counter, byref(value))
        return value.value

    def stop(self) -> None:
        if self._display is None:
            return
        self._notifier.setEnabled(False)
        for alarm in self._alarms:
            self._ext.XSyncDestroyAlarm(self._display.handle, alarm)
        self._alarms.clear()
        self._display.close()
        self._display = None

    def _idle_counter(self, ext, display: Display) -> int | None:
        count = c_int()
        counters = ext.XSyncListSystemCounters(display.handle, byref(count))
        if not counters:
            return None
        try:
            return next((counters[i].counter for i in range(count.value)
                         if counters[i].name == b"IDLETIME"), None)
        finally:
            ext.XSyncFreeSystemCounterList(counters)

    def _alarm(self, counter: int, test: int, value: int) -> int:
        attrs = AlarmAttributes()
        attrs.trigger.counter = counter
        attrs.trigger.value_type = 0  # absolute
        attrs.trigger.wait_value = _sync_value(value)
        attrs.trigger.test_type = test
        attrs.delta = _sync_value(0)  # a transition alarm with no delta stays armed
        attrs.events = 1
        return self._ext.XSyncCreateAlarm(self._display.handle, ALARM_MASK, byref(attrs))

    def _read(self) -> None:
        for event in self._display.events():
            if event.type != self._event_base + ALARM_NOTIFY:
                continue
            notify = ctypes.cast(byref(event), POINTER(AlarmNotify)).contents
            which = self._alarms.get(notify.alarm)
            if which == "idle":
                self.idle.emit(notify.counter_value.value / 1000)
            elif which == "active":
                self.active.emit()
