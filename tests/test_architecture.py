"""The core stays free of Qt: importing every core module with Qt blocked must work."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import companion.core

ROOT = Path(__file__).resolve().parent.parent


def test_core_imports_without_qt():
    modules = [f"companion.core.{m.name}" for m in pkgutil.iter_modules(companion.core.__path__)]
    assert "companion.core.history" in modules and len(modules) >= 8
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt6', 'PyQt5'):\n"
        "            raise ImportError('Qt is not allowed in companion.core: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {modules!r}: __import__(m)\n"
        "print('ok')\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def _run_without_display(*args):
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_help_and_version_need_no_display():
    help_run = _run_without_display("--help")
    assert help_run.returncode == 0 and "--log-water" in help_run.stdout
    assert "--pause MINUTES" in help_run.stdout
    version = _run_without_display("--version")
    assert version.returncode == 0 and version.stdout.startswith("Companion ")
