"""Soak: the real app process lives through a simulated working day under libfaketime.

The app's wall and monotonic clocks follow a file (libfaketime's FAKETIME_TIMESTAMP_FILE);
the test moves that file on to a moment before each prompt due, wakes the app (a second
launch's "open Today", on its socket), and the app's own alarm fires at the moment on
time that then passes at its real pace: seven hours in a few seconds, with nothing
planned in between skipped unseen (a due time passed in a move is shown at the next
wake-up or recorded missed, and both are checked). Nobody answers a prompt. Afterwards
the history file must show one prompt per interval of each kind: none lost, none early,
none in a burst.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from desktop_helpers import WAIT_S, end_group, libfaketime, set_fake_clock

from companion.services.single_instance.client import forward
from companion.services.single_instance.place import server_name

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

ROOT = Path(__file__).resolve().parent.parent
START = datetime(2026, 3, 2, 8, 58, tzinfo=UTC)  # a Monday; the app runs in UTC
END = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)
SLACK = timedelta(minutes=3)  # the event loop's delay (seconds here), kept as it was
# The clock is moved to this long before each moment that matters: the app is woken
# before the moment and its alarm fires by itself (or, woken late on a busy machine, as
# soon as it wakes: never before its time, and still a prompt early if planned early).
LEAD = timedelta(seconds=0.1)


def _expected(pause_end: datetime) -> dict[str, list[datetime]]:
    def day(hh, mm):
        return START.replace(hour=hh, minute=mm)

    # Paused at start-up for 30 minutes: due times inside the pause are not caught up (the
    # 09:20 glass). Stretches count from 09:00.
    water = [day(9, 20) + timedelta(minutes=20 * i) for i in range(21)]          # .. 16:00
    stretch = [day(9, 0) + timedelta(minutes=45 * i) for i in range(1, 10)]      # .. 15:45
    return {kind: [t for t in times if t > pause_end] for kind, times in
            {"hydration": water, "stretch": stretch, "breathing": [day(11, 0), day(15, 30)]}.items()}


def _pause_end(db_path: Path) -> datetime:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        (data,), = db.execute("SELECT data FROM events WHERE kind = 'reminders_paused'").fetchall()
    finally:
        db.close()
    return datetime.fromisoformat(json.loads(data)["until"])


def _shown(db_path: Path) -> dict[str, list[datetime]]:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT at, data FROM events WHERE kind = 'reminder_shown' "
                          "ORDER BY at").fetchall()
    finally:
        db.close()
    shown: dict[str, list[datetime]] = {}
    for at, data in rows:
        when = datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
        shown.setdefault(json.loads(data)["kind"], []).append(when)
    return shown


def _missed_due(db_path: Path) -> list[str]:
    """Due times the app recorded missed: passed while it was not woken."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT data FROM events WHERE kind = 'reminder_missed'").fetchall()
    finally:
        db.close()
    return [data["due"] for (data,) in ((json.loads(d),) for (d,) in rows) if "due" in data]


def live_through(tmp_path: Path, home: Path, start: datetime,
                 expected: Callable[[Path], dict[str, list[datetime]]],
                 quiet: Iterable[datetime] = (), args: list[str] | None = None) -> Path:
    """Run the real app (main.py ``args``) under libfaketime from ``start``, offscreen and
    with no notification server (prompts are toasts), through every moment ``expected``
    (given the history file once the app is up) says a prompt is due and the ``quiet``
    moments where none may be: the clock is moved to LEAD before each and the app woken;
    then its prompts are waited for, and the moment let pass on the app's clock. Fails if the app
    stopped or a prompt due did not come within WAIT_S. The history file it wrote, after
    checking that no due time passed unseen and the alarm never needed rescuing."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAKETIME", "LD_PRELOAD"))}
    stamp = tmp_path / "faketime.rc"
    set_fake_clock(stamp, start)
    env.update(COMPANION_HOME=str(home), TZ="UTC", QT_QPA_PLATFORM="offscreen",
               PYTHONDONTWRITEBYTECODE="1", LD_PRELOAD=libfaketime(),
               FAKETIME_TIMESTAMP_FILE=str(stamp), FAKETIME_NO_CACHE="1")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no notification server: prompts are toasts
    out = tmp_path / "app.out"
    log = open(out, "wb")
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *(args or [])], env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    db_path, log_file = home / "data" / "history.db", home / "data" / "companion.log"

    def until(done: Callable[[], bool], what: str) -> None:
        deadline = datetime.now(UTC) + timedelta(seconds=WAIT_S)
        while not done():
            if datetime.now(UTC) > deadline:
                pytest.fail(f"{what}: waited {WAIT_S} s in vain; the app said:\n" + out.read_text())
            try:
                proc.wait(timeout=0.05)
                pytest.fail("the app stopped:\n" + out.read_text())
            except subprocess.TimeoutExpired:
                pass

    try:
        until(lambda: log_file.exists() and "Companion started (" in log_file.read_text(),
              "start-up")
        due = expected(db_path)
        for moment in sorted({*quiet, *(t for times in due.values() for t in times)}):
            set_fake_clock(stamp, moment - LEAD)
            moved = datetime.now(UTC)
            assert forward(server_name(str(home / "data")), ["show"], timeout=WAIT_S), \
                "the app stopped listening:\n" + out.read_text()
            owed = {kind: sum(t <= moment for t in times) for kind, times in due.items()}
            until(lambda moved=moved, owed=owed: datetime.now(UTC) - moved > LEAD and all(
                len(_shown(db_path).get(kind, [])) >= n for kind, n in owed.items()),
                f"the prompts due at {moment:%H:%M}")
        assert proc.poll() is None, "the app stopped:\n" + out.read_text()
    finally:
        end_group(proc)
        log.close()
    # Nothing planned was passed over in a move unseen, and the alarm kept itself armed.
    assert _missed_due(db_path) == []
    assert "re-arming" not in log_file.read_text()
    return db_path


@pytest.mark.timeout(180)
def test_a_simulated_day_brings_every_reminder_once(tmp_path):
    if shutil.which("faketime") is None:
        if os.environ.get("CI"):
            pytest.fail("faketime is missing: .ci/bootstrap --tests installs it")
        pytest.skip("needs Debian's faketime (bash .ci/bootstrap --tests)")
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    plan = {"start": "09:00", "end": "17:00", "days": list(range(7))}
    (home / "config" / "settings.json").write_text(json.dumps({
        "schema_version": 2,
        "hydration": {**plan, "interval_minutes": 20},
        "stretch": {**plan, "interval_minutes": 45},
        "breathing": {**plan, "mode": "times", "times": ["11:00", "15:30"]},
        "tray_hint_shown": True,
    }))
    # It lives through its simulated day, which ends with the 16:00 glass.
    db_path = live_through(tmp_path, home, START, lambda db: _expected(_pause_end(db)),
                           args=["--pause", "30"])

    shown = {kind: [t for t in times if t < END + SLACK] for kind, times in _shown(db_path).items()}
    pause_end = _pause_end(db_path)
    # The pause began as the app started, at 08:58 plus its start-up (real seconds here).
    assert START + timedelta(minutes=30) <= pause_end < START.replace(hour=10), pause_end
    for kind, expected in _expected(pause_end).items():
        got = shown.get(kind, [])
        assert len(got) == len(expected), (kind, [t.strftime("%H:%M") for t in got])
        for g, e in zip(got, expected):
            assert e <= g <= e + SLACK, (kind, g, e)
