"""The running app's vital signs in one log line, for finding leaks from outside.

``companion --vitals`` hands the hidden ``vitals`` action to the running copy, which
writes one line ``vitals {json}`` to its log: resident memory (and SQLite's part of it), open files, threads, live
QObjects and timers, Python objects, and the most numerous of each. Nothing is counted
until someone asks, so it costs nothing while the app idles. tests/test_leak_soak.py
samples a long run this way.
"""

from __future__ import annotations

import ctypes
import gc
import json
import logging
import os
import resource
from collections import Counter

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
TOP = 10  # most numerous classes listed per kind, enough to name what grows


def _entries(folder: str) -> int | None:
    try:
        return len(os.listdir(folder))
    except OSError:  # no /proc (not Linux): leave it out rather than guess
        return None


def rss_kb() -> int:
    """Resident memory now (the peak where /proc is missing)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def sqlite_kb() -> int | None:
    """Memory SQLite holds (the history's page cache, up to its 2 MB limit, above all)."""
    try:
        import _sqlite3
        used = ctypes.CDLL(_sqlite3.__file__).sqlite3_memory_used
    except (ImportError, OSError, AttributeError):  # a build that does not export it
        return None
    used.restype = ctypes.c_int64
    return used() // 1024


def live_qobjects() -> list[QObject]:
    """Every QObject in the process that Python or an object tree can reach.

    Qt keeps no list of all objects. The roots are the application, the top-level widgets
    and every QObject that has a Python wrapper but no parent (the app's own objects, a
    scheduler's timer); below them each tree is walked, C++-only children included.
    """
    app = QCoreApplication.instance()
    candidates: list[QObject | None] = [app, *(QApplication.topLevelWidgets() if isinstance(app, QApplication) else [])]
    candidates += [o for o in gc.get_objects() if isinstance(o, QObject)]
    roots: dict[int, QObject] = {}
    for obj in candidates:
        if obj is not None and shiboken6.isValid(obj) and obj.parent() is None:
            roots.setdefault(shiboken6.getCppPointer(obj)[0], obj)
    found: dict[int, QObject] = {}
    for root in roots.values():
        for obj in (root, *root.findChildren(QObject)):
            found.setdefault(shiboken6.getCppPointer(obj)[0], obj)
    return list(found.values())


def sample() -> dict:
    """The vital signs now (after a full garbage collection, so only live objects count)."""
    gc.collect()
    qobjects = live_qobjects()
    qclasses = Counter(o.metaObject().className() for o in qobjects)
    python = gc.get_objects()
    ptypes = Counter(type(o).__name__ for o in python)
    vitals = {
        "rss_kb": rss_kb(),
        "sqlite_kb": sqlite_kb(),
        "fds": _entries("/proc/self/fd"),
        "threads": _entries("/proc/self/task"),
        "qobjects": len(qobjects),
        "qtimers": sum(isinstance(o, QTimer) for o in qobjects),
        "widgets": len(QApplication.allWidgets()) if isinstance(QCoreApplication.instance(), QApplication) else 0,
        "python_objects": len(python),
        "top_qobjects": dict(qclasses.most_common(TOP)),
        "top_python": dict(ptypes.most_common(TOP)),
    }
    del qobjects, python
    return vitals


def log_vitals() -> None:
    """Write the vital signs to the log as one line: ``vitals {json}``."""
    log.info("vitals %s", json.dumps(sample(), sort_keys=True))
