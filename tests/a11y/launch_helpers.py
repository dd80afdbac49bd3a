"""The real app started as a user starts it (main.py) on the AT-SPI test desktop, and read
over the accessibility bus: for the tests of a whole launch (a second launch's request, the
desktop's language)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_helpers import end_group

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"


def at_spi(env: dict, *steps: list) -> list:
    """Run AT-SPI steps (see atspi_client.py) against Companion; their results."""
    done = subprocess.run([SYSTEM_PYTHON, str(HERE / "atspi_client.py"), "Companion",
                           json.dumps(list(steps))], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def launch_env(desktop: dict, drop: tuple[str, ...] = (), **extra: str) -> dict:
    """The desktop's environment with this test's own Companion folders (conftest's
    companion_home), less the names in ``drop``, plus ``extra``."""
    env = {name: value for name, value in desktop.items() if name not in drop}
    env.update({name: os.environ[name] for name in
                ("COMPANION_HOME", "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR")})
    env.update(extra)
    config = Path(env["COMPANION_HOME"]) / "config"
    config.mkdir(parents=True)
    # A returning user: no welcome, no tray hint, nothing written to autostart.
    (config / "settings.json").write_text(json.dumps(
        {"welcome_done": True, "tray_hint_shown": True, "start_at_login": False}))
    return env


def companion(env: dict, *args: str) -> subprocess.CompletedProcess:
    """A later launch (``--stats``, ``--quit``): it hands its request to the running copy."""
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done


@contextlib.contextmanager
def running(env: dict, log_path: Path):
    """The app as a user starts it; quit the way a user does (``--quit``) at the end."""
    with log_path.open("w") as log:
        app = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env, stdout=log,
                               stderr=subprocess.STDOUT, start_new_session=True)
        try:
            yield app
            companion(env, "--quit")
            assert app.wait(timeout=30) == 0
        finally:
            end_group(app)
