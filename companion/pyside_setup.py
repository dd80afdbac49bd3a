"""Import PySide6 without its per-module source scan; imported first by the app.

PySide6 supports opt-in ``from __feature__ import snake_case`` switches per module. To
know which modules might use them, it checks every module imported after PySide6 with
``inspect.getsource()``, which reads and tokenises the file into ``linecache`` and keeps
it there for the life of the process (PYSIDE-2029; napari issue 8584 describes the same
cost). For Companion that was ~160 modules and ~85,000 source lines: about 7 MB resident
and 30 ms of start-up, for a feature Companion does not use.

The question PySide asks, "does this module's source mention PySide6?", is answered here
from the file's bytes, which keeps nothing in memory. Should a PySide release drop the
hook, nothing is replaced and PySide's own check stays in place.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (sets up shibokensupport and its import hook)


def mentions_pyside(module: ModuleType) -> bool:
    """PySide's test, without the line cache: is "PySide6" in the module's source file?"""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in, extension or source-less module: as PySide answers
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> bool:
    """Replace PySide's source scan; True if its hook was found and replaced."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside
    linecache.clearcache()  # what PySide read for the modules imported before it
    return True


install()
