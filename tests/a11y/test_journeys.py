"""The issue's journeys, driven by AT-SPI actions only, as a screen-reader user would.

One app for the module, Today alone on screen at each test's start (app_at_home); a test
that counts what it records, pauses or meets the stretch safety note names what it needs
as a new user has it (app_as_new).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from companion.core.checklist import load_default
from companion.core.wording import date_text

BUTTON, LABEL, CHECK = "push button", "label", "check box"


def test_log_a_glass_and_read_the_new_count(app_as_new):
    app = app_as_new("water_logged")
    assert app.at_spi(["press", BUTTON, "Log a glass"],
                      ["read", LABEL, "1 of 8 glasses"]) == [
        "pressed", "1 of 8 glasses"]


def test_tick_an_urgent_sign_and_read_the_advice_text_itself(app_at_home):
    checklist = load_default()
    urgent = next(item for group in checklist.groups for item in group.items
                  if item.id == "breathing_swallowing")
    advice = checklist.assess([urgent.id]).advice
    done = app_at_home.at_spi(["press", BUTTON, "Check a symptom"],
                              ["press", CHECK, urgent.question],
                              ["read", LABEL, advice[:40]],
                              ["is", LABEL, "Get help now"])
    # Asked first, on opening; the result is clear and calm, not shouted.
    assert done == ["pressed", "pressed", advice, "Get help now"]


def test_none_of_these_leads_on_to_the_twitch_questions(app_at_home):
    done = app_at_home.at_spi(["press", BUTTON, "Check a symptom"],
                              ["press", BUTTON, "None of these: go on to the questions about the twitch"],
                              ["press", CHECK, "More coffee, tea, cola or energy drinks than usual"],
                              ["is", LABEL, "Self-care is a sensible first step"])
    assert done == ["pressed"] * 3 + ["Self-care is a sensible first step"]


def test_log_a_twitch_in_the_diary_and_read_the_entry(app_as_new):
    app = app_as_new("twitch_logged")
    done = app.at_spi(["press", BUTTON, "Check a symptom"],
                      ["press", "page tab", "Diary"],
                      ["press", BUTTON, "Log twitch"],
                      ["read", "list item", "— Palm, left"],
                      ["read", LABEL, "1 entry"])
    assert done[:3] == ["pressed"] * 3
    # The whole entry in one go, as sentences: when and where, how long and how strong.
    assert done[3].endswith("— Palm, left. A few seconds, faint.")
    assert done[4] == "1 entry, newest first."


def test_start_and_stop_a_breathing_exercise_and_read_the_phase(app_at_home):
    done = app_at_home.at_spi(["press", BUTTON, "Breathe"],
                              ["read", LABEL, "Ready when you are"],  # nothing starts unasked
                              ["press", BUTTON, "Start breathing session"],
                              ["is", LABEL, "Breathe in"],
                              ["press", BUTTON, "Stop breathing session"],
                              ["read_any", LABEL, "Start again whenever|of calm breathing"])
    # Stopping never ends on a bare "Stopped": back to rest, or what was done.
    assert done[:5] == ["pressed", "Ready when you are", "pressed", "Breathe in", "pressed"]
    assert done[5] == "Start again whenever you like." or done[5].endswith("of calm breathing")


def test_start_the_hand_routine_pause_resume_and_stop(app_as_new):
    app = app_as_new("settings")
    done = app.at_spi(["press", BUTTON, "Start stretches"],
                      ["press_starting", BUTTON, "Start Hand & wrist relief"],
                      ["press", BUTTON, "I understand, start the session"],
                      ["press", BUTTON, "Pause (Space)"],
                      ["press", BUTTON, "Resume (Space)"],
                      ["press", BUTTON, "Stop the session (Esc)"],
                      ["read_any", LABEL, "Another time, then|of stretching"])
    # The end says what was done (or kindly that nothing was), never "Session stopped".
    assert done[:6] == ["pressed"] * 6
    assert done[6] == "Another time, then" or done[6].endswith("of stretching")


def test_snooze_a_toast_for_10_minutes(app_at_home):
    assert app_at_home.order("prompt hydration") == "ok"
    assert app_at_home.at_spi(["press", BUTTON, "Snooze 10 minutes"]) == ["pressed"]
    assert app_at_home.order("answers 1") == [["hydration", "snooze", 10]]


def test_pause_reminders_for_30_minutes_from_the_window(app_as_new):
    app = app_as_new("paused")
    before = datetime.now().astimezone()
    # The combo box is read out by its choice; its label says what the choice is for.
    done = app.at_spi(["read", LABEL, "Pause for"],
                      ["read", "combo box", "30 minutes"],
                      ["press", BUTTON, "Pause reminders"],
                      ["read", LABEL, "Reminders paused until"])
    assert done[:3] == ["Pause for", "30 minutes", "pressed"]
    until = datetime.fromisoformat(app.order("state")["paused_until"])
    assert timedelta(minutes=29) < until - before < timedelta(minutes=31)


def test_a_statistics_bar_is_read_with_its_day_and_values(app_as_new):
    app = app_as_new("water_logged")
    today = date_text(date.today())  # the app runs on the same clock
    done = app.at_spi(["press", BUTTON, "Log a glass"],
                      ["press", BUTTON, "Statistics"],
                      ["describe", "list", "Water per day"],
                      ["describe", "list item", today])
    assert done[:2] == ["pressed"] * 2
    assert done[2]["name"] == "Water per day"
    bar = done[3]
    assert (bar["name"], bar["description"]) == (today, "1 glass (250 ml); goal of 8 not met")
