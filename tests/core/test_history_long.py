"""A long history stays fast without giving anything up: the diary's recent entries, the
newest day a filter shows, pages of dense days, merging, and the check at opening."""

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from history_helpers import FILTER, NOW, PERIOD, TZ

from companion.core import diary
from companion.core import history as history_module
from companion.core.clock import FakeClock
from companion.core.history import Event, History
from companion.core.history_days import PAGE_EVENTS, read_page
from companion.core.history_filters import FILTERS

UTC_NOW = NOW.astimezone(UTC)


@pytest.fixture
def history(tmp_path):
    h = History(tmp_path / "h.db", FakeClock(UTC_NOW))
    yield h
    h.close()


# -- the diary reads only what can be recent ------------------------------------------------
def test_recent_diary_entries_are_the_same_as_from_the_whole_diary(history):
    """Entries logged long after they happened, edits that move an old entry into the
    window or a recent one out of it, deletions, other UTC offsets: the indexed read gives
    exactly what rebuilding every entry ever logged gives."""
    rnd = random.Random(4)
    ids = []
    for n in range(300):
        happened = UTC_NOW - timedelta(days=rnd.uniform(0, 400))
        offset = ZoneInfo(rnd.choice(["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"]))
        history.clock = FakeClock(happened + timedelta(days=rnd.choice([0, 0, 3, 90])))
        ids.append(diary.add(history, "palm", "left", occurred_at=happened.astimezone(offset)))
        if rnd.random() < 0.3:
            moved = UTC_NOW - timedelta(days=rnd.uniform(0, 400))
            diary.edit(history, rnd.choice(ids), occurred_at=moved, note=f"edit {n}")
        if rnd.random() < 0.1:
            diary.delete(history, rnd.choice(ids))
    for days in (1, 14, diary.WINDOW_DAYS, 200):
        since = UTC_NOW - timedelta(days=days)
        everything = diary.entries(history)
        assert diary.entries(history, since=since) == [e for e in everything
                                                       if e.occurred_at >= since]
    recent = diary.entries(history, since=UTC_NOW - timedelta(days=diary.WINDOW_DAYS))
    assert 10 < len(recent) < 100  # the test reaches both sides of the window


def test_the_diary_read_uses_the_indexes_not_every_diary_event(history):
    plan = " ".join(row[-1] for row in history._db.execute(
        "EXPLAIN QUERY PLAN " + history_module._SELECT.replace(
            "FROM events", "FROM events INDEXED BY events_diary_entry")
        + f" AND kind IN {history_module.DIARY} AND {history_module.ENTRY} IN (SELECT "
          f"{history_module.ENTRY} FROM events INDEXED BY events_diary_when WHERE kind IN "
          f"{history_module.DIARY_VERSIONS} AND {history_module.OCCURRED} >= ?)", ["x"]))
    assert "events_diary_entry" in plan and "events_diary_when" in plan and "SCAN" not in plan


# -- the newest day a filter shows --------------------------------------------------------
def mixed_events(rnd: random.Random) -> list[Event]:
    kinds = ["water_logged", "stretch_session", "reminder_shown", "reminder_done",
             "reminder_snoozed", "reminder_skipped", "reminder_missed", "reminder_held",
             "reminder_covered", "reminder_withdrawn", "natural_break", "twitch_deleted",
             "symptom_check", "presence_changed"]
    found = []
    for _ in range(120):
        kind = rnd.choice(kinds)
        data = {"kind": rnd.choice(["hydration", "stretch"])} if kind.startswith("reminder_") else {}
        if kind == "natural_break":
            data = {"start": "2026-01-01T00:00:00+00:00", "end": "2026-01-01T00:10:00+00:00",
                    "minutes": 10}
        if kind == "twitch_deleted":
            data = {"entry_id": "e"}
        found.append(Event(kind, UTC_NOW - timedelta(minutes=rnd.randrange(200_000)), data))
    return found


@pytest.mark.parametrize("seed", range(6))
def test_the_newest_event_a_filter_shows_is_found_from_the_indexes(history, seed):
    events = mixed_events(random.Random(seed))
    history.merge(events)
    for chosen in FILTERS:
        for since, until in ((None, None), (UTC_NOW - timedelta(days=30), None),
                             (None, UTC_NOW - timedelta(days=60))):
            expected = max((e.at for e in events if chosen.shows(e)
                            and (since is None or e.at >= since)
                            and (until is None or e.at < until)), default=None)
            assert chosen.newest(history, since, until) == expected, chosen.key


def test_a_filter_without_a_match_answers_at_once_over_a_long_history(history):
    """Water prompts for three years, no breathing at all: "All time" for Breathing reads
    no page (it used to read every month of the history, one after another)."""
    history.merge(Event("reminder_snoozed", UTC_NOW - timedelta(hours=h), {"kind": "hydration"})
                  for h in range(0, 3 * 365 * 24, 3))
    reads = []
    real = history._read
    history._read = lambda *args: reads.append(args) or real(*args)
    page = read_page(history, FILTER["breathing"], TZ, since=PERIOD["all"].since(NOW, TZ))
    assert page.events == [] and page.older is None
    assert reads == []  # only index lookups, no event read


def test_a_page_of_dense_days_holds_whole_days_of_about_page_events(history):
    start = datetime(2026, 10, 1, tzinfo=TZ)
    history.merge(Event("water_logged", (start + timedelta(minutes=3 * n)).astimezone(UTC),
                        {"ml": 250}) for n in range(30_000))  # 480 a day
    last = start + timedelta(minutes=3 * 29_999)
    page = read_page(history, FILTER["activity"], TZ)
    days = {e.at.astimezone(TZ).date() for e in page.events}
    assert len(days) == PAGE_EVENTS // 480 + 1   # whole days, the crowded one included
    assert max(days) == last.date()
    assert page.older == datetime.combine(min(days), datetime.min.time(), TZ)
    assert all(e.at >= page.older for e in page.events)


# -- merging ---------------------------------------------------------------------------
def test_merging_adds_by_id_once_and_refuses_a_bad_batch_whole(history):
    first = [Event("water_logged", UTC_NOW, {"ml": 250}, id="a"),
             Event("water_logged", UTC_NOW, {"ml": 300}, id="b")]
    assert history.merge(first) == 2
    assert history.merge(first) == 0
    with pytest.raises(ValueError, match="ml should be"):
        history.merge([Event("water_logged", UTC_NOW, {"ml": 1}, id="c"),
                       Event("water_logged", UTC_NOW, {"ml": "lots"}, id="d")])
    assert [e.id for e in history.events()] == ["a", "b"]


# -- the check at opening --------------------------------------------------------------------
@pytest.fixture
def checks(monkeypatch):
    """Every file counts as large; records whether each opening read the whole file."""
    monkeypatch.setattr(history_module, "FULL_CHECK_BYTES", 0)
    seen = []
    real = history_module._check_integrity
    monkeypatch.setattr(history_module, "_check_integrity",
                        lambda db, full: seen.append(full) or real(db, full))
    return seen


def damage_a_middle_page(path) -> None:
    """Overwrite a leaf page of the events table from the middle of the history (not the
    newest rows, where the bounded check looks)."""
    with sqlite3.connect(path) as db:
        size = db.execute("PRAGMA page_size").fetchone()[0]
        pages = [row[0] for row in db.execute(
            "SELECT pageno FROM dbstat WHERE name = 'events' AND pagetype = 'leaf' "
            "ORDER BY pageno")]
    with open(path, "r+b") as f:
        f.seek((pages[len(pages) // 2] - 1) * size)
        f.write(b"\xde\xad" * (size // 2))


def filled(path) -> None:
    h = History(path, FakeClock(UTC_NOW))
    h.merge(Event("water_logged", UTC_NOW - timedelta(minutes=n), {"ml": 250, "note": "x" * 200})
            for n in range(5000))
    h.close()


def test_a_large_cleanly_closed_file_is_not_read_whole_at_start(tmp_path, checks):
    filled(tmp_path / "h.db")
    h = History(tmp_path / "h.db", FakeClock(UTC_NOW))
    assert checks == [True, False] and h.recovered_from is None  # (filled() made it: empty)
    assert len(h.events()) == 5000


def test_a_file_that_is_not_a_database_is_still_set_aside_however_large(tmp_path, checks):
    path = tmp_path / "h.db"
    path.write_bytes(b"not a database, and long " * 100_000)
    h = History(path, FakeClock(UTC_NOW))
    assert h.recovered_from is not None
    assert h.recovered_from.read_bytes().startswith(b"not a database")
    assert checks == [False, True]  # (the new, empty file: a fresh start is checked whole)


def test_after_an_unclean_end_the_whole_file_is_checked_and_damage_set_aside(tmp_path, checks):
    path = tmp_path / "h.db"
    filled(path)
    crashed = sqlite3.connect(path)  # a session that never closed: its -wal stays
    crashed.execute("PRAGMA journal_mode=WAL")
    crashed.execute("INSERT INTO events(id, at, kind, data) VALUES ('late', '2026-12-02T13:00:00.000000Z', "
                    "'water_logged', '{}')")
    crashed.commit()
    damage_a_middle_page(path)
    assert (tmp_path / "h.db-wal").stat().st_size > 0
    h = History(path, FakeClock(UTC_NOW))
    crashed.close()
    assert checks[-2:] == [True, True]  # the damaged file, then the fresh one
    assert h.recovered_from is not None and h.events() == []


def test_damage_inside_a_large_clean_file_is_met_when_read_and_the_file_kept(tmp_path, checks):
    path = tmp_path / "h.db"
    filled(path)
    damage_a_middle_page(path)
    told = []
    h = History(path, FakeClock(UTC_NOW), on_error=told.append)
    assert h.recovered_from is None
    h.events()
    assert told and told[0].startswith("Your history could not be read")
    h.record("water_logged", {"ml": 250})  # today's entries still work
    assert h.count("water_logged", since=UTC_NOW - timedelta(seconds=1)) >= 1
    h.close()
    assert path.exists()  # left as it is, nothing deleted


def test_a_version_2_file_with_damaged_rows_gains_the_new_indexes_and_keeps_every_row(tmp_path):
    path = tmp_path / "h.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE events (id TEXT PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, "
               "data TEXT NOT NULL)")
    db.execute("CREATE INDEX events_kind_at ON events(kind, at)")
    db.execute("CREATE INDEX events_at ON events(at)")
    db.executemany("INSERT INTO events(id, at, kind, data) VALUES (?, '2026-12-01T08:00:00.000000Z', ?, ?)", [
        ("good", "twitch_deleted", '{"entry_id": "e"}'),
        ("not json", "twitch_logged", "{entry_id: e"),
        ("nested", "reminder_shown", "[" * 5000 + "]" * 5000)])
    db.execute("INSERT INTO events(id, at, kind, data) VALUES ('bytes', '2026-12-01T08:00:00.000000Z', "
               "'reminder_missed', CAST(X'7B226B696E64223A2022FF227D' AS TEXT))")
    db.execute("PRAGMA user_version=2")
    db.commit()
    db.close()
    h = History(path, FakeClock(UTC_NOW))
    assert h._db.execute("PRAGMA user_version").fetchone()[0] == history_module.SCHEMA_VERSION == 4
    indexes = {r[0] for r in h._db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"events_diary_when", "events_diary_entry", "events_prompt_about"} <= indexes
    assert [e.id for e in h.events()] == ["good"] and h.skipped == 3
    assert h.newest(["reminder_missed"], about="stretch") is None
    h.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 4
