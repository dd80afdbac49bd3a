"""What a settings file may hold: each bad value said in the one style of core.checks."""

import pytest

from companion.core import settings_schema as schema
from companion.core.settings import Settings


@pytest.mark.parametrize(("raw", "said"), [
    ({"glass_ml": 5000}, "glass_ml should be a whole number from 50 to 1000, not 5000; "
                         "using the default"),
    ({"sound_cues": "yes"}, "sound_cues should be true or false, not 'yes'; using the default"),
    ({"hydration": {"mode": "often"}},
     "hydration.mode should be one of interval, times, not 'often'; using the default"),
    ({"breathing": {"times": ["11:00", "25:00"]}},
     "breathing.times should be a list of times like 11:00 ('25:00' is not one); "
     "using the default"),
    ({"stretch": {"days": [0, 7]}}, "stretch.days should be a list of weekday numbers "
                                    "0 (Monday) to 6 (Sunday) (7 is not one); using the default"),
    ({"stretch": {"start": "09:00+02:00"}},
     "stretch.start should be a time like 09:30, without a time zone; using the default"),
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
    assert settings == Settings()


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
