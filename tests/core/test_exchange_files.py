"""Export and import as files: written private, merged by id, refused whole when damaged."""

import json
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.core import diary
from companion.core.clock import FakeClock
from companion.core.exchange_files import Format, TransferFailed, export, format_for, import_file
from companion.core.history import History

TZ = ZoneInfo("Europe/Paris")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    return FakeClock(T0)


def used(path, clock) -> History:
    """A history with a few days of use: glasses (one undone), a session, a diary entry."""
    h = History(path, clock)
    for day in range(3):
        at = T0 + timedelta(days=day)
        glass = h.record("water_logged", {"ml": 250, "via": "tray"}, at=at)
        h.record("stretch_session", {"steps_done": 5, "steps_total": 5, "seconds": 150},
                 at=at + timedelta(hours=1))
    h.record("water_undone", {"event": glass.id}, at=T0 + timedelta(days=2, minutes=1))
    entry = diary.add(h, "palm", "left", occurred_at=T0)
    diary.edit(h, entry, note="after coffee")
    return h


def stored(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT id, at, kind, data FROM events ORDER BY id").fetchall()


def test_a_backup_imported_on_another_machine_gives_the_same_history_and_twice_adds_nothing(
        tmp_path, clock, permissive_umask):
    mine = used(tmp_path / "mine.db", clock)
    backup = tmp_path / "backup.json"
    told = export(mine, backup, Format.BACKUP, clock(), TZ)
    assert told == "Exported 9 entries to backup.json."
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600

    other = History(tmp_path / "other.db", clock)
    other.record("water_logged", {"ml": 300}, at=T0 - timedelta(days=9))  # its own past
    assert import_file(other, backup) == "Imported 9 entries from backup.json."
    assert import_file(other, backup) == ("Nothing new: every entry in backup.json is already "
                                          "in your history.")
    mine.close()
    other.close()
    theirs = stored(tmp_path / "other.db")
    assert len(theirs) == 10
    assert set(stored(tmp_path / "mine.db")) <= set(theirs)  # ids, times, details: the same
    again = History(tmp_path / "other.db", clock)
    [entry] = diary.entries(again)
    assert entry.note == "after coffee"  # the edit travelled with its entry


def test_importing_a_backup_that_overlaps_adds_only_the_new_entries(tmp_path, clock):
    mine = used(tmp_path / "mine.db", clock)
    export(mine, tmp_path / "old.json", Format.BACKUP, clock(), TZ)
    mine.record("water_logged", {"ml": 250}, at=T0 + timedelta(days=5))
    export(mine, tmp_path / "new.json", Format.BACKUP, clock(), TZ)
    other = History(tmp_path / "other.db", clock)
    import_file(other, tmp_path / "old.json")
    assert import_file(other, tmp_path / "new.json") == (
        "Imported 1 entry from new.json. 9 entries were already there.")


def test_an_events_csv_can_be_imported_back(tmp_path, clock):
    mine = used(tmp_path / "mine.db", clock)
    export(mine, tmp_path / "events.csv", format_for(tmp_path / "events.csv"), clock(), TZ)
    other = History(tmp_path / "other.db", clock)
    assert import_file(other, tmp_path / "events.csv") == "Imported 9 entries from events.csv."
    assert other.events() == mine.events()


@pytest.mark.parametrize("content, says", [
    (None, "was not found"),
    (b"", "not a Companion backup"),
    (b"\x00\x01\x02 SQLite format 3", "not a Companion backup"),
    (b'{"format": "companion-backup", "version": 1, "events": [{"id": "x"', "damaged"),
    (b'{"some": "other program"}', "not a Companion backup"),
    (b"date,glasses,water_ml,stretch_breaks,stretch_minutes,breathing_sessions,"
     b"breathing_minutes,natural_breaks,natural_break_minutes,prompts_done,prompts_snoozed,"
     b"prompts_skipped,prompts_missed,prompts_held,twitches_logged,symptom_checks\n",
     "summary per day"),
])
def test_a_damaged_or_foreign_file_changes_nothing_and_says_why(tmp_path, clock, content, says):
    path = tmp_path / "mine.db"
    used(path, clock).close()
    before = stored(path)
    chosen = tmp_path / "file.json"
    if content is not None:
        chosen.write_bytes(content)
    h = History(path, clock)
    with pytest.raises(TransferFailed, match=says) as refused:
        import_file(h, chosen)
    assert str(refused.value).endswith("Nothing was imported.") or "nothing was imported" in str(
        refused.value)
    h.close()
    assert stored(path) == before


def test_a_backup_with_one_damaged_entry_among_good_ones_adds_none_of_them(tmp_path, clock):
    mine = used(tmp_path / "mine.db", clock)
    export(mine, tmp_path / "b.json", Format.BACKUP, clock(), TZ)
    document = json.loads((tmp_path / "b.json").read_text())
    document["events"][7]["data"] = {"ml": "a lot"}
    document["events"][7]["kind"] = "water_logged"
    (tmp_path / "b.json").write_text(json.dumps(document))
    other = History(tmp_path / "other.db", clock)
    with pytest.raises(TransferFailed, match="Entry 8 of the backup is damaged"):
        import_file(other, tmp_path / "b.json")
    assert other.events() == []


def test_the_day_csv_has_a_row_for_each_local_day(tmp_path, clock):
    mine = used(tmp_path / "mine.db", clock)
    assert export(mine, tmp_path / "days.csv", Format.DAYS_CSV, clock(), TZ) == (
        "Exported one row per day to days.csv.")
    lines = (tmp_path / "days.csv").read_text().splitlines()
    assert [line.split(",")[:3] for line in lines[1:]] == [
        ["2026-03-02", "1", "250"], ["2026-03-03", "1", "250"], ["2026-03-04", "0", "0"]]


def test_an_export_that_cannot_be_written_says_so_and_leaves_what_was_there(tmp_path, clock):
    mine = used(tmp_path / "mine.db", clock)
    with pytest.raises(TransferFailed, match="could not be written"):
        export(mine, tmp_path / "no such folder" / "b.json", Format.BACKUP, clock(), TZ)
    (tmp_path / "taken.json").mkdir()  # a folder by that name: never replaced
    (tmp_path / "taken.json" / "inside").write_text("kept")
    with pytest.raises(TransferFailed, match="taken.json could not be written"):
        export(mine, tmp_path / "taken.json", Format.BACKUP, clock(), TZ)
    assert (tmp_path / "taken.json" / "inside").read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "mine.db", "mine.db-shm", "mine.db-wal", "taken.json"]  # no half-written file left
