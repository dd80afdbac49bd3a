from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from companion.core.schedule import fire_times, next_fire
from companion.core.settings import ReminderPlan, Settings
from companion.core.week import Hours, default_week, uniform_week
from companion.core.week_clock import is_active

BERLIN = ZoneInfo("Europe/Berlin")
UTC = UTC
WEEK = default_week()  # Mon-Fri 09:00-18:00


def local(y, m, d, hh, mm=0, tz=BERLIN):
    return datetime(y, m, d, hh, mm, tzinfo=tz)


def hhmm(times, tz=BERLIN):
    return [t.astimezone(tz).strftime("%a %H:%M") for t in times]


def test_hydration_fires_hourly_inside_active_hours_only():
    plan = Settings().hydration  # every 60 min, 09-18, Mon-Fri
    got = fire_times(plan, WEEK, local(2026, 3, 2, 0), local(2026, 3, 3, 0), BERLIN)  # a Monday
    assert hhmm(got) == [f"Mon {h:02d}:00" for h in range(10, 18)]


def test_stretch_every_45_minutes():
    got = fire_times(Settings().stretch, WEEK, local(2026, 3, 2, 0), local(2026, 3, 2, 12), BERLIN)
    assert hhmm(got) == ["Mon 09:45", "Mon 10:30", "Mon 11:15", "Mon 12:00"]


def test_breathing_fixed_times_and_never_on_weekend():
    got = fire_times(Settings().breathing, WEEK, local(2026, 3, 6, 0), local(2026, 3, 10, 0), BERLIN)
    assert hhmm(got) == ["Fri 11:00", "Fri 15:30", "Mon 11:00", "Mon 15:30"]


def test_fixed_time_outside_active_hours_never_fires():
    plan = ReminderPlan(mode="times", times=(time(8, 0), time(12, 0), time(19, 0)))
    got = fire_times(plan, WEEK, local(2026, 3, 2, 0), local(2026, 3, 3, 0), BERLIN)
    assert hhmm(got) == ["Mon 12:00"]


def test_disabled_plan_never_fires():
    plan = ReminderPlan(enabled=False)
    assert fire_times(plan, WEEK, local(2026, 3, 2, 0), local(2026, 3, 9, 0), BERLIN) == []
    assert next_fire(plan, WEEK, local(2026, 3, 2, 0), BERLIN) is None


def test_anchor_restarts_the_interval():
    plan = Settings().stretch
    anchor = local(2026, 3, 2, 10, 5)  # a stretch session ended at 10:05
    got = fire_times(plan, WEEK, anchor, local(2026, 3, 2, 13), BERLIN, anchor=anchor)
    assert hhmm(got) == ["Mon 10:50", "Mon 11:35", "Mon 12:20"]
    # The next day starts from its own active hours again.
    assert hhmm([next_fire(plan, WEEK, local(2026, 3, 2, 18), BERLIN, anchor=anchor)]) == ["Tue 09:45"]


def test_next_fire_skips_weekend_and_inactive_days():
    after = local(2026, 3, 6, 17, 30)  # Friday evening
    assert hhmm([next_fire(Settings().hydration, WEEK, after, BERLIN)]) == ["Mon 10:00"]


def test_dst_spring_forward_keeps_real_hour_spacing():
    # Europe/Berlin jumps 02:00 -> 03:00 on Sunday 2026-03-29.
    plan, sunday = ReminderPlan(interval_minutes=60), uniform_week([Hours(30, 300)], (6,))
    got = fire_times(plan, sunday, local(2026, 3, 29, 0), local(2026, 3, 29, 6), BERLIN)
    gaps = {b - a for a, b in zip(got, got[1:])}
    assert gaps == {timedelta(hours=1)}
    assert hhmm(got) == ["Sun 01:30", "Sun 03:30", "Sun 04:30"]  # 02:30 does not exist


def test_dst_fall_back_fires_each_real_hour_once():
    # Europe/Berlin repeats 02:00-03:00 on Sunday 2026-10-25.
    plan, sunday = ReminderPlan(interval_minutes=60), uniform_week([Hours(30, 240)], (6,))
    got = fire_times(plan, sunday, local(2026, 10, 25, 0), local(2026, 10, 25, 6), BERLIN)
    assert len(got) == len(set(got)) == 4  # 01:30, 02:30 (CEST), 02:30 (CET), 03:30
    assert {b - a for a, b in zip(got, got[1:])} == {timedelta(hours=1)}


def test_dst_days_keep_fixed_wall_times():
    plan = ReminderPlan(mode="times", times=(time(11, 0),))
    every_day = uniform_week([Hours(540, 1080)], range(7))
    for day in (29, 30):
        [t] = fire_times(plan, every_day, local(2026, 3, day, 0), local(2026, 3, day, 23), BERLIN)
        assert t.astimezone(BERLIN).hour == 11


def test_is_active():
    assert is_active(WEEK, local(2026, 3, 2, 9), BERLIN)
    assert not is_active(WEEK, local(2026, 3, 2, 18), BERLIN)
    assert not is_active(WEEK, local(2026, 3, 7, 12), BERLIN)  # Saturday
