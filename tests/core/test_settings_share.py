"""The share-history settings in settings.json (issue 25): top-level fields with defaults
(an older file gets them: nothing is shared), each checked like every other value."""

import json
from datetime import datetime

import pytest

from companion.core import settings_file as s
from companion.core.settings import Settings


def fixed_now():
    return datetime(2026, 5, 4, 12, 0, 0)


def test_an_older_file_shares_nothing(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 4, "glass_ml": 300}))
    result = s.load(path, now=fixed_now)
    assert result.problems == []
    assert (result.settings.share_folder, result.settings.machine_name,
            result.settings.share_settings) == ("", "", False)


@pytest.mark.parametrize(("name", "bad", "good"), [
    ("share_folder", 3, "/home/me/Sync/companion"), ("share_folder", None, ""),
    ("machine_name", ["work"], "Work laptop"), ("machine_name", "x" * 61, ""),
    ("share_settings", "yes", True),
])
def test_the_share_settings_are_checked_like_the_others(tmp_path, name, bad, good):
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
