"""What a settings file may hold: each bad value said in the one style of core.checks."""

from datetime import time

import pytest

from companion.core import settings_schema as schema
from companion.core.settings import KINDS, Settings
from companion.core.week import Day, Hours, Week, default_week, uniform_week


@pytest.mark.parametrize(("raw", "said"), [
    ({"glass_ml": 5000}, "glass_ml should be a whole number from 50 to 1000, not 5000; "
                         "using the default"),
    ({"sound_cues": "yes"}, "sound_cues should be true or false, not 'yes'; using the default"),
    ({"hydration": {"mode": "often"}},
     "hydration.mode should be one of interval, times, not 'often'; using the default"),
    ({"breathing": {"times": ["11:00", "25:00"]}},
     "breathing.times should be a list of times like 11:00 ('25:00' is not one); "
     "using the default"),
    ({"week": {"mon": {"hours": ["12:00-08:00"]}}},
     "week.mon.hours should be a list of up to 12 ranges like 08:30-12:00 ('12:00-08:00' "
     "is not one); using the default"),
    ({"week": {"tue": {"on": "yes"}}}, "week.tue.on should be true or false, not 'yes'; "
                                       "using the default"),
    ({"week": ["09:00-17:00"]}, "week should be a table of weekdays (mon to sun), not a list; "
                                "using the default"),
    ({"stretch": {"week": {"sun": 5}}},
     'stretch.week.sun should be a table like {"on": true, "hours": ["09:00-17:00"]}, '
     "not 5; using the default"),
    ({"presence_idle_minutes": 0},
     "presence_idle_minutes should be a whole number from 1 to 60, not 0; using the default"),
    ({"natural_break_minutes": 61},
     "natural_break_minutes should be a whole number from 1 to 60, not 61; using the default"),
    ({"return_delay_minutes": -1},
     "return_delay_minutes should be a whole number from 0 to 30, not -1; using the default"),
    ({"busy_limit_minutes": 4},
     "busy_limit_minutes should be a whole number from 5 to 240, not 4; using the default"),
    ({"watch_calls": "no"}, "watch_calls should be true or false, not 'no'; using the default"),
    ({"watch_dnd": 1}, "watch_dnd should be true or false, not 1; using the default"),
])
def test_a_bad_value_says_what_it_should_be_and_what_it_is(raw, said):
    settings, problems = schema.from_dict(raw)
    assert problems == [said]
    assert settings.week == default_week()
    assert settings.stretch.week in (None, default_week())
    assert settings.glass_ml == Settings().glass_ml and settings.hydration == Settings().hydration


@pytest.mark.parametrize(("old", "said"), [
    ({"stretch": {"days": [0, 7]}}, "stretch.days should be a list of weekday numbers "
                                    "0 (Monday) to 6 (Sunday) (7 is not one); using the default"),
    ({"stretch": {"start": "09:00+02:00"}},
     "stretch.start should be a time like 09:30, without a time zone; using the default"),
    ({"stretch": {"start": "18:00", "end": "08:00"}},
     "stretch: active hours must end after they start; using 09:00-18:00"),
])
def test_a_bad_old_range_is_said_and_becomes_the_default_week(old, said):
    problems = []
    settings, more = schema.from_dict(schema.migrate({"schema_version": 3, **old}, problems))
    assert problems + more == [said]
    assert settings == Settings()


def test_version_3_hours_become_the_shared_week_and_the_odd_one_out_its_own():
    problems = []
    raw = schema.migrate({"schema_version": 3,
                          "hydration": {"start": "08:30", "end": "17:00", "days": [0, 1, 2, 3]},
                          "stretch": {"start": "08:30", "end": "17:00", "days": [3, 2, 1, 0],
                                      "interval_minutes": 30},
                          "breathing": {"start": "10:00", "end": "16:00", "days": [5],
                                        "times": ["11:00"]}}, problems)
    settings, more = schema.from_dict(raw)
    assert problems == more == []
    monday_to_thursday = uniform_week([Hours(510, 1020)], range(4))
    assert settings.week == monday_to_thursday
    assert settings.hydration.week is None and settings.stretch.week is None
    assert settings.breathing.week == uniform_week([Hours(600, 960)], [5])
    assert settings.stretch.interval_minutes == 30 and settings.breathing.times == (time(11),)
    # Nothing of the old form is left to be called unknown, and it saves as version 4.
    assert not any(name in raw[kind] for kind in KINDS for name in ("start", "end", "days"))
    assert schema.to_dict(settings)["schema_version"] == 4


def test_a_version_3_file_without_hours_gets_the_week_it_had():
    settings, problems = schema.from_dict(schema.migrate({"schema_version": 3}))
    assert problems == [] and settings == Settings()
    assert settings.week_for("stretch") == uniform_week([Hours(540, 1080)], range(5))


def test_old_hours_up_to_23_59_stay_so():
    raw = schema.migrate({"schema_version": 3, **{
        kind: {"start": "00:00", "end": "23:59", "days": list(range(7))} for kind in KINDS}})
    settings, _ = schema.from_dict(raw)
    assert settings.week == uniform_week([Hours(0, 1439)], range(7))


def test_a_week_round_trips_through_the_file_form():
    week = Week((Day(True, (Hours(510, 720), Hours(780, 1050))), Day(False, ()),
                 Day(True, (Hours(0, 1440),)), *default_week().days[3:]))
    settings = Settings(week=week).with_plan(
        "stretch", Settings().stretch.__class__(interval_minutes=30, week=default_week()))
    raw = schema.to_dict(settings)
    assert raw["week"]["mon"] == {"on": True, "hours": ["08:30-12:00", "13:00-17:30"]}
    assert raw["week"]["wed"]["hours"] == ["00:00-24:00"]
    assert raw["hydration"]["week"] is None
    again, problems = schema.from_dict(raw)
    assert again == settings and problems == []


def test_overlapping_hours_in_a_file_are_joined():
    settings, problems = schema.from_dict(
        {"week": {"mon": {"on": True, "hours": ["13:00-17:00", "08:00-12:00", "11:00-13:00"]}}})
    assert problems == [] and settings.week.days[0].hours == (Hours(480, 1020),)


@pytest.mark.parametrize("raw", [
    {"glass_ml": 50}, {"glass_ml": 1000}, {"sound_cues": False}, {"presence_idle_minutes": 60},
    {"natural_break_minutes": 1}, {"return_delay_minutes": 0}, {"busy_limit_minutes": 240},
    {"watch_calls": False}, {"hydration": {"mode": "times", "times": ["11:00"]}},
])
def test_a_value_at_the_edge_of_its_range_is_taken_as_it_is(raw):
    settings, problems = schema.from_dict(raw)
    assert problems == []
    ((name, value),) = raw.items()
    if isinstance(value, dict):
        assert settings.plan(name).mode == "times" and settings.plan(name).times[0].hour == 11
    else:
        assert getattr(settings, name) == value


def test_a_bad_value_in_an_edit_keeps_the_value_in_use():
    in_use = Settings(glass_ml=300)
    settings, problems = schema.from_dict({"glass_ml": True}, keep=in_use)
    assert settings.glass_ml == 300
    assert problems == ["glass_ml should be a whole number from 50 to 1000, not true; "
                        "left as it was"]


def test_migrating_a_huge_water_goal_reports_it_instead_of_raising():
    problems = []
    migrated = schema.migrate({"water_goal_ml": 10**400, "glass_ml": 250}, problems)
    assert "water_goal_glasses" not in migrated
    assert migrated["schema_version"] == schema.SCHEMA_VERSION
    assert len(problems) == 1 and "water_goal_ml" in problems[0]
