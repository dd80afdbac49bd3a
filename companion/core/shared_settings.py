"""Settings shared through the shared folder (issue 25, optional): per field, the latest
change wins, by the time it was made.

Each machine keeps, for every shared field, its value and when it was last changed on
that machine (or taken over from another); an empty time means "never changed since
sharing began", which loses to any change. Fields that belong to one computer (its
presence sources, start at login, the shared folder itself, what was shown once) and
the history's retention (a setting that deletes entries) are never shared.

Pure: raw values as ``settings_schema.to_dict`` writes them; the file is one machine's own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from .settings import Settings
from .settings_schema import SCHEMA_VERSION, from_dict, to_dict

FORMAT = "companion-settings"
SHARED = ("hydration", "stretch", "breathing", "week", "snooze_minutes",
          "prompt_timeout_minutes", "water_goal_glasses", "glass_ml", "sound_cues",
          "spoken_cues", "reduced_motion", "presence_idle_minutes", "natural_break_minutes",
          "return_delay_minutes", "busy_limit_minutes", "break_screen_stretch",
          "break_screen_breathing", "break_postpone_minutes", "break_postpone_limit",
          "break_skip_limit", "break_strict", "break_warning", "break_warning_seconds",
          "desktop_breaks", "computer_time_limit_minutes")

#: Field -> [raw value, ISO time of its last change ("" never)].
Stamps = dict[str, list[Any]]


def note_changes(stamps: Stamps, settings: Settings, now: datetime) -> Stamps:
    """``stamps`` brought up to ``settings``: a field whose value differs is stamped ``now``;
    a field seen for the first time is stamped "" (not a change)."""
    raw = to_dict(settings)
    noted = {name: list(stamps[name]) for name in SHARED if name in stamps}
    for name in SHARED:
        if name not in noted:
            noted[name] = [raw[name], ""]
        elif noted[name][0] != raw[name]:
            noted[name] = [raw[name], now.isoformat()]
    return noted


def _key(entry: list[Any]) -> tuple[str, str]:
    # By the time of the change; the same time on two machines: by the value, so that
    # every machine picks the same one.
    return str(entry[1]), json.dumps(entry[0], sort_keys=True)


def latest(mine: Stamps, theirs: Iterable[Stamps]) -> Stamps:
    """The fields another machine changed later than this one did: what to take over."""
    winners: Stamps = {}
    for other in theirs:
        for name, entry in other.items():
            if name not in SHARED or not (isinstance(entry, list) and len(entry) == 2
                                          and isinstance(entry[1], str) and entry[1]):
                continue
            best = winners.get(name, mine.get(name, [None, ""]))
            if _key(entry) > _key(best):
                winners[name] = entry
    return winners


def apply(settings: Settings, winners: Stamps) -> tuple[Settings, list[str]]:
    """``settings`` with the winners' values, each checked as a settings file's is (a bad
    value keeps the one in use)."""
    raw = to_dict(settings) | {name: entry[0] for name, entry in winners.items()}
    return from_dict(raw, keep=settings)


def file_bytes(stamps: Stamps) -> bytes:
    """A machine's ``settings.json`` in the shared folder."""
    return json.dumps({"format": FORMAT, "schema_version": SCHEMA_VERSION, "fields": stamps},
                      sort_keys=True, ensure_ascii=False).encode("utf-8") + b"\n"


def read_file(data: bytes) -> Stamps | None:
    """The stamps in another machine's ``settings.json``; None when it is not one this
    Companion can take values from (damaged, or another settings version)."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or document.get("format") != FORMAT \
            or document.get("schema_version") != SCHEMA_VERSION:
        return None
    found = document.get("fields")
    return found if isinstance(found, dict) else None
