"""Start at login: an XDG autostart entry in the user's config folder.

The XDG Autostart spec reads ``$XDG_CONFIG_HOME/autostart/*.desktop`` at login. The entry
runs ``companion --autostart``, which starts quietly in the tray. Turning the setting off
removes the file, but only a file Companion wrote: one the user made is theirs.
"""

from __future__ import annotations

from pathlib import Path

from companion.services import desktop_entry

FLAG = "--autostart"


def entry_path() -> Path:
    """Where the autostart entry lives."""
    return desktop_entry.config_home() / "autostart" / desktop_entry.DESKTOP_ID


def entry_text(command: list[str]) -> str:
    """The autostart entry for ``command``."""
    return desktop_entry.entry_text(
        [*command, FLAG], {"X-GNOME-Autostart-enabled": "true"})


def is_enabled() -> bool:
    """True when an autostart entry for Companion exists and is not switched off."""
    try:
        text = entry_path().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    # Desktops switch an entry off in place rather than deleting it.
    return "\nHidden=true" not in text and "\nX-GNOME-Autostart-enabled=false" not in text


def set_enabled(on: bool, command: list[str] | None = None) -> bool:
    """Write or remove the entry; True if a file changed. Raises OSError on failure."""
    path = entry_path()
    if not desktop_entry.is_ours(path):
        return False  # the user's own entry decides for itself
    if on:
        text = entry_text(command or desktop_entry.launch_command())
        return desktop_entry.write_if_changed(path, text.encode("utf-8"))
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def refresh(command: list[str] | None = None) -> bool:
    """Point an existing entry of ours at this copy of Companion (it may have moved)."""
    if entry_path().exists() and is_enabled():
        return set_enabled(True, command)
    return False
