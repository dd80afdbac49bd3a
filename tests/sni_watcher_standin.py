"""A stand-in StatusNotifierWatcher (what Plasma's panel runs) on a private D-Bus.

Speaks org.kde.StatusNotifierWatcher as plasmashell does, with one host registered, so Qt's
QSystemTrayIcon chooses StatusNotifierItem over D-Bus. Each item that registers is printed
as one line, "item SERVICE" (its bus name or object path, as sent), then "owner SENDER".

Run: python sni_watcher_standin.py BUS_ADDRESS   (prints "ready" once it owns the name)
"""

import sys

from jeepney import HeaderFields, MessageType, message_bus, new_method_return
from jeepney.io.blocking import open_dbus_connection

NAME = "org.kde.StatusNotifierWatcher"
INTROSPECTION = f"""<node>
 <interface name="{NAME}">
  <method name="RegisterStatusNotifierItem"><arg name="service" type="s" direction="in"/></method>
  <method name="RegisterStatusNotifierHost"><arg name="service" type="s" direction="in"/></method>
  <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
  <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
  <property name="ProtocolVersion" type="i" access="read"/>
  <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
  <signal name="StatusNotifierItemUnregistered"><arg type="s"/></signal>
  <signal name="StatusNotifierHostRegistered"/>
 </interface>
 <interface name="org.freedesktop.DBus.Properties">
  <method name="Get">
   <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="out"/>
  </method>
  <method name="GetAll"><arg type="s" direction="in"/><arg type="a{{sv}}" direction="out"/></method>
 </interface>
</node>"""
items: list[str] = []


def properties() -> dict:
    return {"RegisteredStatusNotifierItems": ("as", items), "IsStatusNotifierHostRegistered": ("b", True),
            "ProtocolVersion": ("i", 0)}


def answer(msg):
    member = msg.header.fields[HeaderFields.member]
    if member == "Introspect":
        return new_method_return(msg, "s", (INTROSPECTION,))
    if member == "Get":
        return new_method_return(msg, "v", (properties()[msg.body[1]],))
    if member == "GetAll":
        return new_method_return(msg, "a{sv}", (properties(),))
    if member == "RegisterStatusNotifierItem":
        items.append(msg.body[0])
        print("item", msg.body[0], flush=True)
        print("owner", msg.header.fields[HeaderFields.sender], flush=True)
    return new_method_return(msg)


def main():
    conn = open_dbus_connection(sys.argv[1])
    conn.send_and_get_reply(message_bus.RequestName(NAME))
    print("ready", flush=True)
    while True:
        msg = conn.receive()
        if msg.header.message_type == MessageType.method_call:
            conn.send(answer(msg))


if __name__ == "__main__":
    main()
