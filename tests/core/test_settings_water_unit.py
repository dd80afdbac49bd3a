"""The water unit in settings.json: "" (the default, and what an older file gets) follows the
region; "ml" or "fl oz" is kept; anything else is said and falls back to following it."""

import json
from datetime import datetime

import pytest

from companion.core import settings_file as s


def fixed_now():
    return datetime(2026, 5, 4, 12, 0, 0)


def test_an_older_file_follows_the_region_and_keeps_its_glass_in_ml(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 4, "glass_ml": 300}))
    result = s.load(path, now=fixed_now)
    assert result.problems == []
    assert (result.settings.water_unit, result.settings.glass_ml) == ("", 300)


@pytest.mark.parametrize("unit", ["ml", "fl oz", ""])
def test_a_unit_is_kept_and_saved_beside_the_glass_in_ml(tmp_path, unit):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"water_unit": unit, "glass_ml": 237}))
    result = s.load(path, now=fixed_now)
    assert result.problems == [] and result.settings.water_unit == unit
    s.save(result.settings, path)
    saved = json.loads(path.read_text())
    assert (saved["water_unit"], saved["glass_ml"]) == (unit, 237)


@pytest.mark.parametrize(("bad", "shown"), [("oz", "'oz'"), ("litres", "'litres'"), (250, "250"),
                                           (None, "nothing")])
def test_another_value_says_so_and_follows_the_region(tmp_path, bad, shown):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"water_unit": bad}))
    result = s.load(path, now=fixed_now)
    assert result.settings.water_unit == ""
    assert [p for p in result.problems if p.startswith("water_unit")] == [
        f"water_unit should be \"\" (the region's unit) or one of ml, fl oz, not {shown}; "
        "using the default"]
