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


class DiskThatFills(sqlite3.Connection):
    """A real connection whose COMMIT fails as on a full disk while ``full`` is set."""

    full = False

    def commit(self):
        if self.full:
            raise sqlite3.OperationalError("database or disk is full")
        super().commit()


@pytest.fixture
def disk(monkeypatch):
    """Every connection History opens from now on; set ``disk.full`` to fill the disk."""
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect",
                        lambda *args, **kwargs: real_connect(*args, factory=DiskThatFills,
                                                             **kwargs))
    yield DiskThatFills
    DiskThatFills.full = False


def test_failed_write_is_kept_and_retried(tmp_path, clock, disk):
    messages = []
    h = History(tmp_path / "h.db", clock, on_error=messages.append)
    h.record("water_logged", {"n": 1})
    disk.full = True
    clock.advance(minutes=1)
    h.record("water_logged", {"n": 2})
    assert messages and "kept" in messages[0]
    assert [e.data["n"] for e in h.events()] == [1, 2]  # still visible to the user
    assert len(messages) == 1  # told once, not on every read
    disk.full = False
    clock.advance(minutes=1)
    h.record("water_logged", {"n": 3})
    h.close()
    assert [e.data["n"] for e in History(tmp_path / "h.db", clock).events()] == [1, 2, 3]


def test_a_full_disk_is_mentioned_once_and_again_when_saving_works(tmp_path, clock, disk):
    messages = []
    h = History(tmp_path / "h.db", clock, on_error=messages.append)
    disk.full = True
    for n in range(9):
        clock.advance(minutes=1)
        h.record("water_logged", {"ml": 250})
        h.events()  # the app re-reads after each write: that must not repeat it either
    assert len(messages) == 1
    assert "database or disk is full" in messages[0] and "kept in memory" in messages[0]
    assert h.count("water_logged") == 9

    disk.full = False
    clock.advance(minutes=1)
    h.record("water_logged", {"ml": 250})
    assert messages[1:] == ["Your history is being saved again."]
    h.record("water_logged", {"ml": 250})
    assert len(messages) == 2
    h.close()
    assert History(tmp_path / "h.db", clock).count("water_logged") == 11


def test_a_disk_that_fills_again_is_mentioned_again(tmp_path, clock, disk):
    messages = []
    h = History(tmp_path / "h.db", clock, on_error=messages.append)
    for full in (True, False, True, False):
        disk.full = full
        h.record("water_logged")
    saved_again = "Your history is being saved again."
    assert [m == saved_again for m in messages] == [False, True, False, True]
    assert all("disk is full" in m for m in messages[::2])
