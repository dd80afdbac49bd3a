"""Where Companion keeps its files: COMPANION_HOME if set, else Qt's standard paths."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from companion.core import private

log = logging.getLogger(__name__)
HOME_VARIABLE = "COMPANION_HOME"


@dataclass(frozen=True)
class Places:
    config_dir: Path
    data_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.db"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "companion.log"

    @property
    def routines_dir(self) -> Path:
        return self.data_dir / "routines"

    @property
    def patterns_dir(self) -> Path:
        return self.data_dir / "breathing"


def resolve(create: bool = True) -> Places:
    """Find (and unless told not to, create private to the user) the config and data folders."""
    home = os.environ.get(HOME_VARIABLE)
    if home:
        root = Path(home).expanduser()
        places = Places(root / "config", root / "data")
    else:
        loc = QStandardPaths.StandardLocation
        places = Places(Path(QStandardPaths.writableLocation(loc.AppConfigLocation)),
                        Path(QStandardPaths.writableLocation(loc.AppDataLocation)))
    for folder in (places.config_dir, places.data_dir) if create else ():
        try:
            # Missing parents too (a fresh COMPANION_HOME, ~/.local/share/Companion):
            # a plain mkdir would leave them to the umask, world-writable under 000.
            private.make_folder(folder)
        except OSError as exc:  # read-only or full disk: settings and history say more
            log.warning("cannot prepare %s: %s", folder, exc)
    return places
