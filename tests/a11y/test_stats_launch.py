"""`companion --stats` through the real processes: a second launch hands the request to the
running copy (main.py, as a user starts it), which opens the Statistics window; read back
over AT-SPI, as a screen reader finds it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from desktop_helpers import end_group

from companion.core.statistics import View, span_of
from companion.core.wording import date_text

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"


def _at_spi(env: dict, *steps: list) -> list:
    done = subprocess.run([SYSTEM_PYTHON, str(HERE / "atspi_client.py"), "Companion",
                           json.dumps(list(steps))], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_dash_dash_stats_opens_the_statistics_in_the_running_copy(desktop, companion_home, tmp_path):
    env = dict(desktop, COMPANION_HOME=os.environ["COMPANION_HOME"], HOME=os.environ["HOME"],
               XDG_CONFIG_HOME=os.environ["XDG_CONFIG_HOME"],
               XDG_DATA_HOME=os.environ["XDG_DATA_HOME"],
               XDG_RUNTIME_DIR=os.environ["XDG_RUNTIME_DIR"])
    config = Path(env["COMPANION_HOME"]) / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps(
        {"schema_version": 2, "welcome_done": True, "tray_hint_shown": True,
         "start_at_login": False}))
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env, stdout=log,
                           stderr=subprocess.STDOUT, start_new_session=True)
    try:
        # No tray on this display: the Today window is the home, and shows it is up.
        assert _at_spi(env, ["read", "push button", "Statistics"]) == ["Statistics"]
        launch = subprocess.run([sys.executable, str(ROOT / "main.py"), "--stats"], env=env,
                                capture_output=True, text=True, timeout=60)
        assert launch.returncode == 0, launch.stderr
        week = span_of(View.WEEK, date.today())  # the app runs on the same clock
        monday = date_text(week.first)
        done = _at_spi(env, ["read", "list", "Water per day"], ["read", "label", week.title()],
                       ["is", "list item", monday])
        assert done == ["Water per day", week.title(), monday]
        quit_ = subprocess.run([sys.executable, str(ROOT / "main.py"), "--quit"], env=env,
                               capture_output=True, text=True, timeout=60)
        assert quit_.returncode == 0, quit_.stderr
        assert app.wait(timeout=30) == 0
    finally:
        end_group(app)
        log.close()
