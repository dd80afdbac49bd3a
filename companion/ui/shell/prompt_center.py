"""Shows reminder prompts: a native notification where a server offers buttons, else a toast.

Either way there is at most one prompt per kind, and a prompt nobody answers within the
timeout is withdrawn and reported as ``timeout`` (the app records it as missed).

Prompts come several hundred times a day for months, so one that has ended leaves
nothing behind: each kind has one timeout timer, made once and reused, no connection
outlives its prompt, and a closed toast is let go of on the next turn of the event loop
(not at once: it may be inside its own button's click), which frees it.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.i18n import translate
from companion.core.prompts import PROMPTS
from companion.services.qt_values import precise_timer

if TYPE_CHECKING:
    from companion.services.notifications import DesktopNotifier
    from companion.ui.shell.prompt import PromptToast

# A notification's action keys and the answers they are. "default" is the freedesktop
# name for a click on the notification itself: it opens (Answer.OPEN), never records;
# the prompt's own action is a button of its own. A key we never sent counts as a click.
ANSWERS = {"default": "open", "primary": "primary", "snooze": "snooze", "skip": "skip"}


class PromptCenter(QObject):
    """One place that puts prompts on screen and reports ``answered(kind, action, minutes)``."""

    answered = Signal(str, str, int)  # action: primary / open / snooze / skip / timeout

    def __init__(self, notifier: DesktopNotifier | None, parent: QObject | None = None):
        super().__init__(parent)
        self.notifier = notifier
        # Whether prompts go to the desktop's notification server: followed as servers
        # come and go (one may start after us, at login), not decided once.
        self.native = notifier is not None and notifier.available()
        if notifier is not None:
            notifier.server_changed.connect(self._server_changed)
            notifier.action_invoked.connect(self._native_answer)
            notifier.dismissed.connect(self._native_dismissed)
            notifier.lost.connect(self._native_lost)
        self.toasts: dict[str, PromptToast] = {}
        self._closed: list[PromptToast] = []  # toasts to let go of next turn
        self._let_go = QTimer(self)
        self._let_go.setSingleShot(True)
        self._let_go.setInterval(0)
        self._let_go.timeout.connect(self._closed.clear)
        self._snooze: dict[str, int] = {}  # kind -> snooze minutes, while its notification is up
        self._timeouts: dict[str, QTimer] = {}  # kind -> its one timeout timer, reused

    def open_kinds(self) -> set[str]:
        return set(self.toasts) | set(self._snooze)

    def show(self, kind: str, snooze_minutes: int, timeout_minutes: int) -> None:
        """Put up the prompt for ``kind``, replacing one of that kind still showing."""
        self.withdraw(kind)
        text = PROMPTS[kind]
        # The buttons first, in the order servers show them; then the click on the body.
        actions = [("primary", text.primary),
                   ("snooze", translate("Reminder", "Snooze {minutes} min").format(minutes=snooze_minutes)),
                   ("skip", translate("Reminder", "Skip")), ("default", text.opens_label)]
        if self.native and self.notifier is not None and self.notifier.show(kind, text.title, text.body, actions):
            self._snooze[kind] = snooze_minutes
            self._timeout(kind).start(timeout_minutes * 60_000)
            return
        self._show_toast(kind, snooze_minutes, timeout_minutes)

    def withdraw(self, kind: str) -> None:
        """Take a prompt off screen without an answer."""
        toast = self.toasts.pop(kind, None)
        if toast is not None:
            toast.answered.disconnect()
            toast.close()
            self._forget(toast)
        if self._snooze.pop(kind, None) is not None:
            self._timeouts[kind].stop()
            if self.notifier is not None:  # (a native prompt had one)
                self.notifier.close(kind)

    def close_all(self) -> None:
        for kind in list(self.open_kinds()):
            self.withdraw(kind)
        if self.notifier is not None:
            self.notifier.shutdown()

    def _timeout(self, kind: str) -> QTimer:
        timer = self._timeouts.get(kind)
        if timer is None:
            # Precise: a coarse timer may report (and run) up to 5% past its time, which a
            # prompt moved to a toast would then add to the time it had left.
            timer = self._timeouts[kind] = precise_timer(self)
            timer.timeout.connect(partial(self._native_timeout, kind))
        return timer

    def _show_toast(self, kind: str, snooze_minutes: int, timeout_minutes: float) -> None:
        from companion.ui.shell.prompt import PromptToast  # only where there is no notification server
        from companion.ui.widgets.colors import follow_system_colours
        follow_system_colours()  # a toast may be the first window Companion shows
        toast = PromptToast(kind, snooze_minutes, timeout_minutes)
        toast.answered.connect(self._toast_answer)
        self.toasts[kind] = toast
        toast.pop_up(stack_index=len(self.toasts) - 1)

    def _toast_answer(self, kind: str, action: str, minutes: int) -> None:
        toast = self.toasts.pop(kind, None)  # it closes itself
        if toast is not None:
            toast.answered.disconnect()
            self._forget(toast)
        self.answered.emit(kind, action, minutes)

    def _forget(self, toast: PromptToast) -> None:
        self._closed.append(toast)
        self._let_go.start()

    def _server_changed(self, available: bool) -> None:
        self.native = available

    def _native_answer(self, kind: str, key: str) -> None:
        snooze = self._snooze.pop(kind, None)
        if snooze is None:
            return  # not ours any more (already answered or withdrawn)
        self._timeouts[kind].stop()
        action = ANSWERS.get(key, "open")
        self.answered.emit(kind, action, snooze if action == "snooze" else 0)

    def _native_dismissed(self, kind: str) -> None:
        self._native_answer(kind, "skip")

    def _native_timeout(self, kind: str) -> None:
        if self._snooze.pop(kind, None) is not None:
            if self.notifier is not None:  # (a native prompt had one)
                self.notifier.close(kind)
            self.answered.emit(kind, "timeout", 0)

    def _native_lost(self, kind: str) -> None:
        """The notification server went away with this prompt on screen.

        The prompt carries on as a toast with the time it had left: the person still gets
        to answer the reminder they were shown, and one nobody answers is still missed
        only when its usual time is up, not because the desktop's server went away."""
        snooze = self._snooze.pop(kind, None)
        if snooze is None:
            return
        timer = self._timeouts[kind]
        time_left = max(timer.remainingTime(), 0)
        timer.stop()
        self._show_toast(kind, snooze, time_left / 60_000)
