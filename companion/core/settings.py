"""Typed user settings: defaults, validation, schema version, migration, atomic save.

The file is JSON. A bad value never stops the app: it falls back to its default and
the problem is reported once; an unreadable file is kept as a copy beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime, time
from pathlib import Path
from typing import Any, Callable

SCHEMA_VERSION = 2
KINDS = ("hydration", "stretch", "breathing")
SNOOZE_CHOICES = (5, 10, 15, 30)


@dataclass(frozen=True)
class ReminderPlan:
    """When one kind of reminder may fire."""

    enabled: bool = True
    mode: str = "interval"  # "interval" or "times"
    interval_minutes: int = 60
    times: tuple[time, ...] = ()
    start: time = time(9, 0)
    end: time = time(18, 0)
    days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday is 0


def _default_plans() -> dict[str, ReminderPlan]:
    return {
        "hydration": ReminderPlan(interval_minutes=60),
        "stretch": ReminderPlan(interval_minutes=45),
        "breathing": ReminderPlan(mode="times", interval_minutes=120,
                                  times=(time(11, 0), time(15, 30))),
    }


@dataclass(frozen=True)
class Settings:
    """Everything the user can set, with safe defaults."""

    hydration: ReminderPlan = field(default_factory=lambda: _default_plans()["hydration"])
    stretch: ReminderPlan = field(default_factory=lambda: _default_plans()["stretch"])
    breathing: ReminderPlan = field(default_factory=lambda: _default_plans()["breathing"])
    snooze_minutes: int = 10
    prompt_timeout_minutes: int = 10
    water_goal_glasses: int = 8
    glass_ml: int = 250
    sound_cues: bool = True
    spoken_cues: bool = False
    reduced_motion: bool = False
    # Small bits of remembered UI state: shown once, then not again.
    tray_hint_shown: bool = False
    stretch_safety_seen: bool = False

    def plan(self, kind: str) -> ReminderPlan:
        """The reminder plan for one kind."""
        return getattr(self, kind)

    def with_plan(self, kind: str, plan: ReminderPlan) -> "Settings":
        """A copy with one kind's plan replaced."""
        return replace(self, **{kind: plan})


@dataclass
class LoadResult:
    settings: Settings
    problems: list[str] = field(default_factory=list)
    backup: Path | None = None


# -- validation ----------------------------------------------------------------
def _int_in(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"should be a whole number from {low} to {high}")
        return value
    return check


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("should be true or false")
    return value


def _clock_time(value: Any) -> time:
    try:
        parsed = time.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError("should be a time like 09:30") from None
    if parsed.tzinfo is not None:  # times are local wall-clock times, always
        raise ValueError("should be a time like 09:30, without a time zone")
    return parsed.replace(second=0, microsecond=0)


def _mode(value: Any) -> str:
    if value not in ("interval", "times"):
        raise ValueError('should be "interval" or "times"')
    return value


def _times(value: Any) -> tuple[time, ...]:
    if not isinstance(value, list):
        raise ValueError("should be a list of times like 11:00")
    return tuple(sorted({_clock_time(v) for v in value}))


def _days(value: Any) -> tuple[int, ...]:
    if not isinstance(value, list) or not all(
            isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in value):
        raise ValueError("should be a list of weekday numbers 0 (Monday) to 6 (Sunday)")
    return tuple(sorted(set(value)))


PLAN_FIELDS: dict[str, Callable[[Any], Any]] = {
    "enabled": _bool, "mode": _mode, "interval_minutes": _int_in(5, 480),
    "times": _times, "start": _clock_time, "end": _clock_time, "days": _days,
}
TOP_FIELDS: dict[str, Callable[[Any], Any]] = {
    "snooze_minutes": _int_in(1, 120), "prompt_timeout_minutes": _int_in(1, 120),
    "water_goal_glasses": _int_in(1, 30), "glass_ml": _int_in(50, 1000),
    "sound_cues": _bool, "spoken_cues": _bool, "reduced_motion": _bool,
    "tray_hint_shown": _bool, "stretch_safety_seen": _bool,
}


def _checked(raw: dict, checks: dict[str, Callable[[Any], Any]], prefix: str,
             problems: list[str]) -> dict[str, Any]:
    """The values in ``raw`` that pass their checks; the others become problems."""
    values = {}
    for name, check in checks.items():
        if name in raw:
            try:
                values[name] = check(raw[name])
            except ValueError as exc:
                problems.append(f"{prefix}{name} {exc}; using the default")
    return values


def _plan_from(raw: Any, kind: str, problems: list[str]) -> ReminderPlan:
    default = _default_plans()[kind]
    if not isinstance(raw, dict):
        problems.append(f"{kind}: should be a table of settings; using the defaults")
        return default
    plan = replace(default, **_checked(raw, PLAN_FIELDS, f"{kind}.", problems))
    if plan.start >= plan.end:
        problems.append(f"{kind}: active hours must end after they start; using 09:00-18:00")
        plan = replace(plan, start=default.start, end=default.end)
    return plan


def from_dict(raw: dict) -> tuple[Settings, list[str]]:
    """Build validated settings from a parsed file, with a list of problems found."""
    problems: list[str] = []
    values = {kind: _plan_from(raw[kind], kind, problems) for kind in KINDS if kind in raw}
    values |= _checked(raw, TOP_FIELDS, "", problems)
    known = {f.name for f in fields(Settings)} | {"schema_version"}
    problems += [f"{name} is not a setting Companion knows; ignored"
                 for name in sorted(set(raw) - known)]
    return Settings(**values), problems


def to_dict(settings: Settings) -> dict:
    """The JSON-ready form of settings, with the schema version."""
    def plain(value: Any) -> Any:
        if isinstance(value, time):
            return value.strftime("%H:%M")
        if isinstance(value, (tuple, list)):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value
    return {"schema_version": SCHEMA_VERSION, **plain(asdict(settings))}


# -- migration -----------------------------------------------------------------
def _v1_to_v2(raw: dict) -> dict:
    # Version 1 stored the daily water goal in millilitres; version 2 counts glasses.
    raw = dict(raw)
    if "water_goal_ml" in raw:
        ml, glass = raw.pop("water_goal_ml"), raw.get("glass_ml", 250)
        if isinstance(ml, int) and isinstance(glass, int) and glass > 0:
            raw["water_goal_glasses"] = max(1, round(ml / glass))
    return raw


MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _v1_to_v2}


def migrate(raw: dict) -> dict:
    """Bring a parsed settings file of any older schema up to the current one."""
    version = raw.get("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= SCHEMA_VERSION:
        raise ValueError(f"unknown schema version {version!r}")
    while version < SCHEMA_VERSION:
        raw = MIGRATIONS[version](raw)
        version += 1
    return {**raw, "schema_version": SCHEMA_VERSION}


# -- files ---------------------------------------------------------------------
def load(path: Path, now: Callable[[], datetime] = datetime.now) -> LoadResult:
    """Read settings; never raises for bad content, and keeps a copy of a bad file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return LoadResult(Settings())
    except OSError as exc:
        return LoadResult(Settings(), [f"could not read {path.name} ({exc.strerror}); "
                                       "using the defaults"])
    try:
        raw = json.loads(data.decode("utf-8"))  # a UnicodeDecodeError is a ValueError
        if not isinstance(raw, dict):
            raise ValueError("the file does not hold a settings table")
        raw = migrate(raw)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        backup, kept = _keep_copy(path, now)
        return LoadResult(Settings(), [f"{path.name} could not be read ({exc}); using the "
                                       f"defaults. {kept}"], backup)
    settings, problems = from_dict(raw)
    backup = None
    if problems:
        backup, kept = _keep_copy(path, now)
        problems.append(kept)
    return LoadResult(settings, problems, backup)


def _keep_copy(path: Path, now: Callable[[], datetime]) -> tuple[Path | None, str]:
    """Copy a file we could not fully use; returns the copy and a sentence saying so."""
    backup = path.with_name(f"{path.name}.bad-{now().strftime('%Y%m%d-%H%M%S')}")
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        return None, f"Your old file could not be copied ({exc.strerror}); it is left as it is."
    return backup, f"Your old file is kept as {backup.name}."


def save(settings: Settings, path: Path) -> None:
    """Write settings atomically (temp file, fsync, rename), readable only by the user."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(to_dict(settings), indent=2, sort_keys=True) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
