"""On a German desktop (LANG=de_DE.UTF-8, no language chosen in Settings), the real app as a
user starts it (main.py) speaks German: its Today window, read over AT-SPI as a screen reader
reads it, names the day in German."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from desktop_helpers import end_group

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


def test_a_german_desktop_gets_companion_in_german(desktop, companion_home, tmp_path, language):
    env = {name: value for name, value in desktop.items()
           if name not in ("LC_ALL", "LANGUAGE", "LC_MESSAGES", "LC_TIME")}
    env.update(LANG="de_DE.UTF-8", COMPANION_HOME=os.environ["COMPANION_HOME"],
               HOME=os.environ["HOME"], XDG_CONFIG_HOME=os.environ["XDG_CONFIG_HOME"],
               XDG_DATA_HOME=os.environ["XDG_DATA_HOME"],
               XDG_RUNTIME_DIR=os.environ["XDG_RUNTIME_DIR"])
    config = Path(env["COMPANION_HOME"]) / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps(
        {"welcome_done": True, "tray_hint_shown": True, "start_at_login": False}))
    language("de")
    today = date_text(date.today())  # "Freitag, 4. Dezember": the app runs on the same clock
    language("en")
    assert today != date_text(date.today())
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env, stdout=log,
                           stderr=subprocess.STDOUT, start_new_session=True)
    try:
        # No tray on this display: the Today window opens, as Companion's home.
        assert _at_spi(env, ["is", "label", today]) == [today]
        quit_ = subprocess.run([sys.executable, str(ROOT / "main.py"), "--quit"], env=env,
                               capture_output=True, text=True, timeout=60)
        assert quit_.returncode == 0, quit_.stderr
        assert app.wait(timeout=30) == 0
    finally:
        end_group(app)
        log.close()
