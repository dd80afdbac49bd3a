import sqlite3
import stat
from datetime import datetime, timedelta, timezone

import pytest

from companion.core.clock import FakeClock
from companion.core.history import SCHEMA_VERSION, History, HistoryError

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def clock():
    return FakeClock(T0)


def test_events_round_trip_in_time_order(tmp_path, clock):
    h = History(tmp_path / "h.db", clock)
    first = h.record("water_logged", {"ml": 250})
    clock.advance(minutes=5)
    h.record("reminder_shown", {"kind": "stretch"})
    h.close()

    again = History(tmp_path / "h.db", clock)
    events = again.events()
    assert [e.kind for e in events] == ["water_logged", "reminder_shown"]
    assert events[0].id == first.id and events[0].data == {"ml": 250}
    assert events[0].at == T0 and events[0].at.tzinfo is not None
    assert len({e.id for e in events}) == 2


def test_filters_by_kind_and_range(tmp_path, clock):
    h = History(tmp_path / "h.db", clock)
    for minutes in range(0, 60, 10):
        h.record("water_logged", at=T0 + timedelta(minutes=minutes))
    h.record("break_taken", at=T0 + timedelta(minutes=15))
    assert h.count("water_logged", T0 + timedelta(minutes=10), T0 + timedelta(minutes=30)) == 2
    assert [e.kind for e in h.events(["break_taken"])] == ["break_taken"]
    newest = h.events(newest_first=True, limit=1)[0]
    assert newest.at == T0 + timedelta(minutes=50)


def test_file_is_private_and_uses_wal(tmp_path, clock):
    h = History(tmp_path / "h.db", clock)
    h.record("x")
    assert stat.S_IMODE((tmp_path / "h.db").stat().st_mode) == 0o600
    assert h._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrates_a_version_1_file_keeping_its_rows(tmp_path, clock):
    path = tmp_path / "h.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE events (id TEXT PRIMARY KEY, at TEXT NOT NULL, "
               "kind TEXT NOT NULL, data TEXT NOT NULL)")
    db.execute("INSERT INTO events VALUES ('abc', '2026-03-01T08:00:00.000000Z', "
               "'water_logged', '{\"ml\": 300}')")
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()

    h = History(path, clock)
    assert h._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    indexes = {r[0] for r in h._db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "events_kind_at" in indexes
    [old] = h.events()
    assert old.id == "abc" and old.data == {"ml": 300}


def test_corrupt_file_is_moved_aside_and_kept(tmp_path, clock):
    path = tmp_path / "h.db"
    path.write_bytes(b"this is not a database at all" * 100)
    h = History(path, clock)
    assert h.recovered_from is not None and h.recovered_from.exists()
    assert h.recovered_from.read_bytes().startswith(b"this is not a database")
    h.record("water_logged")
    assert h.count("water_logged") == 1


def test_newer_schema_is_refused_not_overwritten(tmp_path, clock):
    path = tmp_path / "h.db"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.commit()
    db.close()
    with pytest.raises(HistoryError, match="newer"):
        History(path, clock)
    assert path.exists()


def test_failed_write_is_kept_and_retried(tmp_path, clock):
    messages = []
    h = History(tmp_path / "h.db", clock, on_error=messages.append)
    h.record("water_logged", {"n": 1})
    real = h._db
    h._db = _BrokenConnection(real)
    clock.advance(minutes=1)
    h.record("water_logged", {"n": 2})
    assert messages and "kept" in messages[0]
    assert [e.data["n"] for e in h.events()] == [1, 2]  # still visible to the user
    assert len(messages) == 1  # told once, not on every read
    h._db = real
    clock.advance(minutes=1)
    h.record("water_logged", {"n": 3})
    h.close()
    assert [e.data["n"] for e in History(tmp_path / "h.db", clock).events()] == [1, 2, 3]


class _BrokenConnection:
    """Stands in for a connection on a full disk: reads work, writes fail."""

    def __init__(self, real):
        self.real = real

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def execute(self, sql, *args):
        if sql.startswith("SELECT"):
            return self.real.execute(sql, *args)
        raise sqlite3.OperationalError("database or disk is full")

    def executemany(self, *args):
        raise sqlite3.OperationalError("database or disk is full")
