"""Append-only history of what the user did, in SQLite (stdlib sqlite3).

Every event has a random UUID and an aware UTC timestamp so that two machines'
histories can later be merged by plain union. Nothing is ever updated in place:
corrections are new events (for example ``water_undone`` naming the event it undoes).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from .clock import Clock, utc_now

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2


@dataclass(frozen=True)
class Event:
    """One thing that happened: what kind, when (UTC), and its details."""

    kind: str
    at: datetime
    data: dict = field(default_factory=dict)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)


def _iso(when: datetime) -> str:
    if when.tzinfo is None:
        raise ValueError("history timestamps must be timezone-aware")
    # One fixed format so that text order is time order.
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


def _v1(db: sqlite3.Connection) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS events ("
        " id TEXT PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL)"
    )


def _v2(db: sqlite3.Connection) -> None:
    # Today's counts and the history view filter by kind and time range.
    db.execute("CREATE INDEX IF NOT EXISTS events_kind_at ON events(kind, at)")
    db.execute("CREATE INDEX IF NOT EXISTS events_at ON events(at)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2]
assert len(MIGRATIONS) == SCHEMA_VERSION


class HistoryError(Exception):
    """The history file cannot be used (newer schema, unwritable folder...)."""


class History:
    """The user's event log in one SQLite file."""

    def __init__(self, path: Path, clock: Clock = utc_now,
                 on_error: Callable[[str], None] | None = None):
        self.path = Path(path)
        self.clock = clock
        self.on_error = on_error or (lambda message: log.error("%s", message))
        #: Set when a damaged file was moved aside at open: where it went.
        self.recovered_from: Path | None = None
        # Events that could not be written yet (disk full...): kept and retried.
        self._pending: list[Event] = []
        self._db = self._open()

    # -- opening -------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        if self.in_memory:
            return self._connect()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._connect()
        except (sqlite3.OperationalError, OSError) as exc:
            # Locked, disk full, read-only folder: the file may be fine, so never move it.
            raise HistoryError(f"History file {self.path} cannot be opened: {exc}") from exc
        except sqlite3.DatabaseError as exc:  # not a database, or damaged pages
            try:
                self.recovered_from = self._move_aside()
            except OSError as move_error:
                raise HistoryError(f"History file {self.path} is damaged and could not be "
                                   f"moved aside: {move_error}") from exc
            log.warning("history %s was unreadable (%s); moved to %s",
                        self.path, exc, self.recovered_from)
            return self._connect()

    @property
    def in_memory(self) -> bool:
        """True for the stand-in used when the real file cannot be opened."""
        return str(self.path) == ":memory:"

    def _connect(self) -> sqlite3.Connection:
        fresh = not self.in_memory and not self.path.exists()
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            if fresh:
                os.chmod(self.path, 0o600)
            # quick_check reads every page: catches a file that is not a database
            # or is damaged, before we append to it.
            row = db.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {row}")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._migrate(db)
        except BaseException:
            db.close()
            raise
        return db

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HistoryError(
                f"History file {self.path} was written by a newer Companion "
                f"(schema {version}, this one knows {SCHEMA_VERSION})")
        for number in range(version, SCHEMA_VERSION):
            with db:
                db.execute("BEGIN")
                MIGRATIONS[number](db)
                db.execute(f"PRAGMA user_version={number + 1}")

    def _move_aside(self) -> Path:
        stamp = self.clock().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        self.path.rename(target)
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
        return target

    # -- writing -------------------------------------------------------------
    def record(self, kind: str, data: dict | None = None, at: datetime | None = None) -> Event:
        """Append an event (now, unless ``at`` is given) and return it."""
        event = Event(kind=kind, at=at or self.clock(), data=dict(data or {}))
        json.dumps(event.data)  # fail early, in the caller, on data we cannot store
        self._pending.append(event)
        self._flush()
        return event

    def _flush(self, report: bool = True) -> None:
        if not self._pending:
            return
        rows = [(e.id, _iso(e.at), e.kind, json.dumps(e.data, sort_keys=True))
                for e in self._pending]
        try:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany(
                    "INSERT OR IGNORE INTO events(id, at, kind, data) VALUES (?, ?, ?, ?)", rows)
        except sqlite3.Error as exc:
            if report:
                self.on_error(
                    f"Could not save to your history ({exc}). Your last {len(rows)} "
                    "entries are kept in memory and will be saved when possible.")
            return
        self._pending.clear()

    # -- reading -------------------------------------------------------------
    def events(self, kinds: Iterable[str] | None = None, since: datetime | None = None,
               until: datetime | None = None, limit: int | None = None,
               newest_first: bool = False) -> list[Event]:
        """Events in time order, optionally filtered by kind and [since, until)."""
        self._flush(report=False)
        sql, args = "SELECT id, at, kind, data FROM events WHERE 1=1", []
        if kinds is not None:
            kinds = list(kinds)
            sql += f" AND kind IN ({','.join('?' * len(kinds))})"
            args += kinds
        if since is not None:
            sql += " AND at >= ?"
            args.append(_iso(since))
        if until is not None:
            sql += " AND at < ?"
            args.append(_iso(until))
        sql += " ORDER BY at DESC, id" if newest_first else " ORDER BY at, id"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        found = [Event(id=i, at=_parse(a), kind=k, data=json.loads(d))
                 for i, a, k, d in self._db.execute(sql, args)]
        if self._pending:  # unsaved events still count for the user
            found += [e for e in self._pending if (kinds is None or e.kind in kinds)
                      and (since is None or e.at >= since) and (until is None or e.at < until)]
            found.sort(key=lambda e: (e.at, e.id), reverse=newest_first)
        return found

    def count(self, kind: str, since: datetime | None = None,
              until: datetime | None = None) -> int:
        """How many events of one kind fall in [since, until)."""
        if self._pending:
            return len(self.events([kind], since, until))
        sql, args = "SELECT COUNT(*) FROM events WHERE kind = ?", [kind]
        if since is not None:
            sql += " AND at >= ?"
            args.append(_iso(since))
        if until is not None:
            sql += " AND at < ?"
            args.append(_iso(until))
        return self._db.execute(sql, args).fetchone()[0]

    @property
    def unsaved(self) -> int:
        """How many entries are kept in memory because writing them failed (retried)."""
        return len(self._pending)

    def close(self) -> None:
        self._flush()
        self._db.close()
