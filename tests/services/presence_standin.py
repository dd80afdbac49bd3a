"""A stand-in desktop on a private D-Bus, speaking the real interfaces presence listens to.

Serves org.gnome.Mutter.IdleMonitor, org.freedesktop.ScreenSaver and org.freedesktop.login1
(Manager and one Session). The test drives it one command per line on stdin ("idle",
"active", "lock", "unlock", "hint 1", "hint 0", "sleep", "wake", "calls") and reads one
line back per command once it is done. Run: python presence_standin.py BUS_ADDRESS [names...]
"""

import json
import select
import sys

from jeepney import DBusAddress, HeaderFields, MessageType, message_bus, new_error, new_method_return, new_signal
from jeepney.io.blocking import open_dbus_connection

MUTTER = DBusAddress("/org/gnome/Mutter/IdleMonitor/Core", interface="org.gnome.Mutter.IdleMonitor")
SAVER = DBusAddress("/org/freedesktop/ScreenSaver", interface="org.freedesktop.ScreenSaver")
MANAGER = DBusAddress("/org/freedesktop/login1", interface="org.freedesktop.login1.Manager")
SESSION_PATH = "/org/freedesktop/login1/session/_31"
SESSION = DBusAddress(SESSION_PATH, interface="org.freedesktop.login1.Session")
PROPERTIES = DBusAddress(SESSION_PATH, interface="org.freedesktop.DBus.Properties")
NAMES = ["org.gnome.Mutter.IdleMonitor", "org.freedesktop.ScreenSaver", "org.freedesktop.login1"]

state = {"idle_ms": 0, "locked": False, "hint": False, "next_watch": 1}
idle_watches: dict[int, int] = {}   # id -> interval
active_watches: set[int] = set()
calls: list[str] = []


def answer(msg):
    """The reply to one method call, as the real service would give it."""
    member = msg.header.fields[HeaderFields.member]
    calls.append(member)
    if member == "GetIdletime":
        return new_method_return(msg, "t", (state["idle_ms"],))
    if member in ("AddIdleWatch", "AddUserActiveWatch"):
        watch = state["next_watch"]
        state["next_watch"] += 1
        if member == "AddIdleWatch":
            idle_watches[watch] = msg.body[0]
        else:
            active_watches.add(watch)
        return new_method_return(msg, "u", (watch,))
    if member == "RemoveWatch":
        idle_watches.pop(msg.body[0], None)
        active_watches.discard(msg.body[0])
        return new_method_return(msg)
    if member == "GetActive":
        return new_method_return(msg, "b", (state["locked"],))
    if member == "GetSessionIdleTime":
        return new_method_return(msg, "u", (state["idle_ms"],))
    if member == "GetSessionByPID":
        return new_method_return(msg, "o", (SESSION_PATH,))
    if member == "Get" and msg.body == ("org.freedesktop.login1.Session", "LockedHint"):
        return new_method_return(msg, "v", (("b", state["hint"]),))
    return new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,))


def command(conn, line: str) -> str:
    """Change the stand-in desktop's state the way a person at it would."""
    word, *arg = line.split()
    if word == "idle":
        state["idle_ms"] = 10 ** 9
        for watch in list(idle_watches):
            conn.send(new_signal(MUTTER, "WatchFired", "u", (watch,)))
    elif word == "active":
        state["idle_ms"] = 0
        for watch in list(active_watches):  # user-active watches fire once, then are gone
            active_watches.discard(watch)
            conn.send(new_signal(MUTTER, "WatchFired", "u", (watch,)))
    elif word in ("lock", "unlock"):
        state["locked"] = word == "lock"
        conn.send(new_signal(SAVER, "ActiveChanged", "b", (state["locked"],)))
    elif word == "hint":
        state["hint"] = arg == ["1"]
        conn.send(new_signal(PROPERTIES, "PropertiesChanged", "sa{sv}as", (
            "org.freedesktop.login1.Session", {"LockedHint": ("b", state["hint"])}, [])))
    elif word in ("sleep", "wake"):
        conn.send(new_signal(MANAGER, "PrepareForSleep", "b", (word == "sleep",)))
    elif word == "calls":
        return json.dumps(calls)
    return "ok"


def main():
    conn = open_dbus_connection(sys.argv[1])
    for name in sys.argv[2:] or NAMES:
        conn.send_and_get_reply(message_bus.RequestName(name))
    print("ready", flush=True)
    while True:
        ready, _, _ = select.select([conn.sock, sys.stdin], [], [])
        if sys.stdin in ready:
            line = sys.stdin.readline()
            if not line:
                return
            print(command(conn, line), flush=True)
        if conn.sock in ready:
            try:
                while True:
                    msg = conn.receive(timeout=0)
                    if msg.header.message_type == MessageType.method_call:
                        conn.send(answer(msg))
            except TimeoutError:
                pass


if __name__ == "__main__":
    main()
