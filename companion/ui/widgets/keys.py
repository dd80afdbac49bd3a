"""Window-wide keyboard keys: shortcuts for sessions, and Enter and Esc as in a dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QWidget


def bind_keys(window: QWidget, actions: dict[Qt.Key, Callable[[], object]]) -> dict[Qt.Key, QShortcut]:
    """A shortcut on ``window`` for each key, calling its action; returned by key to enable or disable."""
    # A shortcut fires before the focused widget sees the key, so Space means the window's
    # action even when a button has focus; disable a shortcut to give its key back.
    return {key: QShortcut(QKeySequence(key), window, action) for key, action in actions.items()}


class _DialogKeys(QObject):
    """Enter and Esc that no control inside ``scope`` used, handled as QDialog does."""

    def __init__(self, scope: QWidget, default: QPushButton | None,
                 escape: Callable[[], object] | None):
        super().__init__(scope)
        self._default, self._escape = default, escape
        scope.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape and self._escape is not None:
            self._escape()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._default is not None:
            # A focused button means itself (as in a dialog); anything else, the main button.
            focus = QApplication.focusWidget()
            button = focus if isinstance(focus, QPushButton) and isinstance(watched, QWidget) \
                and watched.isAncestorOf(focus) \
                else self._default
            if button.isVisible() and button.isEnabled():
                button.click()
                return True
        return False


def dialog_keys(scope: QWidget, default: QPushButton | None = None,
                escape: Callable[[], object] | None = None) -> None:
    """Enter presses ``default`` (or the focused button) and Esc calls ``escape``, in ``scope``.

    Only keys the focused control did not use reach ``scope``: Enter in a list or Esc in an
    open drop-down stay theirs. Qt gives only QDialog this; windows and parts of windows
    (a form inside a tab) get it here. ``default`` is drawn as the default button.
    """
    if default is not None:
        default.setDefault(True)
    _DialogKeys(scope, default, escape)
