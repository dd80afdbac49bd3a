"""Follows the system's time zone while the app runs (travel, ``timedatectl set-timezone``).

What to watch follows where the zone comes from, as tzlocal reads it: TZ naming a file
(``TZ=":/path"`` or ``"/path"``) means that file's folder; TZ naming a zone means nothing
can change it while the process runs; otherwise /etc, which holds ``localtime`` (a symlink
that tools replace by renaming a new one over it, so a watch on the file would follow the
old target and never fire) and Debian's ``timezone``. A QFileSystemWatcher on the folder
costs nothing until something in it changes. A change there, a resume from sleep and a
clock jump each read the zone again; only a zone that keeps a different clock, or has a
different name, counts as new.

systemd's timedated also announces a new ``Timezone`` on the system bus, but only after
writing /etc/localtime, which this watch sees without a system bus or systemd.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping
from datetime import tzinfo

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from companion.core.clock import Clock, same_zone, utc_now

log = logging.getLogger(__name__)
# Tools may remove a file and then write the new one: read the zone once they are done.
SETTLE_MS = 200


def zone_folder(environ: Mapping[str, str] = os.environ) -> str | None:
    """The folder whose files decide the system zone (None: fixed by TZ for this process)."""
    tz = environ.get("TZ", "")
    path = tz[1:] if tz.startswith(":") else tz
    if not path:
        return "/etc"
    if os.path.isabs(path):
        return os.path.dirname(path)
    return None  # a zone name: the environment cannot change under a running process


def system_zone() -> tzinfo:
    """The system's time zone, read afresh (by tzlocal, and by the C library)."""
    import tzlocal
    _reread_c_library_zone()
    return tzlocal.reload_localzone()


def _reread_c_library_zone() -> None:
    """Make the C library's local time (log lines, Qt's and Python's local dates) follow.

    glibc's tzset() reads the zone file again only when TZ differs from its last call,
    so TZ is changed for a moment and put back.
    """
    tz = os.environ.get("TZ")
    os.environ["TZ"] = "UTC0" if tz != "UTC0" else "UTC1"
    time.tzset()
    if tz is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = tz
    time.tzset()


class ZoneWatch(QObject):
    """Emits ``changed(tzinfo)`` when the system's time zone changes."""

    changed = Signal(object)

    def __init__(self, current: tzinfo, clock: Clock = utc_now,
                 load: Callable[[], tzinfo] = system_zone, folder: str | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.current, self._clock, self._load = current, clock, load
        self.folder = folder if folder is not None else zone_folder()
        self._watcher: QFileSystemWatcher | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)

    @property
    def watching(self) -> bool:
        """Whether a change of the zone's files is noticed as it happens."""
        return self._watcher is not None and bool(self._watcher.directories())

    def start(self) -> None:
        if self.folder is None:
            log.info("the time zone is fixed by TZ for this process")
            return
        self._watcher = QFileSystemWatcher(self)
        if self._watcher.addPath(self.folder):
            log.info("following the time zone (%s) through %s", self.current, self.folder)
        else:
            log.info("cannot watch %s for time zone changes; the zone is read again after "
                     "sleep and clock changes", self.folder)
        self._watcher.directoryChanged.connect(self._folder_changed)

    def _folder_changed(self, _path: str) -> None:
        self._settle.start()

    def stop(self) -> None:
        self._settle.stop()
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None

    def check(self) -> None:
        """Read the system zone again; say so if it changed."""
        try:
            new = self._load()
        except (KeyError, ValueError, OSError) as exc:  # e.g. ZoneInfoNotFoundError
            log.warning("could not read the time zone (%s); keeping %s", exc, self.current)
            return
        if same_zone(new, self.current, self._clock()):
            return
        log.info("the time zone changed from %s to %s", self.current, new)
        self.current = new
        self.changed.emit(new)
