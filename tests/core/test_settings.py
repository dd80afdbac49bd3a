"""The settings model: safe defaults, and a change made on top of a hand edit."""

from dataclasses import replace
from datetime import time

from companion.core.settings import ReminderPlan, Settings, rebase
from companion.core.week import Day, Hours, uniform_week

EIGHT_TO_FOUR = uniform_week([Hours(480, 960)], range(5))
IN_USE = Settings(snooze_minutes=15, water_goal_glasses=6,
                  stretch=ReminderPlan(interval_minutes=30, week=EIGHT_TO_FOUR))


def test_defaults_match_the_product_description():
    d = Settings()
    assert d.hydration.interval_minutes == 60 and d.hydration.mode == "interval"
    assert d.stretch.interval_minutes == 45
    assert d.breathing.mode == "times" and d.breathing.times == (time(11), time(15, 30))
    # One week for every kind: Monday to Friday, 09:00-18:00.
    assert all(d.plan(kind).week is None for kind in ("hydration", "stretch", "breathing"))
    assert d.week_for("breathing") == d.week == uniform_week([Hours(540, 1080)], range(5))
    assert (d.water_goal_glasses, d.glass_ml, d.snooze_minutes) == (8, 250, 10)




def test_the_apps_change_goes_on_top_of_a_hand_edit():
    in_use = replace(IN_USE, hydration=replace(IN_USE.hydration, enabled=False))
    edit = replace(in_use, glass_ml=300, hydration=replace(in_use.hydration,
                                                          interval_minutes=90))
    # The app turns water reminders on and notes the tray hint, from what it had in use.
    app = replace(in_use, tray_hint_shown=True,
                  hydration=replace(in_use.hydration, enabled=True))
    got = rebase(in_use, app, edit)
    assert got.tray_hint_shown and got.hydration.enabled
    assert got.glass_ml == 300 and got.hydration.interval_minutes == 90  # the edit stays


def test_a_week_is_taken_whole_so_a_day_is_never_half_of_each():
    early = uniform_week([Hours(360, 480)], range(5))
    edit = replace(IN_USE, stretch=replace(IN_USE.stretch, week=early),
                   week=IN_USE.week.with_day(5, Day(True, (Hours(600, 720),))))
    app = replace(IN_USE, stretch=replace(IN_USE.stretch, week=None))  # back to the shared week
    got = rebase(IN_USE, app, edit)
    assert got.stretch.week is None
    assert got.week.days[5].on  # the edit's Saturday stays: the app did not touch the week

