"""Commands against a CommandHost: no whole app needed (tests/command_host.py)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from command_host import commands_host

from companion.core.kinds import Action, EventKind


@pytest.fixture
def host(clock):
    made = commands_host(clock, ZoneInfo("Europe/Paris"))
    yield made
    made.history.close()


def glasses(host) -> int:
    return len(host.history.events([EventKind.WATER_LOGGED]))


def test_requests_from_inside_the_process_are_not_parsed_again(host):
    assert host.commands.do(Action.LOG_WATER, "tray")
    assert host.commands.do(Action.PAUSE, "30")
    assert glasses(host) == 1 and host.reminders.paused_until() is not False
    assert host.commands.do(Action.RESUME)
    assert host.reminders.paused_until() is False


def test_windows_and_sessions_go_through_one_navigate(host):
    for text in ("show", "stretch:hand-wrist", "breathe", "stop", "check", "settings", "history"):
        assert host.commands.run(text)
    assert host.navigated == [(Action.SHOW, ""), (Action.STRETCH, "hand-wrist"), (Action.BREATHE, ""),
                              (Action.STOP, ""), (Action.CHECK, ""), (Action.SETTINGS, ""),
                              (Action.HISTORY, "")]


def test_a_launch_gets_all_or_nothing_and_quit_goes_last(host):
    assert "nothing was done" in host.commands.run_all(["log_water", "pause:0"])
    assert "nothing was done" in host.commands.run_all(["log_water", "fly"])
    assert glasses(host) == 0
    assert host.commands.run_all(["quit", "log_water"]) is None
    assert glasses(host) == 1 and host.quits == 1
    assert host.commands.run_all(["log_water"]) == "Companion is closing, so nothing was done"
    assert glasses(host) == 1


def test_a_prompt_answer_opens_the_session_it_offers(host):
    host.commands.answer("stretch", "primary")
    host.commands.answer("breathing", "primary")
    host.commands.answer("hydration", "primary")
    assert host.navigated == [(Action.STRETCH, "quick-hand"), (Action.BREATHE, "")]
    assert glasses(host) == 1


def test_undo_with_nothing_to_undo_says_so(host):
    host.commands.do(Action.UNDO_WATER)
    assert host.told == ["There is no glass from today to undo."]
