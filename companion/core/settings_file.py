"""The settings file: read it safely, keep a bad one, save atomically, notice hand edits.

The file is JSON. A file that cannot be used is kept beside it as
``settings.json.bad-<time>`` (``safe_files``' one standard): copied when it could be read,
moved aside when it could not (or is too large), so a later save never destroys the
user's bytes. Something that is not a regular file (a FIFO, a folder) is left exactly
where it is, and nothing is saved over it.

The file may also be edited by hand while Companion runs: ``load(keep=...)`` reads such an
edit keeping the values in force for whatever it gets wrong, ``fingerprint`` tells whether
the file changed since it was last read or written, and ``settings.rebase`` puts a change
the app made on top of the edit, so neither is lost.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from . import safe_files
from .i18n import translate
from .settings import Settings
from .settings_schema import from_dict, migrate, to_dict

log = logging.getLogger(__name__)

# A real settings file is a few KB; anything much bigger is not one, and reading and
# reporting on it would only delay start-up.
MAX_FILE_BYTES = 1_000_000


#: What is at the settings path: its bytes, None if nothing, else (kind, inode, size, time).
Fingerprint = bytes | tuple[int, ...] | None


@dataclass
class LoadResult:
    settings: Settings
    problems: list[str] = field(default_factory=list)
    backup: Path | None = None
    # True when the file is still in place but could not be used (not a regular file, or
    # it could not be moved aside): saving repaired settings over it would destroy it.
    keep_file: bool = False
    # What was read, as fingerprint() gives it: compared later to notice an edit by hand.
    seen: Fingerprint = None


def _read(path: Path) -> bytes:
    """The file's bytes, never blocking and never more than MAX_FILE_BYTES."""
    return safe_files.read_limited(path, MAX_FILE_BYTES, translate("files", "a settings file"))


def _parse_int(text: str) -> Any:
    # No setting needs more than a few digits. Huge numbers become infinity, which every
    # check refuses one value at a time, instead of Python's digit limit failing the whole
    # file with a message about sys.set_int_max_str_digits.
    return int(text) if len(text) <= 100 else float("inf")


def load(path: Path, now: Callable[[], datetime] = datetime.now,
         keep: Settings | None = None) -> LoadResult:
    """Read settings; never raises for bad content, and keeps a bad file beside it.

    ``keep``: the settings in use, when the file was edited while Companion runs; whatever
    the file gets wrong stays as it is there (instead of going back to the default).
    Every problem is also logged, so it is in companion.log and not only on screen.
    """
    path = Path(path)
    result = _load(path, now, keep)
    if not isinstance(result.seen, bytes):  # not read: what is there now (moved aside...)
        result.seen = fingerprint(path)
    for problem in result.problems:
        log.warning("settings: %s", problem)
    return result


def _load(path: Path, now: Callable[[], datetime], keep: Settings | None) -> LoadResult:
    fallback = Settings() if keep is None else keep
    instead = (translate("settings file", "using the defaults") if keep is None
               else translate("settings file", "your settings stay as they were"))
    try:
        data = _read(path)
    except FileNotFoundError:
        return LoadResult(Settings())
    except safe_files.NotRegular as exc:
        # Not ours to move or replace (someone made it on purpose, or it is a mistake only
        # the user can sort out); it stays, and nothing is saved over it.
        return LoadResult(fallback, [translate("settings file", "{problem}; {instead}. It is left as "
                                               "it is: rename or remove it so your settings can be "
                                               "saved.").format(problem=exc, instead=instead)],
                          keep_file=True)
    except OSError as exc:
        # Unreadable (permissions, I/O error) or too large: move it aside, which keeps the
        # user's bytes even though we cannot read them, and frees the name for a new file.
        reason = str(exc) if isinstance(exc, safe_files.Unusable) else \
            translate("settings file", "{file} could not be read ({problem})").format(
                file=path.name, problem=exc.strerror or exc)
        backup, kept = _move_aside(path, now)
        return LoadResult(fallback, [translate("settings file", "{problem}; {instead}. {kept}").format(
            problem=reason, instead=instead, kept=kept)], backup,
                          keep_file=backup is None)
    problems: list[str] = []
    try:
        # A UnicodeDecodeError is a ValueError too.
        raw = json.loads(data.decode("utf-8"), parse_int=_parse_int)
        if not isinstance(raw, dict):
            raise ValueError("the file does not hold a settings table")
        raw = migrate(raw, problems)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        backup, kept = _keep_copy(path, data, now)
        return LoadResult(fallback, [translate("settings file", "{file} could not be read "
                                               "({problem}); {instead}. {kept}").format(
            file=path.name, problem=exc, instead=instead, kept=kept)], backup, seen=data)
    settings, more = from_dict(raw, keep)
    problems += more
    backup = None
    if problems:
        backup, kept = _keep_copy(path, data, now)
        problems.append(kept)
    return LoadResult(settings, problems, backup, seen=data)


def fingerprint(path: Path) -> Fingerprint:
    """What is at ``path`` now, to tell whether it changed since it was read or written."""
    try:
        return _read(path)  # a few KB: comparing bytes beats trusting coarse mtimes
    except FileNotFoundError:
        return None
    except OSError:
        try:
            info = os.stat(path)
        except OSError:
            return None
        return (info.st_mode, info.st_ino, info.st_size, info.st_mtime_ns)


def _keep_copy(path: Path, data: bytes, now: Callable[[], datetime]
               ) -> tuple[Path | None, str]:
    """Keep the bytes we read (but could not fully use) beside the file, private (0600)."""
    try:
        backup = safe_files.copy_aside(path, data, now())
    except OSError as exc:
        return None, translate("settings file", "Your file could not be copied ({problem}); it is "
                               "left as it is.").format(problem=exc.strerror or exc)
    return backup, translate("settings file", "Your file is kept as {file}.").format(file=backup.name)


def _move_aside(path: Path, now: Callable[[], datetime]) -> tuple[Path | None, str]:
    """Move a file we cannot read out of the way: a rename needs no read access."""
    try:
        backup = safe_files.move_aside(path, now())
    except OSError as exc:
        return None, translate("settings file", "Your file could not be moved aside ({problem}); it "
                               "is left as it is and not saved over.").format(
            problem=exc.strerror or exc)
    return backup, translate("settings file", "Your file is kept as {file}.").format(file=backup.name)


def _check_replaceable(path: Path) -> None:
    """Refuse to save over something that is not a settings file we could have read."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OSError(exc.errno, translate("settings file", "{file} cannot be checked: {problem}"
                                           ).format(file=path.name, problem=exc.strerror)) from None
    if not stat.S_ISREG(mode):
        raise OSError(errno.EEXIST, translate("settings file", "{file} is not a regular file").format(
            file=path.name))
    try:
        os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)))
    except OSError as exc:
        raise OSError(exc.errno, translate("settings file", "{file} cannot be read ({problem}), so "
                                           "it is not replaced").format(
            file=path.name, problem=exc.strerror)) from None


def save(settings: Settings, path: Path) -> bytes:
    """Write settings atomically (temp file, fsync, rename, fsync of the folder), readable
    only by the user. Returns the bytes written, to compare with fingerprint() later."""
    path = Path(path)
    safe_files.make_folder(path.parent)
    # The user's bytes are never lost: a file we could not read was moved aside at load,
    # and anything still in the way (a FIFO, a file that became unreadable) is refused.
    _check_replaceable(path)
    data = (json.dumps(to_dict(settings), indent=2, sort_keys=True) + "\n").encode()
    safe_files.write_atomically(path, data)
    return data
