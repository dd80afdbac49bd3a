"""What a settings file may hold: each value's check, the schema version, and migration.

A bad value never stops the app: it falls back to its default (or, for a file edited while
Companion runs, the value in use) and the problem is said once. Checks are ``core.checks``'s,
so a problem reads as it does for every other file: "glass_ml should be a whole number
from 50 to 1000, not 5000; using the default".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, fields, replace
from datetime import time
from typing import Any

from . import checks, retention
from .checks import Check
from .i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from .settings import KINDS, ReminderPlan, Settings, default_plans
from .week import Hours, Week, default_week, uniform_week
from .week_file import week_from_raw, week_to_raw
from .wording import WATER_UNITS

SCHEMA_VERSION = 4
# How many unknown names one problem line lists before it says "...".
UNKNOWN_NAMES_SHOWN = 5


def _as_is(value: Any) -> Any:
    return value


def _clock_time(value: str) -> time:
    return time.fromisoformat(value).replace(second=0, microsecond=0)


def _language(value: Any) -> str | None:
    if value == "" or (isinstance(value, str) and value in LANGUAGES):
        return None
    return translate("checks", 'should be "" (the desktop\'s language) or one of {languages}, not {value}').format(
        languages=", ".join(LANGUAGES), value=checks.describe(value))


def _water_unit(value: Any) -> str | None:
    if value == "" or (isinstance(value, str) and value in WATER_UNITS):
        return None
    return translate("checks", 'should be "" (the region\'s unit) or one of {units}, not {value}').format(
        units=", ".join(WATER_UNITS), value=checks.describe(value))


#: Per field: its check, and how a value that passed becomes the setting.
Spec = tuple[Check, Callable[[Any], Any]]
_TIMES = QT_TRANSLATE_NOOP("checks", "a list of times like 11:00")
_DAYS = QT_TRANSLATE_NOOP("checks", "a list of weekday numbers 0 (Monday) to 6 (Sunday)")
PLAN_FIELDS: dict[str, Spec] = {
    "enabled": (checks.flag, _as_is),
    "mode": (checks.one_of(("interval", "times")), _as_is),
    "interval_minutes": (checks.whole(5, 480), _as_is),
    "times": (checks.each(checks.clock_time, _TIMES),
              lambda value: tuple(sorted({_clock_time(v) for v in value}))),
}
#: Version 3's one range of hours per plan, read only to carry it into a week.
OLD_HOURS_FIELDS: dict[str, Spec] = {
    "start": (checks.clock_time, _clock_time),
    "end": (checks.clock_time, _clock_time),
    "days": (checks.each(checks.whole(0, 6), _DAYS), lambda value: tuple(sorted(set(value)))),
}
_WHOLE = {"snooze_minutes": (1, 120), "prompt_timeout_minutes": (1, 120),
          "water_goal_glasses": (1, 30), "glass_ml": (50, 1000),
          "presence_idle_minutes": (1, 60), "natural_break_minutes": (1, 60),
          "return_delay_minutes": (0, 30), "busy_limit_minutes": (5, 240),
          # The break screen's (issue #21): up to an hour's postpone, ten of each a day.
          "break_postpone_minutes": (1, 60), "break_postpone_limit": (0, 10),
          "break_skip_limit": (0, 10), "break_warning_seconds": (10, 300),
          "computer_time_limit_minutes": (0, 24 * 60)}
_FLAGS = ("sound_cues", "spoken_cues", "reduced_motion", "tray_hint_shown",
          "stretch_safety_seen", "watch_idle", "watch_lock", "watch_calls", "watch_fullscreen",
          "watch_dnd", "start_at_login", "welcome_done", "break_screen_stretch",
          "break_screen_breathing", "break_strict", "break_warning")
TOP_FIELDS: dict[str, Spec] = {
    **{name: (checks.whole(low, high), _as_is) for name, (low, high) in _WHOLE.items()},
    **{name: (checks.flag, _as_is) for name in _FLAGS},
    "keep_history_days": (retention.check, _as_is),
    "desktop_breaks": (checks.one_of(("desktop", "companion")), _as_is),
    "share_folder": (checks.any_text, _as_is),
    "machine_name": (lambda value: checks.any_text(value) or checks.text(60, required=False)(value),
                     _as_is),
    "share_settings": (checks.flag, _as_is),
    "language": (_language, _as_is),
    "water_unit": (_water_unit, _as_is),
}


def _checked(raw: dict[str, Any], specs: dict[str, Spec], prefix: str,
             problems: list[str], keep: Any = None) -> dict[str, Any]:
    """The values in ``raw`` that pass their checks; the others become problems.

    A value that fails keeps ``keep``'s (the settings in use) if given, else its default.
    """
    values = {}
    for name, (check, convert) in specs.items():
        if name not in raw:
            continue
        if (wrong := check(raw[name])) is None:
            values[name] = convert(raw[name])
        elif keep is None:
            problems.append(translate("settings file", "{field} {problem}; using the default").format(
                field=prefix + name, problem=wrong))
        else:
            values[name] = getattr(keep, name)
            problems.append(translate("settings file", "{field} {problem}; left as it was").format(
                field=prefix + name, problem=wrong))
    return values


def _plan_from(raw: Any, kind: str, problems: list[str],
               keep: ReminderPlan | None = None) -> ReminderPlan:
    default = default_plans()[kind]
    if not isinstance(raw, dict):
        problems.append((translate("settings file", "{field}: should be a table of settings; using the "
                                   "defaults") if keep is None else
                         translate("settings file", "{field}: should be a table of settings; left as it "
                                   "was")).format(field=kind))
        return default if keep is None else keep
    plan = replace(default, **_checked(raw, PLAN_FIELDS, f"{kind}.", problems, keep))
    if raw.get("week") is not None:  # null or missing: the shared week
        kept = keep is not None and keep.week is not None
        fallback = keep.week if keep is not None and keep.week is not None else default_week()
        plan = replace(plan, week=week_from_raw(raw["week"], f"{kind}.week", problems,
                                                 fallback, kept))
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
    if "week" in raw:
        values["week"] = week_from_raw(raw["week"], "week", problems,
                                       default_week() if keep is None else keep.week,
                                       kept=keep is not None)
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
        return translate("settings file", "{name} is not a setting Companion knows; ignored").format(
            name=shown(names[0]))
    listed = ", ".join(shown(n) for n in names[:UNKNOWN_NAMES_SHOWN])
    more = ", ..." if len(names) > UNKNOWN_NAMES_SHOWN else ""
    return translate("settings file", "{count} unknown settings ignored: {names}").format(
        count=len(names), names=listed + more)


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
    raw = {"schema_version": SCHEMA_VERSION, **plain(asdict(settings))}
    raw["week"] = week_to_raw(settings.week)
    for kind in KINDS:
        own = settings.plan(kind).week
        raw[kind]["week"] = None if own is None else week_to_raw(own)
    return raw


# -- migration -----------------------------------------------------------------
def _v1_to_v2(raw: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    # Version 1 stored the daily water goal in millilitres; version 2 counts glasses.
    raw = dict(raw)
    if "water_goal_ml" in raw:
        ml = raw.pop("water_goal_ml")
        glass = raw.get("glass_ml", Settings.glass_ml)
        if TOP_FIELDS["glass_ml"][0](glass) is not None:
            glass = Settings.glass_ml  # reported by validation; the default is what applies
        # Exact arithmetic: ml / glass as a float overflows for a huge whole number. Imported
        # here: only a version 1 file needs it, and it costs memory at every start.
        from fractions import Fraction
        glasses = (round(Fraction(ml, glass)) if isinstance(ml, int)
                   and not isinstance(ml, bool) and ml > 0 else None)
        low, high = 1, 30
        if glasses is not None and glasses <= high:
            raw["water_goal_glasses"] = max(low, glasses)
        else:
            problems.append(translate(
                "settings file", "water_goal_ml (from an older version) should be a whole number of "
                "millilitres up to {high} glasses of {glass} ml; using the default of {goal} glasses"
            ).format(high=high, glass=glass, goal=Settings.water_goal_glasses))
    return raw


def _v2_to_v3(raw: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    # Version 3 only adds the presence settings; an older file gets their defaults, which
    # keep every source on (a source the desktop lacks falls back to wall-clock times).
    return raw


def _v3_to_v4(raw: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    # Version 4 replaces each plan's one range of hours on chosen days (start, end, days)
    # with a week: one shared by every kind (the hours most kinds had), and a kind's own
    # week only where its hours differed. A plan that said nothing had the defaults.
    raw = dict(raw)
    weeks: dict[str, Week] = {}
    for kind in map(str, KINDS):
        old = raw.get(kind, {})
        if not isinstance(old, dict):
            continue  # from_dict says so, and the kind keeps to the shared week
        weeks[kind] = _old_week(old, kind, problems)
        raw[kind] = {k: v for k, v in old.items() if k not in OLD_HOURS_FIELDS}
    if not weeks:
        return raw
    # The week most kinds had is shared; on a tie, the first kind's (water). A week that is
    # there already (a file written by hand without its version) is left as it is.
    shared = max(weeks.values(), key=list(weeks.values()).count)
    raw.setdefault("week", week_to_raw(shared))
    for kind, week in weeks.items():
        if week != shared:
            raw[kind].setdefault("week", week_to_raw(week))
    return raw


def _old_week(plan: dict[str, Any], kind: str, problems: list[str]) -> Week:
    """A version 3 plan's start, end and days as a week (bad values: the defaults')."""
    old: dict[str, Any] = {"start": time(9), "end": time(18), "days": (0, 1, 2, 3, 4)}
    old |= _checked(plan, OLD_HOURS_FIELDS, f"{kind}.", problems)
    start, end = old["start"], old["end"]
    if start >= end:
        problems.append(translate("settings file", "{field}: active hours must end after they start; "
                                  "using 09:00-18:00").format(field=kind))
        start, end = time(9), time(18)
    span = Hours(start.hour * 60 + start.minute, end.hour * 60 + end.minute)
    return uniform_week([span], old["days"])


MIGRATIONS: dict[int, Callable[[dict[str, Any], list[str]], dict[str, Any]]] = {
    1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}


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
