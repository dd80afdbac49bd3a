"""Shows reminder prompts: a native notification where a server offers buttons, else a toast.

Either way there is at most one prompt per kind, and a prompt nobody answers within the
timeout is withdrawn and reported as ``timeout`` (the app records it as missed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.prompts import PROMPTS

if TYPE_CHECKING:
    from companion.services.notifications import DesktopNotifier
    from companion.ui.shell.prompt import PromptToast

ANSWERS = {"default": "primary", "snooze": "snooze", "skip": "skip"}


class PromptCenter(QObject):
    """One place that puts prompts on screen and reports ``answered(kind, action, minutes)``."""

    answered = Signal(str, str, int)  # action: primary / snooze / skip / timeout

    def __init__(self, notifier: DesktopNotifier | None, parent: QObject | None = None):
        super().__init__(parent)
        self.notifier = notifier
        # Asked once: a server that appears later is picked up at the next start.
        self.native = notifier is not None and notifier.available()
        if self.native:
            notifier.action_invoked.connect(self._native_answer)
            notifier.dismissed.connect(lambda kind: self._native_answer(kind, "skip"))
        self.toasts: dict[str, PromptToast] = {}
        self._timeouts: dict[str, QTimer] = {}
        self._snooze: dict[str, int] = {}

    def open_kinds(self) -> set[str]:
        return set(self.toasts) | set(self._timeouts)

    def show(self, kind: str, snooze_minutes: int, timeout_minutes: int) -> None:
        """Put up the prompt for ``kind``, replacing one of that kind still showing."""
        self.withdraw(kind)
        text = PROMPTS[kind]
        actions = [("default", text.primary), ("snooze", f"Snooze {snooze_minutes} min"),
                   ("skip", "Skip")]
        if self.native and self.notifier.show(kind, text.title, text.body, actions):
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self._native_timeout(kind))
            timer.start(timeout_minutes * 60_000)
            self._timeouts[kind] = timer
            self._snooze[kind] = snooze_minutes
            return
        from companion.ui.shell.prompt import PromptToast  # only where there is no notification server
        toast = PromptToast(kind, snooze_minutes, timeout_minutes)
        toast.answered.connect(self._toast_answer)
        self.toasts[kind] = toast
        toast.pop_up(stack_index=len(self.toasts) - 1)

    def withdraw(self, kind: str) -> None:
        """Take a prompt off screen without an answer."""
        toast = self.toasts.pop(kind, None)
        if toast is not None:
            toast.answered.disconnect()
            toast.close()
        timer = self._timeouts.pop(kind, None)
        if timer is not None:
            timer.stop()
            self.notifier.close(kind)

    def close_all(self) -> None:
        for kind in list(self.open_kinds()):
            self.withdraw(kind)
        if self.notifier is not None:
            self.notifier.shutdown()

    def _toast_answer(self, kind: str, action: str, minutes: int) -> None:
        self.toasts.pop(kind, None)
        self.answered.emit(kind, action, minutes)

    def _native_answer(self, kind: str, key: str) -> None:
        timer = self._timeouts.pop(kind, None)
        if timer is None:
            return  # not ours any more (already answered or withdrawn)
        timer.stop()
        action = ANSWERS.get(key, "primary")
        self.answered.emit(kind, action, self._snooze.get(kind, 0) if action == "snooze" else 0)

    def _native_timeout(self, kind: str) -> None:
        if self._timeouts.pop(kind, None) is not None:
            self.notifier.close(kind)
            self.answered.emit(kind, "timeout", 0)
