"""One object for all presence sources: starts them when asked, reports facts, answers busy.

Nothing here is imported or connected until :meth:`PresenceMonitor.start`, so a tray-only
start-up pays for none of it; the app calls ``start`` once its window or tray is up.
Idle, lock and sleep arrive as signals; call, fullscreen and do not disturb are only
asked, through :meth:`PresenceMonitor.busy_reason`, when a reminder is due or held (and
do not disturb and GNOME's idle inhibitors also say when they end, where signalled).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from companion.core.clock import Clock, utc_now
from companion.core.i18n import QT_TRANSLATE_NOOP, translate

from .status import SourceStatus

if TYPE_CHECKING:
    from companion.services.dbus import Buses
    from companion.services.logind import LogindWatch

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PresenceChoices:
    """Which sources the user allows, and the idle threshold (from Settings)."""

    idle_minutes: int = 5
    idle: bool = True
    lock: bool = True
    calls: bool = True        # camera and microphone
    fullscreen: bool = True
    do_not_disturb: bool = True


class PresenceMonitor(QObject):
    """Emits ``fact(name, since)``: name is an ActivityModel method, ``since`` only for idle.

    "free" is do not disturb ending: a prompt held for it comes back at once, not at the
    gate's next re-check two minutes later.
    """

    fact = Signal(str, object)

    def __init__(self, choices: PresenceChoices = PresenceChoices(), clock: Clock = utc_now,
                 buses: Buses | None = None, logind: LogindWatch | None = None,
                 display: str | None = None, call_watch=None,
                 parent: QObject | None = None):
        """``buses``: the app's :class:`~companion.services.dbus.Buses` (None: its own, from
        the environment, closed by ``stop``); ``logind``: the app's started
        :class:`~companion.services.logind.LogindWatch` (None: its own, on those buses)."""
        super().__init__(parent)
        self.choices, self.clock = choices, clock
        self._buses = buses
        self._logind = logind
        self._display = display
        self._call = call_watch
        self._call_watch = None  # the call sources, once started, when this desktop has any
        self._statuses: list[SourceStatus] = []
        self._askers: list = []
        self._closers: list = []
        self._locks: set[str] = set()
        self.started = False

    def start(self) -> None:
        """Connect every allowed source (imports happen here, after start-up)."""
        if self.started:
            return
        self.started = True
        if self._buses is None:
            from companion.services.dbus import Buses

            self._buses = Buses(parent=self)
            self._closers.append(self._buses.close)  # closed last: stop runs closers in reverse
        c = self.choices
        self._start_idle(self._buses.session) if c.idle else self._off("idle")
        self._start_lock_and_sleep(self._buses.session) if c.lock else self._off("screen lock")
        self._start_busy_sources(self._buses.session)
        for status in self._statuses:
            log.info("presence: %s", status)

    def describe(self) -> list[SourceStatus]:
        """What each source does on this desktop (for Settings and --diagnose)."""
        return list(self._statuses)

    def busy_reason(self) -> str | None:
        """Why a prompt should wait right now ("in a call", ...), or None; asks each source."""
        for ask in self._askers:
            reason = ask()
            if reason:
                return reason
        return None

    def in_call(self) -> bool | None:
        """Whether another program uses the camera or microphone now; None if we cannot tell."""
        return None if self._call_watch is None else self._call_watch.reason() is not None

    def stop(self) -> None:
        for close in reversed(self._closers):
            close()
        self._closers.clear()

    # -- sources ------------------------------------------------------------------
    def _off(self, what: str) -> None:
        self._statuses.append(SourceStatus(what, False, QT_TRANSLATE_NOOP("presence", "off in settings")))

    def _start_idle(self, session) -> None:
        from .gnome_idle import MutterIdleWatch

        threshold = self.choices.idle_minutes * 60_000
        watch = MutterIdleWatch(session, threshold, self)
        status = watch.start()
        # (An X display named by the caller means X11, whatever session this is.)
        wayland_session = self._display is None and bool(os.environ.get("WAYLAND_DISPLAY"))
        if not status.available and wayland_session:
            # Plasma and most other compositors. Never XWayland's idle counter instead: it sees
            # only input to X programs, so typing in any other window would look like absence.
            from .wayland_idle import WaylandIdleWatch

            wayland = WaylandIdleWatch(threshold, parent=self)
            status = wayland.start()
            watch = wayland if status.available else None
        elif not status.available:
            from .x11_idle import X11IdleWatch

            x11 = X11IdleWatch(threshold, self._display, self)
            status = x11.start()
            watch = x11 if status.available else None
        if watch is not None:
            watch.idle.connect(self._went_idle)
            watch.active.connect(lambda: self.fact.emit("active", None))
            self._closers.append(watch.stop)
        else:
            status = SourceStatus("idle", False,
                                  QT_TRANSLATE_NOOP("presence", "time away from the keyboard is not noticed here;"
                                                                " stretch reminders keep wall-clock times"))
        self._statuses.append(status)

    def _went_idle(self, seconds: float) -> None:
        self.fact.emit("idle_since", self.clock() - timedelta(seconds=seconds))

    def _start_lock_and_sleep(self, session) -> None:
        from .screen_lock import ScreenLockWatch

        saver = ScreenLockWatch(session, self)
        saver.locked.connect(self._saver_locked)
        saver.unlocked.connect(self._saver_unlocked)
        self._closers.append(saver.stop)
        logind = self._logind_watch()
        # The app's watch outlives this monitor (a new one comes when settings change):
        # connected to methods, so stop can disconnect exactly these.
        heard = ((logind.locked, self._logind_locked), (logind.unlocked, self._logind_unlocked),
                 (logind.suspended, self._suspended), (logind.resumed, self._resumed))
        for signal, slot in heard:
            signal.connect(slot)
            self._closers.append(lambda signal=signal, slot=slot: signal.disconnect(slot))
        saver_status = saver.start()
        sleep_status, hint_status = logind.start()
        if logind.is_locked:
            self._lock("logind", True)
        lock = saver_status if saver_status.available else hint_status
        if not (saver_status.available or hint_status.available):
            lock = SourceStatus("screen lock", False, translate(
                "presence", "{screen_saver}; {logind}: a locked screen counts only once input stops"
            ).format(screen_saver=translate("presence", saver_status.how),
                     logind=translate("presence", hint_status.how)))
        self._statuses += [lock, sleep_status]

    def _logind_watch(self) -> LogindWatch:
        if self._logind is None:
            from companion.services.logind import LogindWatch

            self._logind = LogindWatch(self._buses.system, self)
            self._closers.append(self._logind.stop)
        return self._logind

    def _saver_locked(self) -> None:
        self._lock("saver", True)

    def _saver_unlocked(self) -> None:
        self._lock("saver", False)

    def _logind_locked(self) -> None:
        self._lock("logind", True)

    def _logind_unlocked(self) -> None:
        self._lock("logind", False)

    def _suspended(self) -> None:
        self.fact.emit("suspended", None)

    def _resumed(self) -> None:
        self.fact.emit("resumed", None)

    def _lock(self, source: str, locked: bool) -> None:
        was = bool(self._locks)
        (self._locks.add if locked else self._locks.discard)(source)
        if bool(self._locks) != was:
            self.fact.emit("locked" if locked else "unlocked", None)

    def _start_busy_sources(self, session) -> None:
        c = self.choices
        if c.do_not_disturb:
            from .dnd import DoNotDisturb

            dnd = DoNotDisturb(session, parent=self)
            dnd.ended.connect(lambda: self.fact.emit("free", None))
            self._statuses.append(dnd.start())
            self._closers.append(dnd.stop)
            self._askers.append(dnd.reason)
        else:
            self._off("do not disturb")
        if c.fullscreen:
            from .fullscreen import FullscreenWatch

            full = FullscreenWatch(self._display)
            self._statuses.append(full.start())
            self._askers.append(full.reason)
            self._closers.append(full.stop)
            self._start_gnome_inhibit(session)
        else:
            self._off("fullscreen")
        if c.calls:
            from .call import CallWatch

            call = self._call or CallWatch()
            statuses = call.describe()
            self._statuses += statuses
            self._askers.append(call.reason)
            if any(status.available for status in statuses):
                self._call_watch = call
        else:
            self._off("camera")
            self._off("microphone")

    def _start_gnome_inhibit(self, session) -> None:
        """GNOME's idle inhibitors: what the desktop tells of films, games and calls, where
        (on Wayland) no window can be seen fullscreen. Listed only where GNOME has them."""
        from .gnome_inhibit import IdleInhibitWatch

        inhibit = IdleInhibitWatch(session, self)
        status = inhibit.start()
        if not status.available:
            return
        inhibit.ended.connect(lambda: self.fact.emit("free", None))
        self._statuses.append(status)
        self._askers.append(inhibit.reason)
        self._closers.append(inhibit.stop)
