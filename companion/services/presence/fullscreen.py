"""Another program showing something fullscreen (a film, a slide show), on X11.

Asked only when a reminder is due: the window manager names the active window in
_NET_ACTIVE_WINDOW, and that window's _NET_WM_STATE says whether it is fullscreen.
"""

from __future__ import annotations

import os

from companion.core.i18n import QT_TRANSLATE_NOOP

from .status import SourceStatus
from .x11 import XA_ATOM, XA_CARDINAL, XA_WINDOW, Display

REASON = QT_TRANSLATE_NOOP("away", "showing something fullscreen")  # recorded in English; shown translated


class FullscreenWatch:
    """Answers "showing something fullscreen" while another program's window fills the screen."""

    def __init__(self, display: str | None = None, own_pid: int | None = None):
        self._display_name = display
        self.own_pid = own_pid if own_pid is not None else os.getpid()
        self._display: Display | None = None

    def start(self) -> SourceStatus:
        # In a Wayland session no program can see another's window: an X display there is
        # XWayland's, which shows only the X11 programs (it is still worth watching).
        wayland = self._display_name is None and bool(os.environ.get("WAYLAND_DISPLAY"))
        display = Display(self._display_name)
        if not display:
            if wayland:
                return SourceStatus("fullscreen", False, QT_TRANSLATE_NOOP(
                    "presence", "cannot be seen on Wayland: no program may look at another's windows"))
            return SourceStatus("fullscreen", False, QT_TRANSLATE_NOOP("presence", "no X11 display"))
        if not display.cardinals(display.root(), "_NET_SUPPORTING_WM_CHECK", XA_WINDOW):
            display.close()
            return SourceStatus("fullscreen", False,
                                QT_TRANSLATE_NOOP("presence", "no EWMH window manager on the X11 display"))
        self._display = display
        if wayland:
            return SourceStatus("fullscreen", True,
                                QT_TRANSLATE_NOOP("presence", "X11 programs only (XWayland's active window);"
                                                              " Wayland windows cannot be seen"))
        return SourceStatus("fullscreen", True, QT_TRANSLATE_NOOP("presence", "X11 active window's _NET_WM_STATE"))

    def reason(self) -> str | None:
        """REASON while the active window is fullscreen and not ours, else None."""
        d = self._display
        if d is None:
            return None
        active = d.cardinals(d.root(), "_NET_ACTIVE_WINDOW", XA_WINDOW)
        if not active or not active[0]:
            return None
        window = active[0]
        if d.atom("_NET_WM_STATE_FULLSCREEN") not in d.cardinals(window, "_NET_WM_STATE", XA_ATOM):
            return None
        # Our own fullscreen window (a breathing session) is the reminder, not a reason to hold it.
        if d.cardinals(window, "_NET_WM_PID", XA_CARDINAL) == [self.own_pid]:
            return None
        return REASON

    def stop(self) -> None:
        if self._display is not None:
            self._display.close()
            self._display = None
