"""Time away from keyboard and mouse on Wayland, from the standard ext-idle-notify-v1 protocol.

KWin (Plasma 5.27+), sway 1.8+, labwc, wayfire, niri and others implement it; GNOME's mutter
does not (gnome_idle.py asks GNOME instead). We ask once for a notification after the threshold;
the compositor then says "idled" when input has stopped that long and "resumed" at the next
input, and nothing in between. Its socket wakes us for those two messages only: no polling.

The compositor may hold "idled" back while a program inhibits idleness (a playing video):
someone watching a film is not away from the screen, so that is right for us too.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from companion.core.i18n import QT_TRANSLATE_NOOP

from . import wayland
from .status import SourceStatus

log = logging.getLogger(__name__)

# The protocol's tables, as wayland-scanner would write them from ext-idle-notify-v1.xml.
NOTIFICATION = wayland.interface("ext_idle_notification_v1", 1,
                                 methods=[("destroy", "", [])],
                                 events=[("idled", ""), ("resumed", "")])
_seat = wayland.library() and wayland.Interface.in_dll(wayland.library(), "wl_seat_interface")
NOTIFIER = wayland.interface("ext_idle_notifier_v1", 1,
                             methods=[("destroy", "", []),
                                      ("get_idle_notification", "nuo", [NOTIFICATION, None, _seat or None])],
                             events=[])


class WaylandIdleWatch(QObject):
    """Emits ``idle(seconds)`` after ``threshold_ms`` without input, ``active()`` on the next input."""

    idle = Signal(float)
    active = Signal()

    def __init__(self, threshold_ms: int, display: str | None = None, parent: QObject | None = None):
        """``display``: the Wayland socket name (None: $WAYLAND_DISPLAY, as every client)."""
        super().__init__(parent)
        self.threshold_ms = int(threshold_ms)  # a uint on the wire
        self._display_name = display
        self._connection: wayland.Connection | None = None
        self._notifier: QSocketNotifier | None = None
        self._handlers = (wayland.NO_ARGS(self._idled), wayland.NO_ARGS(self._resumed))

    def start(self) -> SourceStatus:
        """Connect and ask for the notification; says what works (or why not)."""
        if wayland.library() is None:
            return SourceStatus("idle", False,
                                QT_TRANSLATE_NOOP("presence", "the Wayland client library is not installed"))
        if not (self._display_name or os.environ.get("WAYLAND_DISPLAY")):
            return SourceStatus("idle", False, QT_TRANSLATE_NOOP("presence", "not a Wayland session"))
        connection = wayland.Connection(self._display_name)
        if not connection:
            return SourceStatus("idle", False, QT_TRANSLATE_NOOP("presence", "could not reach the Wayland compositor"))
        seat = connection.bind(connection.interface("wl_seat"), 1)
        notifier = connection.bind(NOTIFIER, 1)
        if seat is None or notifier is None:
            connection.close()
            return SourceStatus("idle", False,
                                QT_TRANSLATE_NOOP("presence", "this Wayland compositor does not tell when input stops"
                                                              " (no ext-idle-notify-v1)"))
        notification = connection.request(notifier, 1, NOTIFICATION, [None, self.threshold_ms, seat])
        connection.listen(notification, *self._handlers)
        connection.flush()
        # What to let go of at stop, with each one's destructor request (wl_seat v1 has none).
        self._objects = [(notification, 0), (notifier, 0), (seat, None)]
        self._connection = connection
        self._notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        return SourceStatus("idle", True,
                            QT_TRANSLATE_NOOP("presence", "Wayland idle notifications (ext-idle-notify-v1)"))

    def stop(self) -> None:
        if self._connection is None:
            return
        self._notifier.setEnabled(False)
        for proxy, destructor in self._objects:
            self._connection.destroy(proxy, destructor)
        self._connection.close()
        self._connection = None

    def _read(self) -> None:
        if not self._connection.dispatch():
            log.warning("presence: the Wayland compositor closed our connection; idle is no longer noticed")
            self._notifier.setEnabled(False)

    def _idled(self, _data, _proxy) -> None:
        self.idle.emit(self.threshold_ms / 1000)

    def _resumed(self, _data, _proxy) -> None:
        self.active.emit()
