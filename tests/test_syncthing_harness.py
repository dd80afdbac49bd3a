"""The Syncthing harness on plain files: what the sync end-to-end test relies on, shown alone.

Two real Syncthing instances on the loopback interface (tests/syncthing_helpers.py): a file
written on one side arrives on the other with the same bytes, and one written while the
receiving side is stopped arrives once it is started again.

One pair serves the module's tests (starting one costs a second or two); each test has a
new folder of its own, and finds both instances running, connected and unthrottled
(``fresh_folder``), whatever the test before it did to them.
"""

from __future__ import annotations

import pytest
from desktop_helpers import require
from syncthing_helpers import fresh_folder, syncthing_pair, wait_in_step

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]  # real processes


@pytest.fixture(scope="module")
def running_pair(tmp_path_factory):
    require("syncthing")
    with syncthing_pair(tmp_path_factory.mktemp("syncthing")) as (a, b):
        yield a, b


@pytest.fixture
def pair(running_pair, tmp_path):
    a, b = running_pair
    fresh_folder(a, b, tmp_path)
    return a, b


def test_a_file_written_on_one_side_arrives_on_the_other(pair):
    a, b = pair
    (a.folder / "hello.jsonl").write_text('{"n": 1}\n')  # the watcher (1 s) sees it
    b.wait_received("hello.jsonl")
    assert (b.folder / "hello.jsonl").read_text() == '{"n": 1}\n'
    # Appended on the other side and sent back: both hold the longer file.
    with open(b.folder / "hello.jsonl", "a") as f:
        f.write('{"n": 2}\n')
    a.wait_received("hello.jsonl")
    assert (a.folder / "hello.jsonl").read_text() == '{"n": 1}\n{"n": 2}\n'
    wait_in_step(a, b)
    assert a.status()["globalFiles"] == b.status()["globalFiles"] == 1


def test_a_file_written_while_the_other_side_is_stopped_arrives_after_it_starts(pair):
    a, b = pair
    b.stop()
    (a.folder / "later.jsonl").write_text("while b was away\n")
    a.scan("later.jsonl")  # (test 1 shows the watcher; here it would add a second)
    a.wait_event(lambda e: e["type"] == "LocalIndexUpdated" and e["data"]["folder"] == a.folder_id
                 and "later.jsonl" in e["data"].get("filenames", []))
    assert not (b.folder / "later.jsonl").exists()
    b.start()
    b.wait_received("later.jsonl")
    assert (b.folder / "later.jsonl").read_text() == "while b was away\n"
    wait_in_step(a, b)


def test_a_transfer_cut_by_a_crash_is_finished_after_the_restart(pair):
    a, b = pair
    b.throttle(256)  # KiB/s: a 2 MiB file takes seconds, so the crash falls inside it
    payload = bytes(range(256)) * 8192
    (a.folder / "big.bin").write_bytes(payload)
    a.scan("big.bin")
    progress = b.wait_downloading("big.bin")
    b.stop(kill=True)
    assert not (b.folder / "big.bin").exists()  # only Syncthing's own temporary file, partial
    assert 0 < (b.folder / ".syncthing.big.bin.tmp").stat().st_size, progress
    b.start()
    b.throttle(0)
    b.wait_received("big.bin")
    assert (b.folder / "big.bin").read_bytes() == payload
    wait_in_step(a, b)
