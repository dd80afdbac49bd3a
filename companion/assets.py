"""Where Companion's own files are: icons, illustrations, routines, patterns, checklist, sounds.

Every part of the app finds them through this module, so a source checkout, an editable
install and an installed wheel all behave the same. In the repository they live in the
top-level ``assets/`` folder; the wheel carries that folder inside the package as
``companion/_assets`` (pyproject.toml's force-include), found with importlib.resources.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

#: The folder's name inside an installed package.
PACKAGED = "_assets"
# A checkout (or an editable install, which imports from the checkout) has no packaged
# copy: the files are still in the repository's top-level assets/ folder.
_CHECKOUT = Path(__file__).resolve().parent.parent / "assets"


class AssetsMissing(RuntimeError):
    """Neither an installed copy nor a checkout's assets folder was found."""


@cache
def root() -> Path:
    """The folder holding every asset, as a real path (Qt and the loaders need one)."""
    packaged = resources.files("companion") / PACKAGED
    if packaged.is_dir():
        return packaged if isinstance(packaged, Path) else _unpacked(packaged)
    if _CHECKOUT.is_dir():
        return _CHECKOUT
    raise AssetsMissing("Companion's own files (icons, routines, breathing patterns) are "
                        "missing; reinstalling Companion should put them back.")


def _unpacked(tree: Traversable) -> Path:
    # Only a zipped install gets here (pip and pipx unpack wheels): copy the files out
    # once, since QIcon, QSvgRenderer and QSoundEffect read real files.
    target = Path(tempfile.mkdtemp(prefix="companion-assets-"))
    atexit.register(shutil.rmtree, target, ignore_errors=True)

    def copy(node: Traversable, into: Path) -> None:
        for child in node.iterdir():
            if child.is_dir():
                (into / child.name).mkdir()
                copy(child, into / child.name)
            else:
                (into / child.name).write_bytes(child.read_bytes())
    copy(tree, target)
    return target


def path(*parts: str) -> Path:
    """The path of one asset, e.g. ``path("icons", "companion.svg")``."""
    return root().joinpath(*parts)


def routines_dir() -> Path:
    """The folder of built-in stretch routines."""
    return path("routines")


def illustrations_dir() -> Path:
    """The folder of stretch illustrations."""
    return path("illustrations")


def patterns_file() -> Path:
    """The built-in breathing patterns."""
    return path("breathing", "patterns.toml")


def checklist_file() -> Path:
    """The symptom checklist."""
    return path("checklist.toml")


def icons_dir() -> Path:
    """The app's icons (SVG, with PNGs in png/)."""
    return path("icons")


def chime_file() -> Path:
    """The soft chime played at each step of a session."""
    return path("sounds", "chime.wav")


def desktop_dir() -> Path:
    """The desktop entry and AppStream metainfo."""
    return path("desktop")
