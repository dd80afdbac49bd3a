"""The command line: parsed before Qt starts, so a bad value is refused before anything runs."""

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from companion import cli
from companion.core.kinds import Action, Request

ROOT = Path(__file__).resolve().parent.parent


def parse(*argv):
    return cli.actions(cli.parser().parse_args(list(argv)))


def refused(*argv):
    """argparse's exit code and message for a command line it refuses."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.raises(SystemExit) as exit_info:
        cli.parser().parse_args(list(argv))
    return exit_info.value.code, err.getvalue()


@pytest.mark.parametrize("minutes", ["1", "30", "10080"])
def test_a_pause_of_up_to_a_week_becomes_a_pause_action(minutes):
    assert parse("--pause", minutes) == [Request(Action.PAUSE, minutes)]


@pytest.mark.parametrize("minutes", ["5000000000", "10081", "0", "-5", "1.5", "abc", "²",
                                     "1" * 5000])
def test_a_pause_out_of_range_is_refused_saying_what_is_allowed(minutes):
    code, message = refused(f"--pause={minutes}")
    assert code == 2
    assert "--pause" in message and "whole minutes from 1 to 10080 (one week)" in message
    assert len(message) < 1000  # a 5000-digit value is not echoed back in full


def test_quit_comes_after_the_other_actions_of_the_same_command_line():
    assert parse("--quit", "--log-water") == [Request(Action.LOG_WATER, "command line"),
                                               Request(Action.QUIT)]


def test_each_option_becomes_its_request_and_travels_as_the_words_a_running_copy_reads():
    requests = parse("--show", "--stretch", "quick-hand", "--breathe", "--stop", "--check", "--resume",
                     "--stats")
    assert requests == [Request(Action.SHOW), Request(Action.RESUME),
                        Request(Action.STRETCH, "quick-hand"), Request(Action.BREATHE),
                        Request(Action.STOP), Request(Action.CHECK), Request(Action.STATS)]
    # What goes down the socket is read back as the same requests.
    assert [Request.parse(str(request)) for request in requests] == requests
    assert [str(request) for request in requests] == [
        "show", "resume", "stretch:quick-hand", "breathe", "stop", "check", "stats"]


def test_the_help_says_how_long_a_pause_may_be():
    assert "1 to 10080" in cli.parser().format_help()


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=12), st.integers().map(str),
                 st.integers(-20, 10100).map(str)))
@example("5000000000")
@example("10080")
def test_any_pause_value_parses_to_an_action_or_exits_with_a_usage_error(value):
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            actions = parse(f"--pause={value}")
    except SystemExit as exc:
        assert exc.code == 2
        return
    [(action, minutes)] = actions
    assert action is Action.PAUSE and 1 <= int(minutes) <= cli.MAX_PAUSE_MINUTES


def test_a_huge_pause_stops_the_real_program_with_a_clear_message(tmp_path):
    """End to end: the real entry point, a fresh home, no display."""
    env = dict(os.environ, COMPANION_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "--pause", "5000000000"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert "--pause: '5000000000' is not allowed" in run.stderr
    assert "whole minutes from 1 to 10080 (one week)" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "home").exists()  # refused before anything was set up


@pytest.mark.parametrize(("argv", "actions"), [
    (["--stretch"], ["stretch"]),                       # the routine list
    (["--stretch", "quick-hand"], ["stretch:quick-hand"]),
    (["--breathe"], ["breathe"]),
    (["--breathe", "box", "--verbose"], ["breathe:box"]),
    (["--stop"], ["stop"]),
    (["--show", "--stretch", "legs", "--stop"], ["show", "stretch:legs", "stop"]),
])
def test_sessions_start_by_name_and_stop_from_the_command_line(argv, actions):
    assert [str(request) for request in parse(*argv)] == actions  # as a running copy reads them


def test_export_and_import_name_an_absolute_file_for_the_running_copy(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert parse("--export", "backup.json", "--import", "~/old.json") == [
        Request(Action.IMPORT, str(Path.home() / "old.json")),
        Request(Action.EXPORT, str(tmp_path / "backup.json"))]
    code, message = refused("--export", "two\nlines.json")
    assert code == 2 and "is not a file name Companion can use" in message
