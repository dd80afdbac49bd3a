"""The core stays free of Qt: importing every core module with Qt blocked must work."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import companion.core

ROOT = Path(__file__).resolve().parent.parent


def test_core_imports_without_qt():
    modules = [f"companion.core.{m.name}" for m in pkgutil.iter_modules(companion.core.__path__)]
    # Every core module (this replaced three per-feature copies of the check; those modules
    # are named here so a rename cannot quietly leave one out).
    named = {"history", "routines", "stretch_session", "checklist", "diary", "report",
             "breathing_patterns", "breathing_session", "breathing_files"}
    assert {f"companion.core.{name}" for name in named} <= set(modules)
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


def test_services_use_qt_without_widgets():
    """services/ may use QtCore, QtGui, QtDBus...; windows belong to ui/ (import-linter
    cannot name a part of PySide6, so this one is checked here, over every import statement,
    including those inside functions)."""
    import grimp

    graph = grimp.build_graph("companion", include_external_packages=False)
    services = {m for m in graph.modules if m.startswith("companion.services")}
    assert "companion.services.reminders" in services
    offenders = []
    for module in services:
        path = Path(sys.modules["companion"].__file__).parent.parent / (
            module.replace(".", "/") + ".py")
        if not path.exists():
            path = path.with_suffix("") / "__init__.py"
        if "QtWidgets" in path.read_text():
            offenders.append(module)
    assert offenders == []


# What a tray-only start must not load: each is costly and only needed once the user
# opens something. Listed once; the test below starts the app as the tray does.
NOT_AT_START_UP = (
    "PySide6.QtSvg", "PySide6.QtNetwork", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech",
    "ssl", "asyncio", "companion.ui.stretch.window", "companion.ui.breathing.window",
    "companion.ui.check.window", "companion.ui.shell.today", "companion.ui.shell.settings_dialog",
    "companion.ui.shell.history.window", "companion.core.routines",
    "companion.core.breathing_patterns", "companion.core.breathing_session", "companion.core.breathing_files",
    "companion.core.checklist", "companion.services.motion",
    "PySide6.QtDBus",  # D-Bus is jeepney on the app's two shared connections (services/dbus.py)
)


def test_a_tray_start_loads_none_of_the_feature_windows(tmp_path):
    script = (
        "import sys\n"
        "from companion import startup\n"
        "startup.skip_pyside_source_scan()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "qapp = QApplication([])\n"
        "from companion.app import Companion\n"
        "from companion.services import paths\n"
        "app = Companion(paths.resolve())\n"
        "app.start()\n"
        "from companion import first_run\n"
        "first_run.on_start(app, at_login=True, install=False)\n"
        "for _ in range(20): qapp.processEvents()\n"
        "assert app.reminders.armed() and app.prompt_center is not None\n"
        f"print([m for m in {NOT_AT_START_UP!r} if m in sys.modules])\n"
        "app.shutdown()\n")
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
           "COMPANION_HOME": str(tmp_path / "home"), "XDG_RUNTIME_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


# Not needed until the icon is up: loaded when the services start (250 ms later) or when a
# window is first built. The colour code builds PySide6's Qt enum namespace (about 12 ms).
BEFORE_THE_ICON_IS_UP = ("companion.ui.widgets.colors", "companion.services.presence.monitor",
                         "apscheduler")


def test_nothing_waits_for_the_colours_or_the_services_before_the_icon_is_up(tmp_path):
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "qapp = QApplication([])\n"
        "from companion.app import Companion\n"
        "from companion.services import paths\n"
        "app = Companion(paths.resolve(), services_delay_ms=60_000)\n"
        "app.start()\n"
        f"print([m for m in {BEFORE_THE_ICON_IS_UP!r} if m in sys.modules])\n"
        "app.home.today\n"  # a first window (no tray): the colours come first
        "print('companion.ui.widgets.colors' in sys.modules)\n")
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
           "COMPANION_HOME": str(tmp_path / "home"), "XDG_RUNTIME_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-2:] == ["[]", "True"]


def circles(graph) -> list[list[str]]:
    """Every import that closes a circle, as the circle: [a, b, ..., a]."""
    found = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back is not None:
                found.append([importer, *back])
    return found


def test_the_import_graph_has_no_circle_counting_imports_made_only_for_type_checking():
    """The layers in pyproject.toml keep arrows between them pointing down; this covers the
    rest (two modules of one layer importing each other), over every import statement,
    those under ``if TYPE_CHECKING:`` and inside functions too."""
    import grimp

    graph = grimp.build_graph("companion", exclude_type_checking_imports=False)
    assert "companion.app" in graph.find_modules_that_directly_import("companion.commands")
    assert circles(graph) == []


def test_a_circle_made_only_for_type_checking_would_be_found():
    import grimp

    graph = grimp.ImportGraph()
    for importer, imported in (("companion.app", "companion.commands"),
                               ("companion.commands", "companion.core.kinds"),
                               ("companion.commands", "companion.app")):  # say, under TYPE_CHECKING
        graph.add_import(importer=importer, imported=imported)
    assert circles(graph) == [["companion.app", "companion.commands", "companion.app"],
                              ["companion.commands", "companion.app", "companion.commands"]]
