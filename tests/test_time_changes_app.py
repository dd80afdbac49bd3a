"""The running app when the clock is set or the time zone changes under it.

The real process runs under libfaketime. Setting the real clock would need CAP_SYS_TIME
and change it for the whole machine, so the clock is moved by writing a new time into
FAKETIME_TIMESTAMP_FILE, with the monotonic clock left alone as settimeofday leaves it.
The kernel never hears of such a change (no timerfd notice), so the test then wakes the
app as anything would (a second launch's "open Today", sent on the app's own socket the
way main.py --show sends it); the app must notice the jump on that wake-up, re-plan at
once and record what was open consistently.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from desktop_helpers import end_group, libfaketime, set_fake_clock
from zone_helpers import point, zone_link  # noqa: F401  (a fixture)

from companion.services.single_instance.client import forward
from companion.services.single_instance.place import server_name

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

ROOT = Path(__file__).resolve().parent.parent
NEW_YORK = ZoneInfo("America/New_York")
ALL_DAY = {"start": "06:00", "end": "22:00", "days": list(range(7))}


# -- in the test process: the app follows a new system zone ------------------------------
def test_the_app_follows_a_new_system_zone(zone_link, make_app, qtbot):  # noqa: F811
    app = make_app(tz=None)  # the zone comes from the system: TZ names our link
    berlin = ZoneInfo("Europe/Berlin")
    assert app.tz.key == "Europe/Berlin" and app.zone_watch.watching
    assert app.reminders.next_times()["breathing"] == datetime(2026, 3, 2, 11, tzinfo=berlin)
    point(zone_link, "America/New_York")  # travel: 03:50 in New York
    qtbot.waitUntil(lambda: app.tz.key == "America/New_York", timeout=5000)
    assert app.reminders.next_times()["breathing"] == datetime(2026, 3, 2, 11, tzinfo=NEW_YORK)
    assert app.reminders.next_times()["hydration"] == datetime(2026, 3, 2, 10, tzinfo=NEW_YORK)
    # Today and the tray speak the new zone's clock (11:00 in New York, not 17:00).
    assert app.home.today.next_labels["breathing"].text() == "11:00"
    assert app.home.today.next_labels["hydration"].text() == "10:00"
    assert "Breathing: 11:00" in app.home.tray.tooltip
    assert app.features.host.tz is app.tz and app.reminders.board.tz is app.tz


# -- the real process under libfaketime ---------------------------------------------------
def _settings(home: Path, **plans) -> None:
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(json.dumps(
        {"schema_version": 2, "tray_hint_shown": True, **plans}))


def _env(home: Path, **more) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAKETIME", "LD_PRELOAD"))}
    env.update(COMPANION_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               PYTHONDONTWRITEBYTECODE="1", **more)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no notification server: prompts are toasts
    return env


def _events(db_path: Path) -> list[tuple[datetime, str, dict]]:
    """Every event in the order the app wrote it."""
    if not db_path.exists():
        return []
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT at, kind, data FROM events ORDER BY rowid").fetchall()
    except sqlite3.OperationalError:  # not created yet
        return []
    finally:
        db.close()
    return [(datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC), kind,
             json.loads(data)) for at, kind, data in rows]


def _shown(events, kind: str) -> list[datetime]:
    return [at for at, k, data in events if k == "reminder_shown" and data["kind"] == kind]




def _wait_for(proc, db_path, what, seconds: float, out: Path):
    """Wait (on the real process) until ``what(events)`` holds; fail if the app stopped."""
    deadline = datetime.now(UTC) + timedelta(seconds=seconds)
    while datetime.now(UTC) < deadline:
        try:
            proc.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            if what(_events(db_path)):
                return
            continue
        pytest.fail("the app stopped:\n" + out.read_text())
    pytest.fail(f"waited {seconds} s in vain; the app said:\n" + out.read_text())


def _wake_the_app(home: Path) -> None:
    """Anything that wakes the app: here a second launch's request for the Today window,
    handed over on the app's socket as main.py --show hands it (without the seconds a
    second Python takes to start, so the test can set the clock closer to what matters).
    Returns once the app has answered: it was awake."""
    assert forward(server_name(str(home / "data")), ["show"], timeout=30), "not listening"


def _lapses_after_their_prompts(events) -> int:
    """Every prompt that lapsed or was answered is recorded no earlier than it was shown."""
    shown, closed = {}, 0
    for at, kind, data in events:
        if kind == "reminder_shown":
            shown[data["kind"]] = at
        elif kind.startswith("reminder_") and "due" not in data and data.get("kind") in shown:
            assert at >= shown[data["kind"]], (kind, data, at, shown[data["kind"]])
            # (Those still open when the test ends Companion are recorded withdrawn: not counted.)
            closed += kind != "reminder_withdrawn"
    return closed


@pytest.mark.timeout(150)
def test_clock_set_back_and_forward_under_the_running_app(tmp_path):
    lib = libfaketime()
    home = tmp_path / "home"
    _settings(home, hydration={**ALL_DAY, "interval_minutes": 5}, stretch={"enabled": False},
              breathing={**ALL_DAY, "mode": "times", "times": ["10:01", "12:00"]})
    day = datetime(2026, 3, 2, tzinfo=UTC)  # a Monday; the app runs in UTC
    stamp = tmp_path / "faketime.rc"
    set_fake_clock(stamp, day.replace(hour=11, minute=59, second=56))
    env = _env(home, TZ="UTC", LD_PRELOAD=lib, FAKETIME_TIMESTAMP_FILE=str(stamp),
               FAKETIME_NO_CACHE="1", FAKETIME_DONT_FAKE_MONOTONIC="1")
    out = tmp_path / "app.out"
    db = home / "data" / "history.db"
    with open(out, "wb") as log:
        proc = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
    try:
        # 12:00: water and breathing come, and nobody answers them.
        _wait_for(proc, db, lambda ev: _shown(ev, "hydration") and _shown(ev, "breathing"), 40, out)
        # The clock is set back two hours (a wrong clock corrected, say) and the app woken.
        # (Four seconds before 10:01: the wake-up and re-plan take a fraction of that.)
        set_fake_clock(stamp, day.replace(hour=10, minute=0, second=56))
        _wake_the_app(home)
        # The 10:01 breathing is still ahead on the new clock: it comes at 10:01, not never.
        _wait_for(proc, db, lambda ev: len(_shown(ev, "breathing")) == 2, 40, out)
        # Then forward past 12:30: one catch-up per kind at once, not when a timer runs out.
        set_fake_clock(stamp, day.replace(hour=12, minute=30, second=30))
        _wake_the_app(home)
        _wait_for(proc, db, lambda ev: len(_shown(ev, "hydration")) == 2
                  and len(_shown(ev, "breathing")) == 3, 40, out)
    finally:
        end_group(proc)

    events = _events(db)
    at = day.replace
    breathing, water = _shown(events, "breathing"), _shown(events, "hydration")
    assert at(hour=12) <= breathing[0] < at(hour=12, second=5)
    assert at(hour=10, minute=1) <= breathing[1] < at(hour=10, minute=1, second=5)
    assert at(hour=12, minute=30, second=30) <= breathing[2] < at(hour=12, minute=31)
    assert at(hour=12) <= water[0] < at(hour=12, second=5)
    assert at(hour=12, minute=30, second=30) <= water[1] < at(hour=12, minute=31)
    # Water kept its pace in real time across the set-back: the 12:05 glass came due five
    # minutes after the 12:00 one, at 10:05 and some seconds on the new clock. Those
    # passed with the clock set forward were recorded missed, but the last (shown).
    due = [datetime.fromisoformat(data["due"]) for _, kind, data in events
           if kind == "reminder_missed" and "due" in data]
    assert at(hour=10, minute=5) <= due[0] < at(hour=10, minute=6)
    grid = [due[0] + timedelta(minutes=5 * k) for k in range(40)]
    assert due == [t for t in grid if t <= at(hour=12, minute=30, second=30)][:-1]
    # The prompts open across each change lapsed no earlier than they were shown.
    assert _lapses_after_their_prompts(events) == 3
    logged = (home / "data" / "companion.log").read_text()
    assert "the clock was set back by 1:59:" in logged
    assert "the clock moved 2:29:" in logged
    assert "re-arming" not in logged  # the alarm kept itself armed through both changes


@pytest.mark.timeout(150)
def test_a_new_time_zone_under_the_running_app(tmp_path, zone_link):  # noqa: F811
    lib = libfaketime()
    home = tmp_path / "home"
    _settings(home, hydration={"enabled": False}, stretch={"enabled": False},
              breathing={**ALL_DAY, "mode": "times", "times": ["11:00"]})
    day = datetime(2026, 3, 2, tzinfo=UTC)  # a Monday
    # The app's wall and monotonic clocks both read the file: moving it on is time passing
    # (not a clock set), the hours between the moments that matter gone in an instant. (Had
    # the app stayed in Berlin, passing 10:00 UTC would bring its breathing at once: a
    # catch-up, as after a suspend.)
    stamp = tmp_path / "faketime.rc"
    set_fake_clock(stamp, day.replace(hour=8))  # 09:00 in Berlin, 03:00 in New York
    out = tmp_path / "app.out"
    db = home / "data" / "history.db"
    log_file = home / "data" / "companion.log"
    env = _env(home, TZ=f":{zone_link}", LD_PRELOAD=lib, FAKETIME_TIMESTAMP_FILE=str(stamp),
               FAKETIME_NO_CACHE="1")

    def logged(line: str):
        return lambda _ev: log_file.exists() and line in log_file.read_text()

    with open(out, "wb") as log:
        proc = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_for(proc, db, logged("following the time zone"), 30, out)
        point(zone_link, "America/New_York")  # the laptop arrives in New York
        _wait_for(proc, db, logged("the time zone changed"), 30, out)
        # Past 11:00 in Berlin (10:00 UTC), the moment an app still in Berlin would prompt.
        set_fake_clock(stamp, day.replace(hour=10, minute=0, second=30))
        _wake_the_app(home)
        # Then to three seconds before 11:00 in New York; the app's own timer does the rest.
        set_fake_clock(stamp, day.replace(hour=15, minute=59, second=57))
        _wake_the_app(home)
        _wait_for(proc, db, lambda ev: bool(_shown(ev, "breathing")), 30, out)
    finally:
        end_group(proc)

    logged_text = log_file.read_text()
    assert "the time zone changed from Europe/Berlin to America/New_York" in logged_text
    assert "re-arming" not in logged_text  # the alarm fired as planned, not rescued by a wake
    # 11:00 in New York (16:00 UTC), not 11:00 in Berlin (10:00 UTC): shown once, on time.
    (shown,) = _shown(_events(db), "breathing")
    eleven = datetime(2026, 3, 2, 11, tzinfo=NEW_YORK)
    assert eleven <= shown < eleven + timedelta(seconds=5), shown.astimezone(NEW_YORK)
