"""What the History window can show: each filter's events, the empty state, periods."""

from datetime import datetime

import pytest
from history_helpers import FILTER, NOW, PERIOD, TZ, local

from companion.core.history import Event
from companion.core.history_days import group_days
from companion.core.history_filters import CHOICES, empty_text, with_everything

DAY = [Event("water_logged", local(2, 10), {"ml": 250}),
       Event("reminder_shown", local(2, 9), {"kind": "hydration"}),
       Event("reminder_done", local(2, 10), {"kind": "hydration"}),
       Event("reminder_skipped", local(2, 11), {"kind": "hydration"}),
       Event("reminder_snoozed", local(2, 11), {"kind": "stretch", "minutes": 5}),
       Event("stretch_session", local(2, 12), {"routine": "hand-wrist", "completed": True}),
       Event("natural_break", local(2, 13), {"minutes": 30}),
       Event("reminder_covered", local(2, 13), {"kind": "stretch"}),
       Event("reminder_held", local(2, 12, 45), {"kind": "stretch", "reason": "away"}),
       Event("breathing_session", local(2, 14), {"pattern": "box", "completed": True}),
       Event("twitch_logged", local(2, 8), {"area": "palm"}),
       Event("symptom_check", local(2, 8, 30), {"level": "self_care"}),
       Event("reminders_paused", local(2, 7), {"until": None}),
       Event("reminders_resumed", local(2, 7, 30), {}),
       Event("stretch_session", local(2, 15), {"routine": "hand-wrist", "steps_done": 0,
                                                "completed": False}),
       Event("breathing_session", local(2, 16), {"pattern": "box", "cycles_done": 0,
                                                  "completed": False})]


def shown(key: str) -> set[str]:
    return {e.event.kind + ":" + str(e.event.data.get("kind", ""))
            for day in group_days(DAY, FILTER[key], NOW, TZ) for e in day.entries}


def test_activity_leaves_out_prompts_that_were_only_shown_or_answered():
    assert shown("activity") == {
        "water_logged:", "reminder_skipped:hydration", "reminder_snoozed:stretch",
        "stretch_session:", "natural_break:", "reminder_held:stretch", "breathing_session:",
        "twitch_logged:", "symptom_check:"}
    assert shown("everything") == {e.kind + ":" + str(e.data.get("kind", "")) for e in DAY}


def test_pauses_and_sessions_stopped_before_they_began_wait_for_show_everything():
    def entries(chosen):
        return [e.event for day in group_days(DAY, chosen, NOW, TZ) for e in day.entries]
    activity = entries(FILTER["activity"])
    assert not any(e.kind.startswith("reminders_") for e in activity)
    assert [e.data.get("completed") for e in activity if e.kind.endswith("_session")] == [True, True]
    every = entries(with_everything(FILTER["activity"]))
    assert {"reminders_paused", "reminders_resumed"} <= {e.kind for e in every}
    assert sum(e.kind == "stretch_session" for e in every) == 2
    # A kind's own view, with everything: its short sessions and its prompts too.
    stretch = entries(with_everything(FILTER["stretch"]))
    assert sum(e.kind == "stretch_session" for e in stretch) == 2
    assert "reminder_covered" in {e.kind for e in stretch}
    assert "everything" not in {chosen.key for chosen in CHOICES}


@pytest.mark.parametrize(("key", "expected"), [
    ("water", {"water_logged:", "reminder_skipped:hydration"}),
    ("stretch", {"reminder_snoozed:stretch", "stretch_session:", "natural_break:",
                 "reminder_held:stretch"}),
    ("breathing", {"breathing_session:"}),
    ("diary", {"twitch_logged:", "symptom_check:"}),
    ("held", {"reminder_held:stretch", "reminder_covered:stretch"}),
])
def test_each_filter_shows_its_own_events(key, expected):
    assert shown(key) == expected


def test_the_empty_state_says_what_is_not_there_and_when():
    assert empty_text(FILTER["activity"], PERIOD["week"]) == "Nothing recorded in the last 7 days."
    assert empty_text(FILTER["water"], PERIOD["month"]) == "No water recorded in the last 30 days."
    assert empty_text(FILTER["held"], PERIOD["all"]) == "No held or missed reminders yet."


def test_a_period_starts_at_local_midnight_and_counts_today():
    assert PERIOD["week"].since(NOW, TZ) == datetime(2026, 11, 26, tzinfo=TZ)
    assert PERIOD["month"].since(NOW, TZ) == datetime(2026, 11, 3, tzinfo=TZ)
    assert PERIOD["all"].since(NOW, TZ) is None
