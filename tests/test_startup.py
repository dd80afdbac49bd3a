"""The start-up tweaks still work: each test fails loudly if a PySide6 upgrade breaks the
tweak (and the second shows the check itself can fail). APScheduler's lean import is
tested with the rest of APScheduler, in tests/services/test_scheduler.py."""

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out


def test_modules_imported_after_pyside_are_classified_without_keeping_their_source(tmp_path):
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "plain.py").write_text("VALUE = 1\n" * 2000)
    script = textwrap.dedent(f"""
        import linecache, sys
        sys.path.insert(0, {str(tmp_path)!r})
        from companion import startup
        assert startup.skip_pyside_source_scan(), "PySide6's hook is gone: see companion/startup.py"
        import shibokensupport.feature as feature
        assert feature._mod_uses_pyside is startup.mentions_pyside
        import uses_qt, plain, wave
        cached = [name for name in linecache.cache if name.endswith(("uses_qt.py", "plain.py", "wave.py"))]
        print(feature.pyside_feature_dict["uses_qt"], feature.pyside_feature_dict["plain"],
              feature.pyside_feature_dict["wave"], cached)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
                            timeout=60)
    assert result.returncode == 0, result.stderr
    # 0: PySide's "uses PySide, no feature switched on"; -1: "not a PySide module".
    assert result.stdout.split() == ["0", "-1", "-1", "[]"]


def test_without_the_replacement_pyside_would_keep_the_source(tmp_path):
    """The check above can fail: PySide's own scan does leave the file in the line cache."""
    (tmp_path / "plain.py").write_text("VALUE = 1\n")
    script = textwrap.dedent(f"""
        import linecache, sys
        sys.path.insert(0, {str(tmp_path)!r})
        import PySide6.QtCore
        import plain
        print(any(name.endswith("plain.py") for name in linecache.cache))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
