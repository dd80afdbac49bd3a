"""Your data from one Companion to another, through the real app processes: `--export` from
one running copy, `--import` (twice, and a damaged file) into another with its own home."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from desktop_helpers import stop
from instance_helpers import ROOT, WAIT_MS

from companion.core import diary
from companion.core.history import History
from companion.services.single_instance.place import server_name

pytestmark = pytest.mark.slow  # two real app processes and five launches


def launch(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          timeout=60, capture_output=True, text=True)


def running_app(qtbot, home: Path) -> tuple[subprocess.Popen, dict]:
    """The real app over ``home``, once it answers on its socket; and the env to reach it."""
    # XDG_RUNTIME_DIR is companion_home's: one socket folder, a socket per data folder.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "COMPANION_HOME": str(home)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # toasts; the notification tests cover D-Bus
    app = subprocess.Popen([sys.executable, str(ROOT / "main.py")], cwd=ROOT, env=env)
    name = server_name(str(home / "data"))
    qtbot.waitUntil(lambda: os.path.exists(name) or app.poll() is not None, timeout=WAIT_MS)
    assert app.poll() is None
    return app, env


def quit_app(app: subprocess.Popen, env: dict) -> None:
    try:
        assert launch(env, "--quit").returncode == 0
        assert app.wait(timeout=20) == 0
    finally:
        stop(app)


def stored(home: Path) -> set[tuple]:
    with sqlite3.connect(home / "data" / "history.db") as db:
        return set(db.execute("SELECT id, at, kind, data FROM events"))


def test_a_backup_exported_by_one_companion_is_imported_by_another_once(qtbot, tmp_path,
                                                                      companion_home):
    first, second = tmp_path / "first", tmp_path / "second"
    (first / "data").mkdir(parents=True)
    now = datetime.now(UTC)
    history = History(first / "data" / "history.db")
    for hours in (30, 5, 1):
        history.record("water_logged", {"ml": 250, "via": "tray"}, at=now - timedelta(hours=hours))
    diary.add(history, "eyelid", "left", note="before the exam", occurred_at=now - timedelta(days=3))
    history.close()
    mine = stored(first)

    app, env = running_app(qtbot, first)
    try:
        done = launch(env, "--export", str(tmp_path / "backup.json"))
        assert done.returncode == 0, done.stderr
        assert launch(env, "--export", str(tmp_path / "events.csv")).returncode == 0
    finally:
        quit_app(app, env)
    backup = tmp_path / "backup.json"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "events.csv").stat().st_mode) == 0o600
    assert len(json.loads(backup.read_text())["events"]) == 4
    assert len((tmp_path / "events.csv").read_text().splitlines()) == 5

    (tmp_path / "damaged.json").write_bytes(backup.read_bytes()[:-40])
    app, env = running_app(qtbot, second)
    try:
        for _ in range(2):
            done = launch(env, "--import", str(backup))
            assert done.returncode == 0, done.stderr
        before = stored(second)
        refused = launch(env, "--import", str(tmp_path / "damaged.json"))
        assert refused.returncode != 0
        assert ("damaged.json: This file is damaged or is not a Companion backup (it is not "
                "complete JSON). Nothing was imported.") in refused.stderr
        assert stored(second) == before
    finally:
        quit_app(app, env)
    assert mine <= stored(second)  # each entry once, with its id, time and details
    # Besides what it imported, the second Companion recorded only its own running: its
    # time at the computer and the prompts its goodbye took down.
    own = ("reminder_withdrawn", "active_time")
    assert len([row for row in stored(second) if row[2] not in own]) == 4
