"""Command-line options. Parsed before Qt starts, so --help and --version need no display."""

from __future__ import annotations

import argparse

from . import __version__


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="companion",
        description="Companion: hydration, stretch and breathing reminders in your tray. "
                    "If Companion is already running, these actions go to it.")
    p.add_argument("--version", action="version", version=f"Companion {__version__}")
    p.add_argument("--show", action="store_true", help="open the Today window")
    p.add_argument("--log-water", action="store_true", help="log a glass of water")
    p.add_argument("--pause", type=int, metavar="MINUTES", help="pause reminders for MINUTES")
    p.add_argument("--resume", action="store_true", help="resume reminders now")
    p.add_argument("--stretch", action="store_true", help="start a guided stretch session")
    p.add_argument("--breathe", action="store_true", help="start a breathing exercise")
    p.add_argument("--check", action="store_true", help="open the symptom checklist")
    p.add_argument("--verbose", action="store_true", help="also log to the terminal")
    return p


def actions(args: argparse.Namespace) -> list[str]:
    """The actions to carry out, as strings that can travel to a running copy."""
    # Named as the app's own actions, so a forwarded line needs no translation.
    found = [name for name in ("show", "resume", "stretch", "breathe", "check")
             if getattr(args, name)]
    if args.log_water:
        found.append("log_water:command line")
    if args.pause is not None:
        found.append(f"pause:{max(1, args.pause)}")
    return found
