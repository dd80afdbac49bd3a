"""The real app over settings files that are broken in ways a user can run into."""

import json
import logging
import os
import stat
from zoneinfo import ZoneInfo

import pytest

from companion import logs
from companion.core import settings_file
from companion.core.kinds import Action, Request
from companion.core.settings import Settings
from companion.services import paths

TZ = ZoneInfo("Europe/Paris")


@pytest.fixture
def places(companion_home):
    places = paths.resolve()  # creates config/ and data/ under COMPANION_HOME
    yield places


@pytest.fixture
def log_file(places):
    """companion.log set up as main() does, and taken down again after the test."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    logs.setup(places.log_file, verbose=False)
    yield places.log_file
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def kept_copies(places):
    return sorted(p for p in places.config_dir.iterdir() if ".bad-" in p.name)


# Before the fix this blocked for ever; fail in seconds, not at the suite's 120 s limit.
@pytest.mark.timeout(30)
def test_the_app_starts_with_defaults_over_a_fifo_named_settings_json(
        places, log_file, make_app):
    os.mkfifo(places.settings_file)
    app = make_app()
    assert app.settings == Settings()
    assert "settings.json is not a regular file" in app.home.today.notice.text()
    assert "not a regular file" in log_file.read_text()
    assert stat.S_ISFIFO(places.settings_file.stat().st_mode)  # left where it was
    assert kept_copies(places) == []
    # Changing a setting says it cannot be saved, instead of replacing the FIFO.
    app.apply_settings(Settings(glass_ml=300))
    assert app.settings.glass_ml == 300
    assert "Could not save your settings (settings.json is not a regular file)" in \
        app.home.today.notice.text()
    assert stat.S_ISFIFO(places.settings_file.stat().st_mode)


def test_the_app_starts_over_an_old_file_with_a_huge_water_goal(places, log_file, make_app):
    places.settings_file.write_text(json.dumps({"water_goal_ml": 10**400, "snooze_minutes": 5}))
    first = make_app()
    assert first.settings.water_goal_glasses == 8 and first.settings.snooze_minutes == 5
    assert "water_goal_ml" in first.home.today.notice.text()
    assert "0/8 glasses" in first.home.tray.tooltip
    assert "water_goal_ml (from an older version)" in log_file.read_text()
    first.shutdown()
    # The repaired file was saved, so the next start is quiet.
    second = make_app()
    assert second.home.today.notice.isHidden() and second.settings.snooze_minutes == 5


def test_a_file_full_of_unknown_settings_gives_a_short_notice(places, make_app):
    places.settings_file.write_text(json.dumps(dict.fromkeys(
        (f"k{i:05d}" for i in range(60_000)), 0)))
    app = make_app()
    notice = app.home.today.notice.text()
    assert "60000 unknown settings ignored: k00000, k00001" in notice
    assert len(notice) < 1000


def _refuse_reading(monkeypatch, path):
    """As chmod 000 does for a normal user (root, running these tests, could still read)."""
    real_open = os.open

    def guarded(file, flags, *args, **kwargs):
        if os.fspath(file) == os.fspath(path) and not flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(settings_file.os, "open", guarded)


def test_an_unreadable_settings_file_is_never_overwritten(
        places, log_file, make_app, monkeypatch):
    mine = b'{"glass_ml": 300, "snooze_minutes": 5}'
    places.settings_file.write_bytes(mine)
    _refuse_reading(monkeypatch, places.settings_file)
    app = make_app()
    assert app.settings == Settings()
    [copy] = kept_copies(places)
    assert f"kept as {copy.name}" in app.home.today.notice.text()
    assert "could not be read (Permission denied)" in log_file.read_text()
    monkeypatch.undo()  # the user fixes the permissions: their values are all there
    assert copy.read_bytes() == mine and stat.S_IMODE(copy.stat().st_mode) == 0o600
    app.apply_settings(Settings(glass_ml=200))  # later saves go to the new file only
    assert copy.read_bytes() == mine
    assert json.loads(places.settings_file.read_text())["glass_ml"] == 200


def test_a_file_that_cannot_be_read_or_moved_aside_is_not_saved_over(
        places, make_app, monkeypatch):
    places.settings_file.write_text('{"glass_ml": 300}')
    _refuse_reading(monkeypatch, places.settings_file)

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(settings_file.os, "link", refused)
    monkeypatch.setattr(settings_file.os, "rename", refused)
    app = make_app()
    assert "it is left as it is and not saved over" in app.home.today.notice.text()
    app.apply_settings(Settings(glass_ml=200))
    assert "Could not save your settings" in app.home.today.notice.text()
    assert places.settings_file.read_text() == '{"glass_ml": 300}'


def test_a_week_long_pause_from_another_launch_is_carried_out(make_app):
    app = make_app()
    assert app.commands.run(Request(Action.PAUSE, "10080")) is True
    assert app.home.today.pause_label.text().startswith("Reminders paused until")
