"""The settings model: safe defaults, and a change made on top of a hand edit."""

from dataclasses import replace
from datetime import time

from companion.core.settings import ReminderPlan, Settings, rebase

IN_USE = Settings(snooze_minutes=15, water_goal_glasses=6,
                  stretch=ReminderPlan(interval_minutes=30, start=time(8), end=time(16)))


def test_defaults_match_the_product_description():
    d = Settings()
    assert d.hydration.interval_minutes == 60 and d.hydration.mode == "interval"
    assert d.stretch.interval_minutes == 45
    assert d.breathing.mode == "times" and d.breathing.times == (time(11), time(15, 30))
    assert (d.hydration.start, d.hydration.end) == (time(9), time(18))
    assert d.hydration.days == (0, 1, 2, 3, 4)
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


def test_active_hours_are_taken_whole_so_they_never_end_before_they_start():
    edit = replace(IN_USE, stretch=replace(IN_USE.stretch, start=time(6), end=time(8)))
    app = replace(IN_USE, stretch=replace(IN_USE.stretch, start=time(10)))  # 10:00-16:00
    got = rebase(IN_USE, app, edit)
    assert (got.stretch.start, got.stretch.end) == (time(10), time(16))

