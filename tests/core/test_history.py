import sqlite3
import stat
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from companion.core.clock import FakeClock
from companion.core.history import SCHEMA_VERSION, History, HistoryError

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


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
    db.execute("INSERT INTO events(id, at, kind, data) VALUES ('abc', '2026-03-01T08:00:00.000000Z', "
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


def test_a_damaged_history_is_set_aside_like_settings_and_never_over_an_earlier_one(tmp_path):
    """One naming standard for every file Companion sets aside: <name>.bad-<local time>;
    a second damaged file in the same second gets -2 and the first is kept."""
    from datetime import UTC, datetime
    path = tmp_path / "h.db"
    at = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
    expected = f"h.db.bad-{at.astimezone():%Y%m%d-%H%M%S}"
    for attempt in (1, 2):
        path.write_bytes(b"damaged %d" % attempt * 100)
        History(path, lambda: at).close()
    assert (tmp_path / expected).read_bytes().startswith(b"damaged 1")
    assert (tmp_path / f"{expected}-2").read_bytes().startswith(b"damaged 2")


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
    for _ in range(9):
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


# -- damaged rows ------------------------------------------------------------------

GOOD_TIME = "2026-03-02T09:30:00.000000Z"


def insert_raw(path, *rows):
    """Write (id, at, kind, data) rows straight into the file, as a damaged file has them.

    A bytes value is stored as TEXT holding those exact bytes, even if not valid UTF-8.
    """
    db = sqlite3.connect(path)
    for row in rows:
        db.execute("INSERT INTO events(id, at, kind, data) VALUES ("
                   + ", ".join("CAST(? AS TEXT)" if isinstance(v, bytes) else "?" for v in row)
                   + ")", row)
    db.commit()
    db.close()


DAMAGE = {
    "a value of the wrong type": ("water_logged", GOOD_TIME, '{"ml": "a lot"}'),
    "invalid UTF-8 in the data": ("water_logged", GOOD_TIME, b'{"via": "tr\xffy"}'),
    "invalid UTF-8 in the kind": (b"water\xc3_logged", GOOD_TIME, "{}"),
    "data that is not JSON": ("water_logged", GOOD_TIME, "{ml: 250"),
    "data that is not an object": ("water_logged", GOOD_TIME, "[250]"),
    "a timestamp in another format": ("water_logged", "2026-03-02 09:30:00", "{}"),
    "a timestamp that is not a time": ("water_logged", "yesterday", "{}"),
    "a timestamp stored as a number": ("water_logged", 1772443800, "{}"),
    "JSON nested too deep": ("water_logged", GOOD_TIME, "[" * 100_000 + "]" * 100_000),
    "a diary entry missing a field": ("twitch_logged", GOOD_TIME, '{"entry_id": "e1"}'),
    "an undo naming no glass": ("water_undone", GOOD_TIME, '{"event": 7}'),
    "a pause until a time without offset": ("reminders_paused", GOOD_TIME,
                                            '{"until": "2026-03-02T10:00:00"}'),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_history_row_is_skipped_and_the_user_told_once(tmp_path, clock, damage):
    path = tmp_path / "h.db"
    h = History(path, clock)
    good = h.record("water_logged", {"ml": 250})
    h.close()
    kind, at, data = damage
    insert_raw(path, ("damaged", at, kind, data))
    before = path.read_bytes()

    messages = []
    h = History(path, clock, on_error=messages.append)
    assert h.events() == [good]
    for _ in range(3):  # every refresh reads again
        assert h.events(newest_first=True) == [good]
        assert h.count("water_logged") == 1
    assert h.skipped == 1
    assert messages == ["1 entry in your history could not be read and is left out; your "
                        "file is left as it is."]
    h.close()
    assert path.read_bytes() == before  # nothing deleted or rewritten
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM events").fetchone()[0] == 2


def test_many_damaged_rows_are_counted_each_once(tmp_path, clock):
    path = tmp_path / "h.db"
    History(path, clock).close()
    insert_raw(path, *[(f"bad{n}", at, kind, data)
                       for n, (kind, at, data) in enumerate(DAMAGE.values())])
    messages = []
    h = History(path, clock, on_error=messages.append)
    h.events(["twitch_logged"])  # a narrow read meets one: the message counts them all
    assert h.skipped == len(DAMAGE)
    assert messages == [f"{len(DAMAGE)} entries in your history could not be read and are "
                        "left out; your file is left as it is."]
    h.events()  # a wider read has nothing new to say
    assert h.skipped == len(DAMAGE) and len(messages) == 1


def test_a_damaged_newest_row_does_not_hide_the_one_before(tmp_path, clock):
    path = tmp_path / "h.db"
    h = History(path, clock)
    pause = h.record("reminders_paused", {"until": None})
    h.close()
    insert_raw(path, ("newer", "2026-03-02T10:00:00.000000Z", "reminders_resumed", "oops"))
    h = History(path, clock)
    assert h.events(["reminders_paused", "reminders_resumed"], newest_first=True,
                    limit=1) == [pause]


def test_recording_refuses_what_could_not_be_read_back(tmp_path, clock):
    h = History(tmp_path / "h.db", clock)
    with pytest.raises(ValueError, match="ml"):
        h.record("water_logged", {"ml": "a lot"})
    with pytest.raises(ValueError, match="timezone"):
        h.record("water_logged", {"ml": 250}, at=datetime(2026, 3, 2, 9, 0))
    # Neither was queued: later entries are saved as usual.
    h.record("water_logged", {"ml": 250})
    h.close()
    assert [e.data for e in History(tmp_path / "h.db", clock).events()] == [{"ml": 250}]


class UnreadableDisk(sqlite3.Connection):
    """A real connection whose reads fail (a disk removed under the app) while ``broken``."""

    broken = False

    def execute(self, sql, *args):
        if self.broken and sql.startswith("SELECT"):
            raise sqlite3.OperationalError("disk I/O error")
        return super().execute(sql, *args)


def test_a_history_that_stops_being_readable_is_said_once(tmp_path, clock, monkeypatch):
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *args, **kwargs: real_connect(
        *args, factory=UnreadableDisk, **kwargs))
    messages = []
    h = History(tmp_path / "h.db", clock, on_error=messages.append)
    h.record("water_logged")
    monkeypatch.setattr(UnreadableDisk, "broken", True)
    assert h.events() == [] and h.count("water_logged") == 0
    assert len(messages) == 1 and "disk I/O error" in messages[0]
    monkeypatch.setattr(UnreadableDisk, "broken", False)
    assert h.count("water_logged") == 1


# -- privacy -----------------------------------------------------------------------

def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_history_and_its_side_files_are_private_whatever_the_umask(tmp_path, clock,
                                                                   permissive_umask):
    folder = tmp_path / "new-data"
    h = History(folder / "h.db", clock)
    h.record("water_logged", {"ml": 250})
    files = sorted(folder.iterdir())
    assert {f.name for f in files} >= {"h.db", "h.db-wal", "h.db-shm"}
    assert {f.name: _mode(f) for f in files} == {f.name: 0o600 for f in files}
    assert _mode(folder) == 0o700
    h.close()


def test_an_older_readable_history_file_is_made_private(tmp_path, clock, permissive_umask):
    path = tmp_path / "h.db"
    History(path, clock).close()
    path.chmod(0o644)
    h = History(path, clock)
    h.record("water_logged")
    assert {f.name: _mode(f) for f in tmp_path.glob("h.db*")} == {
        f.name: 0o600 for f in tmp_path.glob("h.db*")}


def test_a_damaged_history_moved_aside_is_private(tmp_path, clock, permissive_umask):
    path = tmp_path / "h.db"
    path.write_bytes(b"this is not a database at all" * 100)
    path.chmod(0o644)
    (tmp_path / "h.db-wal").write_bytes(b"left over")
    (tmp_path / "h.db-wal").chmod(0o644)
    h = History(path, clock)
    moved = {m.name: _mode(m) for m in tmp_path.glob("h.db.bad-*")}
    assert {h.recovered_from.name, h.recovered_from.name + "-wal"} <= set(moved)
    assert set(moved.values()) == {0o600}
    # Its -wal moved with it, not deleted when SQLite gave up on the file.
    wal = h.recovered_from.with_name(h.recovered_from.name + "-wal")
    assert wal.read_bytes() == b"left over"


def test_a_version_3_file_gains_the_machine_of_each_event_keeping_its_rows(tmp_path, clock):
    path = tmp_path / "h.db"
    h = History(path, clock)
    h.record("water_logged", {"ml": 250})
    h._db.execute("ALTER TABLE events DROP COLUMN machine")
    h._db.execute("DROP TABLE machines")
    h._db.execute("PRAGMA user_version=3")
    h.close()
    h = History(path, clock)
    assert h._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    [old] = h.events()
    assert old.machine is None and old.data == {"ml": 250}
    h.merge([replace(old, id="other", machine="b" * 32)])
    h.name_machines({"b" * 32: "Home"})
    assert {e.id: e.machine for e in h.events()} == {old.id: None, "other": "b" * 32}
    assert h.machine_names() == {"b" * 32: "Home"}
    assert [e.id for _, e in h.local_after(0)] == [old.id]  # only this machine's
