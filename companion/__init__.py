"""Companion: a desktop self-care companion."""

from pathlib import Path

__version__ = "0.1.0"

#: Icons, illustrations, routines, patterns and the checklist, beside the package.
ASSETS = Path(__file__).resolve().parent.parent / "assets"
