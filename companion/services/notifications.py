"""Native desktop notifications (freedesktop Notifications over D-Bus): reminder prompts
with action buttons, and plain messages (``inform``) in place of the tray's balloons.

Spoken through the app's shared session :class:`~companion.services.dbus.Bus` (jeepney:
PySide6's QtDBus cannot send the uint32 that ``Notify`` requires from Python). Only two
things wait for an answer, at most a second each: the first question to the server at
start-up and ``Notify``; everything else, including the server's signals, arrives through
the event loop, so the GUI never waits on the bus. Any failure turns into ``False`` so the
caller can show its own toast instead.

The server is followed, not asked once: one that starts after us (a panel that comes up
after an app started at login) is used as soon as it takes the name, and when it goes, or
the bus itself does, the notifications it held are reported ``lost`` so the caller can
show them another way. Only the program that owns ``org.freedesktop.Notifications`` is
believed about clicks and closes: any program on the bus can send a signal that looks like
the server's.
"""

from __future__ import annotations

import logging

from jeepney import DBusAddress, HeaderFields, MatchRule, new_method_call
from jeepney.wrappers import DBusErrorResponse, unwrap_msg
from PySide6.QtCore import QObject, Signal

from companion.services.dbus import BUS_ERRORS, Bus

log = logging.getLogger(__name__)

SERVER = DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications",
                     interface="org.freedesktop.Notifications")
SERVER_SIGNALS = MatchRule(type="signal", interface=SERVER.interface, path=SERVER.object_path)
CLOSED_BY_USER = 2  # NotificationClosed reason; 1 is expiry, 3 is our own CloseNotification


def _sender(message) -> str | None:
    return message.header.fields.get(HeaderFields.sender)


class DesktopNotifier(QObject):
    """Shows one notification per reminder kind and reports which button the user chose."""

    action_invoked = Signal(str, str)  # (kind, action key)
    dismissed = Signal(str)  # (kind) closed by the user, not on expiry or by close()
    lost = Signal(str)  # (kind) its notification went away with the server that showed it
    server_changed = Signal(bool)  # available() changed: a server came, or went

    def __init__(self, bus: Bus, app_name: str = "Companion", icon_path: str = "",
                 parent: QObject | None = None):
        super().__init__(parent)
        self._app_name = app_name
        self._icon = icon_path
        self._ids: dict[str, int] = {}  # kind -> the server's id of its notification on screen
        self._message_id = 0  # the last message's id: a new message replaces it
        self._server: str | None = None  # the unique bus name of the server we show on
        self._actions = False  # whether that server shows buttons
        self._asking: int | None = None  # the serial of our one open GetCapabilities question
        self._bus: Bus | None = None
        if not bus:
            log.info("No session bus for desktop notifications")
            return
        # Without a match rule the bus would only pass on signals addressed to us; some
        # servers broadcast ActionInvoked and NotificationClosed.
        if not (bus.listen(SERVER_SIGNALS, self._signal, sender=SERVER.bus_name)
                and bus.follow(SERVER.bus_name, self._owner_changed)):
            return
        self._bus = bus
        bus.gone.connect(self._bus_gone)
        # Asked by its well-known name, so a server the bus starts on demand starts. The
        # answer is awaited (a second at most) so the first reminder already knows where to
        # go; a later answer still counts when it comes.
        self._ask(SERVER)
        if not bus.wait(self._asking):
            log.info("The notification server has not answered yet")

    def available(self) -> bool:
        """True when a notification server is on the bus and can show action buttons."""
        return self._on_bus() and self._server is not None and self._actions

    def show(self, kind: str, title: str, body: str, actions: list[tuple[str, str]]) -> bool:
        """Show (or replace) the notification for kind; False if it could not be shown."""
        # Settle signals already waiting, so a stale "closed" for the old notification
        # cannot be taken for the one we are about to put up under the same id.
        if self._bus is not None:
            self._bus.read()
        if not self._on_bus() or self._server is None:
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
            (notification_id,) = self._bus.call(message)
        except BUS_ERRORS as exc:
            log.warning("Desktop notification for %s failed: %s", kind, exc)
            return False
        self._ids[kind] = notification_id
        return True

    def inform(self, title: str, body: str) -> bool:
        """Show a message for the user to read (no buttons; it expires as the server's
        others do), replacing the previous one; False if there is no server to show it."""
        if not self._on_bus() or self._server is None:
            return False
        hints = {"urgency": ("y", 1), "desktop-entry": ("s", "companion")}
        message = new_method_call(self._on_server(), "Notify", "susssasa{sv}i", (
            self._app_name, self._message_id, self._icon, title, body, [], hints, -1))
        try:
            (self._message_id,) = self._bus.call(message)
        except BUS_ERRORS as exc:
            log.warning("Desktop notification %r failed: %s", title, exc)
            return False
        return True

    def close(self, kind: str) -> None:
        """Take down kind's notification, if one is on screen."""
        notification_id = self._ids.pop(kind, None)
        if notification_id is None or not self._on_bus() or self._server is None:
            return
        # No need to wait for the reply: the notification is ours to forget either way.
        if not self._bus.send(new_method_call(self._on_server(), "CloseNotification", "u",
                                              (notification_id,))):
            log.info("Could not close the %s notification", kind)

    def shutdown(self) -> None:
        """Close our notifications (their buttons would be dead) and stop listening; the bus
        itself is the app's, closed with it."""
        for kind in list(self._ids):
            self.close(kind)
        if self._bus is not None:
            self._bus.unlisten(self._signal)
            self._bus.unlisten(self._owner_changed)
            self._bus.gone.disconnect(self._bus_gone)
            self._bus = None
        self._forget()

    def _on_bus(self) -> bool:
        return self._bus is not None and bool(self._bus)

    def _on_server(self) -> DBusAddress:
        return DBusAddress(SERVER.object_path, bus_name=self._server, interface=SERVER.interface)

    def _ask(self, server: DBusAddress) -> None:
        """Ask ``server`` for its capabilities; the answer is handled when it comes."""
        self._asking = self._bus.ask(new_method_call(server, "GetCapabilities"), self._answered)

    def _signal(self, message) -> None:
        """A click or a close, from the program that owns the server's name now."""
        member = message.header.fields.get(HeaderFields.member)
        if member not in ("ActionInvoked", "NotificationClosed"):
            return  # e.g. ActivationToken, which a tray app has no window to use for
        if self._server is None or _sender(message) != self._server:
            log.info("Ignored %s from %s, which is not the server we show on", member, _sender(message))
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
        if reply.header.fields.get(HeaderFields.reply_serial) != self._asking:
            return  # asked again since (another server came): the older answer is unwanted
        self._asking = None
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

    def _owner_changed(self, owner: str | None) -> None:
        """Another program serves notifications now, or none does (the bus's own word)."""
        if owner == self._server:
            return
        self._server_gone()
        if owner:
            self._server = owner
            self._ask(self._on_server())
        else:
            log.info("The notification server went away")

    def _bus_gone(self) -> None:
        """The session bus went away: its notifications may be on screen still, but not
        their answers."""
        self._server_gone()
        self._forget()

    def _server_gone(self) -> None:
        """Forget the server; the notifications it held are lost with it."""
        was_available = self._server is not None and self._actions  # (the bus may be gone already)
        lost, self._ids = list(self._ids), {}
        self._server, self._actions, self._asking, self._message_id = None, False, None, 0
        if was_available:
            self.server_changed.emit(False)
        for kind in lost:
            self.lost.emit(kind)

    def _forget(self) -> None:
        """From now on available() and show() say no."""
        self._ids.clear()
        self._server, self._actions, self._asking, self._message_id = None, False, None, 0
