"""Start-up tweaks, each an explicit call from the entry point that says in the log what it did.

They exist to keep a tray-only start lean; ``bench/startup_idle.py`` measures them, and
tests/test_startup.py fails loudly if a PySide6 upgrade breaks one. (APScheduler's lean
import lives with everything else about APScheduler, in ``services/scheduler.py``.)
"""

from __future__ import annotations

import linecache
import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)


# -- PySide6's per-module source scan ----------------------------------------------------
# PySide6 supports opt-in ``from __feature__ import snake_case`` switches per module. To
# know which modules might use them, it checks every module imported after PySide6 with
# ``inspect.getsource()``, which reads and tokenises the file into ``linecache`` and keeps
# it there for the life of the process (PYSIDE-2029; napari issue 8584 describes the same
# cost). For Companion that was ~160 modules and ~85,000 source lines: about 7 MB resident
# and 30 ms of start-up, for a feature Companion does not use. The question PySide asks,
# "does this module's source mention PySide6?", is answered here from the file's bytes.

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


def skip_pyside_source_scan() -> bool:
    """Replace PySide's source scan; True if its hook was found and replaced."""
    import PySide6.QtCore  # noqa: F401  (sets up shibokensupport and its import hook)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.warning("PySide6's source-scan hook is gone; its own scan stays in place")
        return False
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]  # PySide's own, private
    linecache.clearcache()  # what PySide read for the modules imported before it
    log.debug("PySide6's per-module source scan replaced by a byte check")
    return True
