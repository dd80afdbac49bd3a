"""Companion's D-Bus: one session and one system connection, shared by everyone who listens.

Notifications, presence, the logind watch, the tray watch and reduced motion all speak
through the two connections of one :class:`Buses`, each opened the first time it is asked
for. It is jeepney, not QtDBus: PySide6's QtDBus cannot send every D-Bus type from Python
(the uint32 of ``Notify``). The socket is watched with a QSocketNotifier,
so listening costs nothing until the bus speaks. ``call`` waits at most REPLY_TIMEOUT and
is used only at start-up and when a reminder is due; ``ask`` never waits.

A bus that goes away (the session ends, the daemon restarts) closes the connection and
emits ``gone`` once; from then on every question is answered "no bus" and nothing raises.
"""

from __future__ import annotations

import copy
import logging
import os
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from jeepney import DBusAddress, HeaderFields, MatchRule, MessageType, Properties, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

log = logging.getLogger(__name__)
REPLY_TIMEOUT = 1.0  # seconds: the longest the GUI thread may wait for the bus
# TimeoutError and a vanished bus (ConnectionResetError) are OSErrors; a malformed address
# raises ValueError or RuntimeError; a service answers with DBusErrorResponse.
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
    wanted: MatchRule       # what the bus was asked to pass on (RemoveMatch takes it back)


class Bus(QObject):
    """One bus connection; ``listen`` calls back on signals, ``call`` asks and waits briefly.

    A signal's interface and member say nothing about who sent it: any program on the
    bus can emit ``org.freedesktop.ScreenSaver.ActiveChanged``, broadcast or addressed to
    us alone, and on the system bus any local user can. So ``listen(..., sender=NAME)``
    believes only the program that owns NAME when the signal arrives: the owner is read
    once (GetNameOwner) and followed through the bus's own NameOwnerChanged.
    """

    gone = Signal()  # the connection broke: nothing more will come, every call says "no bus"

    def __init__(self, address: str | None, parent: QObject | None = None):
        super().__init__(parent)
        self.conn: DBusConnection | None = None
        self._incoming: deque = deque()
        self._filter = _Incoming()
        self._listeners: list[_Listener] = []
        self._owners: dict[str, str | None] = {}  # well-known name -> unique name of its owner
        self._owner_watchers: dict[str, list[Callable]] = {}
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
        self._notifier.activated.connect(self.read)

    def __bool__(self) -> bool:
        return self.conn is not None

    # -- asking ----------------------------------------------------------------------------
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
        try:
            reply = self.conn.send_and_get_reply(message, timeout=REPLY_TIMEOUT)
        except TimeoutError:
            raise
        except OSError as exc:
            self._broken(exc)
            raise
        # Signals that came in meanwhile are parsed and queued, or sit unread in jeepney's
        # buffer where the socket notifier will never see them: hand them out next turn.
        QTimer.singleShot(0, self, self.read)
        return unwrap_msg(reply)

    def method(self, address: DBusAddress, name: str, signature: str | None = None, *args):
        """Call ``name`` on ``address``; the reply's body."""
        return self.call(new_method_call(address, name, signature, args))

    def property(self, address: DBusAddress, name: str):  # type: ignore[override]  # D-Bus's, not Qt's
        """One property's value."""
        return self.call(Properties(address).get(name))[0][1]

    def send(self, message) -> bool:
        """Send without wanting an answer (a close, a RemoveMatch); False without a bus."""
        if self.conn is None:
            return False
        try:
            self.conn.send(message)
        except OSError as exc:
            self._broken(exc)
            return False
        return True

    def ask(self, message, on_reply: Callable) -> int | None:
        """Send a method call without waiting: ``on_reply(message)`` gets its reply (or error)
        later, from the event loop. For a service that may take seconds to start (a portal
        started on demand). The call's serial, for ``wait``; None without a bus."""
        if self.conn is None:
            return None
        serial = next(self.conn.outgoing_serial)
        self._filter.asked[serial] = on_reply
        try:
            self.conn.send(message, serial=serial)
        except OSError as exc:
            del self._filter.asked[serial]
            self._broken(exc)
            return None
        return serial

    def wait(self, serial: int | None, timeout: float = REPLY_TIMEOUT) -> bool:
        """Block (``timeout`` at most) until the reply to ``ask``'s ``serial`` has been handed
        out; a later reply still reaches its callback. For start-up only."""
        if serial is None:
            return False
        deadline = time.monotonic() + timeout
        try:
            while self.conn is not None and serial in self._filter.asked:
                self.conn.recv_messages(timeout=max(0.0, deadline - time.monotonic()))
                self._hand_out()
        except TimeoutError:
            pass
        except OSError as exc:
            self._broken(exc)
        QTimer.singleShot(0, self, self.read)  # what came with it waits in jeepney's buffer
        return serial not in self._filter.asked

    # -- listening -------------------------------------------------------------------------
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
        if sender is not None and not self.follow(sender):
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
        self._listeners.append(_Listener(local, sender, callback, wanted))
        return True

    def follow(self, name: str, on_change: Callable[[str | None], None] | None = None) -> bool:
        """Follow who owns ``name`` (see ``owner``); ``on_change(unique_name or None)`` when
        another program takes it or it is let go. False without a bus."""
        if self.conn is None:
            return False
        if name not in self._owners:
            changes = MatchRule(type="signal", sender=DBUS, interface=DBUS, member="NameOwnerChanged")
            changes.add_arg_condition(0, name)  # not woken for every other name on the bus
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
        if on_change is not None:
            self._owner_watchers.setdefault(name, []).append(on_change)
        return True

    def owner(self, name: str) -> str | None:
        """The unique name of the program believed for ``name`` (None: nobody, or not followed)."""
        return self._owners.get(name)

    def unlisten(self, callback: Callable) -> None:
        """Stop calling ``callback``, for signals and owner changes alike (a source that stops)."""
        for listener in [item for item in self._listeners if item.callback == callback]:
            self._listeners.remove(listener)
            self.send(message_bus.RemoveMatch(listener.wanted))
        for watchers in self._owner_watchers.values():
            while callback in watchers:
                watchers.remove(callback)

    # -- reading ---------------------------------------------------------------------------
    def read(self) -> None:
        """Hand out everything the bus has sent, without waiting."""
        if self.conn is None:
            return
        try:
            while True:
                self.conn.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except OSError as exc:
            self._hand_out()  # what came before the end still counts
            self._broken(exc)
            return
        self._hand_out()

    def close(self) -> None:
        """Let go of the connection (no ``gone``: we chose to)."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        self._incoming.clear()
        self._filter.asked.clear()

    def _broken(self, exc: OSError) -> None:
        if self.conn is None:
            return
        log.info("D-Bus went away: %s", exc)
        self.close()
        self.gone.emit()

    def _hand_out(self) -> None:
        while self._incoming:  # a callback may call the bus, which may queue more
            self._deliver(self._incoming.popleft())

    def _deliver(self, message) -> None:
        fields = message.header.fields
        if message.header.message_type != MessageType.signal:
            on_reply = self._filter.asked.pop(fields[HeaderFields.reply_serial], None)
            if on_reply is not None:
                on_reply(message)
            return
        sender = fields.get(HeaderFields.sender)
        if (sender == DBUS and fields.get(HeaderFields.member) == "NameOwnerChanged"
                and message.body[0] in self._owners):
            name, owner = message.body[0], message.body[2] or None
            self._owners[name] = owner
            for on_change in list(self._owner_watchers.get(name, ())):
                on_change(owner)
        for listener in list(self._listeners):
            if listener.rule.matches(message) and (
                    listener.sender is None
                    or (sender is not None and sender == self._owners.get(listener.sender))):
                listener.callback(message)


class Buses(QObject):
    """The session bus and the system bus, each connected once, the first time it is asked for.

    Addresses default to the environment's (DBUS_SESSION_BUS_ADDRESS, and
    DBUS_SYSTEM_BUS_ADDRESS or the standard socket).
    """

    def __init__(self, session: str | None = None, system: str | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._addresses = {"session": session, "system": system}
        self._buses: dict[str, Bus] = {}

    @property
    def session(self) -> Bus:
        return self._bus("session", session_address)

    @property
    def system(self) -> Bus:
        return self._bus("system", system_address)

    def close(self) -> None:
        for bus in self._buses.values():
            bus.close()

    def _bus(self, which: str, from_environment: Callable[[], str | None]) -> Bus:
        if which not in self._buses:
            self._buses[which] = Bus(self._addresses[which] or from_environment(), self)
        return self._buses[which]
