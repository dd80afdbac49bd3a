"""The settings in force, saved when they change, with a signal for everything that follows them."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from companion.core import settings as settings_file
from companion.core.settings import Settings

log = logging.getLogger(__name__)


class SettingsStore(QObject):
    """Loads settings once, saves every change atomically, and emits ``changed(new, old)``."""

    changed = Signal(object, object)
    problem = Signal(str)  # a sentence for the user: the file could not be saved

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        loaded = settings_file.load(path)
        self.current: Settings = loaded.settings
        #: What was wrong with the file at start-up, for the user, or None.
        self.start_up_notices: list[str] = []
        if loaded.problems:
            self.start_up_notices.append("Some settings could not be used and were reset:\n"
                                         + "\n".join(loaded.problems))
            # Write the repaired file, so the same problem is not reported at every start;
            # never over a file that is still there because it could not be used.
            if not loaded.keep_file and (failure := self._save(self.current)):
                log.warning("%s", failure)
                self.start_up_notices.append(failure)

    def apply(self, new: Settings) -> None:
        """Use ``new`` from now on, and save it (saying so if it cannot be saved)."""
        if (failure := self._save(new)) is not None:
            self.problem.emit(failure)
        old, self.current = self.current, new
        self.changed.emit(new, old)

    def _save(self, settings: Settings) -> str | None:
        try:
            settings_file.save(settings, self.path)
        except OSError as exc:
            return (f"Could not save your settings ({exc.strerror}); they apply until "
                    "Companion quits.")
        return None
