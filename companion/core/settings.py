"""Typed user settings: defaults, validation, schema version, migration, atomic save.

The file is JSON. A bad value never stops the app: it falls back to its default and
the problem is reported once (to the caller and the log). A file that cannot be used is
kept beside it as ``settings.json.bad-<time>``: copied when it could be read, moved aside
when it could not (or is too large), so a later save never destroys the user's bytes.
Something that is not a regular file (a FIFO, a folder) is left exactly where it is.

The file may also be edited by hand while Companion runs: ``load(base=...)`` reads such an
edit keeping the values in force for whatever it gets wrong, ``fingerprint`` tells whether
the file changed since it was last read or written, and ``rebase`` puts a change the app
made on top of the edit, so neither is lost.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime, time
from fractions import Fraction
from pathlib import Path
from typing import Any

from .kinds import ReminderKind

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3
# A real settings file is a few KB; anything much bigger is not one, and reading and
# reporting on it would only delay start-up.
MAX_FILE_BYTES = 1_000_000
# How many unknown names one problem line lists before it says "...".
UNKNOWN_NAMES_SHOWN = 5
KINDS = tuple(ReminderKind)
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
        ReminderKind.HYDRATION: ReminderPlan(interval_minutes=60),
        ReminderKind.STRETCH: ReminderPlan(interval_minutes=45),
        ReminderKind.BREATHING: ReminderPlan(mode="times", interval_minutes=120,
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
    # Presence (issue #13): when the person is away or busy, prompts wait for them.
    presence_idle_minutes: int = 5     # no input this long counts as away
    natural_break_minutes: int = 5     # an absence this long is a stretch break
    return_delay_minutes: int = 2      # held prompts come back this long after the return
    busy_limit_minutes: int = 60       # held longer than this while busy: recorded missed
    watch_idle: bool = True
    watch_lock: bool = True            # a locked screen and a sleeping machine
    watch_calls: bool = True           # camera or microphone in use by another program
    watch_fullscreen: bool = True
    watch_dnd: bool = True
    # Small bits of remembered UI state: shown once, then not again.
    tray_hint_shown: bool = False
    stretch_safety_seen: bool = False
    # On by default: a reminder app that is gone after the next reboot does not remind.
    # The autostart entry itself is written only once the welcome window is done.
    start_at_login: bool = True
    welcome_done: bool = False

    def plan(self, kind: str) -> ReminderPlan:
        """The reminder plan for one kind."""
        plan: ReminderPlan = getattr(self, kind)
        return plan

    def with_plan(self, kind: str, plan: ReminderPlan) -> Settings:
        """A copy with one kind's plan replaced."""
        changes: dict[str, Any] = {kind: plan}
        return replace(self, **changes)


#: What is at the settings path: its bytes, None if nothing, else (kind, inode, size, time).
Fingerprint = bytes | tuple[int, ...] | None


@dataclass
class LoadResult:
    settings: Settings
    problems: list[str] = field(default_factory=list)
    backup: Path | None = None
    # True when the file is still in place but could not be used (not a regular file, or
    # it could not be moved aside): saving repaired settings over it would destroy it.
    keep_file: bool = False
    # What was read, as fingerprint() gives it: compared later to notice an edit by hand.
    seen: Fingerprint = None


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
    return str(value)


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
    "presence_idle_minutes": _int_in(1, 60), "natural_break_minutes": _int_in(1, 60),
    "return_delay_minutes": _int_in(0, 30), "busy_limit_minutes": _int_in(5, 240),
    "watch_idle": _bool, "watch_lock": _bool, "watch_calls": _bool,
    "watch_fullscreen": _bool, "watch_dnd": _bool,
    "start_at_login": _bool, "welcome_done": _bool,
}


def _checked(raw: dict[str, Any], checks: dict[str, Callable[[Any], Any]], prefix: str,
             problems: list[str], keep: Any = None) -> dict[str, Any]:
    """The values in ``raw`` that pass their checks; the others become problems.

    A value that fails keeps ``keep``'s (the settings in use) if given, else its default.
    """
    values = {}
    for name, check in checks.items():
        if name in raw:
            try:
                values[name] = check(raw[name])
            except ValueError as exc:
                if keep is None:
                    problems.append(f"{prefix}{name} {exc}; using the default")
                else:
                    values[name] = getattr(keep, name)
                    problems.append(f"{prefix}{name} {exc}; left as it was")
    return values


def _plan_from(raw: Any, kind: str, problems: list[str],
               keep: ReminderPlan | None = None) -> ReminderPlan:
    default = _default_plans()[kind]
    if not isinstance(raw, dict):
        problems.append(f"{kind}: should be a table of settings; "
                        + ("using the defaults" if keep is None else "left as it was"))
        return default if keep is None else keep
    plan = replace(default, **_checked(raw, PLAN_FIELDS, f"{kind}.", problems, keep))
    if plan.start >= plan.end:
        fallback = default if keep is None else keep
        problems.append(f"{kind}: active hours must end after they start; using "
                        f"{fallback.start:%H:%M}-{fallback.end:%H:%M}")
        plan = replace(plan, start=fallback.start, end=fallback.end)
    return plan


def from_dict(raw: dict[str, Any], keep: Settings | None = None) -> tuple[Settings, list[str]]:
    """Build validated settings from a parsed file, with a list of problems found.

    A missing value is its default; a bad one is ``keep``'s if given (the settings in use,
    for a file edited while Companion runs), else its default.
    """
    problems: list[str] = []
    values: dict[str, Any] = {kind: _plan_from(raw[kind], kind, problems,
                               None if keep is None else keep.plan(kind))
              for kind in KINDS if kind in raw}
    values |= _checked(raw, TOP_FIELDS, "", problems, keep)
    known = {f.name for f in fields(Settings)} | {"schema_version"}
    if unknown := sorted(set(raw) - known):
        problems.append(_unknown_names(unknown))
    return Settings(**values), problems


def _unknown_names(names: list[str]) -> str:
    # One line however many there are: a file of 200,000 stray keys must not turn into
    # 200,000 lines in the window and the log.
    def shown(name: str) -> str:
        short = name if len(name) <= 40 else name[:40] + "..."
        return short if short.isprintable() else repr(short)
    if len(names) == 1:
        return f"{shown(names[0])} is not a setting Companion knows; ignored"
    listed = ", ".join(shown(n) for n in names[:UNKNOWN_NAMES_SHOWN])
    more = ", ..." if len(names) > UNKNOWN_NAMES_SHOWN else ""
    return f"{len(names)} unknown settings ignored: {listed}{more}"


def to_dict(settings: Settings) -> dict[str, Any]:
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
def _v1_to_v2(raw: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    # Version 1 stored the daily water goal in millilitres; version 2 counts glasses.
    raw = dict(raw)
    if "water_goal_ml" in raw:
        ml = raw.pop("water_goal_ml")
        try:
            glass = TOP_FIELDS["glass_ml"](raw.get("glass_ml", 250))
        except ValueError:
            glass = Settings.glass_ml  # reported by validation; the default is what applies
        # Exact arithmetic: ml / glass as a float overflows for a huge whole number.
        glasses = (round(Fraction(ml, glass)) if isinstance(ml, int)
                   and not isinstance(ml, bool) and ml > 0 else None)
        low, high = 1, 30
        if glasses is not None and glasses <= high:
            raw["water_goal_glasses"] = max(low, glasses)
        else:
            problems.append(f"water_goal_ml (from an older version) should be a whole number "
                            f"of millilitres up to {high} glasses of {glass} ml; using the "
                            f"default of {Settings.water_goal_glasses} glasses")
    return raw


def _v2_to_v3(raw: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    # Version 3 only adds the presence settings; an older file gets their defaults, which
    # keep every source on (a source the desktop lacks falls back to wall-clock times).
    return raw


MIGRATIONS: dict[int, Callable[[dict[str, Any], list[str]], dict[str, Any]]] = {1: _v1_to_v2, 2: _v2_to_v3}


def migrate(raw: dict[str, Any], problems: list[str] | None = None) -> dict[str, Any]:
    """Bring a parsed settings file of any older schema up to the current one.

    A value that cannot be carried over is dropped (so its default applies) and said in
    ``problems``; only an unknown schema version raises (ValueError).
    """
    problems = [] if problems is None else problems
    version = raw.get("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= SCHEMA_VERSION:
        raise ValueError(f"unknown schema version {_short(version)}")
    while version < SCHEMA_VERSION:
        raw = MIGRATIONS[version](raw, problems)
        version += 1
    return {**raw, "schema_version": SCHEMA_VERSION}


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "..."


# -- files ---------------------------------------------------------------------
class _Unusable(Exception):
    """The file is there but cannot be read as settings; the message says why."""


class _NotRegular(_Unusable):
    pass


_KINDS_OF_FILE = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
                  (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
                  (stat.S_ISBLK, "a device"))


def _check_regular(path: Path, mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS_OF_FILE if test(mode)), "something else")
        raise _NotRegular(f"{path.name} is not a regular file (it is {kind})")


def _read(path: Path) -> bytes:
    """The file's bytes, never blocking and never more than MAX_FILE_BYTES."""
    # stat before open: opening a FIFO for reading waits for a writer, and opening a
    # device can have side effects. O_NONBLOCK and fstat cover a swap in between.
    _check_regular(path, os.stat(path).st_mode)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        _check_regular(path, os.fstat(fd).st_mode)
        chunks, size = [], 0
        while size <= MAX_FILE_BYTES:
            chunk = os.read(fd, MAX_FILE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > MAX_FILE_BYTES:
        raise _Unusable(f"{path.name} is larger than {MAX_FILE_BYTES // 1_000_000} MB, far "
                        f"too large for a settings file")
    return b"".join(chunks)


def _parse_int(text: str) -> Any:
    # No setting needs more than a few digits. Huge numbers become infinity, which every
    # check refuses one value at a time, instead of Python's digit limit failing the whole
    # file with a message about sys.set_int_max_str_digits.
    return int(text) if len(text) <= 100 else float("inf")


def load(path: Path, now: Callable[[], datetime] = datetime.now,
         keep: Settings | None = None) -> LoadResult:
    """Read settings; never raises for bad content, and keeps a bad file beside it.

    ``keep``: the settings in use, when the file was edited while Companion runs; whatever
    the file gets wrong stays as it is there (instead of going back to the default).
    Every problem is also logged, so it is in companion.log and not only on screen.
    """
    path = Path(path)
    result = _load(path, now, keep)
    if not isinstance(result.seen, bytes):  # not read: what is there now (moved aside...)
        result.seen = fingerprint(path)
    for problem in result.problems:
        log.warning("settings: %s", problem)
    return result


def _load(path: Path, now: Callable[[], datetime], keep: Settings | None) -> LoadResult:
    fallback = Settings() if keep is None else keep
    instead = "using the defaults" if keep is None else "your settings stay as they were"
    try:
        data = _read(path)
    except FileNotFoundError:
        return LoadResult(Settings())
    except _NotRegular as exc:
        # Not ours to move or replace (someone made it on purpose, or it is a mistake only
        # the user can sort out); it stays, and nothing is saved over it.
        return LoadResult(fallback, [f"{exc}; {instead}. It is left as it is: rename or "
                                     "remove it so your settings can be saved."],
                          keep_file=True)
    except (_Unusable, OSError) as exc:
        # Unreadable (permissions, I/O error) or too large: move it aside, which keeps the
        # user's bytes even though we cannot read them, and frees the name for a new file.
        reason = str(exc) if isinstance(exc, _Unusable) else \
            f"{path.name} could not be read ({exc.strerror or exc})"
        backup, kept = _move_aside(path, now)
        return LoadResult(fallback, [f"{reason}; {instead}. {kept}"], backup,
                          keep_file=backup is None)
    problems: list[str] = []
    try:
        # A UnicodeDecodeError is a ValueError too.
        raw = json.loads(data.decode("utf-8"), parse_int=_parse_int)
        if not isinstance(raw, dict):
            raise ValueError("the file does not hold a settings table")
        raw = migrate(raw, problems)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        backup, kept = _keep_copy(path, data, now)
        return LoadResult(fallback, [f"{path.name} could not be read ({exc}); {instead}. "
                                     f"{kept}"], backup, seen=data)
    settings, more = from_dict(raw, keep)
    problems += more
    backup = None
    if problems:
        backup, kept = _keep_copy(path, data, now)
        problems.append(kept)
    return LoadResult(settings, problems, backup, seen=data)


def fingerprint(path: Path) -> Fingerprint:
    """What is at ``path`` now, to tell whether it changed since it was read or written."""
    try:
        return _read(path)  # a few KB: comparing bytes beats trusting coarse mtimes
    except FileNotFoundError:
        return None
    except (_Unusable, OSError):
        try:
            info = os.stat(path)
        except OSError:
            return None
        return (info.st_mode, info.st_ino, info.st_size, info.st_mtime_ns)


# Changed together: taking one from each side could make hours that end before they start.
_PLAN_UNITS = (("enabled",), ("mode", "interval_minutes", "times"), ("start", "end"),
               ("days",))


def rebase(before: Settings, after: Settings, onto: Settings) -> Settings:
    """The change from ``before`` to ``after``, made on top of ``onto`` instead.

    For a change the app makes while the file was edited by hand: what the app changed
    wins, and everything else is the edit's. A reminder plan is merged by part (whether
    it is on, its timing, its hours, its days), so turning water reminders on keeps a new
    interval typed into the file.
    """
    values: dict[str, Any] = {}
    for name in (f.name for f in fields(Settings)):
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        if isinstance(new, ReminderPlan):
            changed = [n for unit in _PLAN_UNITS
                       if any(getattr(old, u) != getattr(new, u) for u in unit) for n in unit]
            new = replace(getattr(onto, name), **{n: getattr(new, n) for n in changed})
        values[name] = new
    return replace(onto, **values)


def _backup_names(path: Path, now: Callable[[], datetime]) -> Iterator[Path]:
    # Two in the same second get -2, -3, ...: a backup never replaces an earlier one.
    base = f"{path.name}.bad-{now().strftime('%Y%m%d-%H%M%S')}"
    yield path.with_name(base)
    for n in range(2, 100):
        yield path.with_name(f"{base}-{n}")


def _keep_copy(path: Path, data: bytes, now: Callable[[], datetime]
               ) -> tuple[Path | None, str]:
    """Keep the bytes we read (but could not fully use) beside the file, private (0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) \
        | getattr(os, "O_CLOEXEC", 0)
    try:
        for backup in _backup_names(path, now):
            try:
                fd = os.open(backup, flags, 0o600)
            except FileExistsError:
                continue
            try:
                os.fchmod(fd, 0o600)  # whatever the umask or the original's mode
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.fsync(fd)
            except BaseException:
                os.close(fd)
                backup.unlink(missing_ok=True)
                raise
            os.close(fd)
            return backup, f"Your file is kept as {backup.name}."
        raise OSError(errno.EEXIST, "too many earlier copies")
    except OSError as exc:
        return None, (f"Your file could not be copied ({exc.strerror or exc}); "
                      "it is left as it is.")


def _move_aside(path: Path, now: Callable[[], datetime]) -> tuple[Path | None, str]:
    """Rename a file we cannot read out of the way: a rename needs no read access."""
    try:
        for backup in _backup_names(path, now):
            try:
                _rename_no_replace(path, backup)
            except FileExistsError:
                continue
            if not backup.is_symlink():  # chmod would follow a link to the user's file
                try:
                    os.chmod(backup, 0o600)
                except OSError:
                    pass  # e.g. another user's file: it keeps its own owner's mode
            return backup, f"Your file is kept as {backup.name}."
        raise OSError(errno.EEXIST, "too many earlier copies")
    except OSError as exc:
        return None, (f"Your file could not be moved aside ({exc.strerror or exc}); "
                      "it is left as it is and not saved over.")


def _rename_no_replace(path: Path, target: Path) -> None:
    # A hard link fails if the target exists, so no earlier backup is ever replaced.
    try:
        os.link(path, target, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.rename(path, target)
        return
    os.unlink(path)


def _check_replaceable(path: Path) -> None:
    """Refuse to save over something that is not a settings file we could have read."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OSError(exc.errno, f"{path.name} cannot be checked: {exc.strerror}") from None
    if not stat.S_ISREG(mode):
        raise OSError(errno.EEXIST, f"{path.name} is not a regular file")
    try:
        os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)))
    except OSError as exc:
        raise OSError(exc.errno, f"{path.name} cannot be read ({exc.strerror}), so it is "
                                 "not replaced") from None


def save(settings: Settings, path: Path) -> bytes:
    """Write settings atomically (temp file, fsync, rename), readable only by the user.

    Returns the bytes written, to compare with fingerprint() later.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # The user's bytes are never lost: a file we could not read was moved aside at load,
    # and anything still in the way (a FIFO, a file that became unreadable) is refused.
    _check_replaceable(path)
    data = (json.dumps(to_dict(settings), indent=2, sort_keys=True) + "\n").encode()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return data
