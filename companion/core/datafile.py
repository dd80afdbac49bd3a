"""Reading the TOML content files (built-in and the user's own) in one careful place."""

from __future__ import annotations

import tomllib
from pathlib import Path


def read_toml(path: Path) -> tuple[dict | None, str | None]:
    """The parsed file, or None and a plain sentence saying why it could not be read."""
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle), None
    except tomllib.TOMLDecodeError as error:
        return None, f"{Path(path).name}: not valid TOML ({error})"
    except (OSError, UnicodeDecodeError) as error:  # tomllib raises this for non-UTF-8 bytes
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        return None, f"{Path(path).name}: cannot be read ({reason})"
