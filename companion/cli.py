"""Command-line options. Parsed before Qt starts, so --help and --version need no display."""

from __future__ import annotations

import argparse
import os

from . import __version__
from .core.kinds import Action, Request
from .core.pauses import MAX_PAUSE_MINUTES, PAUSE_ALLOWED, pause_minutes_or_none


def pause_minutes(text: str) -> int:
    """argparse type for --pause: an out-of-range value is an error that says the range."""
    minutes = pause_minutes_or_none(text)
    if minutes is None:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not allowed: {PAUSE_ALLOWED}")
    return minutes


def data_file(text: str) -> str:
    """argparse type for --export/--import: the absolute path (the running copy may have
    been started elsewhere), on one line (it travels as one line to a running copy)."""
    if not text or not text.isprintable():
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a file name Companion can use")
    return os.path.abspath(os.path.expanduser(text))


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="companion",
        description="Companion: hydration, stretch and breathing reminders in your tray. "
                    "If Companion is already running, these actions go to it.")
    p.add_argument("--version", action="version", version=f"Companion {__version__}")
    p.add_argument("--show", action="store_true", help="open the Today window")
    p.add_argument("--log-water", action="store_true", help="log a glass of water")
    p.add_argument("--pause", type=pause_minutes, metavar="MINUTES",
                   help=f"pause reminders for MINUTES (1 to {MAX_PAUSE_MINUTES}, a week)")
    p.add_argument("--resume", action="store_true", help="resume reminders now")
    p.add_argument("--stretch", nargs="?", const="", metavar="ROUTINE",
                   help="open the stretch routines, or start ROUTINE (e.g. quick-hand)")
    p.add_argument("--breathe", nargs="?", const="", metavar="PATTERN",
                   help="open the breathing exercise, or start PATTERN (e.g. box)")
    p.add_argument("--stop", action="store_true",
                   help="stop the stretch or breathing session under way")
    p.add_argument("--check", action="store_true", help="open the symptom checklist")
    p.add_argument("--stats", action="store_true",
                   help="open the statistics: water, breaks and the twitch diary by week, month, year")
    p.add_argument("--export", type=data_file, metavar="PATH",
                   help="save your history to PATH: a backup if it ends in .json, else a "
                        "CSV file with one row per event")
    p.add_argument("--import", dest="import_", type=data_file, metavar="PATH",
                   help="add the entries of a backup (or an exported CSV) to your history; "
                        "entries already there are not added twice")
    p.add_argument("--verbose", action="store_true", help="also log to the terminal")
    p.add_argument("--diagnose", action="store_true",
                   help="print what works on this desktop and what to install, then exit")
    p.add_argument("--quit", action="store_true",
                   help="close the running Companion (a session in progress is saved first)")
    # For finding leaks (tests/test_leak_soak.py): the running copy logs its vital signs.
    p.add_argument("--vitals", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--autostart", action="store_true",
                   help="start quietly in the tray (used by the start-at-login entry)")
    return p


def actions(args: argparse.Namespace) -> list[Request]:
    """What the command line asks for, in order; a running copy is handed them as text."""
    found = [Request(action) for action in (Action.SHOW, Action.RESUME) if getattr(args, action)]
    # "--stretch" alone opens the routines; "--stretch quick-hand" starts that one.
    found += [Request(action, value) for action, value in
              ((Action.STRETCH, args.stretch), (Action.BREATHE, args.breathe)) if value is not None]
    found += [Request(action) for action in (Action.STOP, Action.CHECK, Action.STATS, Action.VITALS)
              if getattr(args, action)]
    if args.log_water:
        found.append(Request(Action.LOG_WATER, "command line"))
    if args.pause is not None:
        found.append(Request(Action.PAUSE, str(args.pause)))
    if args.import_ is not None:
        found.append(Request(Action.IMPORT, args.import_))
    if args.export is not None:  # after an import given with it: the file then holds both
        found.append(Request(Action.EXPORT, args.export))
    if args.quit:
        found.append(Request(Action.QUIT))  # last: the running copy does the others first
    return found
