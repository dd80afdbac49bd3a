"""GNOME's session services that cannot run here, played by python-dbusmock on a private bus.

gnome-session needs systemd and a real login; its ``org.gnome.SessionManager``
``InhibitedActions`` property is served by dbusmock (Debian's python3-dbusmock, run by the
system Python), which sends PropertiesChanged on each Set as gnome-session's generated
D-Bus skeleton does. A notification server named "gnome-shell" is played the same way.
"""

from __future__ import annotations

import os
import subprocess

import pytest
from desktop_helpers import WAIT_S, stop
from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
from jeepney.io.blocking import open_dbus_connection

SYSTEM_PYTHON = "/usr/bin/python3"
MOCK = "org.freedesktop.DBus.Mock"
SESSION_MANAGER = ("org.gnome.SessionManager", "/org/gnome/SessionManager", "org.gnome.SessionManager")
NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                 "org.freedesktop.Notifications")


def require_dbusmock() -> None:
    """Skip (fail in CI) unless Debian's python3-dbusmock is installed."""
    ok = os.path.exists(SYSTEM_PYTHON) and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import dbusmock"], capture_output=True).returncode == 0
    if not ok:
        message = "python3-dbusmock not installed (.ci/bootstrap --tests installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


class Mocked:
    """One dbusmock process owning ``name`` on the bus at ``address``."""

    def __init__(self, address: str, name: str, path: str, interface: str):
        require_dbusmock()
        self.address, self.interface = address, interface
        self.object = DBusAddress(path, bus_name=name, interface=MOCK)
        self.conn = open_dbus_connection(address)
        owner = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
        owner.add_arg_condition(0, name)
        with self.conn.filter(owner) as queue:
            self.conn.send_and_get_reply(message_bus.AddMatch(owner), timeout=WAIT_S)
            env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
            self.proc = subprocess.Popen([SYSTEM_PYTHON, "-m", "dbusmock", name, path, interface],
                                         env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.conn.recv_until_filtered(queue, timeout=WAIT_S)

    def _call(self, address: DBusAddress, method: str, signature: str, *args) -> tuple:
        reply = self.conn.send_and_get_reply(new_method_call(address, method, signature, args),
                                             timeout=WAIT_S)
        assert reply.header.message_type.name == "method_return", reply.body
        return reply.body

    def add_property(self, name: str, signature: str, value) -> None:
        self._call(self.object, "AddProperty", "ssv", self.interface, name, (signature, value))

    def set(self, name: str, signature: str, value) -> None:
        """Change a property as the service would: PropertiesChanged goes out with it."""
        props = DBusAddress(self.object.object_path, bus_name=self.object.bus_name,
                            interface="org.freedesktop.DBus.Properties")
        self._call(props, "Set", "ssv", self.interface, name, (signature, value))

    def add_method(self, name: str, in_sig: str, out_sig: str, code: str) -> None:
        self._call(self.object, "AddMethod", "sssss", self.interface, name, in_sig, out_sig, code)

    def stop(self) -> None:
        self.conn.close()
        stop(self.proc)


def session_manager(address: str, inhibited: int = 0) -> Mocked:
    """gnome-session's InhibitedActions (8: something inhibits idle)."""
    mock = Mocked(address, *SESSION_MANAGER)
    mock.add_property("InhibitedActions", "u", inhibited)
    return mock


def gnome_shell_notifications(address: str) -> Mocked:
    """A notification server that names itself as GNOME Shell's does."""
    mock = Mocked(address, *NOTIFICATIONS)
    mock.add_method("GetServerInformation", "", "ssss",
                    'ret = ("gnome-shell", "GNOME", "43.9", "1.2")')
    return mock


SCREEN_TIME = ("org.gnome.Shell", "/org/gnome/Shell/ScreenTime", "org.gnome.Shell.ScreenTime")
# GNOME 48's break-reminder settings as the desktop portal serves them (gsettings-desktop-schemas).
MOVEMENT_BREAKS = {"org.gnome.desktop.break-reminders": {"selected-breaks": ["as", ["movement"]]},
                   "org.gnome.desktop.break-reminders.movement": {"duration-seconds": ["u", 300],
                                                                  "interval-seconds": ["u", 1800]}}


def screen_time(address: str, state: int = 1, last_break_end: int = 0) -> Mocked:
    """GNOME Shell 48's ScreenTime object: State (0 disabled, 1 active, 2 idle, 3 in break,
    4 break due) and LastBreakEndTime (seconds since the epoch), read-only as in the shell."""
    mock = Mocked(address, *SCREEN_TIME)
    mock.add_property("State", "u", state)
    mock.add_property("LastBreakEndTime", "t", last_break_end)
    return mock
