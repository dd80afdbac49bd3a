"""Reading the TOML content files (built-in and the user's own) in one careful place.

The checks the loaders hold each value to are ``core.checks``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from . import safe_files
from .i18n import translate

# Every content file Companion ships is under 10 kB; a megabyte is far beyond any
# honest routine or pattern file, and refusing it early keeps a stray download or
# log file from stalling the app while it parses.
MAX_FILE_BYTES = 1_000_000


def read_toml(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """The parsed file, or None and a plain sentence saying why it could not be read."""
    name = Path(path).name
    try:
        # A regular file only: a named pipe called *.toml would block the app on open.
        data = safe_files.read_limited(path, MAX_FILE_BYTES, translate("files", "a Companion content file"))
    except safe_files.TooLarge:
        return None, (f"{name}: is larger than {MAX_FILE_BYTES // 1_000_000} MB, far too big "
                      f"for a Companion content file, so it was not read")
    except safe_files.NotRegular as error:
        return None, f"{name}: cannot be read (it is {error.kind}, not a regular file)"
    except OSError as error:
        return None, f"{name}: cannot be read ({error.strerror or error})"
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
