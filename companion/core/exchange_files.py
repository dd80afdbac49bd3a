"""Export and import as files: the history written out (0600, all at once) and read back.

The formats are ``core.exchange``'s. Every outcome is one plain sentence for the user;
a file that cannot be imported changes nothing, and one that cannot be written leaves
whatever was at that name before.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, tzinfo
from enum import StrEnum
from pathlib import Path

from . import exchange, safe_files
from .history import Event, History
from .i18n import tr, translate

# Far above a backup of ten years of daily use (~350 bytes an event, ~40,000 a year; a
# dense year of 100,000 events is ~30 MB), and what an import may hold in memory at once.
IMPORT_LIMIT_BYTES = 1_000_000_000


class Format(StrEnum):
    """What an export writes."""

    EVENTS_CSV = "events-csv"   # one row per event
    DAYS_CSV = "days-csv"       # one row per local day
    BACKUP = "backup"           # the JSON backup another Companion imports


class TransferFailed(Exception):
    """An export or import that did not happen; the message says why, in plain words."""


def format_for(path: Path) -> Format:
    """The export a file name asks for: ``.json`` a backup, anything else events as CSV."""
    return Format.BACKUP if Path(path).suffix.lower() == ".json" else Format.EVENTS_CSV


def _amount(n: int) -> str:
    return tr("%n entries", "history entries", n)


def export(history: History, path: Path, chosen: Format, now: datetime, tz: tzinfo) -> str:
    """Write the whole history to ``path`` as ``chosen``; what was done, in words.
    TransferFailed when the file cannot be written (nothing is left half-written)."""
    path = Path(path)
    events = history.events()
    if chosen is Format.BACKUP:
        data = exchange.backup_json(events, now)
    elif chosen is Format.DAYS_CSV:
        data = exchange.days_csv(events, tz).encode("utf-8")
    else:
        data = exchange.events_csv(events, tz).encode("utf-8")
    try:
        safe_files.write_atomically(path, data)
    except OSError as exc:
        raise TransferFailed(translate("exchange", "{file} could not be written ({problem}); nothing "
                                       "was exported.").format(file=path.name,
                                                               problem=exc.strerror or exc)) from exc
    if chosen is Format.DAYS_CSV:
        told = translate("exchange", "Exported one row per day to {file}.").format(file=path.name)
    else:
        told = translate("exchange", "Exported {entries} to {file}.").format(
            entries=_amount(len(events)), file=path.name)
    if history.skipped:
        told += " " + tr("%n entries in your history could not be read and are not in it.",
                         "unreadable entries", history.skipped)
    return told


def read_file(path: Path) -> list[Event]:
    """The events in a backup or an events CSV at ``path``; TransferFailed, saying why,
    for anything else. Nothing is changed."""
    path = Path(path)
    try:
        data = safe_files.read_limited(path, IMPORT_LIMIT_BYTES, translate("files", "a Companion backup"))
    except FileNotFoundError:
        raise TransferFailed(translate("exchange", "{file} was not found; nothing was imported."
                                       ).format(file=path.name)) from None
    except OSError as exc:  # not a regular file, far too large, no permission
        raise TransferFailed(translate("exchange", "{file} cannot be read ({problem}); nothing was "
                                       "imported.").format(file=path.name,
                                                           problem=exc.strerror or exc)) from None
    try:
        if data.lstrip()[:1] == b"{":
            return exchange.read_backup(data)
        text = data.decode("utf-8-sig")
        if text.startswith(",".join(exchange.EVENT_COLUMNS)):
            return exchange.read_events_csv(text)
        if text.startswith(",".join(exchange.DAY_COLUMNS)):
            raise exchange.NotImportable(translate(
                "exchange", "This file holds a summary per day, which cannot be imported; import "
                "a backup (.json) or a CSV with one row per event."))
        raise exchange.NotImportable(translate("exchange", "This is not a Companion backup."))
    except UnicodeDecodeError:
        raise TransferFailed(translate("exchange", "{file} is not a Companion backup; nothing was "
                                       "imported.").format(file=path.name)) from None
    except exchange.NotImportable as exc:
        raise TransferFailed(translate("exchange", "{file}: {problem} Nothing was imported.").format(
            file=path.name, problem=exc)) from None


def import_file(history: History, path: Path) -> str:
    """Add the events of a backup (or an events CSV) that the history does not hold yet;
    what was done, in words. TransferFailed, with nothing changed, if it cannot."""
    path = Path(path)
    events = read_file(path)
    try:
        added = history.merge(events, checked=True)  # read_file checked each one
    except (ValueError, sqlite3.Error) as exc:  # full disk, damaged file: all or nothing
        raise TransferFailed(translate("exchange", "{file} could not be added to your history "
                                       "({problem}); nothing was imported.").format(
            file=path.name, problem=exc)) from exc
    if not added:
        return translate("exchange", "Nothing new: every entry in {file} is already in your "
                         "history.").format(file=path.name)
    already = len(events) - added
    told = translate("exchange", "Imported {entries} from {file}.").format(
        entries=_amount(added), file=path.name)
    if already:
        told += " " + tr("%n entries were already there.", "entries already there", already)
    return told
