"""Native desktop notifications with action buttons (freedesktop Notifications over D-Bus).

PySide6's QtDBus cannot send a D-Bus uint32 from Python, which ``Notify`` requires, so this
speaks D-Bus through jeepney. The few calls that need an answer (GetCapabilities, Notify)
wait at most a second; the server's signals are read only when a QSocketNotifier says the
socket has data, so the GUI never waits on the bus. Any failure turns into ``False`` so
the caller can show its own toast instead.
"""

from __future__ import annotations

import logging
import os
from collections import deque

from jeepney import DBusAddress, HeaderFields, MatchRule, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

log = logging.getLogger(__name__)

SERVER = DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications",
                     interface="org.freedesktop.Notifications")
SERVER_SIGNALS = MatchRule(type="signal", interface=SERVER.interface, path=SERVER.object_path)
REPLY_TIMEOUT = 1.0  # seconds: the longest the GUI thread may wait for the bus
CLOSED_BY_USER = 2  # NotificationClosed reason; 1 is expiry, 3 is our own CloseNotification
# TimeoutError and a vanished bus (ConnectionResetError) are OSErrors; a malformed address
# raises ValueError or RuntimeError; the server answers with DBusErrorResponse.
BUS_ERRORS = (OSError, ValueError, RuntimeError, DBusErrorResponse)


class DesktopNotifier(QObject):
    """Shows one notification per reminder kind and reports which button the user chose."""

    action_invoked = Signal(str, str)  # (kind, action key)
    dismissed = Signal(str)  # (kind) closed by the user, not on expiry or by close()

    def __init__(self, app_name: str = "Companion", icon_path: str = "", parent: QObject | None = None,
                 bus_address: str | None = None):
        super().__init__(parent)
        self._app_name = app_name
        self._icon = icon_path
        self._ids: dict[str, int] = {}  # kind -> the server's id of its notification on screen
        self._signals: deque = deque()
        self._conn: DBusConnection | None = None
        self._watch: QSocketNotifier | None = None
        address = bus_address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if address:
            self._connect(address)

    def _connect(self, address: str) -> None:
        """Open the bus, subscribe to the server's signals and watch the socket."""
        try:
            self._conn = open_dbus_connection(address, auth_timeout=REPLY_TIMEOUT)
            self._conn.filter(SERVER_SIGNALS, queue=self._signals)
            # Without a match rule the bus would only deliver signals addressed to us;
            # some servers broadcast ActionInvoked and NotificationClosed instead.
            self._call(message_bus.AddMatch(SERVER_SIGNALS))
        except BUS_ERRORS as exc:
            log.info("No session bus for desktop notifications: %s", exc)
            self._disconnect()
            return
        self._watch = QSocketNotifier(self._conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._on_readable)

    def available(self) -> bool:
        """True when a notification server is on the bus and can show action buttons."""
        if self._conn is None:
            return False
        try:
            (capabilities,) = self._call(new_method_call(SERVER, "GetCapabilities"))
        except BUS_ERRORS as exc:
            log.info("No notification server: %s", exc)
            return False
        return "actions" in capabilities

    def show(self, kind: str, title: str, body: str, actions: list[tuple[str, str]]) -> bool:
        """Show (or replace) the notification for kind; False if it could not be shown."""
        if self._conn is None:
            return False
        # Settle signals already waiting, so a stale "closed" for the old notification
        # cannot be taken for the one we are about to put up under the same id.
        self._on_readable()
        if self._conn is None:
            return False  # the bus went away while we read
        hints = {"urgency": ("y", 1), "desktop-entry": ("s", "companion"),
                 "category": ("s", "x-companion.reminder")}
        flat_actions = [part for key_and_label in actions for part in key_and_label]
        # expire_timeout 0: a prompt stays until answered; the app decides when it is
        # missed and calls close().
        message = new_method_call(SERVER, "Notify", "susssasa{sv}i", (
            self._app_name, self._ids.get(kind, 0), self._icon, title, body, flat_actions, hints, 0))
        try:
            (notification_id,) = self._call(message)
        except BUS_ERRORS as exc:
            log.warning("Desktop notification for %s failed: %s", kind, exc)
            return False
        self._ids[kind] = notification_id
        return True

    def close(self, kind: str) -> None:
        """Take down kind's notification, if one is on screen."""
        notification_id = self._ids.pop(kind, None)
        if notification_id is None or self._conn is None:
            return
        try:
            # No need to wait for the reply: the notification is ours to forget either way.
            self._conn.send(new_method_call(SERVER, "CloseNotification", "u", (notification_id,)))
        except OSError as exc:
            log.info("Could not close the %s notification: %s", kind, exc)

    def shutdown(self) -> None:
        """Close our notifications (their buttons would be dead) and the bus connection."""
        for kind in list(self._ids):
            self.close(kind)
        self._disconnect()

    def _call(self, message) -> tuple:
        """Send a method call and return its reply body, waiting at most REPLY_TIMEOUT."""
        reply = self._conn.send_and_get_reply(message, timeout=REPLY_TIMEOUT)
        # Signals that arrived meanwhile went into the queue, or sit parsed-but-unread in
        # jeepney's buffer where the socket notifier will never see them: look next turn.
        QTimer.singleShot(0, self, self._on_readable)
        return unwrap_msg(reply)

    def _on_readable(self) -> None:
        """Read everything the bus has sent without blocking, then act on the signals."""
        if self._conn is None:
            return
        try:
            while True:
                self._conn.recv_messages(timeout=0)  # replies we stopped waiting for are dropped
        except TimeoutError:
            pass
        except OSError as exc:
            log.info("Session bus went away: %s", exc)
            self._disconnect()
        while self._signals:
            self._handle(self._signals.popleft())

    def _handle(self, message) -> None:
        """Turn one server signal about one of our notifications into our own signal."""
        member = message.header.fields.get(HeaderFields.member)
        if member not in ("ActionInvoked", "NotificationClosed"):
            return  # e.g. ActivationToken, which a tray app has no window to use for
        notification_id, detail = message.body
        kind = next((k for k, i in self._ids.items() if i == notification_id), None)
        if kind is None:
            return  # another application's notification, or one we already let go
        if member == "ActionInvoked":
            # dunst leaves the notification on screen after an action: take it down
            # ourselves so the answered prompt does not linger with dead buttons.
            self.close(kind)
            self.action_invoked.emit(kind, detail)
        elif member == "NotificationClosed":
            del self._ids[kind]
            if detail == CLOSED_BY_USER:
                self.dismissed.emit(kind)

    def _disconnect(self) -> None:
        """Forget the bus; from now on available() and show() say no."""
        if self._watch is not None:
            self._watch.setEnabled(False)
            self._watch.deleteLater()
            self._watch = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._ids.clear()
