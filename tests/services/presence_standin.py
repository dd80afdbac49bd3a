"""A stand-in desktop on a private D-Bus, speaking the real interfaces presence listens to.

Serves org.gnome.Mutter.IdleMonitor, org.freedesktop.ScreenSaver and org.freedesktop.login1
(Manager and one Session), and if named, org.freedesktop.Notifications as KDE Plasma
(its Inhibited property). The test drives it one command per line on stdin ("idle",
"active", "lock", "unlock", "hint 1", "hint 0", "sleep", "wake", "shutdown 1", "shutdown 0",
"inhibit 1", "inhibit 0", "paused 0", "fire N", "calls", "whoami") and reads one line back per command once it is
done: by then the bus has passed on every signal it sent (a round trip to the bus follows
them), so a signal from another program sent afterwards reaches each listener after these.

Run: python presence_standin.py BUS_ADDRESS [names...]. With ``--no-names`` it owns no
name and plays a program that only pretends to be the desktop: "spray" then makes it send
each signal to everyone (broadcast) and also addressed to each connection on the bus.
"""

import json
import select
import sys
from collections import deque

from jeepney import (
    DBusAddress,
    HeaderFields,
    MatchRule,
    MessageType,
    message_bus,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.io.blocking import open_dbus_connection

MUTTER = DBusAddress("/org/gnome/Mutter/IdleMonitor/Core", interface="org.gnome.Mutter.IdleMonitor")
SAVER = DBusAddress("/org/freedesktop/ScreenSaver", interface="org.freedesktop.ScreenSaver")
MANAGER = DBusAddress("/org/freedesktop/login1", interface="org.freedesktop.login1.Manager")
SESSION_PATH = "/org/freedesktop/login1/session/_31"
SESSION = DBusAddress(SESSION_PATH, interface="org.freedesktop.login1.Session")
PROPERTIES = DBusAddress(SESSION_PATH, interface="org.freedesktop.DBus.Properties")
# The notification server's properties (KDE Plasma's Inhibited, dunst's paused).
NOTIFICATIONS = DBusAddress("/org/freedesktop/Notifications", interface="org.freedesktop.DBus.Properties")
NAMES = ["org.gnome.Mutter.IdleMonitor", "org.freedesktop.ScreenSaver", "org.freedesktop.login1"]

state = {"idle_ms": 0, "locked": False, "hint": False, "inhibited": False, "next_watch": 1,
         "spray": False}
idle_watches: dict[int, str] = {}   # id -> the connection that added it (Mutter tells only it)
active_watches: dict[int, str] = {}
calls: list[str] = []


def answer(msg):
    """The reply to one method call, as the real service would give it."""
    member = msg.header.fields[HeaderFields.member]
    caller = msg.header.fields[HeaderFields.sender]
    calls.append(member)
    if member == "GetIdletime":
        return new_method_return(msg, "t", (state["idle_ms"],))
    if member in ("AddIdleWatch", "AddUserActiveWatch"):
        watch = state["next_watch"]
        state["next_watch"] += 1
        (idle_watches if member == "AddIdleWatch" else active_watches)[watch] = caller
        return new_method_return(msg, "u", (watch,))
    if member == "RemoveWatch":
        idle_watches.pop(msg.body[0], None)
        active_watches.pop(msg.body[0], None)
        return new_method_return(msg)
    if member == "GetActive":
        return new_method_return(msg, "b", (state["locked"],))
    if member == "GetSessionIdleTime":
        return new_method_return(msg, "u", (state["idle_ms"],))
    if member == "GetSessionByPID":
        return new_method_return(msg, "o", (SESSION_PATH,))
    if member == "Get" and msg.body == ("org.freedesktop.login1.Session", "LockedHint"):
        return new_method_return(msg, "v", (("b", state["hint"]),))
    if member == "GetServerInformation":
        return new_method_return(msg, "ssss", ("Plasma", "KDE", "6.3.0", "1.2"))
    if member == "Get" and msg.body == ("org.freedesktop.Notifications", "Inhibited"):
        return new_method_return(msg, "v", (("b", state["inhibited"]),))
    return new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,))


def emit(conn, signal, to: str | None = None) -> None:
    """Send a signal: to one connection (as Mutter sends WatchFired), else to all who listen."""
    targets = [to]
    if state["spray"]:  # a pretender also addresses each connection: match rules do not apply
        names = conn.send_and_get_reply(message_bus.ListNames(), timeout=10).body[0]
        mine = conn.unique_name
        targets = [None] + [n for n in names if n.startswith(":") and n != mine]
    for target in targets:
        if target is not None:
            signal.header.fields[HeaderFields.destination] = target
        else:
            signal.header.fields.pop(HeaderFields.destination, None)
        conn.send(signal)


def command(conn, line: str) -> str:
    """Change the stand-in desktop's state the way a person at it would."""
    word, *arg = line.split()
    if word == "idle":
        state["idle_ms"] = 10 ** 9
        for watch, owner in list(idle_watches.items()):
            emit(conn, new_signal(MUTTER, "WatchFired", "u", (watch,)), owner)
    elif word == "active":
        state["idle_ms"] = 0
        for watch, owner in list(active_watches.items()):  # fire once, then are gone
            del active_watches[watch]
            emit(conn, new_signal(MUTTER, "WatchFired", "u", (watch,)), owner)
    elif word == "fire":  # a watch id this stand-in did not hand to the listener
        emit(conn, new_signal(MUTTER, "WatchFired", "u", (int(arg[0]),)))
    elif word in ("lock", "unlock"):
        state["locked"] = word == "lock"
        emit(conn, new_signal(SAVER, "ActiveChanged", "b", (state["locked"],)))
    elif word == "hint":
        state["hint"] = arg == ["1"]
        emit(conn, new_signal(PROPERTIES, "PropertiesChanged", "sa{sv}as", (
            "org.freedesktop.login1.Session", {"LockedHint": ("b", state["hint"])}, [])))
    elif word in ("sleep", "wake"):
        emit(conn, new_signal(MANAGER, "PrepareForSleep", "b", (word == "sleep",)))
    elif word == "shutdown":  # 1: the computer is about to power off; 0: that was called off
        emit(conn, new_signal(MANAGER, "PrepareForShutdown", "b", (arg == ["1"],)))
    elif word == "inhibit":  # Plasma's do not disturb, announced as Plasma does
        state["inhibited"] = arg == ["1"]
        emit(conn, new_signal(NOTIFICATIONS, "PropertiesChanged", "sa{sv}as", (
            "org.freedesktop.Notifications", {"Inhibited": ("b", state["inhibited"])}, [])))
    elif word == "paused":  # what dunst says when paused or resumed (for a pretender to copy)
        emit(conn, new_signal(NOTIFICATIONS, "PropertiesChanged", "sa{sv}as", (
            "org.dunstproject.cmd0", {"paused": ("b", arg == ["1"])}, [])))
    elif word == "spray":
        state["spray"] = True
    elif word == "calls":
        return json.dumps(calls)
    elif word == "whoami":
        return conn.unique_name
    # The bus handles one connection's messages in order: once it answers, it has passed
    # on every signal above.
    conn.send_and_get_reply(message_bus.GetId(), timeout=10)
    return "ok"


def main():
    conn = open_dbus_connection(sys.argv[1])
    names = [] if sys.argv[2:] == ["--no-names"] else sys.argv[2:] or NAMES
    for name in names:
        conn.send_and_get_reply(message_bus.RequestName(name))
    # Method calls that arrive while waiting for the bus's answer are kept, not dropped.
    incoming: deque = deque()
    conn.filter(MatchRule(type=MessageType.method_call), queue=incoming)
    print("ready", flush=True)
    while True:
        ready, _, _ = select.select([conn.sock, sys.stdin], [], [])
        if sys.stdin in ready:
            line = sys.stdin.readline()
            if not line:
                return
            print(command(conn, line), flush=True)
        try:
            while True:
                conn.recv_messages(timeout=0)
        except TimeoutError:
            pass
        while incoming:
            conn.send(answer(incoming.popleft()))


if __name__ == "__main__":
    main()
