"""One way to check a value read from a file: a Check returns what is wrong, or None.

Settings, content files (routines, the checklist, breathing patterns) and history events
all check their values with these. A problem is said the same way everywhere: what the
value should be, then what it is ("should be a whole number from 1 to 30, not 45"); the
caller puts the field's path in front ("hydration.interval_minutes ...", "mine.toml,
routine 'mine', step 1, field 'hold': ..."). No check raises, whatever the value: a
hand-edited or damaged file may hold anything.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any, TypeGuard

from .i18n import QT_TRANSLATE_NOOP, translate

# The units a check may name, translated where the check speaks ("seconds": routines).
UNITS = (QT_TRANSLATE_NOOP("checks", "seconds"),)

#: None when the value is fine, else the words on what is wrong with it.
Check = Callable[[Any], "str | None"]


class ContentError(ValueError):
    """A file that cannot be used as it is; ``problems`` says every reason, each with its
    file, entry and field."""

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


@dataclass(frozen=True)
class Field:
    """A named value of a table: how it is checked, and whether it must be there."""

    check: Check
    required: bool = False


def problems(table: Mapping[str, Any], fields: Mapping[str, Field]) -> Iterator[tuple[str, str]]:
    """(field name, what is wrong) for each field that is missing or fails its check."""
    for name, field in fields.items():
        if name not in table:
            if field.required:
                yield name, translate("checks", "is missing")
        elif (wrong := field.check(table[name])) is not None:
            yield name, wrong


# -- saying what a value is -------------------------------------------------------------
def describe(value: object) -> str:
    """A short, safe rendering of a value for a message.

    Never repr() a list or table: a deeply nested one would raise RecursionError, and a
    long one would flood the message. Huge integers cannot even be turned into text.
    """
    if value is None:
        return translate("checks", "nothing")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return repr(value) if value.bit_length() <= 64 else translate("checks", "a very large number")
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else str(value)
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else repr(value[:37]) + "..."
    if isinstance(value, list):
        return translate("checks", "a list")
    if isinstance(value, dict):
        return translate("checks", "a table")
    return translate("checks", "a {type}").format(type=type(value).__name__)  # TOML dates and times


# -- what a value is ------------------------------------------------------------------------
def is_number(value: object) -> TypeGuard[int | float]:
    """A finite int or float. TOML's and JSON's true is an int to Python, but never a number."""
    if isinstance(value, bool):
        return False
    # An int is always finite, and math.isfinite() cannot even take one beyond a float's range.
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


def is_whole(value: object) -> TypeGuard[int]:
    """An int that is not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)


def number_in(value: object, low: float, high: float | None = None) -> bool:
    """A finite number from low to high inclusive (no upper bound if high is None)."""
    return is_number(value) and low <= value and (high is None or value <= high)


def whole_in(value: object, low: int, high: int | None = None) -> bool:
    """A whole number from low to high inclusive (no upper bound if high is None)."""
    return is_whole(value) and low <= value and (high is None or value <= high)


# -- checks -----------------------------------------------------------------------------
def whole(low: int, high: int | None = None) -> Check:
    """A whole number in a range (``true`` is not one)."""
    def check(value: object) -> str | None:
        if whole_in(value, low, high):
            return None
        if high is None:
            wrong = translate("checks", "should be a whole number of {low} or more, not {value}")
        else:
            wrong = translate("checks", "should be a whole number from {low} to {high}, not {value}")
        return wrong.format(low=f"{low:g}", high=f"{high:g}" if high is not None else "",
                            value=describe(value))
    return check


def number(low: float, high: float | None = None, unit: str = "") -> Check:
    """A finite number in a range; ``unit`` names it ("seconds", in the person's language)."""
    def check(value: object) -> str | None:
        if number_in(value, low, high):
            return None
        if unit and high is None:
            wrong = translate("checks", "should be a number of {unit} of {low} or more, not {value}")
        elif unit:
            wrong = translate("checks", "should be a number of {unit} from {low} to {high}, not {value}")
        elif high is None:
            wrong = translate("checks", "should be a number of {low} or more, not {value}")
        else:
            wrong = translate("checks", "should be a number from {low} to {high}, not {value}")
        return wrong.format(unit=translate("checks", unit), low=f"{low:g}",
                            high=f"{high:g}" if high is not None else "", value=describe(value))
    return check


def flag(value: object) -> str | None:
    """true or false."""
    if isinstance(value, bool):
        return None
    return translate("checks", "should be true or false, not {value}").format(value=describe(value))


def text(longest: int | None = None, required: bool = True) -> Check:
    """Text, not blank unless not ``required`` (then None passes too), at most ``longest``."""
    def check(value: object) -> str | None:
        if value is None:
            return translate("checks", "is missing") if required else None
        if not isinstance(value, str):
            wrong = (translate("checks", "should be non-empty text, not {value}") if required
                     else translate("checks", "should be text, not {value}"))
            return wrong.format(value=describe(value))
        if required and not value.strip():
            return translate("checks", "should be non-empty text")
        if longest is not None and len(value.strip()) > longest:
            return translate("checks", "should be at most {longest} characters long (it has {length})"
                             ).format(longest=longest, length=len(value.strip()))
        return None
    return check


def any_text(value: object) -> str | None:
    """Any text, even empty."""
    if isinstance(value, str):
        return None
    return translate("checks", "should be text, not {value}").format(value=describe(value))


def texts(value: object) -> str | None:
    """A list of text."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return None
    return translate("checks", "should be a list of text, not {value}").format(value=describe(value))


def one_of(choices: Collection[str]) -> Check:
    """One of the given words."""
    def check(value: object) -> str | None:
        if isinstance(value, str) and value in choices:
            return None
        return translate("checks", "should be one of {choices}, not {value}").format(
            choices=", ".join(choices), value=describe(value))
    return check


def moment(value: object) -> str | None:
    """An ISO 8601 time with its UTC offset (a time without one cannot be compared)."""
    try:
        when = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        when = None
    if when is None:
        return translate("checks", "should be a date and time, not {value}").format(value=describe(value))
    return None if when.utcoffset() is not None else translate("checks", "should be a time with its UTC offset")


def clock_time(value: object) -> str | None:
    """A wall-clock time like 09:30, without a time zone."""
    try:
        parsed = time.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None:
        return translate("checks", "should be a time like 09:30, not {value}").format(value=describe(value))
    if parsed.tzinfo is None:
        return None
    return translate("checks", "should be a time like 09:30, without a time zone")


def optional(check: Check) -> Check:
    """``check``, or nothing (None) at all."""
    return lambda value: None if value is None else check(value)


def each(check: Check, what: str) -> Check:
    """A list whose every item passes ``check``; ``what`` says what the list should be
    (marked with QT_TRANSLATE_NOOP("checks", ...): it is translated when a problem is said)."""
    def check_all(value: object) -> str | None:
        if not isinstance(value, list):
            return translate("checks", "should be {what}, not {value}").format(
                what=translate("checks", what), value=describe(value))
        wrong = next((item for item in value if check(item) is not None), _NONE)
        if wrong is _NONE:
            return None
        return translate("checks", "should be {what} ({value} is not one)").format(
            what=translate("checks", what), value=describe(wrong))
    return check_all


_NONE = object()  # no item failed (None itself may be the one that did)
