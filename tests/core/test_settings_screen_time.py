"""The desktop-breaks choice and the daily computer-time limit in settings.json: top-level
fields with defaults (an older file gets them), each checked like every other value."""

import json
from datetime import datetime

import pytest

from companion.core import settings_file as s
from companion.core.settings import Settings


def fixed_now():
    return datetime(2026, 5, 4, 12, 0, 0)


def test_an_older_file_lets_gnome_lead_and_sets_no_limit(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 3, "glass_ml": 300}))
    result = s.load(path, now=fixed_now)
    assert result.problems == []
    assert result.settings.desktop_breaks == "desktop"
    assert result.settings.computer_time_limit_minutes == 0


@pytest.mark.parametrize(("name", "bad", "good"), [
    ("desktop_breaks", "gnome", "companion"), ("desktop_breaks", 1, "desktop"),
    ("computer_time_limit_minutes", -1, 480), ("computer_time_limit_minutes", 1441, 0),
    ("computer_time_limit_minutes", "8h", 1440),
])
def test_the_new_settings_are_checked_like_the_others(tmp_path, name, bad, good):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({name: bad}))
    result = s.load(path, now=fixed_now)
    assert getattr(result.settings, name) == getattr(Settings(), name)
    assert len(result.problems) == 2 and result.problems[0].startswith(name)
    path.write_text(json.dumps({name: good}))
    result = s.load(path, now=fixed_now)
    assert getattr(result.settings, name) == good and result.problems == []
    s.save(result.settings, path)
    assert json.loads(path.read_text())[name] == good
