"""Every APScheduler detail in one place: an alarm clock that wakes the app for one job.

The rest of Companion sees only :class:`AlarmClock`: ``arm(when, job)``, ``armed_for()``,
``start``, ``resume`` and ``stop``. Underneath it are three APScheduler details:

- **The scheduler** is built on APScheduler's documented extension points for custom
  schedulers (``start``, ``shutdown``, ``wakeup``, ``_create_default_executor``, and sleeping
  for what ``_process_jobs`` returns). It sleeps on one reusable precise QTimer, and its
  default executor, APScheduler's DebugExecutor, runs a job right where the timer fired: in
  the Qt thread. (APScheduler's own QtScheduler keeps ``QTimer.singleShot``'s result to
  cancel it, but PySide6 returns None there, so each re-arm left one more timer running
  that woke the app for nothing; and its default executor is a thread pool.)
- **The one job** has a trigger that follows what the clock was last armed for. It is never
  a one-off job: APScheduler removes a finished one-off job *by its id* once the run returns,
  which would remove the job that the run itself had just re-armed.
- **The import** (:func:`load_apscheduler`). APScheduler 3 imports four things the clock
  never uses, each for a single name: ``asyncio`` (with the ``ssl`` it loads: 50 modules,
  3 MiB of heap, OpenSSL, ~65 ms) to refuse coroutine jobs; ``importlib.metadata`` (with
  ``email`` and ``csv``: 39 modules, 1.5 MiB, ~12 ms) for its own version and to list
  plugins by reading every installed package's metadata; its pool executors
  (``multiprocessing`` and ``concurrent.futures``: 31 modules, 1.3 MiB) for a default
  executor the clock replaces; and ``uuid`` (with ``platform``: 0.17 MiB, ~3 ms) to name
  jobs made without an id, which the clock's one job has. (Measured on top of a bare
  PySide6 app.) For that one import only,
  one-module stand-ins take their places; afterwards they are removed (a later ``import
  asyncio`` anywhere gets the real one) and the clock checks that nothing kept one. If
  anything goes wrong, APScheduler is imported again the ordinary way: slower, never broken.
"""

from __future__ import annotations

import functools
import inspect
import logging
import math
import os
import sys
import weakref
from collections.abc import Callable
from datetime import UTC, datetime
from types import ModuleType, SimpleNamespace

from PySide6.QtCore import QTimer

from companion.services.qt_values import precise_timer

log = logging.getLogger(__name__)
JOB_ID = "alarm"
_MAX_TIMER_MS = 2**31 - 1  # a QTimer's longest wait (about 24.8 days); it re-arms after


class AlarmClock:
    """Runs one job at the moment it is armed for, in the Qt thread, with one timer."""

    def __init__(self) -> None:
        aps = load_apscheduler()
        self._when: datetime | None = None
        self._scheduler = _scheduler_class(aps.BaseScheduler, aps.DebugExecutor)(timezone=UTC)
        self._trigger = _trigger_class(aps.BaseTrigger)(lambda: self._when)

    @property
    def running(self) -> bool:
        """Whether the clock was started (and not stopped): paused counts as running."""
        return bool(self._scheduler.running)

    @property
    def timer(self) -> QTimer:
        """The one timer the clock sleeps on (for tests and diagnostics)."""
        return self._scheduler.timer

    def start(self, paused: bool = False) -> None:
        """Start keeping time (``paused``: run nothing until :meth:`resume`, for tests)."""
        self._scheduler.start(paused=paused)

    def resume(self) -> None:
        self._scheduler.resume()

    def stop(self) -> None:
        """Run nothing more; the timer stops."""
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def arm(self, when: datetime | None, job: Callable[[], None]) -> None:
        """Run ``job`` at ``when`` (an aware datetime) instead of any earlier arming; None: at no time.

        Safe to call from inside ``job``: what it arms there is what runs next.
        """
        self._when = when
        current = self._scheduler.get_job(JOB_ID)
        if current is None:
            if when is not None:
                # misfire_grace_time=None: a late run still runs (after sleep, say); what a
                # late wake-up means is the job's to decide, not APScheduler's to drop.
                self._scheduler.add_job(job, self._trigger, id=JOB_ID, next_run_time=when,
                                        misfire_grace_time=None, coalesce=True)
        elif current.func != job:
            self._scheduler.modify_job(JOB_ID, func=job, next_run_time=when)
        else:
            # Parked (next_run_time None) rather than removed: inside a run, APScheduler
            # removes the job itself afterwards if the trigger has nothing more, and a
            # second removal would raise.
            self._scheduler.modify_job(JOB_ID, next_run_time=when)

    def armed_for(self) -> datetime | None:
        """When the scheduler will really run the job next (None: at no time)."""
        job = self._scheduler.get_job(JOB_ID) if self._scheduler.running else None
        return job.next_run_time if job is not None else None


# -- the scheduler and the trigger (classes made once APScheduler is loaded) ---------------

@functools.cache
def _scheduler_class(base, executor):
    class QtTimerScheduler(base):
        """An APScheduler scheduler that sleeps on one precise QTimer and runs jobs in the Qt thread."""

        timer: QTimer | None = None

        def start(self, *args, **kwargs):
            if self.timer is None:
                self.timer = precise_timer()
                self.timer.timeout.connect(self._run_due_jobs)
            super().start(*args, **kwargs)

        def shutdown(self, *args, **kwargs):
            super().shutdown(*args, **kwargs)
            self.timer.stop()

        def wakeup(self):
            self.timer.start(0)

        def _create_default_executor(self):
            return executor()  # runs a job where it is submitted: here, in the Qt thread

        def _run_due_jobs(self):
            wait_seconds = self._process_jobs()
            if wait_seconds is None:
                self.timer.stop()
            else:
                # Rounded up: a timer that fires a fraction of a millisecond early finds
                # nothing due and would spin until the moment arrives.
                self.timer.start(min(math.ceil(wait_seconds * 1000), _MAX_TIMER_MS))

    return QtTimerScheduler


@functools.cache
def _trigger_class(base):
    class ArmedTimeTrigger(base):
        """Fires at whatever the clock was last armed for."""

        def __init__(self, armed_for: Callable[[], datetime | None]):
            self._armed_for = armed_for

        def get_next_fire_time(self, previous_fire_time, now):
            when = self._armed_for()
            # APScheduler walks fire times forward until one lies in the future, so a
            # trigger must never answer a time at or before the one it just fired for.
            if when is None or (previous_fire_time is not None and when <= previous_fire_time):
                return None
            return when

        def __str__(self):
            return "the alarm clock's armed time"

    return ArmedTimeTrigger


# -- the lean import -------------------------------------------------------------------------

class StandInKept(RuntimeError):
    """A module kept a stand-in past APScheduler's import."""


_loading = False  # True only while APScheduler is imported under the stand-ins


def load_apscheduler() -> SimpleNamespace:
    """The APScheduler classes the clock builds on, imported lean once (see the module docstring)."""
    if "apscheduler.schedulers.base" in sys.modules:  # loaded already, one way or the other
        return _import_parts()
    before = set(sys.modules)
    try:
        parts, stood_in = _import_with_stand_ins()
    except Exception as exc:
        for name in set(sys.modules) - before:  # whatever the lean try loaded, loaded again
            del sys.modules[name]
        log.warning("APScheduler's lean import failed (%s: %s); importing it the ordinary way",
                    type(exc).__name__, exc)
        return _import_parts()
    log.info("APScheduler loaded with stand-ins for %s (none kept)", ", ".join(stood_in) or "nothing")
    return parts


def _import_parts() -> SimpleNamespace:
    """The one import the stand-ins cover."""
    from apscheduler.executors.debug import DebugExecutor
    from apscheduler.schedulers.base import BaseScheduler
    from apscheduler.triggers.base import BaseTrigger
    return SimpleNamespace(BaseScheduler=BaseScheduler, DebugExecutor=DebugExecutor,
                           BaseTrigger=BaseTrigger)


def _import_with_stand_ins() -> tuple[SimpleNamespace, list[str]]:
    global _loading
    stand_ins = {name: make() for name, make in _STAND_INS.items() if name not in sys.modules}
    kept = {name: weakref.ref(module) for name, module in stand_ins.items()}
    sys.modules.update(stand_ins)
    _loading = True
    try:
        parts = _import_parts()
    finally:
        _loading = False
        for name in stand_ins:
            if sys.modules.get(name) is stand_ins[name]:
                del sys.modules[name]
        stand_ins.clear()  # ours were the last references, unless something kept one
    if kept_by := [name for name, ref in kept.items() if ref() is not None]:
        raise StandInKept(f"something kept the stand-in for {', '.join(kept_by)}")
    return parts, list(kept)


def _asyncio() -> ModuleType:
    # apscheduler.util takes iscoroutinefunction from asyncio, whose own calls inspect's.
    return _module("asyncio", iscoroutinefunction=inspect.iscoroutinefunction)


def _metadata() -> ModuleType:
    return _module("importlib.metadata", version=_version, entry_points=_entry_points,
                   PackageNotFoundError=_PackageNotFound)


def _pool() -> ModuleType:
    return _module("apscheduler.executors.pool", ThreadPoolExecutor=_thread_pool_executor)


def _uuid() -> ModuleType:
    return _module("uuid", uuid4=_uuid4)


def _uuid4():
    """uuid.uuid4 for apscheduler.job, which keeps it: the real one, imported on the first call."""
    import uuid
    return uuid.uuid4()


def _module(name: str, **names) -> ModuleType:
    module = ModuleType(name, "A stand-in while APScheduler loads (companion.services.scheduler).")
    vars(module).update(names)
    return module


_STAND_INS = {"asyncio": _asyncio, "importlib.metadata": _metadata,
              "apscheduler.executors.pool": _pool, "uuid": _uuid}


class _PackageNotFound(ModuleNotFoundError):
    """importlib.metadata.PackageNotFoundError, for APScheduler's own fallback."""


def _version(distribution: str) -> str:
    """importlib.metadata.version for APScheduler's version, from its ``.dist-info`` folder's name."""
    package = sys.modules.get("apscheduler")  # the one asking: it is being imported
    site = os.path.dirname(os.path.dirname(getattr(package, "__file__", None) or "."))
    prefix = distribution.lower().replace("-", "_") + "-"
    found = [name[len(prefix):-len(".dist-info")] for name in os.listdir(site)
             if name.lower().startswith(prefix) and name.endswith(".dist-info")]
    if len(found) != 1:
        raise _PackageNotFound(distribution)
    return found[0]


def _entry_points(**selection):
    """importlib.metadata.entry_points: none while APScheduler loads, the real ones after.

    APScheduler lists its plugins once, as it loads, so plugin names ("date", "cron",
    "threadpool"...) do not resolve in this process; the clock passes APScheduler objects,
    never names.
    """
    if _loading:
        return ()
    from importlib.metadata import entry_points
    return entry_points(**selection)


def _thread_pool_executor(*args, **kwargs):
    """apscheduler.executors.pool.ThreadPoolExecutor, imported when first made (the clock never does)."""
    from apscheduler.executors.pool import ThreadPoolExecutor
    return ThreadPoolExecutor(*args, **kwargs)
