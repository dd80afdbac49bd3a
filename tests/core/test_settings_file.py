import json
import os
import stat
from dataclasses import fields
from datetime import datetime, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from companion.core import settings_file as s
from companion.core import settings_schema as schema
from companion.core.settings import KINDS, ReminderPlan, Settings, rebase
from companion.core.week import Day, Hours, Week, default_week, joined, uniform_week


def fixed_now():
    return datetime(2026, 5, 4, 12, 0, 0)


def test_round_trip_keeps_every_value(tmp_path):
    custom = Settings(
        hydration=ReminderPlan(enabled=False, interval_minutes=30,
                               week=uniform_week([Hours(450, 1260)], (5, 6))),
        week=uniform_week([Hours(510, 720), Hours(780, 1050)], range(4)),
        breathing=ReminderPlan(mode="times", times=(time(10, 15),)),
        snooze_minutes=15, water_goal_glasses=10, glass_ml=300, spoken_cues=True)
    path = tmp_path / "settings.json"
    s.save(custom, path)
    result = s.load(path)
    assert result.settings == custom and result.problems == [] and result.backup is None
    assert json.loads(path.read_text())["schema_version"] == schema.SCHEMA_VERSION


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
    assert got.hydration.interval_minutes == 20
    assert got.week_for("hydration") == got.week_for("stretch") == default_week()
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
    # The start falls back to 09:00; the good end (17:00) is kept.
    assert result.settings.week_for("hydration") == uniform_week([Hours(540, 1020)], range(5))
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


def test_version_2_file_gets_the_presence_defaults_and_keeps_the_rest(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 2, "snooze_minutes": 5,
                                "water_goal_glasses": 6}))
    result = s.load(path)
    assert result.problems == [] and result.backup is None
    got = result.settings
    assert (got.snooze_minutes, got.water_goal_glasses) == (5, 6)
    assert (got.presence_idle_minutes, got.natural_break_minutes, got.return_delay_minutes,
            got.busy_limit_minutes) == (5, 5, 2, 60)
    assert all((got.watch_idle, got.watch_lock, got.watch_calls, got.watch_fullscreen,
                got.watch_dnd))
    s.save(got, path)
    assert json.loads(path.read_text())["schema_version"] == schema.SCHEMA_VERSION


# -- faults: "Reminders must never stop, bad data must never crash" -------------------
def backups(folder):
    return sorted(p.name for p in folder.iterdir() if ".bad-" in p.name)


@pytest.mark.parametrize("water_goal_ml", [
    "10" + "0" * 399,          # 10**400: ml / glass as a float overflowed
    str(int(1e308)),
    "1" + "0" * 5000,          # past Python's 4300-digit limit for reading a number
    "1e308", "-2000", "0", "2000.5", '"2000"', "true", "null", "[2000]",
])
def test_an_old_file_with_an_impossible_water_goal_starts_with_the_default_goal(
        tmp_path, water_goal_ml):
    path = tmp_path / "settings.json"
    path.write_text(f'{{"water_goal_ml": {water_goal_ml}, "snooze_minutes": 5}}')
    result = s.load(path, now=fixed_now)
    assert result.settings.water_goal_glasses == Settings().water_goal_glasses
    assert result.settings.snooze_minutes == 5  # the rest of the file still counts
    assert "water_goal_ml" in result.problems[0] and "default" in result.problems[0]
    assert result.backup.read_bytes() == path.read_bytes()


def test_an_old_goal_is_converted_with_the_glass_size_that_applies(tmp_path):
    path = tmp_path / "settings.json"
    # An invalid glass size falls back to 250 ml, so 2000 ml is 8 glasses of that.
    path.write_text('{"water_goal_ml": 2000, "glass_ml": -1}')
    result = s.load(path, now=fixed_now)
    assert result.settings.water_goal_glasses == 8 and result.settings.glass_ml == 250
    assert not any("water_goal_ml" in p for p in result.problems)


def _finishes_without_blocking(load, fifo=None):
    """Run ``load`` in a thread; if it blocks on the FIFO, unblock it and fail."""
    import threading
    out = {}
    worker = threading.Thread(target=lambda: out.setdefault("result", load()), daemon=True)
    worker.start()
    worker.join(timeout=10)  # a bound on a hang, not a wait for something to happen
    if worker.is_alive():
        if fifo is not None:  # a writer that closes at once lets a blocked open go on
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=20)
        pytest.fail("loading the settings blocked")
    return out["result"]


def make_fifo(path):
    os.mkfifo(path)


def make_folder(path):
    path.mkdir()


def make_socket(path):
    import socket
    sock = socket.socket(socket.AF_UNIX)
    old = os.getcwd()
    os.chdir(path.parent)  # a relative name keeps within AF_UNIX's path length
    try:
        sock.bind(path.name)
    finally:
        os.chdir(old)
        sock.close()


def make_device(path):
    # A real device without mknod. Not /dev/zero: if this ever regressed, reading that
    # would fill memory instead of failing the test.
    path.symlink_to("/dev/null")


@pytest.mark.parametrize("make", [make_fifo, make_folder, make_socket, make_device])
def test_something_that_is_not_a_file_gives_defaults_at_once_and_is_left_alone(
        tmp_path, make):
    path = tmp_path / "settings.json"
    make(path)
    kind = stat.S_IFMT(path.stat().st_mode)
    result = _finishes_without_blocking(lambda: s.load(path, now=fixed_now),
                                        path if make is make_fifo else None)
    assert result.settings == Settings() and result.backup is None and result.keep_file
    assert len(result.problems) == 1
    assert "settings.json is not a regular file" in result.problems[0]
    assert stat.S_IFMT(path.stat().st_mode) == kind  # still there, still what it was
    assert backups(tmp_path) == []
    # And a later save refuses to put a file in its place.
    with pytest.raises(OSError, match="not a regular file"):
        s.save(Settings(glass_ml=300), path)
    assert stat.S_IFMT(path.stat().st_mode) == kind


def test_a_settings_file_over_1_mb_is_refused_and_kept(tmp_path):
    path = tmp_path / "settings.json"
    content = b'{"glass_ml": 300, "note": "' + b"x" * s.MAX_FILE_BYTES + b'"}'
    path.write_bytes(content)
    path.chmod(0o644)
    result = s.load(path, now=fixed_now)
    assert result.settings == Settings()
    assert "larger than 1 MB" in result.problems[0] and "kept as" in result.problems[0]
    # Moved aside, not copied: the name is free for a fresh file and nothing is lost.
    assert not path.exists() and result.backup.read_bytes() == content
    assert stat.S_IMODE(result.backup.stat().st_mode) == 0o600
    assert not result.keep_file


def test_a_settings_file_of_exactly_1_mb_is_still_read(tmp_path):
    path = tmp_path / "settings.json"
    content = b'{"glass_ml": 300}'
    path.write_bytes(content + b" " * (s.MAX_FILE_BYTES - len(content)))
    result = s.load(path, now=fixed_now)
    assert result.settings.glass_ml == 300 and result.problems == []


def test_thousands_of_unknown_settings_are_summed_up_in_one_line(tmp_path):
    path = tmp_path / "settings.json"
    names = [f"k{i:05d}" for i in range(60_000)]  # just under 1 MB
    path.write_text(json.dumps({"glass_ml": 300, **dict.fromkeys(names, 0)}))
    result = s.load(path, now=fixed_now)
    assert result.settings.glass_ml == 300
    summary, kept = result.problems
    assert summary == ("60000 unknown settings ignored: k00000, k00001, k00002, k00003, "
                       "k00004, ...")
    assert "kept as" in kept


def test_odd_unknown_names_cannot_flood_or_break_the_message(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"a" * 5000: 1, "line\nbreak": 2}))
    [summary, _] = s.load(path, now=fixed_now).problems
    assert summary.startswith("2 unknown settings ignored: ")
    assert "\n" not in summary and len(summary) < 200


def _refuse_reading(monkeypatch, path):
    """Make ``path`` unreadable as it is for a normal user after chmod 000 (root is not)."""
    real_open = os.open

    def guarded(file, flags, *args, **kwargs):
        if os.fspath(file) == os.fspath(path) and not flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(s.os, "open", guarded)


def test_an_unreadable_settings_file_is_never_overwritten(tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    mine = b'{"glass_ml": 300, "snooze_minutes": 5}'
    path.write_bytes(mine)
    _refuse_reading(monkeypatch, path)
    result = s.load(path, now=fixed_now)
    assert result.settings == Settings()
    assert "could not be read (Permission denied)" in result.problems[0]
    assert "kept as settings.json.bad-20260504-120000" in result.problems[0]
    assert not result.keep_file
    s.save(Settings(), path)  # what the app does next
    assert result.backup.read_bytes() == mine
    assert s.load(path).settings == Settings()


def test_a_file_that_cannot_be_read_or_moved_is_left_and_never_saved_over(
        tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    path.write_text('{"glass_ml": 300}')
    _refuse_reading(monkeypatch, path)

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(s.os, "link", refused)
    monkeypatch.setattr(s.os, "rename", refused)
    result = s.load(path, now=fixed_now)
    assert result.keep_file and result.backup is None
    assert "could not be moved aside (Permission denied)" in result.problems[0]
    with pytest.raises(OSError, match="cannot be read"):
        s.save(Settings(), path)
    assert path.read_text() == '{"glass_ml": 300}'


def _python_for(uid):
    """An interpreter that user ``uid`` may run and that imports this checkout, or None."""
    import shutil
    import subprocess
    import sys
    root = Path(__file__).resolve().parents[2]
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    for python in dict.fromkeys([sys.executable, shutil.which("python3")]):
        if python is None:
            continue
        command = [setpriv, f"--reuid={uid}", f"--regid={uid}", "--clear-groups", python]
        probe = subprocess.run(
            [*command, "-c", "import companion.core.settings"], capture_output=True,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)}, cwd="/", timeout=60)
        if probe.returncode == 0:
            return command, root
    return None


AS_THE_APP_DOES = """
import json, sys
from datetime import datetime
from pathlib import Path
from companion.core import settings_file as s
path = Path(sys.argv[1])
result = s.load(path, now=lambda: datetime(2026, 5, 4, 12, 0))
if result.problems and not result.keep_file:
    s.save(result.settings, path)
print(json.dumps({"problems": result.problems, "backup": str(result.backup)}))
"""


@pytest.mark.parametrize("owner_and_mode", ["mine, mode 000", "root's, mode 0600"])
def test_an_unreadable_settings_file_is_kept_for_a_normal_user(owner_and_mode):
    """The real thing: a normal user, a file they cannot read, no injected failures."""
    import shutil
    import subprocess
    import tempfile
    if os.geteuid() != 0:
        pytest.skip("needs root to act as another user (as a normal user, the injected "
                    "tests above cover this)")
    nobody = 65534
    found = _python_for(nobody)
    if found is None:
        pytest.skip("no Python that an unprivileged user can run with this checkout")
    command, root = found
    folder = Path(tempfile.mkdtemp(prefix="companion-nobody-"))
    try:
        os.chown(folder, nobody, nobody)
        path = folder / "settings.json"
        mine = b'{"glass_ml": 300}'
        path.write_bytes(mine)
        if owner_and_mode.startswith("mine"):
            os.chown(path, nobody, nobody)
            path.chmod(0o000)
        else:  # as left by running the app once with sudo
            path.chmod(0o600)
        run = subprocess.run([*command, "-c", AS_THE_APP_DOES, str(path)],
                             capture_output=True, text=True, cwd="/", timeout=60,
                             env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)})
        assert run.returncode == 0, run.stderr
        report = json.loads(run.stdout)
        assert "could not be read (Permission denied)" in report["problems"][0]
        backup = folder / "settings.json.bad-20260504-120000"
        assert report["backup"] == str(backup)
        assert backup.read_bytes() == mine  # the user's values survive
        assert json.loads(path.read_text())["glass_ml"] == 250  # a fresh file took its place
        assert path.stat().st_uid == nobody
        if owner_and_mode.startswith("mine"):
            assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_kept_copy_is_private_whatever_the_original_mode(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"glass_ml": -5}')
    path.chmod(0o644)
    old_umask = os.umask(0)  # even with nothing masked
    try:
        result = s.load(path, now=fixed_now)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(result.backup.stat().st_mode) == 0o600


def test_two_copies_in_the_same_second_are_both_kept(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"glass_ml": -1}')
    first = s.load(path, now=fixed_now).backup
    path.write_text('{"glass_ml": -2}')
    second = s.load(path, now=fixed_now).backup
    path.write_bytes(b"{" + b" " * s.MAX_FILE_BYTES)  # moved aside, not copied
    third = s.load(path, now=fixed_now).backup
    assert [first.name, second.name, third.name] == [
        "settings.json.bad-20260504-120000", "settings.json.bad-20260504-120000-2",
        "settings.json.bad-20260504-120000-3"]
    assert first.read_text() == '{"glass_ml": -1}'
    assert second.read_text() == '{"glass_ml": -2}'
    assert third.stat().st_size == s.MAX_FILE_BYTES + 1


def test_every_settings_problem_is_logged(tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.write_text('{"glass_ml": -5, "sound_cues": "yes"}')
    with caplog.at_level("WARNING", logger="companion.core.settings_file"):
        result = s.load(path, now=fixed_now)
    logged = [r.getMessage() for r in caplog.records if r.name == "companion.core.settings_file"]
    assert len(result.problems) == 3
    assert logged == [f"settings: {p}" for p in result.problems]


# -- properties ----------------------------------------------------------------------
PROPERTY_SETTINGS = hsettings(max_examples=60, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow])
KNOWN_NAMES = sorted(schema.TOP_FIELDS) + list(KINDS) + ["schema_version", "water_goal_ml",
                                                          "week"]
# Also the old hours (migrated) and a week's own names, so those paths are tried too.
PLAN_NAMES = sorted(schema.PLAN_FIELDS) + ["week", "start", "end", "days", "mon", "sun",
                                           "on", "hours"]
HUGE = st.sampled_from([10**400, -10**400, 2**63, int(1e308), 1e308, -0.0])
json_scalars = (st.none() | st.booleans() | st.integers() | HUGE | st.integers(0, 2000)
                | st.floats(allow_nan=True, allow_infinity=True)
                | st.text(max_size=8) | st.sampled_from(["09:30", "25:00", "interval",
                                                         "times", "11:00+01:00",
                                                         "08:30-12:00", "00:00-24:00",
                                                         "12:00-08:00", "24:00-24:00"]))
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(PLAN_NAMES) | st.text(max_size=4), inner, max_size=4),
    max_leaves=12)
settings_tables = st.dictionaries(
    st.sampled_from(KNOWN_NAMES) | st.text(max_size=6),
    json_values | st.sampled_from([1, 2, 3]), max_size=8)


def _load_bytes(content: bytes) -> s.LoadResult:
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(content)
        result = _finishes_without_blocking(lambda: s.load(path, now=fixed_now))
        _assert_valid(result.settings, Path(folder))
    return result


def _assert_valid(settings, folder):
    # Valid means: every value passes the same checks a file is held to.
    assert isinstance(settings, Settings)
    again = folder / "again.json"
    s.save(settings, again)
    reread = s.load(again)
    assert reread.settings == settings and reread.problems == []


@PROPERTY_SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_load_as_valid_settings(content):
    _load_bytes(content)


@PROPERTY_SETTINGS
@given(settings_tables)
@example({"water_goal_ml": 10**400})  # overflowed in the migration, at every start
@example({"schema_version": 1, "water_goal_ml": -(10**400), "glass_ml": 10**400})
def test_any_json_table_loads_as_valid_settings(table):
    _load_bytes(json.dumps(table).encode())


@PROPERTY_SETTINGS
@given(json_values)
def test_any_json_value_loads_as_valid_settings(value):
    _load_bytes(json.dumps(value).encode())


minute_times = st.builds(time, st.integers(0, 23), st.integers(0, 59))
ranges = st.sets(st.integers(0, 1440), min_size=2, max_size=2).map(
    lambda ends: Hours(min(ends), max(ends)))
days = st.builds(lambda on, hs: Day(on, joined(hs)), st.booleans(), st.lists(ranges, max_size=3))
weeks = st.lists(days, min_size=7, max_size=7).map(lambda ds: Week(tuple(ds)))
plans = st.builds(
    lambda enabled, mode, interval, times, week: ReminderPlan(
        enabled=enabled, mode=mode, interval_minutes=interval, times=tuple(sorted(times)),
        week=week),
    st.booleans(), st.sampled_from(["interval", "times"]), st.integers(5, 480),
    st.sets(minute_times, max_size=4), st.none() | weeks)
valid_settings = st.builds(
    Settings, hydration=plans, stretch=plans, breathing=plans, week=weeks,
    snooze_minutes=st.integers(1, 120), prompt_timeout_minutes=st.integers(1, 120),
    water_goal_glasses=st.integers(1, 30), glass_ml=st.integers(50, 1000),
    sound_cues=st.booleans(), spoken_cues=st.booleans(), reduced_motion=st.booleans(),
    tray_hint_shown=st.booleans(), stretch_safety_seen=st.booleans(),
    presence_idle_minutes=st.integers(1, 60), natural_break_minutes=st.integers(1, 60),
    return_delay_minutes=st.integers(0, 30), busy_limit_minutes=st.integers(5, 240),
    watch_idle=st.booleans(), watch_lock=st.booleans(), watch_calls=st.booleans(),
    watch_fullscreen=st.booleans(), watch_dnd=st.booleans())


@PROPERTY_SETTINGS
@given(valid_settings)
def test_valid_settings_round_trip_exactly(settings):
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        s.save(settings, path)
        result = s.load(path)
    assert result.settings == settings and result.problems == [] and result.backup is None


# -- a file edited by hand while Companion runs ----------------------------------------
IN_USE = Settings(snooze_minutes=15, water_goal_glasses=6,
                  stretch=ReminderPlan(interval_minutes=30,
                                       week=uniform_week([Hours(480, 960)], range(5))))


def test_an_edit_with_a_bad_value_keeps_the_value_in_use_not_the_default(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"snooze_minutes": "15m", "glass_ml": 300,
                                "schema_version": 4,
                                "stretch": {"interval_minutes": 20,
                                            "week": {"mon": {"hours": ["18:00-07:00"]}}}}))
    result = s.load(path, now=fixed_now, keep=IN_USE)
    got = result.settings
    assert got.snooze_minutes == 15 and got.glass_ml == 300  # the typo keeps 15, not 10
    assert got.stretch.interval_minutes == 20
    assert got.stretch.week == IN_USE.stretch.week
    assert got.water_goal_glasses == 8  # left out of the file: the default, as at a start
    text = "\n".join(result.problems)
    assert "snooze_minutes should be a whole number from 1 to 120, not '15m'; left as it was" in text
    assert ("stretch.week.mon.hours should be a list of up to 12 ranges like 08:30-12:00 "
            "('18:00-07:00' is not one); left as it was") in text
    assert result.backup.read_bytes() == path.read_bytes()
    assert f"Your file is kept as {result.backup.name}." in text


def test_an_edit_that_cannot_be_read_keeps_every_setting_in_use(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"snooze_minutes": 20,')  # saved half-way
    result = s.load(path, now=fixed_now, keep=IN_USE)
    assert result.settings == IN_USE
    [problem] = result.problems
    assert "your settings stay as they were" in problem and "kept as" in problem
    assert result.seen == path.read_bytes()


def test_the_fingerprint_tells_an_edit_from_our_own_save(tmp_path):
    path = tmp_path / "settings.json"
    assert s.fingerprint(path) is None
    written = s.save(IN_USE, path)
    assert written == path.read_bytes() == s.fingerprint(path)
    assert s.load(path).seen == written
    path.write_bytes(written.replace(b'"snooze_minutes": 15', b'"snooze_minutes": 16'))
    assert s.fingerprint(path) != written
    path.unlink()
    os.mkfifo(path)
    assert isinstance(s.fingerprint(path), tuple)  # not read: a FIFO would block


@PROPERTY_SETTINGS
@given(valid_settings, valid_settings, valid_settings)
def test_a_rebased_change_keeps_both_sides_and_stays_valid(before, after, onto):
    assert rebase(before, after, before) == after  # nothing edited: just the change
    assert rebase(before, before, onto) == onto  # no change: just the edit
    got = rebase(before, after, onto)
    for f in fields(Settings):
        old, new, edited = (getattr(x, f.name) for x in (before, after, onto))
        if not isinstance(new, ReminderPlan):
            assert getattr(got, f.name) == (new if new != old else edited)
    # Valid on both sides means valid merged: it saves and loads back unchanged.
    assert schema.from_dict(schema.to_dict(got)) == (got, [])
