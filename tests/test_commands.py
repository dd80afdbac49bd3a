"""What each request and prompt answer does, through a small host instead of a whole app.

The same requests through the real app: tests/test_app.py (tray, Today, forwarded actions),
tests/ui/test_features_wiring.py (windows and sessions), and the real processes of
tests/services/test_single_instance.py (command line -> socket -> app -> history).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

import pytest
from command_host import TZ, running_commands

from companion.core.kinds import Action, Answer, Request
from companion.core.settings import Settings


@pytest.fixture
def running():
    running = running_commands()
    yield running
    running.close()


def glasses(running) -> list[str]:
    return [event.data["via"] for event in running.history.events(["water_logged"])]


def test_a_request_with_a_bad_argument_refuses_the_whole_lot(running):
    problem = running.commands.run_all([Request(Action.LOG_WATER, "command line"),
                                        Request(Action.PAUSE, "abc")])
    assert problem == "Companion cannot do 'pause:abc', so nothing was done"
    assert glasses(running) == [] and running.reminders.calls == []


@pytest.mark.parametrize("how", ["5000000000", "10081", "0", "-5", "1.5", "²", "1" * 5000, ""])
def test_a_pause_out_of_range_is_refused_saying_what_is_allowed(running, caplog, how):
    with caplog.at_level(logging.WARNING, logger="companion.commands"):
        assert running.commands.run(Request(Action.PAUSE, how)) is False
    assert running.reminders.calls == []
    assert "whole minutes from 1 to 10080" in caplog.text


def test_an_action_companion_does_not_know_is_refused_at_the_socket(running):
    assert running.handle(["log_water:command line", "fly"]) == (
        "Companion cannot do 'fly', so nothing was done")
    assert glasses(running) == []
    assert running.handle(["log_water:command line"]) is None  # read as the request it names
    assert glasses(running) == ["command line"]


def test_quit_comes_last_whatever_the_order(running):
    assert running.commands.run_all([Request(Action.QUIT), Request(Action.LOG_WATER, "command line")]) is None
    assert glasses(running) == ["command line"]
    assert running.asked == ["refresh", "quit"]


def test_nothing_is_done_while_companion_says_goodbye(running):
    running.leaving = True
    assert running.commands.run_all([Request(Action.LOG_WATER)]) == "Companion is closing, so nothing was done"
    assert glasses(running) == []


def test_an_unsaved_glass_is_not_reported_as_saved(running, monkeypatch):
    monkeypatch.setattr(type(running.history), "unsaved", property(lambda self: 1))
    problem = running.commands.run_all([Request(Action.LOG_WATER)])
    assert problem.startswith("it was done, but could not be saved")


@pytest.mark.parametrize(("how", "call"), [
    ("30", ("pause", 30, None, False)),
    ("10080", ("pause", 10080, None, False)),
    ("forever", ("pause", None, None, False)),
    # Monday 09:50 in Paris: the next active day starts Tuesday at 09:00.
    ("next-day", ("pause", None, datetime(2026, 3, 3, 9, 0, tzinfo=TZ), False)),
])
def test_each_pause_reaches_the_reminders(running, how, call):
    assert running.commands.run(Request(Action.PAUSE, how)) is True
    assert running.reminders.calls == [call]


def test_a_pause_until_the_call_ends_is_the_apps(running):
    assert running.commands.run(Request(Action.PAUSE, "call")) is True
    assert running.asked == ["pause_for_call"] and running.reminders.calls == []


@pytest.mark.parametrize("request_", [
    Request(Action.SHOW), Request(Action.STRETCH), Request(Action.STRETCH, "quick-hand"),
    Request(Action.BREATHE, "box"), Request(Action.CHECK), Request(Action.SETTINGS),
    Request(Action.HISTORY), Request(Action.STATS)])
def test_a_window_request_is_handed_on_as_it_came(running, request_):
    assert running.commands.run(request_) is True
    assert running.opened == [request_]
    assert glasses(running) == [] and running.reminders.calls == []


def test_stop_resume_and_quit_go_to_their_parts(running):
    for action in (Action.STOP, Action.RESUME, Action.QUIT):
        running.commands.run(Request(action))
    assert running.asked == ["stop_sessions", "quit"]
    assert running.reminders.calls == [("resume",)]


def test_a_glass_is_recorded_with_where_it_came_from(running):
    running.commands.run(Request(Action.LOG_WATER))
    running.commands.run(Request(Action.LOG_WATER, "command line"))
    assert sorted(glasses(running)) == ["command line", "tray"]
    assert running.asked == ["refresh", "refresh"] and running.told == []


def test_an_unusually_high_day_gets_a_calm_caution(running):
    for _ in range(30):
        running.commands.run(Request(Action.LOG_WATER))
    assert running.told and {title for _, title in running.told} == {"Easy does it"}
    assert len(glasses(running)) == 30  # cautioned, never refused


def test_undo_takes_back_todays_last_glass_or_says_there_is_none(running):
    running.commands.run(Request(Action.UNDO_WATER))
    assert running.told == [("There is no glass from today to undo.", "Companion")]
    running.commands.run(Request(Action.LOG_WATER))
    running.told.clear()
    running.commands.run(Request(Action.UNDO_WATER))
    assert running.told == [] and len(running.history.events(["water_undone"])) == 1


def test_undo_counts_the_day_in_the_hosts_zone(running):
    """A glass at 23:30 in Paris is yesterday's in New York: the zone the host gives counts."""
    running.clock.now = datetime(2026, 3, 2, 23, 30, tzinfo=TZ)
    running.commands.run(Request(Action.LOG_WATER))
    running.clock.now = datetime(2026, 3, 3, 0, 30, tzinfo=TZ)
    running.commands.run(Request(Action.UNDO_WATER))
    assert running.told == [("There is no glass from today to undo.", "Companion")]
    from zoneinfo import ZoneInfo
    running.commands.host = replace(running.commands.host, tz=ZoneInfo("America/New_York"))
    running.told.clear()
    running.commands.run(Request(Action.UNDO_WATER))
    assert running.told == []


def test_enabling_water_reminders_turns_them_on_and_shows_today(running):
    running.settings = Settings().with_plan("hydration", replace(Settings().hydration, enabled=False))
    running.commands.run(Request(Action.ENABLE_HYDRATION))
    assert running.settings.hydration.enabled
    assert running.opened == [Request(Action.SHOW)]


@pytest.mark.parametrize(("kind", "opened", "via"), [
    ("hydration", [], ["prompt"]),
    ("stretch", [Request(Action.STRETCH, "quick-hand")], []),
    ("breathing", [Request(Action.BREATHE)], []),
])
def test_a_prompts_own_action_does_it(running, kind, opened, via):
    running.commands.answer(kind, Answer.PRIMARY)
    assert running.reminders.calls == [("done", kind)]
    assert running.opened == opened and glasses(running) == via


def test_snooze_skip_and_timeout_reach_the_reminders(running):
    running.commands.answer("stretch", Answer.SNOOZE, 10)
    running.commands.answer("stretch", Answer.SNOOZE)  # the settings' length
    running.commands.answer("hydration", Answer.SKIP)
    running.commands.answer("breathing", Answer.TIMEOUT)
    assert running.reminders.calls == [("snooze", "stretch", 10), ("snooze", "stretch", None),
                                       ("skip", "hydration"), ("missed", "breathing")]
    assert running.opened == [] and glasses(running) == []


# -- export and import -------------------------------------------------------------------
def test_export_then_import_on_another_history_tells_what_was_done(running, tmp_path):
    running.commands.log_water("tray")
    backup = tmp_path / "backup.json"
    assert running.commands.run_all([Request(Action.EXPORT, str(backup))]) is None
    assert running.told[-1] == ("Exported 1 entry to backup.json.", "Your data")
    assert running.commands.run_all([Request(Action.IMPORT, str(backup))]) is None
    assert running.told[-1][0].startswith("Nothing new")
    assert running.asked[-1] == "refresh"  # Today shows what came in


def test_an_import_that_fails_is_reported_to_the_launch_and_changes_nothing(running, tmp_path):
    (tmp_path / "notes.json").write_text("my shopping list")
    problem = running.commands.run_all([Request(Action.IMPORT, str(tmp_path / "notes.json"))])
    assert problem == ("notes.json: This is not a Companion backup. Nothing was imported.")
    assert running.told == [(problem, "Your data")]
    assert running.history.events() == []


def test_export_and_import_need_a_file(running):
    assert running.commands.run_all([Request(Action.EXPORT)]) == (
        "Companion cannot do 'export', so nothing was done")
