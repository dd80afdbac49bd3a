"""The first start of the real process on a real desktop (Xvfb + openbox, no tray): the
welcome is the window the user sees first, alone; once it is answered, Today comes up in
front, so the welcome never closes onto an empty desktop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import WAIT_S, stop, x_env

ROOT = Path(__file__).resolve().parents[2]


def _active_title(display: str) -> str:
    result = subprocess.run(["xdotool", "getactivewindow", "getwindowname"], env=x_env(display),
                            capture_output=True, text=True, timeout=WAIT_S)
    return result.stdout.strip()


def _mapped(display: str, title: str) -> bool:
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"],
                            env=x_env(display), capture_output=True, text=True, timeout=WAIT_S)
    return bool(result.stdout.strip())


def test_on_a_first_start_the_welcome_comes_alone_and_today_after_it(openbox, tmp_path, qtbot):
    home = tmp_path / "home"
    env = {**x_env(openbox), "COMPANION_HOME": str(home), "XDG_RUNTIME_DIR": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    os.chmod(tmp_path, 0o700)
    app = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(lambda: _active_title(openbox) == "Welcome to Companion",
                        timeout=WAIT_S * 1000)
        assert not _mapped(openbox, "Today — Companion")  # one thing at a time
        # Enter: "Start using Companion", as a person answers it from the keyboard.
        subprocess.run(["xdotool", "key", "Return"], env=x_env(openbox), timeout=WAIT_S, check=True)
        qtbot.waitUntil(lambda: _active_title(openbox) == "Today — Companion",
                        timeout=WAIT_S * 1000)
        assert not _mapped(openbox, "Welcome to Companion")
        assert '"welcome_done": true' in (home / "config" / "settings.json").read_text()
    finally:
        stop(app)
