"""Companion's place in the application menu: its desktop entry and icons, per user.

Everything goes into the user's own XDG data folder (``$XDG_DATA_HOME``, else
``~/.local/share``), never a system folder. The entry's Exec names the program that is
running now, so the entry is rewritten whenever Companion is started from somewhere else
(a new virtual environment, a pipx reinstall). Files that carry our mark are ours to
replace; a file of the same name without it was made by the user and is left alone.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

from companion import assets
from companion.core import safe_files
from companion.services import paths

log = logging.getLogger(__name__)

DESKTOP_ID = "companion.desktop"  # matches QApplication.setDesktopFileName("companion")
ICON_NAME = "companion"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
#: The key that says "Companion wrote this file and may rewrite it".
MARK = "X-Companion-Managed"


def data_home() -> Path:
    """The user's XDG data folder."""
    return paths.data_home()


def config_home() -> Path:
    """The user's XDG config folder."""
    return paths.config_home()


def launch_command(argv0: str | None = None) -> list[str]:
    """The command that starts this copy of Companion again, with absolute paths."""
    argv0 = sys.argv[0] if argv0 is None else argv0
    program = Path(argv0)
    if program.name == "companion" and program.is_file():
        # Absolute but not resolved: pipx's ~/.local/bin/companion is a link that outlives
        # the venv it points into.
        return [os.path.abspath(program)]  # the installed script (pip, pipx)
    if program.suffix == ".py" and program.is_file():
        return [sys.executable, str(program.resolve())]  # main.py in a checkout
    return [sys.executable, str(Path(__file__).resolve().parents[2] / "main.py")]


# Characters that oblige an argument to be quoted (Desktop Entry spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_value(argv: list[str]) -> str:
    """``argv`` as the value of an Exec key, quoted and escaped as the spec requires."""
    words = []
    for arg in argv:
        if arg and not _RESERVED & set(arg):
            word = arg
        else:
            word = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
        words.append(word.replace("%", "%%"))
    # Exec is also a "string" value, whose own escaping doubles every backslash.
    return " ".join(words).replace("\\", "\\\\")


def exec_argv(value: str) -> list[str]:
    """The command an Exec value runs (the reverse of exec_value, without field codes)."""
    text = value.replace("\\\\", "\\")
    words, word, quoted, started, i = [], [], False, False, 0
    while i < len(text):
        char = text[i]
        if quoted and char == "\\" and i + 1 < len(text):
            word.append(text[i + 1])
            i += 1
        elif char == '"':
            quoted, started = not quoted, True
        elif char == "%" and text[i + 1:i + 2] == "%":
            word.append("%")
            i += 1
        elif char == " " and not quoted:
            if word or started:
                words.append("".join(word))
            word, started = [], False
        else:
            word.append(char)
        i += 1
    if word or started:
        words.append("".join(word))
    return words


def entry_text(command: list[str], extra: dict[str, str] | None = None) -> str:
    """The shipped desktop entry, made to run ``command`` and marked as ours."""
    template = (assets.desktop_dir() / DESKTOP_ID).read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        key = line.partition("=")[0]
        if key == "Exec":
            line = f"Exec={exec_value(command)}"
        elif key == "TryExec":
            # TryExec takes a bare path: it hides the entry once the program is removed.
            line = f"TryExec={command[0]}"
        lines.append(line)
    lines += [f"{key}={value}" for key, value in (extra or {}).items()]
    lines.append(f"{MARK}=true")
    return "\n".join(lines) + "\n"


def is_ours(path: Path) -> bool:
    """True when the file at ``path`` was written by Companion (or is not there)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return True  # nothing there: writing will succeed or say why it cannot
    except (OSError, UnicodeDecodeError):
        return False
    return f"\n{MARK}=true" in text


def write_if_changed(path: Path, data: bytes) -> bool:
    """Atomically write ``data`` unless the file already holds it; True if written."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    # Not the private 0700 of Companion's own folders: the desktop reads these, and
    # nothing in them is private.
    path.parent.mkdir(parents=True, exist_ok=True)
    safe_files.write_atomically(path, data, mode=0o644)
    return True


def icon_files() -> dict[Path, Path]:
    """Each shipped icon and where it goes under the data folder's hicolor theme."""
    icons = assets.icons_dir()
    hicolor = Path("icons") / "hicolor"
    placed = {icons / f"{ICON_NAME}.svg": hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"}
    for size in ICON_SIZES:
        placed[icons / "png" / f"{ICON_NAME}-{size}.png"] = \
            hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
    return placed


def menu_entry_path() -> Path:
    """Where the application-menu entry goes."""
    return data_home() / "applications" / DESKTOP_ID


def install(command: list[str] | None = None) -> list[Path]:
    """Put the menu entry and icons in place (or bring them up to date); the files written.

    Raises OSError when the data folder cannot be written.
    """
    command = command or launch_command()
    root = data_home()
    written = []
    for source, relative in icon_files().items():
        if write_if_changed(root / relative, source.read_bytes()):
            written.append(root / relative)
    entry = menu_entry_path()
    if is_ours(entry):
        if write_if_changed(entry, entry_text(command).encode("utf-8")):
            written.append(entry)
    else:
        log.info("%s was not written by Companion; leaving it as it is", entry)
    if written:
        log.info("installed desktop files: %s", ", ".join(map(str, written)))
    return written
