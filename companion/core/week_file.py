"""How a week is written in the settings file, and checked when read.

Readable by hand: one entry per weekday, by its short English name, e.g.
``"mon": {"on": true, "hours": ["08:30-12:00", "13:00-17:30"]}``. A day that cannot be
read keeps the day it replaces (the default, or the one in use) and the problem is said.
"""

from __future__ import annotations

from typing import Any

from . import checks
from .i18n import QT_TRANSLATE_NOOP, translate
from .week import MAX_RANGES_PER_DAY, Day, Week, hours, joined
from .wording import SHORT_WEEKDAYS

DAY_KEYS = tuple(name.lower() for name in SHORT_WEEKDAYS)
_HOURS = QT_TRANSLATE_NOOP("checks", "a list of up to {count} ranges like 08:30-12:00")


def _hours_words() -> str:
    return translate("checks", _HOURS).format(count=MAX_RANGES_PER_DAY)


def week_to_raw(week: Week) -> dict[str, Any]:
    """The JSON-ready form of a week."""
    return {key: {"on": day.on, "hours": [str(h) for h in day.hours]}
            for key, day in zip(DAY_KEYS, week.days, strict=True)}


def _range_check(value: object) -> str | None:
    try:
        if isinstance(value, str):
            hours(value)
            return None
    except ValueError:
        pass
    return translate("checks", "should be a range like 08:30-12:00, not {value}").format(
        value=checks.describe(value))


def _hours_check(value: object) -> str | None:
    if isinstance(value, list) and len(value) > MAX_RANGES_PER_DAY:
        return translate("checks", "should be {what}, not {count} of them").format(
            what=_hours_words(), count=len(value))
    return checks.each(_range_check, _hours_words())(value)


def week_from_raw(raw: object, prefix: str, problems: list[str], fallback: Week,
                  kept: bool = False) -> Week:
    """The week in ``raw``; what cannot be used is ``fallback``'s, and said in ``problems``.

    ``kept``: the fallback is the week in use (a hand edit), not the default.
    """
    instead = (translate("settings file", "left as it was") if kept
               else translate("settings file", "using the default"))
    if not isinstance(raw, dict):
        problems.append(translate("settings file", "{field} should be a table of weekdays (mon to sun), "
                                  "not {value}; {instead}").format(field=prefix, value=checks.describe(raw),
                                                                   instead=instead))
        return fallback
    days = []
    for key, before in zip(DAY_KEYS, fallback.days, strict=True):
        days.append(_day(raw[key], f"{prefix}.{key}", problems, before, instead)
                    if key in raw else before)
    if unknown := sorted(str(k) for k in raw if k not in DAY_KEYS):
        shown = ", ".join(checks.describe(k) for k in unknown[:3])
        problems.append(translate("settings file", "{field} has days Companion does not know ({days}); "
                                  "ignored").format(field=prefix, days=shown))
    return Week(tuple(days))


def _day(raw: object, prefix: str, problems: list[str], before: Day, instead: str) -> Day:
    if not isinstance(raw, dict):
        problems.append(translate("settings file", "{field} should be a table like {example}, not "
                                  "{value}; {instead}").format(field=prefix,
                                                               example='{"on": true, "hours": ["09:00-17:00"]}',
                                                               value=checks.describe(raw), instead=instead))
        return before
    on, ranges = before.on, before.hours
    if "on" in raw:
        if (wrong := checks.flag(raw["on"])) is None:
            on = raw["on"]
        else:
            problems.append(translate("settings file", "{field} {problem}; {instead}").format(
                field=f"{prefix}.on", problem=wrong, instead=instead))
    if "hours" in raw:
        if (wrong := _hours_check(raw["hours"])) is None:
            ranges = joined(hours(text) for text in raw["hours"])
        else:
            problems.append(translate("settings file", "{field} {problem}; {instead}").format(
                field=f"{prefix}.hours", problem=wrong, instead=instead))
    return Day(on, ranges)

