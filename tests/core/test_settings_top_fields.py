"""The top-level settings added after schema 4 (desktop breaks, the daily computer-time
limit, sharing, language, water unit): each has a default that an older file gets, is
checked like every other value (a bad one is said and the default applies), and a good one
is kept and saved. One table, so a new field is one more row."""

import json
from datetime import datetime

import pytest

from companion.core import settings_file as s
from companion.core.i18n import LANGUAGES
from companion.core.settings import Settings


def fixed_now():
    return datetime(2026, 5, 4, 12, 0, 0)


def load(path, raw: dict):
    path.write_text(json.dumps(raw))
    return s.load(path, now=fixed_now)


@pytest.mark.parametrize("version", [3, 4])
def test_an_older_file_gets_every_default(tmp_path, version):
    result = load(tmp_path / "settings.json", {"schema_version": version, "glass_ml": 300})
    assert result.problems == []
    got = result.settings
    assert (got.desktop_breaks, got.computer_time_limit_minutes) == ("desktop", 0)  # GNOME leads, no limit
    assert (got.share_folder, got.machine_name, got.share_settings) == ("", "", False)  # nothing shared
    assert (got.language, got.water_unit, got.glass_ml) == ("", "", 300)  # desktop's language and region


@pytest.mark.parametrize(("name", "bad", "good"), [
    ("desktop_breaks", "gnome", "companion"), ("desktop_breaks", 1, "desktop"),
    ("computer_time_limit_minutes", -1, 480), ("computer_time_limit_minutes", 1441, 0),
    ("computer_time_limit_minutes", "8h", 1440),
    ("share_folder", 3, "/home/me/Sync/companion"), ("share_folder", None, ""),
    ("machine_name", ["work"], "Work laptop"), ("machine_name", "x" * 61, ""),
    ("share_settings", "yes", True),
    *[("language", "fr", code) for code in LANGUAGES], ("language", "de_DE", ""),
    ("water_unit", "oz", "fl oz"), ("water_unit", 250, "ml"), ("water_unit", None, ""),
])
def test_a_bad_value_is_said_and_a_good_one_kept_and_saved(tmp_path, name, bad, good):
    path = tmp_path / "settings.json"
    result = load(path, {name: bad})
    assert getattr(result.settings, name) == getattr(Settings(), name)
    assert len(result.problems) == 2 and result.problems[0].startswith(name)
    result = load(path, {name: good})
    assert getattr(result.settings, name) == good and result.problems == []
    s.save(result.settings, path)
    assert json.loads(path.read_text())[name] == good


@pytest.mark.parametrize(("name", "bad", "said"), [
    ("language", "fr", "language should be \"\" (the desktop's language) or one of en, de, id, not 'fr'"),
    ("language", None, "language should be \"\" (the desktop's language) or one of en, de, id, not nothing"),
    ("water_unit", "litres", "water_unit should be \"\" (the region's unit) or one of ml, fl oz, not 'litres'"),
    ("water_unit", 250, "water_unit should be \"\" (the region's unit) or one of ml, fl oz, not 250"),
])
def test_a_choice_out_of_the_list_names_the_choices(tmp_path, name, bad, said):
    result = load(tmp_path / "settings.json", {name: bad})
    assert [p for p in result.problems if p.startswith(name)] == [f"{said}; using the default"]


def test_a_unit_is_saved_beside_the_glass_in_ml(tmp_path):
    path = tmp_path / "settings.json"
    result = load(path, {"water_unit": "fl oz", "glass_ml": 237})
    s.save(result.settings, path)
    saved = json.loads(path.read_text())
    assert (saved["water_unit"], saved["glass_ml"]) == ("fl oz", 237)
