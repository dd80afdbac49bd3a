"""Companion's folders: created private to the user (0700), missing parents too."""

import stat

from companion.services import paths


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
