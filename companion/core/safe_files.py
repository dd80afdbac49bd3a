"""Handling the user's files safely: private modes, atomic writes, bounded reads, and a
damaged file set aside (never deleted) under one naming standard.

Companion's files hold health notes. The umask decides the mode of whatever a plain
open() or mkdir() creates (0644/0755 with the usual 022, world-writable with 000), so
everything Companion creates or moves into place goes through here. New things are
created with the private mode; existing ones lose any group and other permissions (and
keep the user's own, so a file the user made read-only stays read-only). On systems
without POSIX modes these only create things.

A file Companion cannot use is kept beside it as ``<name>.bad-<local time>`` (a second
one in the same second gets ``-2``, ``-3``...; an earlier one is never replaced), moved
when it could not be read, copied when it could. History files set aside by versions
before this one are called ``history.db.corrupt-<UTC time>``; they are left as they are.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from .i18n import QT_TRANSLATE_NOOP, translate

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_POSIX = os.name == "posix"
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


# -- private modes -------------------------------------------------------------------
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


# -- writing -------------------------------------------------------------------------
def write_atomically(path: Path, data: bytes, mode: int = FILE_MODE) -> None:
    """Replace ``path`` with ``data`` all at once: a reader, a crash or a power cut sees
    the old file or the new one, never a mix. The folder must exist."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())  # the bytes are on disk before the name points at them
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename or a new name in ``folder`` survive a power cut (where it can)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _CLOEXEC)
    except OSError:
        return  # not on this system, or not allowed: the rename happened all the same
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder
    finally:
        os.close(fd)


# -- reading -------------------------------------------------------------------------
class Unusable(OSError):
    """The file is there but is not something to read; the message says why, by its name."""


class NotRegular(Unusable):
    """A folder, a named pipe, a device...: never opened, moved or replaced by Companion."""

    def __init__(self, path: Path, kind: str):
        super().__init__(translate("files", "{name} is not a regular file (it is {kind})").format(
            name=path.name, kind=translate("files", kind)))
        self.kind = kind  # in English, as written below


class TooLarge(Unusable):
    pass


_KINDS_OF_FILE = ((stat.S_ISDIR, QT_TRANSLATE_NOOP("files", "a folder")),
                  (stat.S_ISFIFO, QT_TRANSLATE_NOOP("files", "a named pipe (FIFO)")),
                  (stat.S_ISSOCK, QT_TRANSLATE_NOOP("files", "a socket")),
                  (stat.S_ISCHR, QT_TRANSLATE_NOOP("files", "a device")),
                  (stat.S_ISBLK, QT_TRANSLATE_NOOP("files", "a device")))


def _check_regular(path: Path, mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS_OF_FILE if test(mode)),
                    QT_TRANSLATE_NOOP("files", "something else"))
        raise NotRegular(path, kind)


def read_limited(path: Path, limit: int, what: str = "") -> bytes:
    """The bytes of a regular file, never blocking and never more than ``limit``.

    Raises FileNotFoundError, NotRegular, TooLarge ("far too large for <what>": "a
    settings file", in the person's language) or another OSError.
    """
    path = Path(path)
    # stat before open: opening a FIFO for reading waits for a writer, and opening a
    # device can have side effects. O_NONBLOCK and fstat cover a swap in between.
    _check_regular(path, os.stat(path).st_mode)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | _CLOEXEC | getattr(os, "O_NOCTTY", 0))
    try:
        _check_regular(path, os.fstat(fd).st_mode)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:
        raise TooLarge(translate("files", "{name} is larger than {size}, far too large for {what}").format(
            name=path.name, size=_size(limit), what=what or translate("files", "a file")))
    return b"".join(chunks)


def _size(limit: int) -> str:
    if limit >= 1_000_000:
        return translate("files", "{count} MB").format(count=limit // 1_000_000)
    return translate("files", "{count} kB").format(count=limit // 1000)


# -- setting a damaged file aside ----------------------------------------------------
def aside_names(path: Path, when: datetime) -> Iterator[Path]:
    """``<name>.bad-<local time>``, then ``-2``, ``-3``...: where ``path`` may be set aside."""
    path = Path(path)
    local = when.astimezone() if when.tzinfo is not None else when
    base = f"{path.name}.bad-{local.strftime('%Y%m%d-%H%M%S')}"
    yield path.with_name(base)
    for n in range(2, 100):
        yield path.with_name(f"{base}-{n}")


def copy_aside(path: Path, data: bytes, when: datetime) -> Path:
    """Keep ``data`` (read from ``path``) beside it, 0600, under the first free aside name."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | _CLOEXEC
    for copy in aside_names(path, when):
        try:
            fd = os.open(copy, flags, FILE_MODE)
        except FileExistsError:
            continue
        try:
            os.fchmod(fd, FILE_MODE)  # whatever the umask or the original's mode
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            copy.unlink(missing_ok=True)
            raise
        os.close(fd)
        sync_folder(copy.parent)
        return copy
    raise OSError(errno.EEXIST, "too many earlier copies")


def move_aside(path: Path, when: datetime, companions: Iterable[str] = ()) -> Path:
    """Rename ``path`` to the first free aside name (a rename needs no read access), with
    its companion files (suffixes such as SQLite's ``-wal``) renamed alongside. Raises
    OSError when it cannot."""
    path = Path(path)
    for target in aside_names(path, when):
        try:
            _rename_no_replace(path, target)
        except FileExistsError:
            continue
        _tighten(target)
        for suffix in companions:
            side = path.with_name(path.name + suffix)
            if os.path.lexists(side):
                moved = target.with_name(target.name + suffix)
                os.rename(side, moved)  # the new target name is ours alone
                _tighten(moved)
        sync_folder(path.parent)
        return target
    raise OSError(errno.EEXIST, "too many earlier copies")


def _tighten(path: Path) -> None:
    # 0600: a rename keeps the old mode, perhaps 0644, or 0000 for a file set aside because
    # it could not be read (now the user can). chmod would follow a link to the user's
    # file, and another user's file keeps its own owner's mode.
    if _POSIX and not path.is_symlink():
        try:
            os.chmod(path, FILE_MODE)
        except OSError:
            pass


def _rename_no_replace(path: Path, target: Path) -> None:
    # A hard link fails if the target exists, so no earlier copy is ever replaced.
    try:
        os.link(path, target, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.rename(path, target)
        return
    os.unlink(path)
