"""Soak: the real app process runs a simulated working day under libfaketime.

Time in the app runs 1,200 times faster than real time (Debian's ``faketime`` speeds up
the wall clock, the monotonic clock and every wait the event loop makes), so seven
hours pass in about twenty seconds. Nobody answers a prompt. Afterwards the history
file must show one prompt per interval of each kind: none lost, none in a burst.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from desktop_helpers import end_group

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

ROOT = Path(__file__).resolve().parent.parent
SPEED = 1200
START = datetime(2026, 3, 2, 8, 58, tzinfo=UTC)  # a Monday; the app runs in UTC
END = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)
SLACK = timedelta(minutes=3)  # start-up, the event loop and faketime's granularity


def _expected(pause_end: datetime) -> dict[str, list[datetime]]:
    def day(hh, mm):
        return START.replace(hour=hh, minute=mm)

    # Paused at start-up for 30 minutes: due times inside the pause are not caught up (the
    # 09:20 glass, and more if a busy machine made start-up take over a simulated minute
    # or two: one real second is twenty). Stretches count from 09:00.
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


def live_through(tmp_path: Path, home: Path, start: datetime, end: datetime, speed: float,
                 args: list[str] | None = None) -> Path:
    """Run the real app (main.py ``args``) under faketime from ``start`` at ``speed`` times
    real time, offscreen and with no notification server (prompts are toasts), until it has
    shown a water reminder at ``end`` or later; fail if it stopped or hung (twice the real
    time the day needs, and 30 s). The history file it wrote."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAKETIME", "LD_PRELOAD"))}
    env.update(COMPANION_HOME=str(home), TZ="UTC", QT_QPA_PLATFORM="offscreen",
               PYTHONDONTWRITEBYTECODE="1")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no notification server: prompts are toasts
    log = open(tmp_path / "app.out", "wb")
    proc = subprocess.Popen(
        ["faketime", "-f", f"{start:@%Y-%m-%d %H:%M:%S} x{speed}", sys.executable,
         str(ROOT / "main.py"), *(args or [])], env=env, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True)  # faketime forks the app: end the whole group
    db_path = home / "data" / "history.db"
    deadline = datetime.now(UTC) + timedelta(seconds=(end - start).total_seconds() / speed * 2 + 30)
    try:
        while datetime.now(UTC) < deadline:
            try:
                proc.wait(timeout=0.5)
                break  # it exited: a failure, reported below
            except subprocess.TimeoutExpired:
                pass
            if db_path.exists() and (water := _shown(db_path).get("hydration")) and water[-1] >= end:
                break
        assert proc.poll() is None, "the app stopped:\n" + (tmp_path / "app.out").read_text()
    finally:
        end_group(proc)
        log.close()
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
    db_path = live_through(tmp_path, home, START, END, SPEED, ["--pause", "30"])

    shown = {kind: [t for t in times if t < END + SLACK] for kind, times in _shown(db_path).items()}
    pause_end = _pause_end(db_path)
    # The pause began as the app started, at 08:58 plus its start-up (3 real seconds at
    # most, or too little of the day would be left to test).
    assert START + timedelta(minutes=30) <= pause_end < START.replace(hour=10), pause_end
    for kind, expected in _expected(pause_end).items():
        got = shown.get(kind, [])
        assert len(got) == len(expected), (kind, [t.strftime("%H:%M") for t in got])
        for g, e in zip(got, expected):
            assert e <= g <= e + SLACK, (kind, g, e)
