"""Where the socket lives: a folder only this user can enter, and a name per data folder."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator

_SUN_PATH_MAX = 107  # AF_UNIX path limit (108 bytes with the final NUL)


class NoPrivateFolder(OSError):
    """No folder that only this user can enter was found for the socket."""


def _unsafe(folder: str, uid: int) -> str | None:
    """Why ``folder`` is not private to ``uid``; None if it is."""
    try:
        info = os.lstat(folder)  # lstat: a symlink could point anywhere, even if ours
    except OSError as exc:
        return f"{folder}: {exc.strerror}"
    if stat.S_ISLNK(info.st_mode):
        return f"{folder} is a symbolic link"
    if not stat.S_ISDIR(info.st_mode):
        return f"{folder} is not a folder"
    if info.st_uid != uid:
        return f"{folder} belongs to another user"
    if info.st_mode & 0o077:
        return f"other users can enter {folder}"
    return None


def _candidates(home: str, uid: int) -> Iterator[str]:
    """Folders for the socket, best first (a generator: later ones are made only if asked)."""
    if runtime := os.environ.get("XDG_RUNTIME_DIR"):
        yield runtime  # the session's own tmpfs; never created or changed by us
    shared = os.path.join(tempfile.gettempdir(), f"companion-{uid}")
    try:
        os.mkdir(shared, 0o700)
    except OSError:
        pass  # already there (checked by the caller) or the temp folder is not writable
    yield shared
    # The data folder is 0700 (paths.resolve): used when someone else took the name above.
    yield home


def _digest(text: str) -> str:
    """The first 12 hex digits of SHA-1, as every Companion so far has named its socket."""
    try:
        # The standard library's own SHA-1: hashlib would first load OpenSSL (about 3 ms
        # and a few MB) for this one digest, in every launch.
        from _sha1 import sha1  # type: ignore[import-not-found]  # CPython's own, no stub
    except ImportError:  # an interpreter without the built-in module
        from hashlib import sha1
    return sha1(text.encode()).hexdigest()[:12]


def server_name(home: str) -> str:
    """The socket's path, per user and per data folder (so tests' folders don't collide).

    Raises NoPrivateFolder when no candidate folder is private to this user.
    """
    uid = os.getuid()
    digest = _digest(f"{uid}:{home}")
    problems = []
    for folder in _candidates(home, uid):
        path = os.path.join(folder, f"companion-{digest}.sock")
        if (problem := _unsafe(folder, uid)) is None:
            if len(os.fsencode(path)) <= _SUN_PATH_MAX:
                return path
            problem = f"{folder} has too long a path for a socket"
        problems.append(problem)
    raise NoPrivateFolder("no private folder for the socket: " + "; ".join(problems))
