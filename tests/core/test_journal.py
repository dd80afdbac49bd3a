"""The shared folder's journal lines (issue 25): each complete and self-checking, read on
from where the last read stopped; a torn last line waits, a damaged one is skipped and
said, one from a newer Companion stops the reading there."""

import json
from datetime import UTC, datetime

import pytest

from companion.core import journal
from companion.core.history import Event
from companion.core.kinds import EventKind as K

NOW = datetime(2026, 5, 4, 16, 0, tzinfo=UTC)
A = "a" * 32


def glass(n):
    return Event(K.WATER_LOGGED, NOW, {"ml": 250, "via": "tray"}, id=f"g{n}")


def test_a_line_reads_back_as_the_same_event_from_its_machine():
    line = journal.line(glass(1), A)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    [back] = journal.read(line, A).events
    assert (back.id, back.at, back.kind, back.data, back.machine) == (
        "g1", NOW, "water_logged", {"ml": 250, "via": "tray"}, A)


def test_a_torn_last_line_waits_for_the_next_read():
    data = journal.line(glass(1), A) + journal.line(glass(2), A)
    torn = data[:-7]
    first = journal.read(torn, A)
    assert [e.id for e in first.events] == ["g1"] and first.bad == []
    second = journal.read(data[first.used:], A, first.used)
    assert [e.id for e in second.events] == ["g2"] and first.used + second.used == len(data)


@pytest.mark.parametrize("damage", [
    lambda line: line.replace(b"250", b"500"),          # content changed: its check fails
    lambda line: line.replace(b'"sum":"', b'"sum":"0'),  # the check itself damaged
    lambda line: line[:20] + b"\xff" + line[21:],       # not text
    lambda line: b"{not json}\n",
    lambda line: b"[1, 2]\n",
])
def test_a_damaged_line_is_skipped_and_said_with_its_place(damage):
    good = journal.line(glass(1), A)
    data = damage(journal.line(glass(2), A)) + good
    chunk = journal.read(data, A, 100)
    assert [e.id for e in chunk.events] == ["g1"]
    assert [at for at, _ in chunk.bad] == [100] and chunk.used == len(data)


def test_a_line_from_a_newer_companion_stops_the_reading_before_it():
    fields = {"v": journal.FORMAT_VERSION + 1, "id": "n", "something": "new"}
    newer = json.dumps(fields).encode() + b"\n"
    data = journal.line(glass(1), A) + newer + journal.line(glass(2), A)
    chunk = journal.read(data, A)
    assert [e.id for e in chunk.events] == ["g1"] and chunk.newer
    assert chunk.used == len(journal.line(glass(1), A))  # read again once updated


@pytest.mark.parametrize(("name", "temporary", "conflict", "journal_file"), [
    ("2026-05.jsonl", False, False, True),
    (".syncthing.2026-05.jsonl.tmp", True, False, False),
    ("~syncthing~2026-05.jsonl.tmp", True, False, False),
    ("2026-05.jsonl.part", True, False, False),
    (".~lock.2026-05.jsonl#", True, False, False),
    ("2026-05.sync-conflict-20260504-101010-ABCDEFG.jsonl", False, True, False),
    ("2026-05 (conflicted copy 2026-05-04).jsonl", False, True, False),   # Nextcloud
    ("2026-05 (Work laptop's conflicted copy 2026-05-04).jsonl", False, True, False),  # Dropbox
    ("machine.json", False, False, False),
])
def test_sync_tools_files_are_told_apart_from_journals(name, temporary, conflict, journal_file):
    assert journal.is_temporary(name) is temporary
    assert journal.is_conflict_copy(name) is conflict
    assert journal.is_journal(name) is journal_file


def test_one_journal_per_utc_month():
    assert journal.journal_name(datetime(2026, 5, 31, 23, 30, tzinfo=UTC)) == "2026-05.jsonl"


def test_the_machine_file_gives_its_name_and_nothing_else_does():
    assert journal.read_machine_file(journal.machine_file(A, "Work laptop")) == "Work laptop"
    assert journal.read_machine_file(b'{"name": "x"}') is None
    assert journal.read_machine_file(b"\xff") is None
