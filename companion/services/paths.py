"""Where Companion keeps its files: COMPANION_HOME if set, else the user's XDG folders.

Plain Python, so that a second launch finds the running copy before anything loads Qt.
The folders are where Qt's QStandardPaths put them for earlier versions (AppConfigLocation
and AppDataLocation, with organization and application both "Companion"); a test holds
the two side by side.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from companion.core import safe_files

log = logging.getLogger(__name__)
HOME_VARIABLE = "COMPANION_HOME"
#: Qt's <organization>/<application> below the XDG folders.
APP_FOLDER = Path("Companion", "Companion")


def xdg_home(variable: str, fallback: str) -> Path:
    """An XDG base folder: ``$variable`` if it is an absolute path, else ``~/fallback``."""
    # The XDG spec: a relative path in the variable is invalid and must be ignored.
    value = os.environ.get(variable, "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / fallback


def data_home() -> Path:
    """The user's XDG data folder."""
    return xdg_home("XDG_DATA_HOME", ".local/share")


def config_home() -> Path:
    """The user's XDG config folder."""
    return xdg_home("XDG_CONFIG_HOME", ".config")


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
        places = Places(config_home() / APP_FOLDER, data_home() / APP_FOLDER)
    for folder in (places.config_dir, places.data_dir) if create else ():
        try:
            # Missing parents too (a fresh COMPANION_HOME, ~/.local/share/Companion):
            # a plain mkdir would leave them to the umask, world-writable under 000.
            safe_files.make_folder(folder)
        except OSError as exc:  # read-only or full disk: settings and history say more
            log.warning("cannot prepare %s: %s", folder, exc)
    return places
