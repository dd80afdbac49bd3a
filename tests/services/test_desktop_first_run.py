"""The first start of the real process on a real desktop (Xvfb + openbox, no tray): the
welcome is the window the user sees first, in front of the Today window."""

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


def test_on_a_first_start_without_a_tray_the_welcome_is_in_front(openbox, tmp_path, qtbot):
    home = tmp_path / "home"
    env = {**x_env(openbox), "COMPANION_HOME": str(home), "XDG_RUNTIME_DIR": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    os.chmod(tmp_path, 0o700)
    app = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(lambda: _mapped(openbox, "Welcome to Companion")
                        and _mapped(openbox, "Today — Companion"), timeout=WAIT_S * 1000)
        # Before: Today, opened after the welcome and activated, was in front of it.
        qtbot.waitUntil(lambda: _active_title(openbox) == "Welcome to Companion",
                        timeout=WAIT_S * 1000)
    finally:
        stop(app)
