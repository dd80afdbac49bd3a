"""The week at a glance: seven days of water and breaks, today last."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from companion.core.clock import FakeClock
from companion.core.history import History
from companion.core.history_week import week_glance

TZ = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 4, 10, 20, tzinfo=TZ)  # a Wednesday


def test_seven_days_with_glasses_and_breaks_today_last(tmp_path):
    history = History(tmp_path / "h.db", FakeClock(NOW))
    for days_ago, hour in ((0, 9), (0, 10), (2, 15), (6, 8), (7, 8)):  # the 7th day back is out
        history.record("water_logged", {"ml": 250}, at=NOW.replace(hour=hour) - timedelta(days=days_ago))
    undone = history.record("water_logged", {"ml": 250}, at=NOW - timedelta(days=1))
    history.record("water_undone", {"event": undone.id}, at=NOW - timedelta(days=1))
    session = {"routine": "hand-wrist", "steps_total": 12, "seconds": 45, "completed": False}
    history.record("stretch_session", {**session, "steps_done": 3}, at=NOW - timedelta(days=2))
    history.record("stretch_session", {**session, "steps_done": 0}, at=NOW)  # not a break
    back = NOW - timedelta(hours=1)
    history.record("natural_break", {"start": (back - timedelta(minutes=30)).isoformat(),
                                     "end": back.isoformat(), "minutes": 30}, at=back)
    week = week_glance(history, NOW, TZ)
    assert [d.name for d in week] == ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Today"]
    assert [d.glasses for d in week] == [1, 0, 0, 0, 1, 0, 2]
    assert [d.breaks for d in week] == [0, 0, 0, 0, 1, 0, 1]
    assert week[-1].words == "2 glasses, 1 break" and week[0].words == "1 glass, 0 breaks"
    history.close()
