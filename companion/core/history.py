"""Append-only history of what the user did, in SQLite (stdlib sqlite3).

Every event has a random UUID and an aware UTC timestamp so that two machines'
histories can later be merged by plain union. Nothing is ever updated in place:
corrections are new events (for example ``water_undone`` naming the event it undoes).
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from . import event_data, safe_files
from .clock import Clock, utc_now
from .event import Event as Event  # re-exported: readers of history find it here
from .event import new_id as new_id
from .i18n import tr, translate
from .kinds import EventKind
from .merge import new_events

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4
# SQLite's companions to the database file; they hold the same events, so they get the
# same care (mode, and moving aside with a damaged file).
SIDE_FILES = ("-wal", "-shm", "-journal")


def _iso(when: datetime) -> str:
    if when.tzinfo is None:
        raise ValueError("history timestamps must be timezone-aware")
    # One fixed format so that text order is time order (isoformat pads years to 4 digits).
    utc = when.astimezone(UTC).replace(tzinfo=None)
    return utc.isoformat(timespec="microseconds") + "Z"


def stored_time(when: datetime) -> str:
    """The text an aware time is stored as; text order is time order (for range queries)."""
    return _iso(when)


def parse_stored_time(text: str) -> datetime:
    """The aware UTC time a stored time text stands for (ValueError for any other text)."""
    return _parse(text)


# Only the one format: another one ("9:05" for "09:05") would sort, and so be filtered by
# time range, wrongly.
_FORMAT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


def _parse(text: str) -> datetime:
    # A pattern and fromisoformat rather than strptime: a tenth of the time, which is
    # most of reading a year of events (export, History).
    if not _FORMAT.fullmatch(text):
        raise ValueError("the time is not in the format Companion writes")
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)


# As bytes, so that one row's bad UTF-8 cannot stop the whole query.
_SELECT = ("SELECT rowid, typeof(at), CAST(id AS BLOB), CAST(at AS BLOB), "
           "CAST(kind AS BLOB), CAST(data AS BLOB), machine FROM events WHERE 1=1")


DIARY_KINDS = frozenset({EventKind.TWITCH_LOGGED, EventKind.TWITCH_EDITED,
                         EventKind.TWITCH_DELETED})
# Older than a time: only times in Companion's own format (always 27 characters), so that
# a damaged time (a number, another format) is never removed by what it happens to sort as.
_OLDER = "typeof(at) = 'text' AND length(at) = 27 AND at < ?"


class _Unreadable(Exception):
    """A stored row that cannot be turned into an Event."""


def _event(row: tuple[Any, ...]) -> Event:
    """The Event in one stored row (columns fetched as bytes), or _Unreadable."""
    _, at_type, *columns, machine = row
    if at_type != "text":  # a number or blob there would not sort among the times
        raise _Unreadable("the time is not stored as text")
    try:
        event_id, at, kind, data = [value.decode("utf-8") for value in columns]
    except AttributeError:  # NULL: None has no decode
        raise _Unreadable("a column is empty") from None
    except UnicodeDecodeError as exc:
        raise _Unreadable(str(exc)) from None
    try:
        event = Event(id=event_id, at=_parse(at), kind=kind, data=json.loads(data),
                      machine=machine if isinstance(machine, str) else None)
    except (ValueError, RecursionError) as exc:  # bad UTF-8, time, JSON, or nested too deep
        raise _Unreadable(str(exc) or type(exc).__name__) from None
    if (problem := event_data.problem(kind, event.data)) is not None:
        raise _Unreadable(problem)
    return event


def _v1(db: sqlite3.Connection) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS events ("
        " id TEXT PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL)"
    )


def _v2(db: sqlite3.Connection) -> None:
    # Today's counts and the history view filter by kind and time range.
    db.execute("CREATE INDEX IF NOT EXISTS events_kind_at ON events(kind, at)")
    db.execute("CREATE INDEX IF NOT EXISTS events_at ON events(at)")


def _field(name: str) -> str:
    """SQL for one top-level field of an event's details; NULL where the stored details
    are not JSON, so that a damaged row can fail neither an index nor a query."""
    return f"(CASE WHEN json_valid(data) THEN json_extract(data, '$.{name}') END)"


def _kinds_sql(kinds: Iterable[str]) -> str:
    # Literal, not bound: SQLite uses a partial index only for a query that repeats the
    # index's own condition word for word. The kinds are Companion's own names.
    return "(" + ",".join(f"'{kind}'" for kind in sorted(kinds)) + ")"


# Which reminder a prompt event is about, and a diary event's entry and episode time.
ABOUT, ENTRY, OCCURRED = _field("kind"), _field("entry_id"), _field("occurred_at")
DIARY = _kinds_sql([EventKind.TWITCH_LOGGED, EventKind.TWITCH_EDITED, EventKind.TWITCH_DELETED])
DIARY_VERSIONS = _kinds_sql([EventKind.TWITCH_LOGGED, EventKind.TWITCH_EDITED])
PROMPTS = _kinds_sql(kind for kind in EventKind if kind.startswith("reminder_"))


def _v3(db: sqlite3.Connection) -> None:
    # The diary's two-week rule reads recent episodes only, and History finds the newest
    # prompt of one reminder, without reading years of events (issue 23).
    db.execute(f"CREATE INDEX IF NOT EXISTS events_diary_when ON events({OCCURRED}) "
               f"WHERE kind IN {DIARY_VERSIONS}")
    db.execute(f"CREATE INDEX IF NOT EXISTS events_diary_entry ON events({ENTRY}) "
               f"WHERE kind IN {DIARY}")
    db.execute(f"CREATE INDEX IF NOT EXISTS events_prompt_about ON events(kind, {ABOUT}, at) "
               f"WHERE kind IN {PROMPTS}")


def _v4(db: sqlite3.Connection) -> None:
    # One history across machines (issue 25): which machine an event came from (NULL:
    # this one), and the names the machines go by.
    db.execute("ALTER TABLE events ADD COLUMN machine TEXT")
    db.execute("CREATE TABLE IF NOT EXISTS machines (id TEXT PRIMARY KEY, name TEXT NOT NULL)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4]
assert len(MIGRATIONS) == SCHEMA_VERSION


# Up to this size, every start reads every page (PRAGMA quick_check: ~10 ms per 4 MB).
FULL_CHECK_BYTES = 16 * 1024 * 1024


def _check_integrity(db: sqlite3.Connection, full: bool) -> None:
    """Raise sqlite3.DatabaseError for a file that is not a database or is damaged.

    The full check reads every page. The bounded one reads the header, the schema and the
    pages a new event is written to (the newest rows of the table and of the time index):
    a file that is not a database, a foreign or truncated one, or damage where we would
    append. Damage elsewhere in a large, cleanly closed file is met when read: reads then
    say so once and leave the file as it is, and writes keep new entries in memory.
    """
    if full:
        row = db.execute("PRAGMA quick_check").fetchone()
        if row is None or row[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {row}")
        return
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    if "events" in tables:
        db.execute("SELECT rowid, length(data) FROM events ORDER BY rowid DESC LIMIT 8").fetchall()
        db.execute("SELECT at FROM events ORDER BY at DESC LIMIT 8").fetchall()


def _unreadable_now(problem: object) -> str:
    return translate("history file", "Your history could not be read ({problem}), so some of it "
                     "may be missing here. Your file is left as it is.").format(problem=problem)


class HistoryError(Exception):
    """The history file cannot be used (newer schema, unwritable folder...)."""


class History:
    """The user's event log in one SQLite file.

    ``on_error`` is how History tells the user about their history: a problem (once, not
    on every write or read) and, for saving, when the problem is over.
    """

    def __init__(self, path: Path, clock: Clock = utc_now,
                 on_error: Callable[[str], None] | None = None):
        self.path = Path(path)
        self.clock = clock
        self.on_error = on_error or (lambda message: log.error("%s", message))
        #: Set when a damaged file was moved aside at open: where it went.
        self.recovered_from: Path | None = None
        # Events that could not be written yet (disk full...): kept and retried.
        self._pending: list[Event] = []
        self._saving_fails = False
        # Rows found unreadable this session, by rowid, so that each is counted once.
        self._unreadable: set[int] = set()
        self._told_unreadable = False
        self._reading_failed = False
        #: Called after new events were stored (recorded here or merged in): the shared
        #: folder's journal writes this machine's new ones out.
        self.stored: list[Callable[[], None]] = []
        self._db = self._open()

    @property
    def skipped(self) -> int:
        """How many stored entries could not be read and are left out (0 until a read
        meets the first one; from then on, all of them in the file)."""
        return len(self._unreadable)

    # -- opening -------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        if self.in_memory:
            return self._connect()
        try:
            safe_files.make_folder(self.path.parent)
            return self._connect()
        except (sqlite3.OperationalError, OSError) as exc:
            # Locked, disk full, read-only folder: the file may be fine, so never move it.
            raise HistoryError(translate("history file", "History file {file} cannot be opened: {problem}"
                                         ).format(file=self.path, problem=exc)) from exc
        except sqlite3.DatabaseError as exc:  # not a database, or damaged pages
            if self.recovered_from is None:  # _connect could not move it aside
                raise HistoryError(translate("history file", "History file {file} is damaged and "
                                             "could not be moved aside: {problem}").format(
                    file=self.path, problem=exc.__cause__)) from exc
            log.warning("history %s was unreadable (%s); moved to %s",
                        self.path, exc, self.recovered_from)
            return self._connect()

    @property
    def in_memory(self) -> bool:
        """True for the stand-in used when the real file cannot be opened."""
        return str(self.path) == ":memory:"

    def _connect(self) -> sqlite3.Connection:
        if not self.in_memory:
            # Created 0600 before SQLite sees it (an empty file is an empty database); an
            # older file is tightened. SQLite gives its -wal and -shm files the mode of
            # the database file, and older ones are tightened here.
            safe_files.create_file(self.path)
            for side in self._side_files(self.path):
                safe_files.keep_private(side)
        full_check = self._needs_full_check()
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            _check_integrity(db, full_check)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._migrate(db)
        except sqlite3.OperationalError:
            db.close()
            raise
        except sqlite3.DatabaseError as exc:
            # Moved while still open: closing this connection deletes the -wal and -shm
            # files, and a damaged file's -wal may hold its latest entries.
            try:
                if not self.in_memory:
                    self.recovered_from = self._move_aside()
            except OSError as move_error:
                raise exc from move_error
            finally:
                db.close()
            raise
        except BaseException:
            db.close()
            raise
        return db

    def _needs_full_check(self) -> bool:
        """Whether opening should read the whole file: when it is small (it costs a few
        milliseconds), or when the last session did not end cleanly (a clean close
        folds the -wal file back in and deletes it; after a crash or a power cut it is
        still there). Else start-up would grow with the history: 2-3 s for 278 MB."""
        if self.in_memory:
            return False
        wal = self.path.with_name(self.path.name + "-wal")
        try:
            return (self.path.stat().st_size <= FULL_CHECK_BYTES
                    or (wal.exists() and wal.stat().st_size > 0))
        except OSError:
            return True

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HistoryError(translate(
                "history file", "History file {file} was written by a newer Companion (schema "
                "{version}, this one knows {known})").format(file=self.path, version=version,
                                                           known=SCHEMA_VERSION))
        for number in range(version, SCHEMA_VERSION):
            with db:
                db.execute("BEGIN")
                MIGRATIONS[number](db)
                db.execute(f"PRAGMA user_version={number + 1}")

    def _move_aside(self) -> Path:
        # Its -wal may hold the latest entries: it goes along, under the same new name.
        return safe_files.move_aside(self.path, self.clock(), SIDE_FILES)

    @staticmethod
    def _side_files(path: Path) -> list[Path]:
        return [side for suffix in SIDE_FILES
                if (side := path.with_name(path.name + suffix)).exists()]

    # -- writing -------------------------------------------------------------
    def record(self, kind: str, data: dict[str, Any] | None = None, at: datetime | None = None) -> Event:
        """Append an event (now, unless ``at`` is given) and return it."""
        event = Event(kind=kind, at=at or self.clock(), data=dict(data or {}))
        # Fail early, in the caller, on what could not be stored or read back; never
        # queue it, or every later write would fail on it too.
        _iso(event.at)
        json.dumps(event.data)
        if (problem := event_data.problem(kind, event.data)) is not None:
            raise ValueError(f"cannot record {kind}: {problem}")
        self._pending.append(event)
        self._flush()
        return event

    def _flush(self) -> None:
        if not self._pending:
            return
        rows = [(e.id, _iso(e.at), e.kind, json.dumps(e.data, sort_keys=True))
                for e in self._pending]
        try:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR IGNORE INTO events(id, at, kind, data) VALUES (?, ?, ?, ?)", rows)
            self._db.commit()
        except sqlite3.Error as exc:
            self._roll_back()
            if not self._saving_fails:  # once: a full disk fails every write until freed
                self._saving_fails = True
                self.on_error(translate(
                    "history file", "Could not save to your history ({problem}). New entries are "
                    "kept in memory and will be saved when writing works again.").format(problem=exc))
            else:
                log.warning("history still cannot be saved: %s", exc)
            return
        self._pending.clear()
        if self._saving_fails:
            self._saving_fails = False
            self.on_error(translate("history file", "Your history is being saved again."))
        self._tell_stored()

    def _tell_stored(self) -> None:
        for listener in list(self.stored):
            try:
                listener()
            except Exception:  # a listener's failure must never lose or fail a record
                log.exception("a history listener failed")

    def _roll_back(self) -> None:
        # A failed COMMIT (disk full) may leave the transaction open; the next BEGIN
        # would then fail for that reason alone.
        try:
            if self._db.in_transaction:
                self._db.rollback()
        except sqlite3.Error as exc:
            log.warning("could not roll back a failed history write: %s", exc)

    # -- reading -------------------------------------------------------------
    def events(self, kinds: Iterable[str] | None = None, since: datetime | None = None,
               until: datetime | None = None, limit: int | None = None,
               newest_first: bool = False) -> list[Event]:
        """Events in time order, optionally filtered by kind and [since, until).

        Stored rows that cannot be understood are left out and counted in ``skipped``;
        the first time some are found, the user is told how many the file holds.
        """
        self._flush()
        sql, args = _SELECT, []
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
        # No SQL LIMIT: unreadable rows must not take the places of readable ones.
        found = self._read(sql, args, limit)
        if self._pending:  # unsaved events still count for the user
            found += [e for e in self._pending if (kinds is None or e.kind in kinds)
                      and (since is None or e.at >= since) and (until is None or e.at < until)]
            found.sort(key=lambda e: (e.at, e.id), reverse=newest_first)
            if limit is not None:
                del found[limit:]
        return found

    def _read(self, sql: str, args: list[Any], limit: int | None) -> list[Event]:
        found: list[Event] = []
        newly_unreadable = False
        try:
            cursor = self._db.execute(sql, args)
            try:
                for row in cursor:
                    if limit is not None and len(found) >= limit:
                        break
                    try:
                        found.append(_event(row))
                    except _Unreadable as exc:
                        if row[0] not in self._unreadable:
                            self._unreadable.add(row[0])
                            newly_unreadable = True
                            log.warning("history row %s left out: %s", row[0], exc)
            finally:
                cursor.close()
        except sqlite3.Error as exc:  # the file went away or broke under us
            log.error("reading history failed: %s", exc)
            if not self._reading_failed:
                self._reading_failed = True
                self.on_error(_unreadable_now(exc))
        if newly_unreadable and not self._told_unreadable:
            # Once a session, with the count for the whole file: one full read, paid only
            # by a file that has damage, so a later, wider read finds nothing new to say.
            self._told_unreadable = True
            self._read(_SELECT, [], None)
            n = len(self._unreadable)
            self.on_error(tr("%n entries in your history could not be read and are left out; "
                             "your file is left as it is.", "unreadable entries", n))
        return found

    def rows(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of a read-only query over the ``events`` table, for sums and counts that
        SQLite works out faster than Python (statistics). A failing read gives no rows and
        is told once, as for ``events``; entries kept unsaved in memory are not in it."""
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            raise ValueError("History.rows only reads")
        self._flush()
        try:
            return self._db.execute(sql, list(args)).fetchall()
        except sqlite3.Error as exc:
            log.error("reading history failed: %s", exc)
            if not self._reading_failed:
                self._reading_failed = True
                self.on_error(_unreadable_now(exc))
            return []

    def newest(self, kinds: Iterable[str] | None = None, since: datetime | None = None,
               until: datetime | None = None, about: str | None = None,
               leave_out: Iterable[str] = ()) -> datetime | None:
        """The time of the newest event in [since, until) of ``kinds`` (None: any kind but
        ``leave_out``), and about reminder ``about`` if given (prompts only), or None.

        One index lookup per kind: it does not read the events in between, so a filter
        that matches nothing answers at once however long the history is.
        """
        self._flush()
        times = []
        if kinds is None:
            leave_out = sorted(leave_out)
            where = f"kind NOT IN ({','.join('?' * len(leave_out))})"
            times.append(self._newest_at(where, list(leave_out), since, until))
        else:
            for kind in sorted(set(kinds)):
                if about is None:
                    times.append(self._newest_at("kind = ?", [kind], since, until))
                elif kind.startswith("reminder_"):
                    times.append(self._newest_at(
                        f"kind = ? AND kind IN {PROMPTS} AND {ABOUT} = ?", [kind, about],
                        since, until))
        wanted = None if kinds is None else set(kinds)
        times += [e.at for e in self._pending
                  if (e.kind in wanted if wanted is not None else e.kind not in leave_out)
                  and (about is None or e.data.get("kind") == about)
                  and (since is None or e.at >= since) and (until is None or e.at < until)]
        return max((t for t in times if t is not None), default=None)

    def _newest_at(self, where: str, args: list[Any], since: datetime | None,
                   until: datetime | None) -> datetime | None:
        sql = f"SELECT at FROM events WHERE {where}"
        if since is not None:
            sql += " AND at >= ?"
            args = [*args, _iso(since)]
        if until is not None:
            sql += " AND at < ?"
            args = [*args, _iso(until)]
        try:
            # No LIMIT: a damaged time (another format, not text) is passed over.
            cursor = self._db.execute(sql + " ORDER BY at DESC", args)
            try:
                for (at,) in cursor:
                    try:
                        return _parse(at)
                    except (TypeError, ValueError):
                        continue
            finally:
                cursor.close()
        except sqlite3.Error as exc:
            log.error("reading history failed: %s", exc)
        return None

    def nth_newest(self, n: int, until: datetime | None = None) -> datetime | None:
        """The time of the ``n``-th newest stored event before ``until`` (None: fewer
        events than that, or a damaged time there), from the time index alone."""
        self._flush()
        sql, args = "SELECT at FROM events", []
        if until is not None:
            sql += " WHERE at < ?"
            args.append(_iso(until))
        try:
            row = self._db.execute(sql + " ORDER BY at DESC LIMIT 1 OFFSET ?",
                                   [*args, n - 1]).fetchone()
            return _parse(row[0]) if row is not None else None
        except (sqlite3.Error, TypeError, ValueError) as exc:
            log.warning("could not find the %d-th newest event: %s", n, exc)
            return None

    def diary_events(self, since: datetime | None = None) -> list[Event]:
        """Every diary event (logged, edited, deleted) naming an entry of which some
        version says the episode happened at or after ``since`` (None: all of them), in
        time order: what is needed to rebuild those entries, read through two indexes
        rather than every diary event ever stored. May include a few entries from a day
        or two before ``since``; the caller filters by the rebuilt time."""
        if since is None:
            return self.events([EventKind.TWITCH_LOGGED, EventKind.TWITCH_EDITED,
                                EventKind.TWITCH_DELETED])
        self._flush()
        # Stored times carry their own UTC offset (usually +00:00), so text order is
        # time order only to within a day: two days' margin, then exact in Python.
        bound = (since - timedelta(days=2)).astimezone(UTC).isoformat()
        # INDEXED BY: without statistics SQLite would pick the kind index and read
        # every diary event, which is what this is here to avoid.
        sql = (f"{_SELECT.replace('FROM events', 'FROM events INDEXED BY events_diary_entry')}"
               f" AND kind IN {DIARY} AND {ENTRY} IN (SELECT {ENTRY} FROM events INDEXED BY "
               f"events_diary_when WHERE kind IN {DIARY_VERSIONS} AND {OCCURRED} >= ?)"
               " ORDER BY at, id")
        found = self._read(sql, [bound], None)
        if self._pending:
            entries = {e.data.get("entry_id") for e in found}
            entries |= {e.data.get("entry_id") for e in self._pending}
            found += [e for e in self._pending if e.kind in DIARY_KINDS
                      and e.data.get("entry_id") in entries]
            found.sort(key=lambda e: (e.at, e.id))
        return found

    def count_before(self, when: datetime) -> int:
        """How many stored events are older than ``when`` (what remove_before removes)."""
        self._flush()
        return int(self._db.execute(f"SELECT count(*) FROM events WHERE {_OLDER}",
                                    [_iso(when)]).fetchone()[0])

    def remove_before(self, when: datetime) -> int:
        """Delete every event older than ``when``; how many were deleted.

        The one place Companion deletes anything the user recorded: only when they chose
        to keep less (a retention setting, after a confirmation that said how many).
        """
        self._flush()
        with self._db:
            self._db.execute("BEGIN")
            removed = self._db.execute(f"DELETE FROM events WHERE {_OLDER}", [_iso(when)]).rowcount
        log.info("removed %d history events older than %s", removed, _iso(when))
        return int(removed)

    def merge(self, events: Iterable[Event], checked: bool = False) -> int:
        """Add the events this history does not hold yet (by id), all or none; how many
        were new. Each is checked as ``record`` checks a new one (ValueError if wrong),
        unless the caller says it ``checked`` them (an import reads them so); importing
        the same events twice adds nothing the second time."""
        events = list(events)
        if not checked:
            for e in events:
                if (problem := event_data.problem(e.kind, e.data)) is not None:
                    raise ValueError(f"cannot add {e.kind} {e.id}: {problem}")
        self._flush()
        # Only the new ones are written out: a backup imported again costs a look-up.
        known: set[str] = set()
        ids = [e.id for e in events]
        for start in range(0, len(ids), 900):  # within SQLite's limit on bound values
            chunk = ids[start:start + 900]
            known.update(row[0] for row in self._db.execute(
                f"SELECT id FROM events WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        encode = json.JSONEncoder(sort_keys=True).encode
        rows = [(e.id, _iso(e.at), e.kind, encode(e.data), e.machine)
                for e in new_events(known, events)]
        before = self._db.total_changes
        # A year of events goes into six indexes in random id order: with SQLite's 2 MB
        # page cache that is a third of the time; the usual size comes back after.
        cache = self._db.execute("PRAGMA cache_size").fetchone()[0]
        if len(rows) > 10_000:
            self._db.execute("PRAGMA cache_size=-65536")
        try:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany("INSERT OR IGNORE INTO events(id, at, kind, data, machine) "
                                     "VALUES (?, ?, ?, ?, ?)", rows)
        finally:
            self._db.execute(f"PRAGMA cache_size={int(cache)}")
        added = self._db.total_changes - before
        if added:
            self._tell_stored()
        return added

    # -- other machines (a shared folder, issue 25) ------------------------------
    def local_after(self, rowid: int, limit: int = 1000) -> list[tuple[int, Event | None]]:
        """Events recorded on this machine (or imported here) stored after row ``rowid``,
        oldest first, with their row numbers: what the shared folder's journal has not
        written out yet. A row that cannot be read comes as None (to be passed over)."""
        self._flush()
        sql = _SELECT + " AND machine IS NULL AND rowid > ? ORDER BY rowid LIMIT ?"
        found: list[tuple[int, Event | None]] = []
        try:
            for row in self._db.execute(sql, [rowid, limit]).fetchall():
                try:
                    found.append((int(row[0]), _event(row)))
                except _Unreadable:
                    found.append((int(row[0]), None))
        except sqlite3.Error as exc:
            log.error("reading history failed: %s", exc)
        return found

    def name_machines(self, names: dict[str, str]) -> None:
        """Remember the names other machines go by (shown in History)."""
        if not names:
            return
        try:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany("INSERT INTO machines(id, name) VALUES (?, ?) ON CONFLICT(id)"
                                     " DO UPDATE SET name = excluded.name", sorted(names.items()))
        except sqlite3.Error as exc:
            log.warning("could not store the machines' names: %s", exc)

    def machine_names(self) -> dict[str, str]:
        """The names of the machines events came from, by id."""
        try:
            return dict(self._db.execute("SELECT id, name FROM machines").fetchall())
        except sqlite3.Error:
            return {}

    def count(self, kind: str, since: datetime | None = None,
              until: datetime | None = None) -> int:
        """How many readable events of one kind fall in [since, until)."""
        return len(self.events([kind], since, until))

    @property
    def unsaved(self) -> int:
        """How many entries are kept in memory because writing them failed (retried)."""
        return len(self._pending)

    def close(self) -> None:
        self._flush()
        self._db.close()
