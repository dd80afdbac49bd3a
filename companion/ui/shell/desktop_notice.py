"""A message that is not a reminder: nothing to snooze, skip or miss, at most one button.

GNOME's movement break has begun ("Stretch with Companion"), the daily computer-time limit
is reached. It goes to the desktop's notification server like a prompt (GNOME Shell shows
its button), one notification per key, replaced by the next of that key; where no server
answers it is told the way other messages are (the tray, and the Today window's notice).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from companion.services.notifications import DesktopNotifier

Tell = Callable[[str, str], None]  # (text, title)


class DesktopNotice(QObject):
    """Shows notices by key; a click on a notice's button calls its action once."""

    def __init__(self, notifier: DesktopNotifier | None, tell: Tell, parent: QObject | None = None):
        super().__init__(parent)
        self.notifier = notifier
        self._tell = tell
        self._actions: dict[str, Callable[[], object]] = {}
        if notifier is not None:
            notifier.action_invoked.connect(self._invoked)
            notifier.dismissed.connect(lambda key: self._actions.pop(key, None))

    def show(self, key: str, title: str, body: str,
             button: tuple[str, Callable[[], object]] | None = None) -> None:
        """Put up the notice ``key`` (replacing the one before); ``button``: its words and
        what it does."""
        actions = [("default", button[0])] if button is not None else []
        if self.notifier is not None and self.notifier.available() and self.notifier.show(
                key, title, body, actions):
            if button is not None:
                self._actions[key] = button[1]
            else:
                self._actions.pop(key, None)
            return
        self._tell(body, title)

    def _invoked(self, key: str, _action: str) -> None:
        action = self._actions.pop(key, None)
        if action is not None:
            action()
