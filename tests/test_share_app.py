"""One history across computers (issue 25), end to end: two real Companion processes,
each with its own home, share one plain folder (what a sync tool keeps in step; the real
Syncthing run is tests' other harness). Both run under Debian's faketime at SPEED times
real time from the same simulated moment.

A glass logged on A (from the command line) is in B's export; a stretch session done on
B keeps A from asking for a stretch at its next regular time: A counts its interval from
B's session, as if it had been done on A.
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
from history_watch import wait_for_history

from companion.core import settings_file
from companion.core.settings import ReminderPlan, Settings
from companion.core.week import Hours, uniform_week
from companion.services.single_instance.place import server_name

pytestmark = pytest.mark.slow  # two real app processes

ROOT = Path(__file__).resolve().parent.parent
SPEED = 60
START = datetime(2026, 3, 2, 9, 50, tzinfo=UTC)  # a Monday; the apps run in UTC
STRETCH_DUE = START.replace(minute=0, hour=10)  # every 15 minutes from 08:00


def settings(folder: Path, name: str) -> Settings:
    return Settings(hydration=ReminderPlan(enabled=False), breathing=ReminderPlan(enabled=False),
                    stretch=ReminderPlan(interval_minutes=15),
                    week=uniform_week([Hours(480, 1200)], tuple(range(7))),
                    share_folder=str(folder), machine_name=name, tray_hint_shown=True,
                    stretch_safety_seen=True, welcome_done=True, start_at_login=False)


class App:
    """A real Companion process under faketime, over a home of its own."""

    def __init__(self, tmp_path: Path, name: str, folder: Path):
        self.home = tmp_path / name
        (self.home / "config").mkdir(parents=True)
        settings_file.save(settings(folder, name), self.home / "config" / "settings.json")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("FAKETIME", "LD_PRELOAD"))}
        self.env.update(COMPANION_HOME=str(self.home), TZ="UTC", QT_QPA_PLATFORM="offscreen",
                        PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(ROOT))
        self.env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no notification server: toasts
        self.out = tmp_path / f"{name}.out"
        self.name = name

    def start(self) -> None:
        self.log = open(self.out, "wb")
        self.proc = subprocess.Popen(
            ["faketime", "-f", f"{START:@%Y-%m-%d %H:%M:%S} x{SPEED}", sys.executable,
             str(ROOT / "main.py")], env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True)
        self.started = datetime.now(UTC)

    def now(self) -> datetime:
        """Its simulated clock (faketime starts at START when the process starts)."""
        return START + (datetime.now(UTC) - self.started) * SPEED

    def answering(self) -> bool:
        assert self.proc.poll() is None, f"{self.name} stopped:\n{self.out.read_text()}"
        return os.path.exists(server_name(str(self.home / "data")))

    def ask(self, *args: str) -> None:
        """Hand a command line to the running copy (as a second launch does)."""
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                              env=self.env, timeout=60, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr

    def rows(self, sql: str) -> list[tuple]:
        path = self.home / "data" / "history.db"
        if not path.exists():
            return []
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return db.execute(sql).fetchall()
        except sqlite3.OperationalError:  # not made yet
            return []
        finally:
            db.close()

    def stop(self) -> None:
        end_group(self.proc)
        self.log.close()


def stretch_prompts(app: App) -> list[datetime]:
    return [datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC) for (at,) in app.rows(
        "SELECT at FROM events WHERE kind = 'reminder_shown' AND data LIKE '%stretch%' ORDER BY at")]


@pytest.mark.timeout(180)
def test_water_and_a_stretch_break_on_one_computer_count_on_the_other(qtbot, tmp_path):
    if shutil.which("faketime") is None:
        if os.environ.get("CI"):
            pytest.fail("faketime is missing: .ci/bootstrap --tests installs it")
        pytest.skip("needs Debian's faketime (bash .ci/bootstrap --tests)")
    folder = tmp_path / "Shared"
    folder.mkdir()
    a, b = App(tmp_path, "Work", folder), App(tmp_path, "Home", folder)
    a.start()
    b.start()
    try:
        qtbot.waitUntil(lambda: a.answering() and b.answering(), timeout=30_000)
        # A glass on A, from the command line: B has it from A's journal.
        a.ask("--log-water")
        wait_for_history(qtbot, b.home, lambda: bool(b.rows(
            "SELECT machine FROM events WHERE kind = 'water_logged' AND machine IS NOT NULL")),
            timeout_ms=20_000, what="A's glass in B's history")
        b.ask("--export", str(tmp_path / "home.json"))
        exported = json.loads((tmp_path / "home.json").read_text())["events"]
        [glass] = [e for e in exported if e["kind"] == "water_logged"]
        assert a.rows("SELECT id FROM events WHERE kind = 'water_logged'") == [(glass["id"],)]
        # A stretch session on B, well before A's 10:00 stretch...
        assert b.now() < STRETCH_DUE - timedelta(minutes=5), "the start-up took too long"
        b.ask("--stretch", "quick-hand")
        wait_for_history(qtbot, a.home, lambda: bool(a.rows(
            "SELECT at FROM events WHERE kind = 'stretch_session' AND machine IS NOT NULL")),
            timeout_ms=30_000, what="B's stretch session in A's history")
        [(session_at, data)] = b.rows("SELECT at, data FROM events WHERE kind = 'stretch_session'")
        assert json.loads(data)["steps_done"] > 0
        session = datetime.strptime(session_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
        # ...so A asks 15 minutes after it, not at 10:00: its first prompt (so every one)
        # comes then, and none before.
        next_due = session + timedelta(minutes=15)
        wait_for_history(qtbot, a.home, lambda: bool(stretch_prompts(a)),
                         timeout_ms=int((next_due - a.now()).total_seconds() * 1000 / SPEED)
                         + 20_000, what="A's stretch prompt")
        shown = stretch_prompts(a)
        assert next_due - timedelta(minutes=1) <= shown[0] <= next_due + timedelta(minutes=2), shown
        # B's own next stretch counts from its session as well; A's history says where
        # the session came from.
        assert a.rows("SELECT name FROM machines") == [("Home",)]
    finally:
        a.stop()
        b.stop()
