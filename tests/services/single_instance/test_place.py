"""Where the socket lives: a folder only this user can enter, one name per data folder."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest
from instance_helpers import (
    NOBODY,
)

from companion.services.single_instance.place import NoPrivateFolder, server_name


def test_names_differ_per_data_folder():
    assert server_name("/a") != server_name("/b")
    assert server_name("/a") == server_name("/a")


def test_the_name_is_the_one_earlier_versions_listen_on():
    """A launch of this version finds a copy of an earlier one still running (after an
    upgrade): the name's digest is the SHA-1 that Qt's QCryptographicHash gave them."""
    from PySide6.QtCore import QCryptographicHash

    home = "/home/someone/.local/share/Companion/Companion"
    earlier = QCryptographicHash.hash(f"{os.getuid()}:{home}".encode(),
                                      QCryptographicHash.Algorithm.Sha1).toHex().data().decode()
    assert os.path.basename(server_name(home)) == f"companion-{earlier[:12]}.sock"


def test_a_usable_runtime_folder_leaves_the_temp_folder_alone(companion_home, monkeypatch):
    shared = tempfile.mkdtemp(prefix="companion-shared-")
    monkeypatch.setattr(tempfile, "tempdir", shared)
    try:
        assert os.path.dirname(server_name("/a")) == os.environ["XDG_RUNTIME_DIR"]
        assert os.listdir(shared) == []  # no stray companion-<uid> folder made
    finally:
        shutil.rmtree(shared, ignore_errors=True)


@pytest.mark.parametrize("problem", ["open to others", "symlink", "owned by another user"])
def test_an_unsafe_runtime_folder_is_not_used(problem, companion_home, monkeypatch):
    shared = tempfile.mkdtemp(prefix="companion-shared-")
    monkeypatch.setattr(tempfile, "tempdir", shared)
    runtime = tempfile.mkdtemp(prefix="companion-xdg-")
    if problem == "open to others":
        os.chmod(runtime, 0o777)
    elif problem == "symlink":
        os.chmod(runtime, 0o700)
        link = runtime + "-link"
        os.symlink(runtime, link)
        runtime = link
    else:
        os.chown(runtime, NOBODY, NOBODY)
    monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)
    try:
        name = server_name(str(companion_home))
        assert not name.startswith(runtime + os.sep)
        fallback = os.path.join(shared, f"companion-{os.getuid()}")
        assert os.path.dirname(name) == fallback  # made for us, private
        assert oct(os.lstat(fallback).st_mode & 0o777) == "0o700"
    finally:
        shutil.rmtree(shared, ignore_errors=True)
        if os.path.islink(runtime):
            os.unlink(runtime)
            runtime = runtime[:-len("-link")]
        shutil.rmtree(runtime, ignore_errors=True)


def test_with_no_private_folder_start_up_says_so(companion_home, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent-runtime")
    shared = tempfile.mkdtemp(prefix="companion-shared-")
    monkeypatch.setattr(tempfile, "tempdir", shared)
    os.makedirs(os.path.join(shared, f"companion-{os.getuid()}"), mode=0o755)
    os.chmod(os.path.join(shared, f"companion-{os.getuid()}"), 0o755)
    data = companion_home / "data"
    data.mkdir(parents=True)
    os.chmod(data, 0o755)
    try:
        with pytest.raises(NoPrivateFolder, match="other users can enter"):
            server_name(str(data))
    finally:
        shutil.rmtree(shared, ignore_errors=True)
