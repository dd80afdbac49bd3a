"""The real app, and settings.json edited by hand while it runs: the edit is used and saved
with the app's own changes; a broken edit is kept beside it, said, and not written over."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from desktop_helpers import stop

from companion.services.single_instance.client import forward
from companion.services.single_instance.place import server_name

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

ROOT = Path(__file__).resolve().parents[1]
WAIT_MS = 20_000


def edit(path: Path, change) -> None:
    """As an editor saves: a new file renamed over the old one."""
    raw = json.loads(path.read_text())
    change(raw)
    tmp = path.with_name("settings.json~")
    tmp.write_text(json.dumps(raw, indent=4))
    os.replace(tmp, path)


def last_glass_ml(data: Path) -> int:
    with sqlite3.connect(data / "history.db") as db:
        row = db.execute("SELECT data FROM events WHERE kind = 'water_logged' "
                         "ORDER BY at DESC LIMIT 1").fetchone()
    return json.loads(row[0])["ml"]


@pytest.mark.timeout(120)
def test_a_hand_edit_is_used_and_survives_the_apps_next_save(qtbot, companion_home):
    config, data = companion_home / "config", companion_home / "data"
    config.mkdir(parents=True)
    settings = config / "settings.json"
    settings.write_text(json.dumps({"welcome_done": True, "tray_hint_shown": True,
                                    "hydration": {"enabled": False}}))
    log_file = data / "companion.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    name = server_name(str(data))
    app = subprocess.Popen([sys.executable, str(ROOT / "main.py")], cwd=ROOT, env=env)
    try:
        qtbot.waitUntil(lambda: os.path.exists(name), timeout=WAIT_MS)
        assert forward(name, ["log_water:command line"]) is True
        assert last_glass_ml(data) == 250

        # A valid edit is taken up at once: the next glass is the new size.
        def bigger_glass_and_slower_water(raw):
            raw["glass_ml"] = 300
            raw["hydration"]["interval_minutes"] = 90
        edit(settings, bigger_glass_and_slower_water)
        qtbot.waitUntil(lambda: "using settings.json as edited outside Companion"
                        in log_file.read_text(), timeout=WAIT_MS)
        assert forward(name, ["log_water:command line"]) is True
        assert last_glass_ml(data) == 300

        # Edited again, and at once the app saves (the checklist's "turn water reminders
        # on"), likely before its watcher looked: both edits are in the saved file.
        edit(settings, lambda raw: raw.update(glass_ml=350))
        assert forward(name, ["enable_hydration"]) is True
        saved = json.loads(settings.read_text())
        assert saved["hydration"]["enabled"] is True
        assert saved["hydration"]["interval_minutes"] == 90 and saved["glass_ml"] == 350

        # A broken edit: kept beside it, said in the log, the file left as the user wrote it.
        broken = settings.read_text().replace('"glass_ml": 350', '"glass_ml": 350,,')
        settings.write_text(broken)
        qtbot.waitUntil(lambda: "was changed outside Companion; not all of it could be "
                        "used" in log_file.read_text(), timeout=WAIT_MS)
        [copy] = [p for p in config.iterdir() if ".bad-" in p.name]
        assert copy.read_text() == broken and settings.read_text() == broken
        assert "Your file is kept as " + copy.name in log_file.read_text()
        assert forward(name, ["log_water:command line"]) is True
        assert last_glass_ml(data) == 350  # the settings in use stayed as they were
        assert settings.read_text() == broken
        assert app.poll() is None
    finally:
        stop(app)
