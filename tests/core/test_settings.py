import json
import os
import stat
from datetime import datetime, time

import pytest

from companion.core import settings as s
from companion.core.settings import ReminderPlan, Settings


def fixed_now():
    return datetime(2026, 5, 4, 12, 0, 0)


def test_defaults_match_the_product_description():
    d = Settings()
    assert d.hydration.interval_minutes == 60 and d.hydration.mode == "interval"
    assert d.stretch.interval_minutes == 45
    assert d.breathing.mode == "times" and d.breathing.times == (time(11), time(15, 30))
    assert (d.hydration.start, d.hydration.end) == (time(9), time(18))
    assert d.hydration.days == (0, 1, 2, 3, 4)
    assert (d.water_goal_glasses, d.glass_ml, d.snooze_minutes) == (8, 250, 10)


def test_round_trip_keeps_every_value(tmp_path):
    custom = Settings(
        hydration=ReminderPlan(enabled=False, interval_minutes=30, start=time(7, 30),
                               end=time(21), days=(5, 6)),
        breathing=ReminderPlan(mode="times", times=(time(10, 15),)),
        snooze_minutes=15, water_goal_glasses=10, glass_ml=300, spoken_cues=True)
    path = tmp_path / "settings.json"
    s.save(custom, path)
    result = s.load(path)
    assert result.settings == custom and result.problems == [] and result.backup is None
    assert json.loads(path.read_text())["schema_version"] == s.SCHEMA_VERSION


def test_saved_file_is_private_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "conf" / "settings.json"
    s.save(Settings(), path)
    s.save(Settings(glass_ml=200), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_missing_file_gives_defaults_silently(tmp_path):
    result = s.load(tmp_path / "nope.json")
    assert result.settings == Settings() and result.problems == []


@pytest.mark.parametrize("content", [
    b"{not json", b"", b"[1, 2, 3]", b'{"schema_version": 99}', b"\x00\xff garbage",
    b'{"schema_version": 0}', b'{"schema_version": true}', b"[" * 100_000 + b"]" * 100_000,
])
def test_unreadable_file_falls_back_and_keeps_a_copy(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    result = s.load(path, now=fixed_now)
    assert result.settings == Settings()
    assert len(result.problems) == 1 and "kept as" in result.problems[0]
    assert result.backup.read_bytes() == path.read_bytes()
    assert result.backup.name == "settings.json.bad-20260504-120000"


def test_invalid_values_fall_back_one_by_one(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({
        "schema_version": 2,
        "glass_ml": -5,                       # out of range
        "water_goal_glasses": 12,             # fine
        "sound_cues": "yes",                  # wrong type
        "hydration": {"interval_minutes": 20, "start": "25:00", "days": [0, 9]},
        "stretch": {"start": "17:00", "end": "08:00"},
        "breathing": "often",
        "colour": "blue",
    }))
    result = s.load(path, now=fixed_now)
    got = result.settings
    assert got.glass_ml == 250 and got.water_goal_glasses == 12 and got.sound_cues is True
    assert got.hydration.interval_minutes == 20 and got.hydration.start == time(9)
    assert got.hydration.days == (0, 1, 2, 3, 4)
    assert (got.stretch.start, got.stretch.end) == (time(9), time(18))
    assert got.breathing == Settings().breathing
    text = "\n".join(result.problems)
    for name in ("glass_ml", "sound_cues", "hydration.start", "hydration.days",
                 "stretch: active hours", "breathing:", "colour"):
        assert name in text
    assert result.backup is not None and result.backup.exists()


def test_times_with_a_zone_are_refused(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"hydration": {"start": "08:00+05:00", "end": "17:00"},
                                "breathing": {"times": ["11:00", "12:00+01:00"]}}))
    result = s.load(path, now=fixed_now)
    assert result.settings.hydration.start == time(9)
    assert result.settings.breathing.times == Settings().breathing.times
    assert "without a time zone" in " ".join(result.problems)


def test_a_copy_that_cannot_be_written_is_said_plainly(tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    path.write_text("{broken")

    real_open = os.open

    def disk_full(file, flags, *args, **kwargs):  # only the copy fails, not the reading
        if ".bad-" in os.fspath(file):
            raise OSError(28, "No space left on device")
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(s.os, "open", disk_full)
    result = s.load(path, now=fixed_now)
    assert result.settings == Settings() and result.backup is None
    assert "could not be copied (No space left on device)" in result.problems[0]
    assert path.read_text() == "{broken"  # the original is never touched


def test_version_1_file_is_migrated(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 1, "water_goal_ml": 2000, "glass_ml": 200,
                                "snooze_minutes": 5}))
    result = s.load(path)
    assert result.problems == []
    assert result.settings.water_goal_glasses == 10 and result.settings.snooze_minutes == 5
