"""The shared folder (issue 25), through the real files and the real QFileSystemWatcher:
two machines (two histories, two data folders) share one plain folder. What one records
shows on the other as soon as its file changes; each bad case is said once, in plain
words, and recording goes on."""

import json
import os
import stat
from datetime import UTC, datetime, timedelta

import pytest

from companion.core import diary, journal
from companion.core.clock import FakeClock
from companion.core.history import History
from companion.core.kinds import EventKind as K
from companion.services.share import ShareFolder, machine_id

NOW = datetime(2026, 5, 4, 14, 0, tzinfo=UTC)


class Machine:
    """One computer: its own data folder, history and shared-folder link."""

    def __init__(self, root, name, folder, clock=None):
        self.data = root / name
        self.clock = clock or FakeClock(NOW)
        self.history = History(self.data / "history.db", self.clock)
        self.told: list[str] = []
        self.share = ShareFolder(self.history, self.data, self.clock, self.told.append)
        self.arrived: list = []
        self.share.arrived.connect(self.arrived.extend)
        self.share.use(str(folder), name)

    def close(self):
        self.share.stop()
        self.history.close()


@pytest.fixture
def folder(tmp_path):
    shared = tmp_path / "Sync"
    shared.mkdir()
    return shared


@pytest.fixture
def machines(tmp_path, folder, qapp):
    made = []

    def make(name, clock=None):
        made.append(Machine(tmp_path, name, folder, clock))
        return made[-1]
    yield make
    for machine in made:
        machine.close()


def glasses(machine):
    return len(machine.history.events([K.WATER_LOGGED]))


def test_what_one_machine_records_shows_on_the_other_when_its_file_changes(machines, qtbot,
                                                                            folder):
    work, home = machines("Work"), machines("Home")
    entry = diary.add(home.history, "eyelid", "left")
    with qtbot.waitSignal(work.share.arrived, timeout=5000):
        home.history.record(K.WATER_LOGGED, {"ml": 250})  # the watcher, not a call, tells Work
    qtbot.waitUntil(lambda: glasses(work) == 1, timeout=5000)
    assert [e.entry_id for e in diary.entries(work.history)] == [entry]
    assert {e.machine for e in work.history.events()} == {home.share.machine}
    assert work.history.machine_names() == {home.share.machine: "Home"}
    assert work.share.status.machines == {home.share.machine: "Home"}
    # Each machine writes only its own files, private; nothing comes back as an echo.
    own = folder / work.share.machine
    assert stat.S_IMODE(own.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in own.iterdir())
    assert glasses(home) == 1 and work.told == [] and home.told == []
    # A diary deletion made at Work reaches Home too.
    with qtbot.waitSignal(home.share.arrived, timeout=5000):
        diary.delete(work.history, entry)
    assert diary.entries(home.history) == []


def test_reading_goes_on_from_where_it_stopped_and_survives_a_restart(machines, tmp_path,
                                                                      folder, qtbot):
    home = machines("Home")
    home.history.record(K.WATER_LOGGED, {"ml": 250})
    work = machines("Work")
    assert glasses(work) == 1
    state = json.loads((work.data / "share-state.json").read_text())
    offsets = state["folders"][str(folder)]["offsets"]
    assert list(offsets.values()) == [os.path.getsize(next((folder / home.share.machine)
                                                            .glob("*.jsonl")))]
    assert stat.S_IMODE((work.data / "share-state.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((work.data / "machine-id").stat().st_mode) == 0o600
    ident = work.share.machine
    work.close()
    assert machine_id(work.data) == ident  # made once
    again = Machine(tmp_path, "Work", folder)
    assert again.share.machine == ident and again.arrived == [] and glasses(again) == 1
    again.close()


def test_a_torn_line_waits_and_a_damaged_one_is_said_once(machines, folder, qtbot):
    work = machines("Work")
    other = "b" * 32
    (folder / other).mkdir()
    path = folder / other / "2026-05.jsonl"
    from companion.core.history import Event
    first = journal.line(Event(K.WATER_LOGGED, NOW, {"ml": 250}, id="g1"), other)
    second = journal.line(Event(K.WATER_LOGGED, NOW, {"ml": 250}, id="g2"), other)
    path.write_bytes(first + second[:30])  # the sync tool is half way through
    work.share.sync()
    assert glasses(work) == 1 and work.told == []
    with qtbot.waitSignal(work.share.arrived, timeout=5000):
        with open(path, "ab") as out:
            out.write(second[30:] + first.replace(b"250", b"999"))
    assert glasses(work) == 2
    assert len(work.told) == 1 and "damaged" in work.told[0] and other in work.told[0]
    work.share.sync()
    assert len(work.told) == 1  # once


def test_a_conflict_copy_and_temporary_files_are_never_read(machines, folder, qtbot):
    work = machines("Work")
    other = "c" * 32
    (folder / other).mkdir()
    from companion.core.history import Event
    line = journal.line(Event(K.WATER_LOGGED, NOW, {"ml": 250}, id="copy"), other)
    (folder / other / "2026-05.sync-conflict-20260504-140000-ABCDEFG.jsonl").write_bytes(line)
    (folder / other / ".syncthing.2026-05.jsonl.tmp").write_bytes(line)
    (folder / other / "~syncthing~2026-05.jsonl.tmp").write_bytes(line)
    work.share.sync()
    work.share.sync()
    assert glasses(work) == 0
    assert len(work.told) == 1 and "conflict copy" in work.told[0]


def test_entries_from_a_newer_companion_wait_for_an_update(machines, folder):
    work = machines("Work")
    other = "d" * 32
    (folder / other).mkdir()
    newer = json.dumps({"v": 99, "id": "n"}).encode() + b"\n"
    (folder / other / "2026-05.jsonl").write_bytes(newer)
    work.share.sync()
    work.share.sync()
    assert len(work.told) == 1 and "newer Companion" in work.told[0]
    assert next(iter(json.loads((work.data / "share-state.json").read_text())["folders"]
                     .values()))["offsets"] == {f"{other}/2026-05.jsonl": 0}


def test_a_machine_whose_clock_is_hours_ahead_is_said_and_kept_with_its_times(machines, qtbot):
    work = machines("Work")
    home = machines("Home", clock=FakeClock(NOW + timedelta(hours=3)))
    with qtbot.waitSignal(work.share.arrived, timeout=5000):
        home.history.record(K.WATER_LOGGED, {"ml": 250})
    [glass] = work.history.events([K.WATER_LOGGED])
    assert glass.at == NOW + timedelta(hours=3)
    assert len(work.told) == 1 and "3 h ahead" in work.told[0] and "Home" in work.told[0]


def test_a_folder_that_goes_away_is_said_once_and_what_was_recorded_meanwhile_follows(
        machines, tmp_path, qtbot):
    drive = tmp_path / "drive"
    shared = drive / "Sync"
    shared.mkdir(parents=True)
    work, home = machines("Work"), machines("Home")
    work.share.use(str(shared), "Work")
    home.share.use(str(shared), "Home")
    gone = tmp_path / "unplugged"
    shared.rename(gone)  # the drive is unmounted
    work.history.record(K.WATER_LOGGED, {"ml": 250})
    work.history.record(K.WATER_LOGGED, {"ml": 250})
    assert glasses(work) == 2  # recording goes on
    assert len(work.told) == 1 and "cannot be reached" in work.told[0]
    assert work.share.status.problem is not None
    assert not shared.exists()  # never made again on the empty mount point
    with qtbot.waitSignal(work.share.changed, timeout=5000):
        gone.rename(shared)  # plugged in again: the folder above is watched
    qtbot.waitUntil(lambda: work.share.status.problem is None, timeout=5000)
    home.share.sync()
    assert glasses(home) == 2 and len(work.told) == 1


def test_shared_settings_follow_the_latest_change_per_field(machines, qtbot):
    from dataclasses import replace

    from companion.core.settings import Settings
    work, home = machines("Work"), machines("Home")
    work.share.share_settings(Settings())
    home.share.share_settings(Settings())
    home.clock.advance(minutes=5)
    taken = []
    work.share.settings_arrived.connect(taken.append)
    with qtbot.waitSignal(work.share.settings_arrived, timeout=5000):
        home.share.share_settings(replace(Settings(), water_goal_glasses=10))
    assert [{name: entry[0] for name, entry in found.items()} for found in taken] == [
        {"water_goal_glasses": 10}]
    # Taken over, it is no change of Work's: nothing goes back, nothing comes again.
    work.share.share_settings(replace(Settings(), water_goal_glasses=10))
    work.share.sync()
    home_taken = []
    home.share.settings_arrived.connect(home_taken.append)
    home.share.sync()
    assert len(taken) == 1 and home_taken == []


def test_a_computer_with_a_copied_data_folder_gets_a_place_of_its_own(machines, tmp_path,
                                                                      folder):
    import shutil
    work = machines("Work")
    work.history.record(K.WATER_LOGGED, {"ml": 250})
    work.share.stop()
    work.history.close()
    shutil.copytree(work.data, tmp_path / "Clone")  # a new computer, set up from a copy
    clone = Machine(tmp_path, "Clone", folder)
    work = Machine(tmp_path, "Work", folder)
    assert clone.share.machine == work.share.machine
    clone.history.record(K.WATER_LOGGED, {"ml": 300})  # both append to one file...
    work.history.record(K.WATER_LOGGED, {"ml": 200})   # ...Work notices
    assert work.share.machine != clone.share.machine
    assert len(work.told) == 1 and "copied" in work.told[0]
    work.share.sync()
    clone.share.sync()
    for machine in (work, clone):
        assert sorted(e.data["ml"] for e in machine.history.events([K.WATER_LOGGED])) == [
            200, 250, 300]
    work.close()
    clone.close()
