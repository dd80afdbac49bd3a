"""Native desktop notifications with action buttons (freedesktop Notifications over D-Bus).

PySide6's QtDBus cannot send the uint32 that ``Notify`` requires (see DESIGN.md), so this
speaks D-Bus through jeepney. Only two calls wait for an answer, at most a second each:
the first question to the server at start-up and ``Notify``; everything else, including
the server's signals, is read when a QSocketNotifier says the socket has data, so the GUI
never waits on the bus. Any failure turns into ``False`` so the caller can show its own
toast instead.

The server is followed, not asked once: one that starts after us (a panel that comes up
after an app started at login) is used as soon as it takes the name, and when it goes,
the notifications it held are reported ``lost`` so the caller can show them another way.
Only the program that owns ``org.freedesktop.Notifications`` is believed about clicks and
closes: any program on the bus can send a signal that looks like the server's.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque

from jeepney import DBusAddress, HeaderFields, MatchRule, MessageType, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

log = logging.getLogger(__name__)

SERVER = DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications",
                     interface="org.freedesktop.Notifications")
SERVER_SIGNALS = MatchRule(type="signal", interface=SERVER.interface, path=SERVER.object_path)
# Who owns the server's name, as only the bus itself can say (the sender is checked here
# too, because a signal addressed to us directly bypasses match rules). arg0 keeps us
# from waking for every other name that comes and goes on the bus.
OWNER_CHANGES = MatchRule(type="signal", sender=message_bus.bus_name, interface=message_bus.interface,
                          path=message_bus.object_path, member="NameOwnerChanged")
OWNER_CHANGES.add_arg_condition(0, SERVER.bus_name)
REPLY_TIMEOUT = 1.0  # seconds: the longest the GUI thread may wait for the bus
CLOSED_BY_USER = 2  # NotificationClosed reason; 1 is expiry, 3 is our own CloseNotification
# TimeoutError and a vanished bus (ConnectionResetError) are OSErrors; a malformed address
# raises ValueError or RuntimeError; the server answers with DBusErrorResponse.
BUS_ERRORS = (OSError, ValueError, RuntimeError, DBusErrorResponse)


class _Answer:
    """A jeepney filter rule for the reply to our one open GetCapabilities question.

    The bus passes on only replies to calls we made (unrequested replies are refused by
    its default policy), and a question asked again makes the older reply unwanted."""

    serial: int | None = None

    def matches(self, message) -> bool:
        return (self.serial is not None
                and message.header.message_type in (MessageType.method_return, MessageType.error)
                and message.header.fields.get(HeaderFields.reply_serial) == self.serial)


def _sender(message) -> str | None:
    return message.header.fields.get(HeaderFields.sender)


class DesktopNotifier(QObject):
    """Shows one notification per reminder kind and reports which button the user chose."""

    action_invoked = Signal(str, str)  # (kind, action key)
    dismissed = Signal(str)  # (kind) closed by the user, not on expiry or by close()
    lost = Signal(str)  # (kind) its notification went away with the server that showed it
    server_changed = Signal(bool)  # available() changed: a server came, or went

    def __init__(self, app_name: str = "Companion", icon_path: str = "", parent: QObject | None = None,
                 bus_address: str | None = None):
        super().__init__(parent)
        self._app_name = app_name
        self._icon = icon_path
        self._ids: dict[str, int] = {}  # kind -> the server's id of its notification on screen
        self._server: str | None = None  # the unique bus name of the server we show on
        self._actions = False  # whether that server shows buttons
        self._answer = _Answer()
        self._messages: deque = deque()  # signals and the answer, in the order they came
        self._conn: DBusConnection | None = None
        self._watch: QSocketNotifier | None = None
        address = bus_address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if address:
            self._connect(address)

    def _connect(self, address: str) -> None:
        """Open the bus, follow the server and its signals, and ask it what it can do."""
        try:
            self._conn = open_dbus_connection(address, auth_timeout=REPLY_TIMEOUT)
            for rule in (SERVER_SIGNALS, OWNER_CHANGES, self._answer):
                self._conn.filter(rule, queue=self._messages)
            # Without match rules the bus would only deliver signals addressed to us; some
            # servers broadcast ActionInvoked and NotificationClosed. No need to wait for
            # the replies: the bus handles our messages in order, so both rules are in
            # place before the question below reaches the server.
            self._conn.send(message_bus.AddMatch(SERVER_SIGNALS))
            self._conn.send(message_bus.AddMatch(OWNER_CHANGES))
            # Asked by its well-known name, so a server the bus starts on demand starts.
            self._ask(SERVER)
        except BUS_ERRORS as exc:
            log.info("No session bus for desktop notifications: %s", exc)
            self._disconnect()
            return
        self._watch = QSocketNotifier(self._conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._on_readable)
        self._wait_for_answer()

    def available(self) -> bool:
        """True when a notification server is on the bus and can show action buttons."""
        return self._conn is not None and self._server is not None and self._actions

    def show(self, kind: str, title: str, body: str, actions: list[tuple[str, str]]) -> bool:
        """Show (or replace) the notification for kind; False if it could not be shown."""
        # Settle signals already waiting, so a stale "closed" for the old notification
        # cannot be taken for the one we are about to put up under the same id.
        self._on_readable()
        if self._conn is None or self._server is None:
            return False
        hints = {"urgency": ("y", 1), "desktop-entry": ("s", "companion"),
                 "category": ("s", "x-companion.reminder")}
        flat_actions = [part for key_and_label in actions for part in key_and_label]
        # Sent to the server we follow by its unique name: if it went away meanwhile this
        # fails, rather than landing on a successor whose answers we would not believe.
        # expire_timeout 0: a prompt stays until answered; the app decides when it is
        # missed and calls close().
        message = new_method_call(self._on_server(), "Notify", "susssasa{sv}i", (
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
        if notification_id is None or self._conn is None or self._server is None:
            return
        try:
            # No need to wait for the reply: the notification is ours to forget either way.
            self._conn.send(new_method_call(self._on_server(), "CloseNotification", "u", (notification_id,)))
        except OSError as exc:
            log.info("Could not close the %s notification: %s", kind, exc)

    def shutdown(self) -> None:
        """Close our notifications (their buttons would be dead) and the bus connection."""
        for kind in list(self._ids):
            self.close(kind)
        self._disconnect()

    def _on_server(self) -> DBusAddress:
        return DBusAddress(SERVER.object_path, bus_name=self._server, interface=SERVER.interface)

    def _ask(self, server: DBusAddress) -> None:
        """Ask ``server`` for its capabilities; the answer is handled when it comes."""
        serial = next(self._conn.outgoing_serial)
        self._answer.serial = serial
        self._conn.send(new_method_call(server, "GetCapabilities"), serial=serial)

    def _wait_for_answer(self) -> None:
        """At start-up, wait (REPLY_TIMEOUT at most) for the answer, so the first reminder
        already knows where to go. A later answer still counts when it comes."""
        deadline = time.monotonic() + REPLY_TIMEOUT
        try:
            while self._conn is not None and self._answer.serial is not None:
                self._conn.recv_messages(timeout=max(0.0, deadline - time.monotonic()))
                self._settle()
        except TimeoutError:
            log.info("The notification server has not answered yet")
        except OSError as exc:
            log.info("Session bus went away: %s", exc)
            self._disconnect()
        QTimer.singleShot(0, self, self._on_readable)  # what came with it waits in jeepney's buffer

    def _call(self, message) -> tuple:
        """Send a method call and return its reply body, waiting at most REPLY_TIMEOUT."""
        reply = self._conn.send_and_get_reply(message, timeout=REPLY_TIMEOUT)
        # Signals that arrived meanwhile went into the queue, or sit parsed-but-unread in
        # jeepney's buffer where the socket notifier will never see them: look next turn.
        QTimer.singleShot(0, self, self._on_readable)
        return unwrap_msg(reply)

    def _on_readable(self) -> None:
        """Read everything the bus has sent without blocking, then act on it."""
        if self._conn is None:
            return
        try:
            while True:
                self._conn.recv_messages(timeout=0)  # replies we stopped waiting for are dropped
        except TimeoutError:
            pass
        except OSError as exc:
            log.info("Session bus went away: %s", exc)
            self._settle()
            self._server_gone()  # its notifications may be there still, but not their answers
            self._disconnect()
            return
        self._settle()

    def _settle(self) -> None:
        while self._messages:
            self._handle(self._messages.popleft())

    def _handle(self, message) -> None:
        """Act on one message from the bus or the server."""
        if self._answer.matches(message):
            self._answered(message)
            return
        if OWNER_CHANGES.matches(message):  # the bus's own word, never a look-alike
            self._owner_changed(message.body[2])
            return
        member = message.header.fields.get(HeaderFields.member)
        if member not in ("ActionInvoked", "NotificationClosed"):
            return  # e.g. ActivationToken, which a tray app has no window to use for
        if self._server is None or _sender(message) != self._server:
            log.info("Ignored %s from %s, which is not the notification server", member, _sender(message))
            return
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

    def _answered(self, reply) -> None:
        """The server said what it can do: from now on it is the one we show on."""
        self._answer.serial = None
        try:
            (capabilities,) = unwrap_msg(reply)
        except DBusErrorResponse as exc:
            log.info("No notification server: %s", exc)
            return
        self._server, self._actions = _sender(reply), "actions" in capabilities
        log.info("Notification server %s %s buttons", self._server,
                 "shows" if self._actions else "cannot show")
        if self._actions:
            self.server_changed.emit(True)

    def _owner_changed(self, owner: str) -> None:
        """Another program serves notifications now, or none does."""
        if owner == (self._server or ""):
            return
        self._server_gone()
        if owner:
            self._server = owner
            try:
                self._ask(self._on_server())
            except OSError as exc:  # the bus went away; reading says so next
                log.info("Could not ask the new notification server: %s", exc)
        else:
            log.info("The notification server went away")

    def _server_gone(self) -> None:
        """Forget the server; the notifications it held are lost with it."""
        was_available = self.available()
        lost, self._ids = list(self._ids), {}
        self._server, self._actions, self._answer.serial = None, False, None
        if was_available:
            self.server_changed.emit(False)
        for kind in lost:
            self.lost.emit(kind)

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
        self._messages.clear()
        self._server, self._actions, self._answer.serial = None, False, None
