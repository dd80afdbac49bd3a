"""Companion's folders: created private to the user (0700), missing parents too."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from companion.services import paths

ROOT = Path(__file__).resolve().parents[2]


def test_folders_and_their_new_parents_are_private_whatever_the_umask(companion_home,
                                                                      permissive_umask):
    places = paths.resolve()
    for folder in (companion_home, places.config_dir, places.data_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_existing_folders_are_made_private(companion_home):
    for name in ("config", "data"):
        (companion_home / name).mkdir(parents=True)
        (companion_home / name).chmod(0o755)
    places = paths.resolve()
    for folder in (places.config_dir, places.data_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


PROBE = r"""
import json
from PySide6.QtCore import QCoreApplication, QStandardPaths
from companion.services import paths
QCoreApplication.setApplicationName("Companion")
QCoreApplication.setOrganizationName("Companion")
where = QStandardPaths.StandardLocation
places = paths.resolve(create=False)
print(json.dumps([[str(places.config_dir), str(places.data_dir)],
                  [QStandardPaths.writableLocation(where.AppConfigLocation),
                   QStandardPaths.writableLocation(where.AppDataLocation)]]))
"""


@pytest.mark.parametrize("xdg", [{}, {"XDG_DATA_HOME": "/x/data", "XDG_CONFIG_HOME": "/x/conf/"},
                                 {"XDG_DATA_HOME": "relative/data", "XDG_CONFIG_HOME": ""}])
def test_the_folders_are_where_qt_put_them_for_earlier_versions(tmp_path, xdg):
    """Found without Qt now (a second launch never loads it), but still where Qt's standard
    paths put earlier versions' settings and history."""
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT), **xdg}
    run = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                         timeout=60)
    ours, qt = json.loads(run.stdout)
    assert ours == [os.path.normpath(folder) for folder in qt]  # Qt keeps a doubled '/'
