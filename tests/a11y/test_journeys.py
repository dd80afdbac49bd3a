"""The issue's journeys, driven by AT-SPI actions only, as a screen-reader user would."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from companion.core.checklist import load_default
from companion.core.wording import date_text

BUTTON, LABEL, CHECK = "push button", "label", "check box"


def test_log_a_glass_and_read_the_new_count(running_app):
    assert running_app.at_spi(["press", BUTTON, "Log a glass"],
                              ["read", LABEL, "1 of 8 glasses"]) == [
        "pressed", "1 of 8 glasses  ·  250 ml (8 fl oz)"]


def test_tick_an_urgent_sign_and_read_the_advice_text_itself(running_app):
    checklist = load_default()
    urgent = next(item for group in checklist.groups for item in group.items
                  if item.id == "breathing_swallowing")
    advice = checklist.assess([urgent.id]).advice
    done = running_app.at_spi(["press", BUTTON, "Check a symptom"],
                              ["press", CHECK, urgent.question],
                              ["read", LABEL, advice[:40]],
                              ["read", LABEL, "URGENT"])
    assert done == ["pressed", "pressed", advice, "URGENT: Get urgent help now"]


def test_log_a_twitch_in_the_diary_and_read_the_entry(running_app):
    done = running_app.at_spi(["press", BUTTON, "Check a symptom"],
                              ["press", "page tab", "Diary"],
                              ["press", BUTTON, "Log twitch"],
                              ["read", "list item", "— Palm, left"],
                              ["read", LABEL, "1 entry"])
    assert done[:3] == ["pressed"] * 3
    # The whole entry in one go, as sentences: when and where, how long and how strong.
    assert done[3].endswith("— Palm, left. A few seconds, faint.")
    assert done[4] == "1 entry, newest first."


def test_start_and_stop_a_breathing_exercise_and_read_the_phase(running_app):
    done = running_app.at_spi(["press", BUTTON, "Breathe"],
                              ["read", LABEL, "Ready when you are"],  # nothing starts unasked
                              ["press", BUTTON, "Start breathing session"],
                              ["is", LABEL, "Breathe in"],
                              ["press", BUTTON, "Stop breathing session"],
                              ["read", LABEL, "Stopped"])
    assert done == ["pressed", "Ready when you are", "pressed", "Breathe in", "pressed", "Stopped"]


def test_start_the_hand_routine_pause_resume_and_stop(running_app):
    done = running_app.at_spi(["press", BUTTON, "Start stretches"],
                              ["press_starting", BUTTON, "Start Hand & wrist relief"],
                              ["press", BUTTON, "I understand, start the session"],
                              ["press", BUTTON, "Pause (Space)"],
                              ["press", BUTTON, "Resume (Space)"],
                              ["press", BUTTON, "Stop the session (Esc)"],
                              ["read", LABEL, "Session stopped."])
    assert done == ["pressed"] * 6 + ["Session stopped."]


def test_snooze_a_toast_for_10_minutes(running_app):
    assert running_app.order("prompt hydration") == "ok"
    assert running_app.at_spi(["press", BUTTON, "Snooze 10 minutes"]) == ["pressed"]
    assert running_app.order("answers 1") == [["hydration", "snooze", 10]]


def test_pause_reminders_for_30_minutes_from_the_window(running_app):
    before = datetime.now().astimezone()
    # The combo box is read out by its choice; its label says what the choice is for.
    done = running_app.at_spi(["read", LABEL, "Pause for"],
                              ["read", "combo box", "30 minutes"],
                              ["press", BUTTON, "Pause reminders"],
                              ["read", LABEL, "Reminders are paused until"])
    assert done[:3] == ["Pause for", "30 minutes", "pressed"]
    until = datetime.fromisoformat(running_app.order("state")["paused_until"])
    assert timedelta(minutes=29) < until - before < timedelta(minutes=31)


def test_a_statistics_bar_is_read_with_its_day_and_values(running_app):
    today = date_text(date.today())  # the app runs on the same clock
    done = running_app.at_spi(["press", BUTTON, "Log a glass"],
                              ["press", BUTTON, "Statistics"],
                              ["describe", "list", "Water per day"],
                              ["describe", "list item", today])
    assert done[:2] == ["pressed"] * 2
    assert done[2]["name"] == "Water per day"
    bar = done[3]
    assert (bar["name"], bar["description"]) == (today, "1 glass (250 ml); goal of 8 not met")
