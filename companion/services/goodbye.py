"""Every way the desktop ends Companion, heard inside Qt's event loop as one ``leaving`` signal.

The ways: SIGTERM (logout, shutdown, ``systemctl --user stop``), SIGHUP (the terminal
closed), SIGINT (Ctrl+C), and the session manager (``commitDataRequest`` to save before a
logout, and the Quit event Qt sends when the session ends). The app answers them all with
one goodbye; logind's ``PrepareForShutdown``, which comes before the SIGTERM of a
shutdown, reaches the same goodbye through the app's logind watch (services/logind.py).

Unix signals: Python runs a signal handler only between bytecodes, which inside Qt's C++
event loop may be never (so SIGINT left the process running) or in the middle of any
callback (so a KeyboardInterrupt once broke a timer). Instead the handlers do nothing, and
``signal.set_wakeup_fd`` has the C-level handler write the signal's number to a socket
pair; a QSocketNotifier on the other end wakes the event loop, which reads it between two
events like any other input. Writing one byte to a socket is async-signal-safe.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

#: The Unix signals that end a session, and what they mean to a person reading the log.
SIGNALS = {signal.SIGTERM: "SIGTERM", signal.SIGHUP: "SIGHUP (the terminal closed)",
           signal.SIGINT: "SIGINT (Ctrl+C)"}


def _noted(signum, frame) -> None:
    """The Python-level handler: nothing to do, the byte on the wake-up socket is the news."""


class SessionEnd(QObject):
    """Turns signals and the session manager into ``leaving(why)``.

    ``saving`` asks for everything to be saved now, without leaving: the session manager
    says a logout is coming, and another program may still cancel it.
    """

    leaving = Signal(str)
    saving = Signal()

    def __init__(self, app, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._wake: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None
        self._old_wakeup_fd = -1
        self._old_handlers: dict[int, Callable[[int, FrameType | None], Any] | int | None] = {}

    def start(self) -> None:
        """Listen from now on."""
        self._listen_for_signals()
        self._app.commitDataRequest.connect(self._commit_data)
        self._app.saveStateRequest.connect(self._save_state)
        if self._app.sessionId():  # connected to a session manager (X11's XSMP)
            self.watch_quit_events()

    def watch_quit_events(self) -> None:
        """Take the Quit event Qt sends when the session manager ends the session.

        Handled by Qt, it closes every window first, and one may refuse (the Today window
        without a tray asks before quitting), leaving Companion half gone. A filter on the
        application sees every event of every object, so it is installed only where a
        session manager can send one (PySide6's own wheels have no XSMP support at all).
        """
        self._app.installEventFilter(self)

    def close(self) -> None:
        """Stop listening; signals get their previous handlers back (safe to call twice)."""
        if self._wake is None:
            return
        self._app.removeEventFilter(self)
        for signum, handler in self._old_handlers.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(self._old_wakeup_fd)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        for end in self._wake:
            end.close()
        self._wake = None

    # -- Unix signals --------------------------------------------------------------------
    def _listen_for_signals(self) -> None:
        reader, writer = socket.socketpair()
        for end in (reader, writer):
            end.setblocking(False)  # the C handler must never block; a full buffer drops a byte
        self._wake = (reader, writer)
        # The wake-up fd is written for every signal with a Python handler, ours included.
        self._old_wakeup_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        self._old_handlers = {signum: signal.signal(signum, _noted) for signum in SIGNALS}
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._signals_arrived)

    def _signals_arrived(self, *_) -> None:
        received = bytearray()
        while self._wake is not None:
            try:
                chunk = self._wake[0].recv(64)
            except (BlockingIOError, InterruptedError):
                break
            if not chunk:
                break
            received += chunk
        for signum in dict.fromkeys(received):  # each kind once, in the order they came
            if signum in SIGNALS:
                self._leave(SIGNALS[signal.Signals(signum)])

    # -- the session manager -------------------------------------------------------------
    def _commit_data(self, manager) -> None:
        log.info("the session manager asks to save before the session ends")
        self.saving.emit()

    def _save_state(self, manager) -> None:
        # Start at login is the autostart entry's job, and the user can turn it off; the
        # session manager must not start Companion again by restoring the session.
        from PySide6.QtGui import QSessionManager
        manager.setRestartHint(QSessionManager.RestartHint.RestartNever)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self._app and event.type() == QEvent.Type.Quit:
            self._leave("the session is ending")
            return True  # our goodbye exits; Qt's own would close (and ask) window by window
        return False

    def _leave(self, why: str) -> None:
        log.info("leaving: %s", why)
        self.leaving.emit(why)
