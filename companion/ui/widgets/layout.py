"""Keeping top-level windows tall enough for their word-wrapped text."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_height(window: QWidget, shrinkable: int = 0, resize: bool = False) -> None:
    """Make ``window`` as tall as its layout needs at its current width.

    By default that height becomes the window's minimum; with ``resize`` the window is
    resized to it instead (growing or shrinking), for content that comes and goes.
    ``shrinkable`` is room the layout counts that a child can give back when squeezed.
    """
    # Qt honours height-for-width inside a window but not for the window itself: without
    # this, a narrow window or a large font makes wrapped text overlap or get cut off.
    layout = window.layout()
    layout.activate()  # answer for the current contents, not the last laid-out ones
    need = layout.totalHeightForWidth(window.width()) - shrinkable
    if need <= 0:
        return
    if resize:
        if need != window.height():
            window.resize(window.width(), max(need, window.minimumSizeHint().height()))
    elif need != window.minimumHeight():
        window.setMinimumHeight(need)
