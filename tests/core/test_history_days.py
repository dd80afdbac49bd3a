"""The history as days: grouped by local day, and read a page of whole days at a time."""

from datetime import UTC, datetime, timedelta

from history_helpers import FILTER, NOW, PERIOD, TZ, local

from companion.core.history import Event, History
from companion.core.history_days import group_days, read_page


def test_days_come_newest_first_with_their_entries_newest_first():
    events = [Event("water_logged", local(30, 10, 5, month=11), {"ml": 250}),
              Event("water_logged", local(2, 9, 5), {"ml": 250}),
              Event("reminder_skipped", local(2, 11, 0), {"kind": "stretch"}),
              Event("water_logged", local(1, 23, 59), {"ml": 200})]
    days = group_days(events, FILTER["activity"], NOW, TZ)
    assert [d.title for d in days] == ["Today", "Yesterday", "Monday 30 November"]
    assert [(e.time, e.text) for e in days[0].entries] == [
        ("11:00", "Stretch reminder skipped"), ("09:05", "Drank a glass of water (250 ml)")]
    assert [e.time for e in days[1].entries] == ["23:59"]


def test_days_are_local_days_across_a_clock_change():
    # 25 October 2026: Berlin goes back from UTC+2 to UTC+1 at 03:00.
    before = Event("water_logged", datetime(2026, 10, 24, 22, 30, tzinfo=UTC), {})  # 00:30 on the 25th
    after = Event("water_logged", datetime(2026, 10, 25, 22, 30, tzinfo=UTC), {})   # 23:30 on the 25th
    days = group_days([before, after], FILTER["activity"], datetime(2026, 10, 27, tzinfo=TZ), TZ)
    assert [(d.title, len(d.entries)) for d in days] == [("Sunday 25 October", 2)]
    assert [e.time for e in days[0].entries] == ["23:30", "00:30"]


# -- pages -----------------------------------------------------------------------------

def test_pages_hold_whole_days_and_skip_what_is_empty(tmp_path):
    h = History(tmp_path / "h.db")
    for day in range(1, 41):  # 40 days of one glass at 23:30, then a quiet summer
        h.record("water_logged", {"ml": 250}, at=datetime(2026, 10, 23, 23, 30, tzinfo=TZ) + timedelta(days=day))
    h.record("water_logged", {"ml": 250}, at=datetime(2026, 6, 1, 0, 5, tzinfo=TZ))
    first = read_page(h, FILTER["activity"], TZ, days=30)
    assert len(first.events) == 30 and first.older == datetime(2026, 11, 3, tzinfo=TZ)
    second = read_page(h, FILTER["activity"], TZ, until=first.older, days=30)
    assert len(second.events) == 10
    third = read_page(h, FILTER["activity"], TZ, until=second.older, days=30)
    assert [e.at for e in third.events] == [datetime(2026, 6, 1, 0, 5, tzinfo=TZ)]
    assert read_page(h, FILTER["activity"], TZ, until=third.older, days=30).events == []


def test_a_page_ends_on_the_newest_day_the_filter_shows_and_holds_all_of_it(tmp_path):
    h = History(tmp_path / "h.db")
    h.record("water_logged", {"ml": 250}, at=local(2, 9))
    h.record("twitch_logged", {"entry_id": "a", "area": "palm", "side": "left", "duration": "seconds",
                               "strength": "faint", "occurred_at": "2026-11-20T09:00:00+01:00"},
             at=local(20, 9, month=11))
    h.record("water_logged", {"ml": 250}, at=local(20, 8, month=11))
    page = read_page(h, FILTER["diary"], TZ, days=1)
    assert [e.kind for e in page.events] == ["twitch_logged", "water_logged"]  # the whole day


def test_a_page_stops_where_the_period_starts(tmp_path):
    h = History(tmp_path / "h.db")
    h.record("water_logged", {"ml": 250}, at=local(2, 9))
    h.record("water_logged", {"ml": 250}, at=local(25, 9, month=11))
    page = read_page(h, FILTER["activity"], TZ, since=PERIOD["week"].since(NOW, TZ))
    assert len(page.events) == 1 and page.older is None
