"""The settings in force, saved when they change, with a signal for everything that follows them.

The file may be edited by hand while Companion runs. The store notices (a file watcher on
the file and its folder, since editors replace a file by renaming a new one over it) and
takes the edit up as if it had been chosen in Settings. Before each save it looks again,
so its own change goes on top of an edit it has not seen yet instead of writing over it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from companion.core import settings_file
from companion.core.i18n import translate
from companion.core.settings import Settings, rebase
from companion.core.settings_file import LoadResult

log = logging.getLogger(__name__)

# Editors write in steps (a temporary file, a rename, a change of mode): look once they
# are done, not at every step.
SETTLE_MS = 200


class SettingsStore(QObject):
    """Loads settings, saves every change atomically, and emits ``changed(new, old)``."""

    changed = Signal(object, object)
    problem = Signal(str)  # a sentence for the user: the file could not be saved or used

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        loaded = settings_file.load(path)
        self.current: Settings = loaded.settings
        self._known = loaded.seen  # the file as we last read or wrote it
        #: What was wrong with the file at start-up, for the user, or None.
        self.start_up_notices: list[str] = []
        if loaded.problems:
            self.start_up_notices.append(
                translate("settings file", "Some settings could not be used and were reset:")
                + "\n" + "\n".join(loaded.problems))
            # Write the repaired file, so the same problem is not reported at every start;
            # never over a file that is still there because it could not be used.
            if not loaded.keep_file and (failure := self._save(self.current)):
                log.warning("%s", failure)
                self.start_up_notices.append(failure)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.take_up_edit)
        self._watcher: QFileSystemWatcher | None = QFileSystemWatcher(self)
        if not self._watcher.addPath(str(path.parent)):
            log.info("cannot watch %s: a change made by hand is seen at the next save",
                     path.parent)
        self._watch_file()
        self._watcher.directoryChanged.connect(lambda _: self._settle.start())
        self._watcher.fileChanged.connect(lambda _: self._settle.start())

    def apply(self, new: Settings, made_from: Settings | None = None) -> None:
        """Use ``new`` from now on, and save it (saying so if it cannot be saved).

        ``made_from``: the settings the change was made from, if not those in force now
        (a dialog opened earlier). Only what changed from them is applied, on top of the
        settings in force and of any edit made to the file by hand meanwhile.
        """
        old = self.current
        edited = self._read_edit()
        onto = edited.settings if edited is not None else old
        new = rebase(old if made_from is None else made_from, new, onto)
        if edited is not None:
            log.info("settings: %s was edited outside Companion; this change is saved on top "
                     "of the edit", self.path.name)
        if (failure := self._save(new)) is not None:
            self.problem.emit(failure)
        self.current = new
        self.changed.emit(new, old)

    def take_up_edit(self) -> bool:
        """Use the file's settings if it was edited by hand; True if it had been."""
        self._watch_file()
        edited = self._read_edit()
        if edited is None:
            return False
        old, self.current = self.current, edited.settings
        if self.current != old:
            log.info("settings: using %s as edited outside Companion", self.path.name)
            self.changed.emit(self.current, old)
        return True

    def _read_edit(self) -> LoadResult | None:
        """The file's settings if it changed since we last read or wrote it, else None.

        What the edit gets wrong stays as it is in use, and the user hears why (with
        where a copy of their file is kept). A file removed by hand is not taken as an
        edit: nothing says the defaults are wanted, and the next save writes it again.
        """
        seen = settings_file.fingerprint(self.path)
        if seen == self._known:
            return None
        self._known = seen
        if seen is None:
            log.info("settings: %s was removed; it is written again at the next change",
                     self.path.name)
            return None
        edited = settings_file.load(self.path, keep=self.current)
        self._known = edited.seen
        if edited.problems:
            self.problem.emit(translate("settings file", "{file} was changed outside Companion; not "
                                        "all of it could be used:").format(file=self.path.name)
                              + "\n" + "\n".join(edited.problems))
        return edited

    def stop_watching(self) -> None:
        """No more hand edits are taken up (Companion is closing)."""
        self._settle.stop()
        if self._watcher is not None:
            # Gone now, with its inotify handle (a user has 128 at most): without a parent
            # the last reference deletes it (never called from the watcher's own signals).
            self._watcher.blockSignals(True)
            self._watcher.setParent(None)
            self._watcher = None

    def _watch_file(self) -> None:
        # A file replaced by a rename is a new file: watch it again (the folder's watch
        # covers the moments in between).
        if self._watcher is None:
            return
        if str(self.path) not in self._watcher.files() and self.path.exists():
            self._watcher.addPath(str(self.path))

    def _save(self, settings: Settings) -> str | None:
        try:
            self._known = settings_file.save(settings, self.path)
        except OSError as exc:
            return translate("settings file", "Could not save your settings ({problem}); they apply "
                             "until Companion quits.").format(problem=exc.strerror)
        return None
