"""The shared folder's journals: one machine's events as JSON Lines, read back by others.

Each machine writes only files of its own, in a folder named after its id inside the
shared folder (``<id>/2026-05.jsonl``, one file per month of writing), and only appends
to them; a sync tool therefore never sees two writers of one file. Each line is one
event, complete with its own check (a SHA-256 over the rest of the line) and the format
version it was written in. A reader remembers how far it read each file and reads on
from there; a line without its newline yet (the writer or the sync tool is still at it)
waits for the next read, a line that fails its check is skipped and said once, and a
line from a newer Companion stops the reading of that file until this one is updated.

Pure: bytes in, events and problems out. ``services.share`` does the files and watching.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from fnmatch import fnmatch
from typing import Any

from . import event_data
from .history import Event, parse_stored_time, stored_time

FORMAT_VERSION = 1
MACHINE_FILE = "machine.json"
MACHINE_FORMAT = "companion-machine"
_JOURNAL = re.compile(r"\d{4}-\d\d\.jsonl")
MACHINE_ID = re.compile(r"[0-9a-f]{32}")
# What sync tools leave beside the files they carry: their own temporary files while a
# file is on its way, and conflict copies. Never read: a journal is only ever the file
# its own machine appends to.
TEMPORARY = (".syncthing.*.tmp", "~syncthing~*", "*.part", ".~lock*", "*.tmp", ".*.swp",
             ".sync", ".stfolder", ".stversions", ".dropbox*", ".nextcloudsync*", "._*")
CONFLICTS = ("*.sync-conflict-*", "*(conflicted copy*", "*conflicted copy*", "*(conflict*",
             "*_conflict-*", "*(Case Conflict*")


def journal_name(when: datetime) -> str:
    """The file a machine appends to at ``when``: one per UTC month."""
    return when.astimezone(UTC).strftime("%Y-%m") + ".jsonl"


def is_temporary(name: str) -> bool:
    """A sync tool's file on its way, or a lock: passed over without a word."""
    return any(fnmatch(name, pattern) for pattern in TEMPORARY)


def is_conflict_copy(name: str) -> bool:
    """A sync tool's conflict copy (Syncthing, Nextcloud, Dropbox, ownCloud)."""
    return any(fnmatch(name, pattern) for pattern in CONFLICTS)


def is_journal(name: str) -> bool:
    """A journal file's name (and nothing a sync tool made beside one)."""
    return bool(_JOURNAL.fullmatch(name))


def _body(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def _sum(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()[:32]


def line(event: Event, machine: str) -> bytes:
    """One event as a journal line (with its newline), written by ``machine``."""
    fields = {"v": FORMAT_VERSION, "id": event.id, "at": stored_time(event.at),
              "kind": event.kind, "data": event.data, "machine": machine}
    body = _body(fields)
    return body[:-1] + b',"sum":"' + _sum(body).encode() + b'"}\n'


@dataclass
class Chunk:
    """What one read of a journal found."""

    events: list[Event] = field(default_factory=list)
    #: How many bytes were dealt with (the next read starts there).
    used: int = 0
    #: (byte offset of the line, why) for each line that failed its check and was skipped.
    bad: list[tuple[int, str]] = field(default_factory=list)
    #: A line from a newer Companion was met: reading stopped before it (``used``).
    newer: bool = False


class _Bad(ValueError):
    pass


class _Newer(Exception):
    pass


def _event(text: bytes, machine: str) -> Event:
    try:
        fields = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _Bad("it is not complete JSON") from None
    if not isinstance(fields, dict):
        raise _Bad("it is not an entry")
    version = fields.get("v")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _Bad("its format version is missing")
    if version > FORMAT_VERSION:
        raise _Newer()
    given = fields.pop("sum", None)
    if not isinstance(given, str) or given != _sum(_body(fields)):
        raise _Bad("its check does not match its content")
    event_id, at, kind, data = (fields.get(k) for k in ("id", "at", "kind", "data"))
    if not isinstance(event_id, str) or not event_id or len(event_id) > 100:
        raise _Bad("it has no id")
    if not isinstance(kind, str) or not kind or len(kind) > 100:
        raise _Bad("it does not say what it records")
    try:
        when = parse_stored_time(at) if isinstance(at, str) else None
    except ValueError:
        when = None
    if when is None:
        raise _Bad("its time cannot be read")
    if (problem := event_data.problem(kind, data)) is not None:
        raise _Bad(problem)
    assert isinstance(data, dict)  # (problem() said so)
    return Event(kind=kind, at=when, data=data, id=event_id, machine=machine)


def read(data: bytes, machine: str, start: int = 0) -> Chunk:
    """The events in ``data`` (a journal's bytes from offset ``start`` on), written by
    ``machine``. Only complete lines are used: the bytes after the last newline are a line
    still being written, left for the next read."""
    chunk = Chunk()
    position = 0
    while (end := data.find(b"\n", position)) != -1:
        text = data[position:end].strip()
        if text:
            try:
                chunk.events.append(_event(text, machine))
            except _Newer:
                chunk.newer = True
                break
            except _Bad as exc:
                chunk.bad.append((start + position, str(exc)))
        position = end + 1
    chunk.used = position
    return chunk


# -- the machine's own description ------------------------------------------------------
def machine_file(machine: str, name: str) -> bytes:
    """``machine.json``: which machine writes this folder, and the name it goes by."""
    return _body({"format": MACHINE_FORMAT, "version": 1, "id": machine, "name": name}) + b"\n"


def read_machine_file(data: bytes) -> str | None:
    """The name in a ``machine.json``, or None when it is not one."""
    try:
        fields = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(fields, dict) or fields.get("format") != MACHINE_FORMAT:
        return None
    name = fields.get("name")
    return name[:60] if isinstance(name, str) and name.strip() else None
