"""The built wheel, installed into a fresh virtual environment, works away from the checkout.

The wheel is built from a copy of the source, installed (not editable) into a new venv and
run with the working folder elsewhere and no PYTHONPATH, so nothing can come from the
checkout. The venv borrows the already installed Qt, APScheduler and friends through a
.pth line (downloading PySide6 for every run would take minutes); Companion itself, and
every asset, must come from the wheel, which the tests check.
"""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import PySide6
import pytest

from companion.core.i18n import LANGUAGES
from companion.services import autostart, desktop_entry

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ("companion", "assets", "pyproject.toml", "README.md")

LOAD_EVERYTHING = r"""
import json, sys
from PySide6.QtWidgets import QApplication
qapp = QApplication(sys.argv[:1])
import companion
from companion import assets
from companion.app import Companion
from companion.core.breathing_files import load_patterns
from companion.core.checklist import load_checklist
from companion.core.routines import load_routines
from companion.services import paths
app = Companion(paths.resolve(), start_paused=True)
app.start()
routines, routine_problems = load_routines(assets.routines_dir())
patterns, pattern_problems = load_patterns(assets.patterns_file())
checklist = load_checklist(assets.checklist_file())
windows = {name: type(app.features.window(name)).__name__ for name in ("stretch", "breathing", "check")}
pictures = sorted({str(step.illustration) for r in routines for step in r.steps if step.illustration})
print(json.dumps({
    "companion": companion.__file__, "assets": str(assets.root()),
    "routines": sorted(r.id for r in routines), "patterns": len(patterns),
    "questions": sum(len(g.items) for g in checklist.groups),
    # The content's translations travel in the wheel too (assets/<folder>/<language>/).
    "german": [load_routines(assets.routines_dir(), language="de")[0][0].name,
               load_checklist(assets.checklist_file(), "de").levels[max(checklist.levels)][0]],
    "problems": routine_problems + pattern_problems + app.home.notices,
    "windows": windows, "pictures": pictures, "tray_icon_sizes": len(app.home.icon.availableSizes()),
}))
app.shutdown()
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(venv folder, wheel path): Companion's wheel installed into a fresh venv."""
    work = tmp_path_factory.mktemp("install")
    src = work / "src"
    for name in SOURCE:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "HOME": str(work / "home")}
    env.pop("PYTHONPATH", None)
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"),
             str(src)]
    if importlib.util.find_spec("hatchling"):  # .ci's venv has it (test extra): no download
        build.insert(4, "--no-build-isolation")
    subprocess.run(build, env=env, check=True, cwd=work, timeout=300)
    [wheel] = (work / "dist").glob("companion-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"),
                    "install", "--no-deps", "--no-index", "-q", str(wheel)], env=env, check=True,
                   cwd=work, timeout=300)
    [site] = venv.glob("lib/python*/site-packages")
    (site / "borrowed_dependencies.pth").write_text(str(Path(PySide6.__file__).parent.parent) + "\n")
    return venv, wheel


def run_installed(venv, args, tmp_path, **env_extra):
    """Run something from the venv with the cwd elsewhere, a fresh home and no PYTHONPATH."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DISPLAY",
                                                             "DBUS_SESSION_BUS_ADDRESS")}
    env.update(QT_QPA_PLATFORM="offscreen", **env_extra)
    return subprocess.run([str(venv / "bin" / args[0]), *args[1:]], cwd=elsewhere, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_wheel_carries_every_asset(installed):
    _, wheel = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "assets").rglob("*"):
        if path.is_file():
            assert f"companion/_assets/{path.relative_to(ROOT / 'assets')}" in names


SPEAK_THE_DESKTOPS_LANGUAGE = r"""
import json, sys
from datetime import date
from PySide6.QtWidgets import QApplication
qapp = QApplication(sys.argv[:1])
from companion import assets
from companion.app import Companion
from companion.core.i18n import translate
from companion.core.wording import date_text
from companion.services import language, paths
app = Companion(paths.resolve(), start_paused=True)
print(json.dumps({"language": language.current(), "row": translate("Settings", "Language"),
                  "date": date_text(date(2026, 3, 2)),
                  "files": sorted(p.name for p in (assets.root() / "translations").glob("*.qm"))}))
app.shutdown()
"""


@pytest.mark.parametrize(("desktop", "expected"), [
    ("de_DE.UTF-8", {"language": "de", "row": "Sprache", "date": "Montag, 2. März"}),
    ("id_ID.UTF-8", {"language": "id", "row": "Bahasa", "date": "Senin, 2 Maret"}),
])
def test_the_installed_app_speaks_the_desktops_language_from_its_packaged_translations(
        installed, tmp_path, desktop, expected):
    venv, wheel = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for code in LANGUAGES:
        assert f"companion/_assets/translations/companion_{code}.qm" in names
    run = run_installed(venv, ["python", "-c", SPEAK_THE_DESKTOPS_LANGUAGE], tmp_path,
                        COMPANION_HOME=str(tmp_path / "home"), LANG=desktop, LC_ALL="")
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found.pop("files") == sorted(f"companion_{code}.qm" for code in LANGUAGES)
    assert found == expected


def test_the_installed_command_prints_its_version(installed, tmp_path):
    venv, _ = installed
    run = run_installed(venv, ["companion", "--version"], tmp_path)
    assert run.returncode == 0 and run.stdout.strip() == "Companion 0.1.0", run.stderr


def test_the_installed_command_diagnoses(installed, tmp_path):
    venv, _ = installed
    run = run_installed(venv, ["companion", "--diagnose"], tmp_path)
    assert run.returncode == 0, run.stderr
    assert "[ok] Versions: Companion 0.1.0" in run.stdout and "System tray" in run.stdout


def test_a_headless_start_loads_every_routine_pattern_and_the_checklist_from_the_package(
        installed, tmp_path):
    venv, _ = installed
    run = run_installed(venv, ["python", "-c", LOAD_EVERYTHING], tmp_path,
                        COMPANION_HOME=str(tmp_path / "home"))
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout.strip().splitlines()[-1])
    inside = str(venv)
    assert found["companion"].startswith(inside) and found["assets"].startswith(inside)
    assert found["problems"] == []
    expected = sorted(
        line.split('"')[1] for f in (ROOT / "assets" / "routines").glob("*.toml")
        for line in f.read_text().splitlines() if line.startswith("id ="))
    assert found["routines"] == expected
    assert found["patterns"] >= 3 and found["questions"] >= 5
    assert found["german"] == ["Hand und Handgelenk lockern", "Jetzt Hilfe holen"]
    assert found["windows"] == {"stretch": "StretchWindow", "breathing": "BreathingWindow",
                                "check": "CheckWindow"}
    assert found["pictures"] and all(p.startswith(inside) for p in found["pictures"])
    assert found["tray_icon_sizes"] == 8


def wait_for_log(log: Path, text: str, proc: subprocess.Popen, qtbot, seconds: float = 30) -> str:
    """The log once ``text`` is in it; fails at once if the process stops first."""
    def read() -> str:
        return log.read_text() if log.exists() else ""
    try:
        qtbot.waitUntil(lambda: text in read() or proc.poll() is not None,
                        timeout=int(seconds * 1000))
    except qtbot.TimeoutError:
        raise AssertionError(f"{text!r} never appeared in the log:\n{read()}") from None
    content = read()
    assert text in content, f"stopped early:\n{content}"
    return content


def start(argv, tmp_path, home):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DISPLAY",
                                                             "DBUS_SESSION_BUS_ADDRESS")}
    env.update(QT_QPA_PLATFORM="offscreen", COMPANION_HOME=str(home))
    (tmp_path / "elsewhere").mkdir(exist_ok=True)
    return subprocess.Popen(argv, cwd=tmp_path / "elsewhere", env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_the_first_start_of_the_installed_app_puts_it_in_the_application_menu(installed, tmp_path, qtbot):
    venv, _ = installed
    program = venv / "bin" / "companion"
    home = tmp_path / "home"
    proc = start([str(program)], tmp_path, home)
    try:
        wait_for_log(home / "data" / "companion.log", "Companion started", proc, qtbot)
    finally:
        stop(proc)
    entry = desktop_entry.menu_entry_path()
    assert f"Exec={program}\n" in entry.read_text()
    assert (desktop_entry.data_home() / "icons/hicolor/256x256/apps/companion.png").is_file()


def test_the_autostart_entrys_exec_starts_companion_quietly(installed, tmp_path, qtbot):
    venv, _ = installed
    autostart.set_enabled(True, [str((venv / "bin" / "companion").resolve())])
    text = autostart.entry_path().read_text()
    command = desktop_entry.exec_argv(text.split("\nExec=")[1].split("\n")[0])
    assert command[-1] == "--autostart"
    home = tmp_path / "home"
    proc = start(command, tmp_path, home)
    try:
        log = wait_for_log(home / "data" / "companion.log", "Companion started", proc, qtbot)
    finally:
        stop(proc)
    assert "started at login: no window" in log
