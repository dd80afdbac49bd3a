"""A D-Bus connection (jeepney) that delivers signals through Qt's event loop.

The socket is watched with a QSocketNotifier, so listening costs nothing until the bus
speaks. Method calls wait at most REPLY_TIMEOUT; they are made only at start-up and
when a reminder is due. Like notifications.py, this is jeepney because QtDBus cannot
send every D-Bus type from Python.
"""

from __future__ import annotations

import copy
import logging
import os
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from jeepney import DBusAddress, HeaderFields, MatchRule, MessageType, Properties, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg
from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)
REPLY_TIMEOUT = 1.0
BUS_ERRORS = (OSError, ValueError, RuntimeError, DBusErrorResponse)
SYSTEM_BUS = "unix:path=/run/dbus/system_bus_socket"
DBUS = "org.freedesktop.DBus"  # the bus itself: the daemon writes this sender, nobody can fake it


def session_address() -> str | None:
    return os.environ.get("DBUS_SESSION_BUS_ADDRESS")


def system_address() -> str:
    return os.environ.get("DBUS_SYSTEM_BUS_ADDRESS", SYSTEM_BUS)


class _Incoming:
    """A jeepney filter rule (anything with ``matches``): every signal, and replies to ``ask``.

    One queue for both keeps the bus's order, so an owner change is applied exactly
    between the messages sent before it and those sent after.
    """

    def __init__(self):
        self.asked: dict[int, Callable] = {}

    def matches(self, message) -> bool:
        return (message.header.message_type == MessageType.signal
                or message.header.fields.get(HeaderFields.reply_serial) in self.asked)


@dataclass(frozen=True)
class _Listener:
    rule: MatchRule         # matched here, without the sender (jeepney sees unique names)
    sender: str | None      # a well-known name: only its owner at the time is believed
    callback: Callable


class Bus(QObject):
    """One bus connection; ``listen`` calls back on signals, ``call`` asks and waits briefly.

    A signal's interface and member say nothing about who sent it: any program on the
    bus can emit ``org.freedesktop.ScreenSaver.ActiveChanged``, broadcast or addressed to
    us alone, and on the system bus any local user can. So ``listen(..., sender=NAME)``
    believes only the program that owns NAME when the signal arrives: the owner is read
    once (GetNameOwner) and followed through the bus's own NameOwnerChanged.
    """

    def __init__(self, address: str | None, parent: QObject | None = None):
        super().__init__(parent)
        self.conn: DBusConnection | None = None
        self._incoming: deque = deque()
        self._filter = _Incoming()
        self._listeners: list[_Listener] = []
        self._owners: dict[str, str | None] = {}  # well-known name -> unique name of its owner
        self._notifier: QSocketNotifier | None = None
        if not address:
            return
        try:
            self.conn = open_dbus_connection(address, auth_timeout=REPLY_TIMEOUT)
        except BUS_ERRORS as exc:
            log.info("D-Bus at %s is not reachable: %s", address, exc)
            return
        self.conn.filter(self._filter, queue=self._incoming)
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
        self._filter.asked[serial] = on_reply
        try:
            self.conn.send(message, serial=serial)
        except OSError as exc:
            del self._filter.asked[serial]
            log.info("D-Bus went away: %s", exc)
            return False
        return True

    def listen(self, rule: MatchRule, callback: Callable, *, sender: str | None = None) -> bool:
        """Call ``callback(message)`` for each signal matching ``rule``; False without a bus.

        ``sender`` is the well-known name of the service that speaks the signal
        ("org.freedesktop.login1"): signals from any other program are dropped. Leave it
        out only for a signal anyone may send. A rule that names a sender itself is
        treated the same way.
        """
        if self.conn is None:
            return False
        sender = sender or rule.header_fields.get("sender")
        local = copy.deepcopy(rule)
        local.header_fields.pop("sender", None)  # jeepney would compare it with unique names
        if sender is not None and not self._follow(sender):
            return False
        wanted = copy.deepcopy(local)
        if sender is not None:
            # The bus then forwards broadcasts from the name's primary owner only; signals
            # addressed to us bypass match rules, hence the check in _deliver as well.
            wanted.header_fields["sender"] = sender
        try:
            self.call(message_bus.AddMatch(wanted))
        except BUS_ERRORS as exc:
            log.info("Cannot subscribe to %s: %s", wanted.serialise(), exc)
            return False
        self._listeners.append(_Listener(local, sender, callback))
        return True

    def owner(self, name: str) -> str | None:
        """The unique name of the program believed for ``name`` (None: nobody, or not followed)."""
        return self._owners.get(name)

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def _follow(self, name: str) -> bool:
        """Start following who owns ``name``: its changes first, then who owns it now."""
        if name in self._owners:
            return True
        changes = MatchRule(type="signal", sender=DBUS, interface=DBUS, member="NameOwnerChanged")
        changes.add_arg_condition(0, name)
        try:
            self.call(message_bus.AddMatch(changes))
        except BUS_ERRORS as exc:
            log.info("Cannot follow the owner of %s: %s", name, exc)
            return False
        try:
            (owner,) = self.call(message_bus.GetNameOwner(name))
        except BUS_ERRORS:
            owner = None  # nobody yet; NameOwnerChanged says when someone takes it
        self._owners[name] = owner
        return True

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
        while self._incoming:  # a callback may call the bus, which may queue more
            self._deliver(self._incoming.popleft())

    def _deliver(self, message) -> None:
        fields = message.header.fields
        if message.header.message_type != MessageType.signal:
            self._filter.asked.pop(fields[HeaderFields.reply_serial])(message)
            return
        sender = fields.get(HeaderFields.sender)
        if (sender == DBUS and fields.get(HeaderFields.member) == "NameOwnerChanged"
                and message.body[0] in self._owners):
            self._owners[message.body[0]] = message.body[2] or None
        for listener in list(self._listeners):
            if listener.rule.matches(message) and (
                    listener.sender is None
                    or (sender is not None and sender == self._owners.get(listener.sender))):
                listener.callback(message)
