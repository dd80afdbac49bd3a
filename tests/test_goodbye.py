"""Goodbye: every way the real app process is ended keeps what the user was doing.

The app runs with a stretch session, a breathing session and a water prompt open, then is
ended as a desktop ends it: SIGTERM (logout, shutdown, ``systemctl --user stop``), SIGHUP
(the terminal closed), SIGINT (Ctrl+C), two signals at once, or ``companion --quit`` from a
later launch (there is no tray under the offscreen platform, where that Quit used to leave
the process running). Each time: both sessions are in the history as stopped with what was
done, the prompt is recorded as withdrawn (not as missed), the file is sound, the socket is
gone, the exit code is 0, and the next start is clean.

Time: libfaketime is preloaded into the app (not the ``faketime`` wrapper, which would get
the signals instead) and reads its clock from a file; moving that file two minutes on moves
the running app's wall and monotonic clocks, so the sessions progress and the prompt falls
due with no waiting in the test.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from desktop_helpers import BUS_CONFIG, WAIT_S, libfaketime, require, start_reporting, stop

from companion.core.kinds import Action, Request
from companion.services.single_instance.client import forward
from companion.services.single_instance.place import server_name
from companion.services.single_instance.server import InstanceServer

ROOT = Path(__file__).resolve().parent.parent
START, LATER = "@2026-03-02 09:19:00", "@2026-03-02 09:21:00"  # a Monday; water due at 09:20


def _home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    day = {"start": "09:00", "end": "17:00", "days": list(range(7))}
    (home / "config" / "settings.json").write_text(json.dumps({
        "schema_version": 2,
        "hydration": {**day, "interval_minutes": 20},
        "stretch": {**day, "enabled": False},
        "breathing": {**day, "enabled": False},
        "tray_hint_shown": True, "stretch_safety_seen": True, "welcome_done": True,
        "start_at_login": False,
    }))
    return home


def _env(tmp_path: Path, home: Path) -> dict:
    # XDG_RUNTIME_DIR stays the one conftest made: short enough for a socket's path.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAKETIME", "LD_PRELOAD"))}
    env.update(COMPANION_HOME=str(home), TZ="UTC", QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=str(tmp_path / "xdg-data"),
               XDG_CONFIG_HOME=str(tmp_path / "xdg-config"), PYTHONDONTWRITEBYTECODE="1")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no notification server: the prompt is a toast
    return env


def _start(env: dict, out: Path, clock_file: Path | None = None) -> subprocess.Popen:
    if clock_file is not None:
        env = {**env, "LD_PRELOAD": libfaketime(), "FAKETIME_TIMESTAMP_FILE": str(clock_file),
               "FAKETIME_CACHE_DURATION": "1"}  # the file is read again at most a second later
    with out.open("ab") as log:
        return subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env, stdout=log,
                                stderr=subprocess.STDOUT)


def _events(db_path: Path, kinds: tuple[str, ...]) -> list[tuple[str, dict]]:
    if not db_path.exists():
        return []
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = db.execute(f"SELECT kind, data FROM events WHERE kind IN ({','.join('?' * len(kinds))})"
                          " ORDER BY at, rowid", kinds).fetchall()
    finally:
        db.close()
    return [(kind, json.loads(data)) for kind, data in rows]


def _started(log_file: Path, starts: int) -> bool:
    """Whether the log shows ``starts`` starts (after the socket listens: its file alone is
    there a moment before it takes connections)."""
    return log_file.exists() and log_file.read_text().count("Companion started (") >= starts


def _quit_launch(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--quit"], env=env,
                          capture_output=True, text=True, timeout=WAIT_S)


def _sigterm_and_sigint(proc, env):
    proc.send_signal(signal.SIGTERM)
    proc.send_signal(signal.SIGINT)  # while the goodbye for the first may be running


def _later_launch_quits(proc, env):
    launch = _quit_launch(env)
    assert (launch.returncode, launch.stderr) == (0, "")  # it was told "done"


def _sigterm(proc, env):
    proc.send_signal(signal.SIGTERM)


# How it is ended, and whether the prompt is a desktop notification (a real dunst) or a toast.
WAYS_OUT = {
    "SIGTERM": (_sigterm, False),
    "SIGTERM, prompt in dunst": (_sigterm, True),
    "SIGHUP": (lambda proc, env: proc.send_signal(signal.SIGHUP), False),
    "SIGINT": (lambda proc, env: proc.send_signal(signal.SIGINT), False),
    "two signals": (_sigterm_and_sigint, False),
    "--quit without a tray": (_later_launch_quits, False),
}


class Dunst:
    """dunst on a private bus under its own Xvfb, asked through dunstctl."""

    def __init__(self, tmp_path: Path):
        require("Xvfb", "dbus-daemon", "dunst", "dunstctl")
        config = tmp_path / "bus.conf"
        config.write_text(BUS_CONFIG)
        self._helpers = []
        bus, self.address = start_reporting(["dbus-daemon", f"--config-file={config}",
                                             "--nofork", "--print-address={fd}"])
        self._helpers.append(bus)
        xvfb, number = start_reporting(["Xvfb", "-displayfd", "{fd}", "-nolisten", "tcp"])
        self._helpers.append(xvfb)
        self.env = {**os.environ, "DISPLAY": f":{number}", "DBUS_SESSION_BUS_ADDRESS": self.address}
        rc = tmp_path / "dunstrc"
        rc.write_text("[global]\n")
        self._helpers.append(subprocess.Popen(["dunst", "-config", str(rc)], env=self.env,
                                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))

    def displayed(self) -> int | None:
        """Notifications on screen; None until dunst answers on the bus."""
        result = subprocess.run(["dunstctl", "count", "displayed"], env=self.env,
                                capture_output=True, text=True, timeout=WAIT_S)
        return int(result.stdout) if result.returncode == 0 and result.stdout.strip() else None

    def stop(self) -> None:
        for helper in reversed(self._helpers):
            stop(helper)


@pytest.mark.slow  # real processes: the quick set leaves it out
@pytest.mark.timeout(150)
@pytest.mark.parametrize("way_out", list(WAYS_OUT))
def test_every_way_out_records_the_sessions_and_the_prompt_and_exits_cleanly(
        way_out, tmp_path, qtbot):
    end, in_dunst = WAYS_OUT[way_out]
    home = _home(tmp_path)
    env = _env(tmp_path, home)
    dunst = Dunst(tmp_path) if in_dunst else None
    if dunst is not None:
        qtbot.waitUntil(lambda: dunst.displayed() == 0, timeout=WAIT_S * 1000)
        env["DBUS_SESSION_BUS_ADDRESS"] = dunst.address
    clock_file = tmp_path / "clock"
    clock_file.write_text(START + "\n")
    out = tmp_path / "app.out"
    db_path, log_file = home / "data" / "history.db", home / "data" / "companion.log"
    sock = Path(server_name(str(home / "data")))  # where it listens
    app = _start(env, out, clock_file)
    try:
        qtbot.waitUntil(lambda: _started(log_file, 1) or app.poll() is not None,
                        timeout=WAIT_S * 1000)
        assert app.poll() is None, out.read_text()
        assert forward(str(sock), ["stretch:hand-wrist", "breathe:slow-belly"])
        clock_file.write_text(LATER + "\n")  # two minutes on: steps and breaths done, water due
        qtbot.waitUntil(lambda: bool(_events(db_path, ("reminder_shown",))) or app.poll() is not None,
                        timeout=WAIT_S * 1000)
        if dunst is not None:
            qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_S * 1000)
        end(app, env)
        code = app.wait(timeout=WAIT_S)
        if dunst is not None:  # its buttons would be dead: taken down with the app
            qtbot.waitUntil(lambda: dunst.displayed() == 0, timeout=WAIT_S * 1000)
    finally:
        stop(app)
        if dunst is not None:
            dunst.stop()
    assert code == 0, out.read_text()[-3000:]
    assert not sock.exists()

    sessions = _events(db_path, ("stretch_session", "breathing_session"))
    assert [kind for kind, _ in sessions] == ["stretch_session", "breathing_session"]
    (_, stretch), (_, breathing) = sessions
    assert stretch["routine"] == "hand-wrist" and not stretch["completed"]
    assert 1 <= stretch["steps_done"] < stretch["steps_total"]
    assert breathing["pattern"] == "slow-belly" and not breathing["completed"]
    assert breathing["cycles_done"] >= 1 and breathing["seconds"] >= 100
    assert _events(db_path, ("reminder_withdrawn", "reminder_missed")) == [
        ("reminder_withdrawn", {"kind": "hydration", "reason": "Companion was closed"})]
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        db.close()
    assert "Cannot operate on a closed database" not in log_file.read_text()

    # The next start is clean: it starts, finds nothing to repair or warn about, and goes.
    seen = len(log_file.read_text().splitlines())
    again = _start(env, out)
    try:
        qtbot.waitUntil(lambda: _started(log_file, 2) or again.poll() is not None,
                        timeout=WAIT_S * 1000)
        assert again.poll() is None, out.read_text()[-3000:]
        assert _quit_launch(env).returncode == 0
        assert again.wait(timeout=WAIT_S) == 0
    finally:
        stop(again)
    later_lines = log_file.read_text().splitlines()[seen:]
    assert not [line for line in later_lines if " WARNING " in line or " ERROR " in line]
    assert not list(home.rglob("*.bad-*"))
    assert not sock.exists()


def test_quit_with_nothing_running_starts_nothing(tmp_path):
    home = _home(tmp_path)
    launch = _quit_launch(_env(tmp_path, home))
    assert launch.returncode == 0 and "not running" in launch.stderr
    assert not (home / "data" / "history.db").exists()


# -- the same goodbye in the app, with a hand-moved clock ---------------------------------

def _app_in_the_middle_of_things(make_app, clock, qtbot):
    """An app with a stretch session, a breathing session and a water prompt open."""
    from dataclasses import replace

    from companion.services.ticker import ManualTicker
    tickers: list[ManualTicker] = []
    app = make_app(new_ticker=lambda interval_ms=100: tickers.append(ManualTicker()) or tickers[-1])
    app.apply_settings(replace(app.settings, stretch_safety_seen=True))
    clock.advance(minutes=10)  # 10:00: water is due
    app.reminders.wake()
    assert set(app.prompts) == {"hydration"}
    app.commands.run(Request(Action.STRETCH, "hand-wrist"))
    app.commands.run(Request(Action.BREATHE, "slow-belly"))
    for ticker in tickers:
        ticker.advance(60, step=1)
    return app


def _recorded(app, *kinds: str) -> list[tuple[str, dict]]:
    return _events(app.places.history_file, kinds)  # from the file: the app closed its own


def test_quit_from_the_tray_keeps_the_sessions_and_says_goodbye_once(make_app, clock, qtbot):
    app = _app_in_the_middle_of_things(make_app, clock, qtbot)
    listener = InstanceServer(
        server_name(str(app.places.data_dir)))
    app.listener = listener
    finished = []
    app.finished.connect(lambda: finished.append(True))
    app.home.tray.actions[Request(Action.QUIT)].trigger()
    stretch, breathing = (data for _, data in _recorded(app, "stretch_session", "breathing_session"))
    assert stretch["steps_done"] >= 1 and not stretch["completed"]
    assert breathing["cycles_done"] >= 1 and not breathing["completed"]
    assert _recorded(app, "reminder_withdrawn", "reminder_missed") == [
        ("reminder_withdrawn", {"kind": "hydration", "reason": "Companion was closed"})]
    assert app.prompts == {} and not os.path.exists(listener.name)
    assert finished == [True]
    # A signal during or after Quit, or a second Quit: nothing more is done or recorded.
    before = _recorded(app, "stretch_session", "breathing_session", "reminder_withdrawn")
    app.quit("SIGTERM")
    app.home.tray.actions[Request(Action.QUIT)].trigger()
    assert app.commands.run_all([Request(Action.LOG_WATER)]) == "Companion is closing, so nothing was done"
    assert _recorded(app, "stretch_session", "breathing_session", "reminder_withdrawn") == before
    assert finished == [True]


def test_a_logout_coming_saves_the_sessions_and_companion_carries_on(make_app, clock, qtbot):
    app = _app_in_the_middle_of_things(make_app, clock, qtbot)
    app.save_sessions()  # the session manager's commitDataRequest
    assert len(_recorded(app, "stretch_session", "breathing_session")) == 2
    assert not app.leaving and set(app.prompts) == {"hydration"}  # the logout may be cancelled
    app.commands.run(Request(Action.LOG_WATER))
    assert app.history.count("water_logged") == 1
    app.quit()  # the logout went ahead: the sessions are not recorded twice
    assert len(_recorded(app, "stretch_session", "breathing_session")) == 2


def test_quit_goes_last_whatever_order_it_came_in(make_app):
    app = make_app()
    assert app.commands.run_all([Request(Action.QUIT), Request(Action.LOG_WATER, "command line")]) is None
    assert [data["via"] for _, data in _recorded(app, "water_logged")] == ["command line"]
    assert app.leaving


def test_a_step_that_fails_does_not_stop_the_rest_of_the_goodbye(make_app, clock, qtbot, monkeypatch):
    app = _app_in_the_middle_of_things(make_app, clock, qtbot)

    def broken():
        raise RuntimeError("a bug in a window")
    monkeypatch.setattr(app.features, "end_sessions", broken)
    finished = []
    app.finished.connect(lambda: finished.append(True))
    app.quit()
    # The steps after it still ran: the prompt is recorded, and the process may end.
    assert _recorded(app, "reminder_withdrawn") == [
        ("reminder_withdrawn", {"kind": "hydration", "reason": "Companion was closed"})]
    assert finished == [True]
