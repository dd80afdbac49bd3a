"""A stand-in XDG desktop portal on a private D-Bus, speaking org.freedesktop.portal.Settings.

Serves Read, ReadOne and ReadAll at /org/freedesktop/portal/desktop as the real portal
does, from the settings given as JSON on the command line ({"namespace": {"key": [sig,
value]}}). The test changes one setting per stdin line ("namespace key sig json-value"),
which is then signalled with SettingChanged; one line back per command once done.
Run: python portal_standin.py BUS_ADDRESS SETTINGS_JSON
"""

import json
import select
import sys

from jeepney import DBusAddress, HeaderFields, MessageType, message_bus, new_error, new_method_return, new_signal
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.portal.Desktop"
SETTINGS = DBusAddress("/org/freedesktop/portal/desktop", interface="org.freedesktop.portal.Settings")
NOT_FOUND = "org.freedesktop.portal.Error.NotFound"


def answer(msg, settings: dict):
    member = msg.header.fields[HeaderFields.member]
    if member == "ReadAll":
        wanted = msg.body[0]
        found = {ns: {k: tuple(v) for k, v in keys.items()} for ns, keys in settings.items()
                 if not wanted or ns in wanted}
        return new_method_return(msg, "a{sa{sv}}", (found,))
    if member in ("Read", "ReadOne"):
        namespace, key = msg.body
        if key not in settings.get(namespace, {}):
            return new_error(msg, NOT_FOUND, "s", ("Requested setting not found",))
        value = tuple(settings[namespace][key])
        # Read (deprecated) wraps the value in a second variant; ReadOne does not.
        return new_method_return(msg, "v", (("v", value) if member == "Read" else value,))
    if member == "Get" and msg.body[1] == "version":
        return new_method_return(msg, "v", (("u", 2),))
    return new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,))


def main():
    conn = open_dbus_connection(sys.argv[1])
    settings = json.loads(sys.argv[2])
    conn.send_and_get_reply(message_bus.RequestName(NAME))
    print("ready", flush=True)
    while True:
        ready, _, _ = select.select([conn.sock, sys.stdin], [], [])
        if sys.stdin in ready:
            line = sys.stdin.readline()
            if not line:
                return
            namespace, key, sig, value = line.split(maxsplit=3)
            settings.setdefault(namespace, {})[key] = [sig, json.loads(value)]
            conn.send(new_signal(SETTINGS, "SettingChanged", "ssv", (namespace, key, (sig, json.loads(value)))))
            print("ok", flush=True)
        if conn.sock in ready:
            try:
                while True:
                    msg = conn.receive(timeout=0)
                    if msg.header.message_type == MessageType.method_call:
                        conn.send(answer(msg, settings))
            except TimeoutError:
                pass


if __name__ == "__main__":
    main()
