"""The language setting in settings.json: "" (the default) follows the desktop; a code
Companion ships overrides it; anything else falls back to following the desktop."""

import json
from datetime import datetime

import pytest

from companion.core import settings_file as s
from companion.core.i18n import LANGUAGES


def fixed_now():
    return datetime(2026, 5, 4, 12, 0, 0)


def test_an_older_file_follows_the_desktop(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 4, "glass_ml": 300}))
    result = s.load(path, now=fixed_now)
    assert result.problems == []
    assert result.settings.language == ""


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_shipped_language_is_kept_and_saved(tmp_path, code):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": code}))
    result = s.load(path, now=fixed_now)
    assert result.settings.language == code
    assert not any(problem.startswith("language") for problem in result.problems)
    s.save(result.settings, path)
    assert json.loads(path.read_text())["language"] == code


@pytest.mark.parametrize(("bad", "shown"), [("fr", "'fr'"), ("de_DE", "'de_DE'"), (1, "1"),
                                           (None, "nothing")])
def test_another_value_says_so_and_follows_the_desktop(tmp_path, bad, shown):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": bad}))
    result = s.load(path, now=fixed_now)
    assert result.settings.language == ""
    assert [p for p in result.problems if p.startswith("language")] == [
        f"language should be \"\" (the desktop's language) or one of en, de, id, not {shown}; "
        "using the default"]
