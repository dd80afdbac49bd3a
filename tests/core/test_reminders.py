import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.core.reminders import ReminderBoard, next_active_start
from companion.core.schedule import fire_times
from companion.core.settings import Settings
from companion.core.week import Day, Hours, Week
from companion.core.week_clock import is_active

TZ = ZoneInfo("Europe/London")


def at(d, hh, mm=0):
    return datetime(2026, 3, d, hh, mm, tzinfo=TZ)  # 2026-03-02 is a Monday


@pytest.fixture
def board():
    return ReminderBoard(Settings(), TZ, at(2, 8))


def test_first_due_times_of_the_day(board):
    now = at(2, 8)
    assert board.next_due("hydration", now) == at(2, 10)
    assert board.next_due("stretch", now) == at(2, 9, 45)
    assert board.next_due("breathing", now) == at(2, 11)
    assert board.next_wake(now) == at(2, 9, 45)


def test_wake_on_time_shows_one_prompt_and_moves_on(board):
    w = board.wake("hydration", at(2, 10))
    assert w.show and w.missed == []
    assert board.next_due("hydration", at(2, 10)) == at(2, 11)
    again = board.wake("hydration", at(2, 10))
    assert not again.show  # nothing fires twice


def test_snooze_asks_again_after_the_chosen_minutes(board):
    board.wake("hydration", at(2, 10))
    board.snooze("hydration", at(2, 10), 15)
    assert board.next_due("hydration", at(2, 10)) == at(2, 10, 15)
    assert board.wake("hydration", at(2, 10, 15)).show
    assert board.next_due("hydration", at(2, 10, 15)) == at(2, 11)


def test_skip_with_prompt_open_keeps_the_schedule(board):
    board.wake("stretch", at(2, 9, 45))
    board.skip("stretch", at(2, 9, 46), prompt_open=True)
    assert board.next_due("stretch", at(2, 9, 46)) == at(2, 10, 30)


def test_skip_ahead_drops_the_next_regular_time(board):
    board.skip("hydration", at(2, 9, 30), prompt_open=False)
    assert board.next_due("hydration", at(2, 9, 30)) == at(2, 11)


def test_finished_stretch_session_restarts_the_interval(board):
    board.restart_interval("stretch", at(2, 10, 10))
    assert board.next_due("stretch", at(2, 10, 10)) == at(2, 10, 55)
    assert not board.wake("stretch", at(2, 10, 30)).show  # old 10:30 slot is gone


def test_pause_for_an_hour_then_automatic_resume(board):
    now = at(2, 9, 30)
    board.pause(now, now + timedelta(hours=1))
    assert board.is_paused(at(2, 10))
    assert board.next_due("hydration", now) == at(2, 11)  # 10:00 falls inside the pause
    assert board.next_wake(now) == at(2, 10, 30)          # wakes to end the pause
    nothing = board.wake_all(at(2, 10, 30))
    assert nothing == []  # times inside a pause are neither shown nor missed
    assert not board.is_paused(at(2, 10, 30))
    assert board.next_due("stretch", at(2, 10, 30)) == at(2, 11, 15)


def test_pause_indefinitely_and_resume_now(board):
    board.pause(at(2, 9), None)
    assert board.next_wake(at(2, 9)) is None
    assert board.wake_all(at(2, 14)) == []
    board.resume(at(2, 14))
    assert board.next_due("hydration", at(2, 14)) == at(2, 15)
    assert board.wake_all(at(2, 14)) == []  # no burst of what the pause covered


def test_resume_after_suspend_gives_one_catch_up_per_kind(board):
    # Laptop lid closed at 09:50, opened at 13:20.
    wakes = {w.kind: w for w in board.wake_all(at(2, 13, 20))}
    assert set(wakes) == {"hydration", "stretch", "breathing"}
    assert all(w.show for w in wakes.values())
    assert wakes["hydration"].missed == [at(2, 10), at(2, 11), at(2, 12)]
    assert wakes["hydration"].covers == at(2, 13)  # the latest is the one shown now
    assert wakes["breathing"].missed == [] and wakes["breathing"].covers == at(2, 11)
    assert board.next_due("hydration", at(2, 13, 20)) == at(2, 14)


def test_catch_up_outside_active_hours_records_missed_only(board):
    wakes = board.wake_all(at(2, 19))  # opened the laptop in the evening
    assert wakes and not any(w.show for w in wakes)
    hydration = next(w for w in wakes if w.kind == "hydration")
    assert len(hydration.missed) == 8


def test_clock_set_back_does_not_repeat_prompts(board):
    assert board.wake("hydration", at(2, 11)).show
    assert not board.wake("hydration", at(2, 10, 1)).show  # clock went back an hour
    assert board.next_due("hydration", at(2, 10, 1)) == at(2, 12)


def test_settings_change_takes_effect_from_now(board):
    s = Settings()
    board.update_settings(s.with_plan("hydration", s.hydration.__class__(interval_minutes=30)),
                          at(2, 12, 10))
    assert board.wake("hydration", at(2, 12, 10)).missed == []
    assert board.next_due("hydration", at(2, 12, 10)) == at(2, 12, 30)


def test_after_sleeping_through_lunch_the_morning_is_missed_not_asked():
    board = ReminderBoard(Settings(week=LUNCH_WEEK), TZ, at(2, 8))
    w = board.wake("stretch", at(2, 13, 10))  # asleep from 08:00 until after lunch
    assert not w.show
    assert w.missed == [at(2, 9, 15), at(2, 10), at(2, 10, 45), at(2, 11, 30)]
    assert board.next_due("stretch", at(2, 13, 10)) == at(2, 13, 45)
    # Asleep from 10:00 to 11:40: the 11:30 stretch, in the hours under way, is caught up.
    board = ReminderBoard(Settings(week=LUNCH_WEEK), TZ, at(2, 10))
    w = board.wake("stretch", at(2, 11, 40))
    assert w.show and w.covers == at(2, 11, 30) and w.missed == [at(2, 10, 45)]


def test_a_snooze_that_ends_over_lunch_is_not_asked_after_it():
    board = ReminderBoard(Settings(week=LUNCH_WEEK), TZ, at(2, 11, 30))
    board.wake("stretch", at(2, 11, 30))
    board.snooze("stretch", at(2, 11, 55), 10)
    assert not board.wake("stretch", at(2, 13, 1)).show


def test_next_active_start_skips_the_weekend():
    assert next_active_start(Settings(), at(6, 17), TZ) == at(9, 9)


LUNCH_WEEK = Week(tuple([Day(True, (Hours(510, 720), Hours(780, 1050)))] * 5
                        + [Day(False, ())] * 2))  # 08:30-12:00 and 13:00-17:30, Mon-Fri


@pytest.mark.parametrize("settings", [Settings(), Settings(week=LUNCH_WEEK)],
                         ids=["one range", "two ranges"])
def test_thirty_days_of_random_life(settings):
    """A month of pauses, snoozes, skips, suspends and clock jumps, with invariants."""
    rng = random.Random(20261122)
    start = at(2, 7)
    board = ReminderBoard(settings, TZ, start)
    now = start
    end = start + timedelta(days=30)
    shown: list[tuple[str, datetime]] = []
    accounted: set[tuple[str, datetime]] = set()
    paused: list[tuple[datetime, datetime]] = []
    while now < end:
        wake_at = board.next_wake(now) or now + timedelta(hours=6)
        roll = rng.random()
        if roll < 0.05:
            wake_at += timedelta(hours=rng.uniform(0.5, 14))  # suspended for a while
        elif roll < 0.07:
            wake_at -= timedelta(minutes=rng.uniform(1, 50))  # wall clock set back
        elif roll < 0.10 and not board.is_paused(now):
            until = now + timedelta(minutes=rng.choice([30, 60, 120]))
            board.pause(now, until)
            paused.append((now, until))
            continue
        now = max(now - timedelta(hours=1), wake_at)
        for w in board.wake_all(now):
            for t in w.missed:
                key = (w.kind, t)
                assert key not in accounted, "a time was handled twice"
                accounted.add(key)
            if w.show:
                assert is_active(settings.week_for(w.kind), now, TZ), "prompt outside working hours"
                shown.append((w.kind, now))
                if w.covers is not None:
                    assert (w.kind, w.covers) not in accounted, "a time was shown twice"
                    accounted.add((w.kind, w.covers))
                answer = rng.random()
                if answer < 0.2:
                    board.snooze(w.kind, now, rng.choice([5, 10, 15, 30]))
                elif answer < 0.3:
                    board.skip(w.kind, now, prompt_open=True)
                elif answer < 0.4 and w.kind == "stretch":
                    board.restart_interval("stretch", now)
    # No duplicates: the same kind is never shown twice at the same moment.
    assert len(shown) == len(set(shown))
    # Every regular time of the month was shown or recorded missed, unless a pause
    # covered it. (Stretch times move when a session restarts the interval, so only
    # the kinds with a fixed grid are checked time by time.)
    for kind in ("hydration", "breathing"):
        for t in fire_times(settings.plan(kind), settings.week, start, end - timedelta(days=1), TZ):
            in_pause = any(a <= t <= b for a, b in paused)
            assert in_pause or (kind, t) in accounted, (kind, t)
    assert len(shown) > 300


# -- the clock set back, or a new time zone, under a running board ---------------------
NEW_YORK = ZoneInfo("America/New_York")


def test_clock_set_back_keeps_interval_reminders_on_pace(board):
    # At 12:00 everything is settled; at 12:05 the clock is set back two hours.
    board.wake_all(at(2, 12))
    assert board.next_due("hydration", at(2, 12)) == at(2, 13)
    board.clock_set_back(at(2, 10, 5), timedelta(hours=2))
    # Water and stretch come when they would have without the change (13:00 and 12:45
    # on the old clock), not after two hours of silence while the clock catches up.
    assert board.next_due("hydration", at(2, 10, 5)) == at(2, 11)
    assert board.next_due("stretch", at(2, 10, 5)) == at(2, 10, 45)
    # A fixed time still ahead on the clock comes, although it came on the old one.
    assert board.next_due("breathing", at(2, 10, 5)) == at(2, 11)
    assert board.next_wake(at(2, 10, 5)) == at(2, 10, 45)
    assert board.wake_all(at(2, 10, 6)) == []  # nothing is due, nothing counted missed
    assert [w.kind for w in board.wake_all(at(2, 10, 45))] == ["stretch"]
    shown = {w.kind for w in board.wake_all(at(2, 11))}
    assert shown == {"hydration", "breathing"}  # and then the pace goes on as before
    assert board.next_due("hydration", at(2, 11)) == at(2, 12)
    assert board.next_due("stretch", at(2, 11)) == at(2, 11, 30)


def test_a_small_set_back_never_repeats_the_prompt_just_shown(board):
    assert board.wake("hydration", at(2, 10)).show
    board.clock_set_back(at(2, 9, 57), timedelta(minutes=3, seconds=30))
    assert board.next_due("hydration", at(2, 9, 57)) == at(2, 10, 57) - timedelta(seconds=30)
    assert not board.wake("hydration", at(2, 10)).show


def test_a_snooze_still_ends_after_its_minutes_and_a_pause_at_its_time(board):
    board.wake_all(at(2, 12))
    board.snooze("hydration", at(2, 12), 10)  # back at 12:10, ten minutes from now
    board.clock_set_back(at(2, 10, 2), timedelta(hours=2, minutes=-2))
    assert board.next_due("hydration", at(2, 10, 2)) == at(2, 10, 12)
    board.pause(at(2, 10, 3), at(2, 13))
    board.clock_set_back(at(2, 9, 3), timedelta(hours=1))
    assert board.is_paused(at(2, 12, 59)) and not board.is_paused(at(2, 13))


def test_a_clock_set_back_into_the_night_waits_for_active_hours(board):
    board.wake_all(at(2, 12))
    board.clock_set_back(at(2, 5), timedelta(hours=7))
    assert board.next_due("hydration", at(2, 5)) == at(2, 10)  # 09:00 start + one interval
    assert board.next_due("breathing", at(2, 5)) == at(2, 11)


def test_a_new_zone_moves_fixed_times_to_its_clock(board):
    # 10:30 in London (05:30 in New York): the 11:00 breathing is an hour away.
    board.wake_all(at(2, 10, 30))
    board.change_zone(NEW_YORK, at(2, 10, 30))
    assert board.next_due("breathing", at(2, 10, 30)) == datetime(2026, 3, 2, 11, tzinfo=NEW_YORK)
    assert board.next_due("hydration", at(2, 10, 30)) == datetime(2026, 3, 2, 10, tzinfo=NEW_YORK)
    assert board.wake_all(at(2, 10, 31)) == []  # nothing in the new zone counts as missed


def test_a_new_zone_behind_brings_its_fixed_times_again(board):
    board.wake_all(at(2, 12))  # the 11:00 breathing came, in London
    board.change_zone(NEW_YORK, at(2, 12))  # 07:00 in New York
    assert board.next_due("breathing", at(2, 12)) == datetime(2026, 3, 2, 11, tzinfo=NEW_YORK)


def test_a_new_zone_ahead_does_not_count_its_past_as_missed():
    board = ReminderBoard(Settings(), NEW_YORK, datetime(2026, 3, 2, 9, tzinfo=NEW_YORK))
    now = datetime(2026, 3, 2, 10, 30, tzinfo=NEW_YORK)  # 15:30 in London
    board.change_zone(TZ, now)
    wakes = board.wake_all(now + timedelta(minutes=1))
    assert wakes == []  # London's 11:00 and 15:30 passed before it was the zone
    assert board.next_due("hydration", now) == at(2, 16)


def test_a_stretch_taken_on_another_machine_counts_from_when_it_was_taken(board):
    # Taken at 9:40 elsewhere, its journal arrives at 9:44: no stretch prompt at 9:45.
    assert board.taken_elsewhere("stretch", at(2, 9, 40), at(2, 9, 44))
    assert board.next_due("stretch", at(2, 9, 44)) == at(2, 10, 25)
    assert not board.wake("stretch", at(2, 9, 45)).show
    # An older one, or one from a clock that is ahead, never moves it back or past now.
    assert not board.taken_elsewhere("stretch", at(2, 9, 30), at(2, 9, 50))
    assert board.taken_elsewhere("stretch", at(2, 12), at(2, 9, 50))
    assert board.next_due("stretch", at(2, 9, 50)) == at(2, 10, 35)
    # A break longer ago than an interval says nothing about the next one.
    assert not board.taken_elsewhere("hydration", at(2, 8, 50), at(2, 9, 55))
