"""The log file: private to the user, rotation included, whatever the umask."""

import logging
import stat

import pytest

from companion import logs


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def root_logger():
    """The root logger as it was, restored after the test adds its handlers."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield root
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_log_files_stay_private_after_rotation(tmp_path, permissive_umask, monkeypatch,
                                                root_logger):
    monkeypatch.setattr(logs, "MAX_BYTES", 300)
    log_file = tmp_path / "companion.log"
    logs.setup(log_file, verbose=False)
    for n in range(40):  # enough to rotate more often than there are backups
        logging.getLogger("companion.test").info("line %d of a private log", n)
    files = sorted(tmp_path.glob("companion.log*"))
    assert [f.name for f in files] == ["companion.log", "companion.log.1", "companion.log.2",
                                       "companion.log.3"]
    assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    assert "line 39" in log_file.read_text()


def test_an_older_readable_log_file_is_made_private(tmp_path, root_logger):
    log_file = tmp_path / "companion.log"
    log_file.write_text("from an older Companion\n")
    log_file.chmod(0o644)
    logs.setup(log_file, verbose=False)
    assert mode(log_file) == 0o600
    assert log_file.read_text().startswith("from an older Companion")


def test_rotation_keeps_the_newest_lines_in_order_and_each_file_under_the_limit(
        tmp_path, monkeypatch, root_logger):
    monkeypatch.setattr(logs, "MAX_BYTES", 300)
    log_file = tmp_path / "companion.log"
    logs.setup(log_file, verbose=False)
    for n in range(40):
        logging.getLogger("companion.test").info("line %02d", n)
    kept = [tmp_path / f"companion.log.{n}" for n in (3, 2, 1)] + [log_file]
    assert all(0 < path.stat().st_size < 300 for path in kept)
    numbers = [int(line.rsplit(" ", 1)[1]) for path in kept for line in path.read_text().splitlines()]
    assert numbers == list(range(numbers[0], 40))  # oldest file first, nothing missing in between
    assert numbers[0] > 0  # older lines were let go
