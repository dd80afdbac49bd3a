"""Following the system's time zone: a real folder watch, a zone file swapped as tools do."""

from __future__ import annotations

import time
from zoneinfo import ZoneInfo

import pytest
from zone_helpers import point, zone_link  # noqa: F401  (a fixture)

from companion.services.zone_watch import ZoneWatch, system_zone, zone_folder


@pytest.fixture
def watch(qtbot):
    made = []

    def make(**kwargs):
        w = ZoneWatch(system_zone(), **kwargs)
        w.start()
        made.append(w)
        return w

    yield make
    for w in made:
        w.stop()


def test_the_folder_to_watch_follows_where_the_zone_comes_from():
    assert zone_folder({}) == "/etc"
    assert zone_folder({"TZ": ":/home/me/zone/localtime"}) == "/home/me/zone"
    assert zone_folder({"TZ": "/home/me/zone/localtime"}) == "/home/me/zone"
    assert zone_folder({"TZ": "Europe/Berlin"}) is None  # fixed for this process


def test_a_zone_swapped_under_the_running_watch_is_followed(zone_link, watch, qtbot):  # noqa: F811
    w = watch()
    assert w.watching and w.current.key == "Europe/Berlin"
    with qtbot.waitSignal(w.changed, timeout=5000) as got:
        point(zone_link, "America/New_York")
    assert got.args[0].key == "America/New_York" and w.current is got.args[0]
    assert time.strftime("%Z") in ("EST", "EDT")  # the C library's local time follows too


def test_other_changes_in_the_folder_keep_the_zone(zone_link, watch, qtbot):  # noqa: F811
    reads = []

    def load():
        reads.append(system_zone())
        return reads[-1]

    w = watch(load=load)
    changes = []
    w.changed.connect(changes.append)
    (zone_link.parent / "something-else").write_text("x")
    qtbot.waitUntil(lambda: len(reads) == 1, timeout=5000)  # read again, and found the same
    point(zone_link, "Europe/Berlin")  # replaced by the same zone
    qtbot.waitUntil(lambda: len(reads) == 2, timeout=5000)
    assert changes == [] and w.current.key == "Europe/Berlin"


def test_a_damaged_zone_file_keeps_the_zone_in_use(zone_link, watch, qtbot):  # noqa: F811
    w = watch()
    zone_link.unlink()
    zone_link.write_bytes(b"not a zone file")
    w.check()
    assert w.current.key == "Europe/Berlin"


def test_a_zone_named_in_tz_is_not_watched(monkeypatch, qtbot):
    monkeypatch.setenv("TZ", "Europe/Berlin")  # the environment cannot change under us
    w = ZoneWatch(ZoneInfo("Europe/Berlin"))
    w.start()
    assert w.folder is None and not w.watching
    w.stop()
