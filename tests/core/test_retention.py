"""How long history is kept: everything by default; a chosen age removes exactly what it said."""

import sqlite3
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.core import retention
from companion.core import settings_schema as schema
from companion.core.clock import FakeClock
from companion.core.history import History
from companion.core.settings import Settings

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 4, 15, 0, tzinfo=TZ)


def test_nothing_is_removed_by_default():
    assert Settings().keep_history_days == retention.KEEP_EVERYTHING == 0
    assert retention.cutoff(Settings().keep_history_days, NOW, TZ) is None


def test_the_setting_is_checked_and_a_bad_value_keeps_everything():
    assert schema.from_dict({"keep_history_days": 365}) == (Settings(keep_history_days=365), [])
    for wrong in (5, -1, True, "365", 1e9):
        settings, problems = schema.from_dict({"keep_history_days": wrong})
        assert settings.keep_history_days == 0
        assert problems and problems[0].startswith("keep_history_days should be 0 (keep "
                                                   "everything) or a whole number of days")
    assert schema.to_dict(Settings(keep_history_days=730))["keep_history_days"] == 730


def test_keeping_a_year_keeps_today_and_the_364_days_before_from_local_midnight():
    assert retention.cutoff(365, NOW, TZ) == datetime(2025, 12, 5, 0, 0, tzinfo=TZ)
    # Across a clock change the cut is still at local midnight (summer time here).
    assert retention.cutoff(180, NOW, TZ) == datetime(2026, 6, 8, 0, 0, tzinfo=TZ)
    assert retention.cutoff(180, NOW, TZ).utcoffset() == timedelta(hours=2)


def fill(path) -> History:
    h = History(path, FakeClock(NOW))
    cut = retention.cutoff(365, NOW, TZ)
    for at in (cut - timedelta(days=400), cut - timedelta(microseconds=1), cut,
               cut + timedelta(hours=5), NOW - timedelta(hours=1)):
        h.record("water_logged", {"ml": 250}, at=at)
    return h


def test_removing_takes_exactly_the_entries_the_confirmation_counted(tmp_path):
    h = fill(tmp_path / "h.db")
    cut = retention.cutoff(365, NOW, TZ)
    count = h.count_before(cut)
    assert count == 2
    assert retention.confirmation(count, 365, NOW, TZ) == (
        "This removes 2 entries from before 5 December 2025 for good, and from then on "
        "entries older than 1 year. Export a backup first if you may want them later.")
    assert retention.apply(h, 365, NOW, TZ) == count
    assert [e.at for e in h.events()] == [cut, cut + timedelta(hours=5), NOW - timedelta(hours=1)]
    assert retention.apply(h, 365, NOW, TZ) == 0  # nothing more, the next time
    assert retention.apply(h, retention.KEEP_EVERYTHING, NOW + timedelta(days=900), TZ) == 0
    assert len(h.events()) == 3


def test_a_damaged_time_is_never_removed_for_what_it_sorts_as(tmp_path):
    h = fill(tmp_path / "h.db")
    h.close()
    with sqlite3.connect(tmp_path / "h.db") as db:
        db.executemany("INSERT INTO events(id, at, kind, data) VALUES (?, ?, 'water_logged', '{}')",
                       [("number", 12), ("other format", "2020-01-01 10:00")])
    h = History(tmp_path / "h.db", FakeClock(NOW))
    assert h.count_before(retention.cutoff(365, NOW, TZ)) == 2
    assert retention.apply(h, 365, NOW, TZ) == 2
    h.close()
    with sqlite3.connect(tmp_path / "h.db") as db:
        left = {row[0] for row in db.execute("SELECT id FROM events")}
    assert {"number", "other format"} <= left and len(left) == 5


def test_the_confirmation_when_nothing_is_old_enough_yet():
    assert retention.confirmation(0, 90, NOW, TZ).startswith(
        "Companion will keep 3 months of history. Nothing is older than 6 September 2026 yet")


@pytest.mark.parametrize("days, label", [(365, "1 year"), (1825, "5 years"), (400, "400 days")])
def test_ages_in_words(days, label):
    assert retention.label(days) == label
