from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from companion.core.history import History
from companion.core.today import log_glass, summarize, undo_last_glass

TZ = ZoneInfo("America/New_York")


def test_counts_only_todays_glasses_in_local_time(tmp_path):
    h = History(tmp_path / "h.db")
    late_yesterday = datetime(2026, 6, 1, 23, 30, tzinfo=TZ)
    morning = datetime(2026, 6, 2, 8, 0, tzinfo=TZ)
    log_glass(h, 250, late_yesterday, "tray")
    for i in range(3):
        log_glass(h, 250, morning + timedelta(hours=i), "tray")
    h.record("stretch_session", {"completed": True, "steps_done": 4}, at=morning)
    h.record("stretch_session", {"completed": False, "steps_done": 0}, at=morning)  # not a break
    day = summarize(h, morning + timedelta(hours=5), TZ, goal_glasses=8)
    assert (day.glasses, day.ml, day.goal_glasses, day.breaks) == (3, 750, 8, 1)


def test_undo_takes_back_the_last_glass_only(tmp_path):
    h = History(tmp_path / "h.db")
    t = datetime(2026, 6, 2, 10, 0, tzinfo=TZ)
    first, _ = log_glass(h, 250, t, "tray")
    second, _ = log_glass(h, 300, t + timedelta(minutes=30), "prompt")
    undone = undo_last_glass(h, t + timedelta(minutes=31), TZ)
    assert undone.id == second.id
    day = summarize(h, t + timedelta(hours=1), TZ, 8)
    assert (day.glasses, day.ml) == (1, 250)
    assert undo_last_glass(h, t + timedelta(minutes=32), TZ).id == first.id
    assert undo_last_glass(h, t + timedelta(minutes=33), TZ) is None
    assert h.count("water_logged") == 2  # nothing recorded is deleted


def test_caution_after_more_than_a_litre_within_an_hour(tmp_path):
    h = History(tmp_path / "h.db")
    t = datetime(2026, 6, 2, 10, 0, tzinfo=UTC)
    cautions = [log_glass(h, 250, t + timedelta(minutes=10 * i), "tray")[1] for i in range(5)]
    assert cautions[:4] == [None] * 4          # exactly one litre: no caution yet
    assert cautions[4] and "litre" in cautions[4]
    # Spread over the day, the same amount raises nothing.
    h2 = History(tmp_path / "h2.db")
    spread = [log_glass(h2, 250, t + timedelta(hours=i), "tray")[1] for i in range(6)]
    assert spread == [None] * 6


def _break(h, start, minutes, cause="idle"):
    end = start + timedelta(minutes=minutes)
    h.record("natural_break", {"start": start.isoformat(), "end": end.isoformat(),
                               "minutes": minutes, "cause": cause}, at=end)


def test_natural_breaks_today_are_counted_with_their_length(tmp_path):
    from companion.core.today import natural_breaks_line
    h = History(tmp_path / "h.db")
    _break(h, datetime(2026, 6, 1, 22, 0, tzinfo=TZ), 30)    # yesterday: not counted
    _break(h, datetime(2026, 6, 2, 10, 0, tzinfo=TZ), 25)
    _break(h, datetime(2026, 6, 2, 12, 0, tzinfo=TZ), 45.4, "locked")
    day = summarize(h, datetime(2026, 6, 2, 15, 0, tzinfo=TZ), TZ, 8)
    assert (day.natural_breaks, day.natural_break_minutes) == (2, 70.4)
    assert natural_breaks_line(day) == "Natural breaks: 2 (1 h 10 min)"
    empty = summarize(h, datetime(2026, 6, 3, 15, 0, tzinfo=TZ), TZ, 8)
    assert empty.natural_breaks == 0 and natural_breaks_line(empty) is None


def test_the_tooltip_says_why_a_prompt_is_held_instead_of_its_time():
    from companion.core.today import DaySummary, status_lines
    now = datetime(2026, 6, 2, 10, 0, tzinfo=TZ)
    day = DaySummary(2, 500, 8, 0, 0)
    nexts = {"hydration": now + timedelta(minutes=30), "stretch": now, "breathing": None}
    lines = status_lines(day, nexts, False, now, TZ, held={"stretch": "in a call"})
    assert lines[1:] == ["Stretch break: held: in a call", "Water: 10:30", "Breathing: off"]
    assert status_lines(day, nexts, False, now, TZ)[1] == "Stretch break: 10:00"


def test_the_next_reminders_come_in_the_order_they_are_due():
    """Not in a fixed kind order: what comes first is read first; off ones last; a prompt
    held for the person is due already, so it leads; on a tie, the usual kind order."""
    from companion.core.today import coming_up
    now = datetime(2026, 6, 2, 10, 0, tzinfo=TZ)
    nexts = {"hydration": now + timedelta(minutes=45), "stretch": None,
             "breathing": now + timedelta(minutes=5)}
    assert [kind for kind, _ in coming_up(nexts)] == ["breathing", "hydration", "stretch"]
    assert coming_up(nexts)[0] == ("breathing", now + timedelta(minutes=5))
    assert [kind for kind, _ in coming_up(nexts, held={"hydration": "away"})] == [
        "hydration", "breathing", "stretch"]
    same = {"hydration": now, "stretch": now, "breathing": now}
    assert [kind for kind, _ in coming_up(same)] == ["hydration", "stretch", "breathing"]
    assert coming_up({}) == []


def test_undo_is_offered_exactly_when_todays_count_has_a_glass_to_take_back(tmp_path):
    h = History(tmp_path / "h.db")
    t = datetime(2026, 6, 2, 23, 0, tzinfo=TZ)
    assert not summarize(h, t, TZ, 8).can_undo
    log_glass(h, 250, t, "tray")
    assert summarize(h, t, TZ, 8).can_undo
    assert not summarize(h, t + timedelta(hours=2), TZ, 8).can_undo  # a new day
    assert undo_last_glass(h, t + timedelta(hours=2), TZ) is None     # agrees
    undo_last_glass(h, t + timedelta(minutes=1), TZ)
    assert not summarize(h, t + timedelta(minutes=1), TZ, 8).can_undo


def test_the_tooltip_says_a_pause_for_a_call_ends_with_the_call_and_when_at_the_latest():
    from companion.core.today import DaySummary, status_lines
    now = datetime(2026, 6, 2, 10, 0, tzinfo=TZ)
    day = DaySummary(2, 500, 8, 0, 0)
    until = now + timedelta(hours=2)
    assert status_lines(day, {}, until, now, TZ, for_call=True)[1] == \
        "Paused until the call ends (12:00 at the latest)"
    assert status_lines(day, {}, until, now, TZ)[1] == "Paused until 12:00"
    assert status_lines(day, {}, None, now, TZ)[1] == "Paused"
