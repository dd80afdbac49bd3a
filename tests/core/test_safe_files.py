"""Files and folders Companion creates are private to the user, whatever the umask."""

import stat

from companion.core import safe_files


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_missing_folders_are_created_private_parents_too(tmp_path, permissive_umask):
    target = tmp_path / "home" / "Companion" / "data"
    safe_files.make_folder(target)
    for folder in (tmp_path / "home", tmp_path / "home" / "Companion", target):
        assert mode(folder) == 0o700, folder


def test_an_existing_folder_loses_group_and_other_access(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    safe_files.make_folder(folder)
    assert mode(folder) == 0o700


def test_a_new_file_is_private_and_an_old_one_tightened(tmp_path, permissive_umask):
    new = tmp_path / "new"
    safe_files.create_file(new)
    assert mode(new) == 0o600 and new.read_bytes() == b""
    old = tmp_path / "old"
    old.write_text("kept")
    old.chmod(0o664)
    safe_files.create_file(old)
    assert mode(old) == 0o600 and old.read_text() == "kept"


def test_a_read_only_file_stays_read_only(tmp_path):
    file = tmp_path / "mine"
    file.write_text("x")
    file.chmod(0o444)
    safe_files.keep_private(file)
    assert mode(file) == 0o400


def test_an_atomic_write_replaces_the_file_whole_and_leaves_nothing_else(tmp_path):
    path = tmp_path / "entry.desktop"
    path.write_bytes(b"old")
    safe_files.write_atomically(path, b"new", mode=0o644)
    assert path.read_bytes() == b"new" and stat.S_IMODE(path.stat().st_mode) == 0o644
    safe_files.write_atomically(path, b"newer")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # private unless said otherwise
    assert [p.name for p in tmp_path.iterdir()] == ["entry.desktop"]


def test_a_named_pipe_among_the_content_files_is_refused_without_waiting(tmp_path):
    """A FIFO called mine.toml in the routines folder: opening it to read would wait for a
    writer forever, freezing the app at start."""
    import os

    from companion.core.datafile import read_toml
    pipe = tmp_path / "mine.toml"
    os.mkfifo(pipe)
    data, problem = read_toml(pipe)
    assert data is None
    assert problem == "mine.toml: cannot be read (it is a named pipe (FIFO), not a regular file)"
