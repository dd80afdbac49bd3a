"""Reading the TOML content files (built-in and the user's own) in one careful place.

Also the small checks every content loader shares, so that each reports a bad value
the same way and none of them can be tripped up by a value of the wrong type.
"""

from __future__ import annotations

import math
import tomllib
from pathlib import Path
from typing import Any, TypeGuard

# Every content file Companion ships is under 10 kB; a megabyte is far beyond any
# honest routine or pattern file, and refusing it early keeps a stray download or
# log file from stalling the app while it parses.
MAX_FILE_BYTES = 1_000_000


def read_toml(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """The parsed file, or None and a plain sentence saying why it could not be read."""
    name = Path(path).name
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return None, f"{name}: cannot be read ({error.strerror or error})"
    if len(data) > MAX_FILE_BYTES:
        return None, (f"{name}: is larger than {MAX_FILE_BYTES // 1_000_000} MB, far too big "
                      f"for a Companion content file, so it was not read")
    try:
        return tomllib.loads(data.decode("utf-8")), None
    except UnicodeDecodeError:
        return None, f"{name}: cannot be read (it is not UTF-8 text)"
    except RecursionError:
        # tomllib recurses once per nested [ or {; thousands of them exhaust the stack.
        return None, f"{name}: not valid TOML (lists or tables are nested far too deeply)"
    except ValueError as error:
        # TOMLDecodeError is a ValueError; so is int()'s refusal of a 5,000-digit number.
        return None, f"{name}: not valid TOML ({error})"


# --- field checks shared by the loaders -------------------------------------------

def describe(value: object) -> str:
    """A short, safe rendering of a value for a message.

    Never repr() a list or table: a deeply nested one would raise RecursionError, and a
    long one would flood the message. Huge integers cannot even be turned into text.
    """
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return repr(value) if value.bit_length() <= 64 else "a very large number"
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else str(value)
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else repr(value[:37]) + "..."
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"  # TOML dates and times


def is_number(value: object) -> TypeGuard[int | float]:
    """A finite int or float. TOML's true is an int to Python, but never a number of seconds."""
    if isinstance(value, bool):
        return False
    # An int is always finite, and math.isfinite() cannot even take one beyond a float's range.
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


def is_whole(value: object) -> TypeGuard[int]:
    """An int that is not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)


def number_in(value: object, low: float, high: float) -> bool:
    """A finite number from low to high inclusive."""
    return is_number(value) and low <= value <= high


def whole_in(value: object, low: int, high: int) -> bool:
    """A whole number from low to high inclusive."""
    return is_whole(value) and low <= value <= high


def text_problem(value: object, longest: int, required: bool = True) -> str | None:
    """Why `value` is not acceptable text (None if it is): a string, non-blank, not too long."""
    if value is None:
        return "is missing" if required else None
    if not isinstance(value, str):
        return f"should be {'non-empty ' if required else ''}text, not {describe(value)}"
    if required and not value.strip():
        return "should be non-empty text"
    if len(value.strip()) > longest:
        return f"should be at most {longest} characters long (it has {len(value.strip())})"
    return None
