"""Files and folders only the user can open: 0600 and 0700, whatever the umask.

Companion's files hold health notes. The umask decides the mode of whatever a plain
open() or mkdir() creates (0644/0755 with the usual 022, world-writable with 000), so
everything Companion creates or moves into place goes through here. New things are
created with the private mode; existing ones lose any group and other permissions (and
keep the user's own, so a file the user made read-only stays read-only). On systems
without POSIX modes these only create things.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_POSIX = os.name == "posix"


def make_folder(path: Path) -> None:
    """Create ``path`` (and missing parents) as 0700 folders; tighten it if it exists."""
    path = Path(path)
    missing = []
    while not path.exists() and path.parent != path:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:  # another process made it meanwhile; tighten it anyway
            pass
        _set_mode(folder, FOLDER_MODE)
    if not missing:
        _set_mode(path, FOLDER_MODE)


def keep_private(path: Path) -> None:
    """Take group and other permissions off an existing file (old, copied or moved)."""
    _set_mode(Path(path), FILE_MODE)


def opener(path: str, flags: int) -> int:
    """For ``open(..., opener=opener)``: a new file is created 0600, an old one tightened."""
    fd = os.open(path, flags, FILE_MODE)
    if _POSIX:
        try:
            mode = stat.S_IMODE(os.fstat(fd).st_mode)
            if mode & ~FILE_MODE:
                os.fchmod(fd, mode & FILE_MODE)
        except OSError:
            os.close(fd)
            raise
    return fd


def create_file(path: Path) -> None:
    """Create ``path`` as an empty 0600 file, or tighten it if it exists."""
    # Read-only access is enough to create the file or change its mode.
    os.close(opener(str(path), os.O_RDONLY | os.O_CREAT))


def _set_mode(path: Path, private_mode: int) -> None:
    if not _POSIX:
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & ~private_mode:
        os.chmod(path, mode & private_mode)
