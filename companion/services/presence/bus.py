"""A D-Bus connection (jeepney) that delivers signals through Qt's event loop.

The socket is watched with a QSocketNotifier, so listening costs nothing until the bus
speaks. Method calls wait at most REPLY_TIMEOUT; they are made only at start-up and
when a reminder is due. Like notifications.py, this is jeepney because QtDBus cannot
send every D-Bus type from Python.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable

from jeepney import DBusAddress, HeaderFields, MatchRule, Properties, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg
from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)
REPLY_TIMEOUT = 1.0
BUS_ERRORS = (OSError, ValueError, RuntimeError, DBusErrorResponse)
SYSTEM_BUS = "unix:path=/run/dbus/system_bus_socket"


def session_address() -> str | None:
    return os.environ.get("DBUS_SESSION_BUS_ADDRESS")


def system_address() -> str:
    return os.environ.get("DBUS_SYSTEM_BUS_ADDRESS", SYSTEM_BUS)


class _ReplyTo:
    """A jeepney filter rule (anything with ``matches``) for the reply to one call."""

    def __init__(self, serial: int):
        self.serial = serial

    def matches(self, message) -> bool:
        return message.header.fields.get(HeaderFields.reply_serial) == self.serial


class Bus(QObject):
    """One bus connection; ``listen`` calls back on signals, ``call`` asks and waits briefly."""

    def __init__(self, address: str | None, parent: QObject | None = None):
        super().__init__(parent)
        self.conn: DBusConnection | None = None
        self._listeners: list[tuple[deque, Callable]] = []
        self._notifier: QSocketNotifier | None = None
        if not address:
            return
        try:
            self.conn = open_dbus_connection(address, auth_timeout=REPLY_TIMEOUT)
        except BUS_ERRORS as exc:
            log.info("D-Bus at %s is not reachable: %s", address, exc)
            return
        self._notifier = QSocketNotifier(self.conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def __bool__(self) -> bool:
        return self.conn is not None

    def has_owner(self, name: str) -> bool:
        """Whether some program serves ``name`` on this bus now."""
        try:
            return bool(self.call(message_bus.NameHasOwner(name))[0])
        except BUS_ERRORS:
            return False

    def call(self, message) -> tuple:
        """Send a method call and return the reply's body; raises one of BUS_ERRORS."""
        if self.conn is None:
            raise OSError("no bus")
        reply = self.conn.send_and_get_reply(message, timeout=REPLY_TIMEOUT)
        # Signals that came in meanwhile are parsed and queued already: hand them out soon.
        QTimer.singleShot(0, self, self._read)
        return unwrap_msg(reply)

    def method(self, address: DBusAddress, name: str, signature: str | None = None, *args):
        """Call ``name`` on ``address``; the reply's body."""
        return self.call(new_method_call(address, name, signature, args))

    def property(self, address: DBusAddress, name: str):
        """One property's value."""
        return self.call(Properties(address).get(name))[0][1]

    def ask(self, message, on_reply: Callable) -> bool:
        """Send a method call without waiting: ``on_reply(message)`` gets its reply (or error)
        later, from the event loop. For a service that may take seconds to start (a portal
        started on demand); False without a bus."""
        if self.conn is None:
            return False
        serial = next(self.conn.outgoing_serial)
        queue: deque = deque()
        handle = self.conn.filter(_ReplyTo(serial), queue=queue)
        try:
            self.conn.send(message, serial=serial)
        except OSError as exc:
            handle.close()
            log.info("D-Bus went away: %s", exc)
            return False

        def answered(reply) -> None:
            handle.close()
            self._listeners.remove((queue, answered))
            on_reply(reply)

        self._listeners.append((queue, answered))
        return True

    def listen(self, rule: MatchRule, callback: Callable) -> bool:
        """Call ``callback(message)`` for each signal matching ``rule``; False without a bus."""
        if self.conn is None:
            return False
        queue: deque = deque()
        self.conn.filter(rule, queue=queue)
        try:
            self.call(message_bus.AddMatch(rule))
        except BUS_ERRORS as exc:
            log.info("Cannot subscribe to %s: %s", rule.header_fields, exc)
            return False
        self._listeners.append((queue, callback))
        return True

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def _read(self) -> None:
        if self.conn is None:
            return
        try:
            while True:
                self.conn.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except OSError as exc:
            log.info("D-Bus went away: %s", exc)
            self.close()
        for queue, callback in list(self._listeners):  # an answer to ``ask`` leaves the list
            while queue:
                callback(queue.popleft())
