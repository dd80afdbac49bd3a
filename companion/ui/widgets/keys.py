"""Window-wide keyboard keys, bound the Qt way: one QShortcut per key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def bind_keys(window: QWidget, actions: dict[Qt.Key, Callable[[], object]]) -> dict[Qt.Key, QShortcut]:
    """A shortcut on ``window`` for each key, calling its action; returned by key to enable or disable."""
    # A shortcut fires before the focused widget sees the key, so Space means the window's
    # action even when a button has focus; disable a shortcut to give its key back.
    return {key: QShortcut(QKeySequence(key), window, action) for key, action in actions.items()}
