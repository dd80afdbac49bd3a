"""A private D-Bus with a stand-in XDG desktop portal (tests/services/portal_standin.py) on it."""

from __future__ import annotations

import json
import select
import subprocess
import sys
from pathlib import Path

from desktop_helpers import BUS_CONFIG, WAIT_S, require, start_reporting, stop

STANDIN = Path(__file__).with_name("services") / "portal_standin.py"
GNOME_NO_ANIMATIONS = {"org.gnome.desktop.interface": {"enable-animations": ["b", False],
                                                       "gtk-theme": ["s", "Adwaita"]}}


class Portal:
    """The stand-in portal, serving ``settings``; ``set`` changes one and signals it."""

    def __init__(self, address: str, settings: dict):
        self.address = address
        self.proc = subprocess.Popen([sys.executable, str(STANDIN), address, json.dumps(settings)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._line() == "ready"

    def _line(self) -> str:
        ready, _, _ = select.select([self.proc.stdout], [], [], WAIT_S)
        assert ready, "the stand-in portal did not answer"
        return self.proc.stdout.readline().strip()

    def set(self, namespace: str, key: str, sig: str, value) -> None:
        self.proc.stdin.write(f"{namespace} {key} {sig} {json.dumps(value)}\n")
        self.proc.stdin.flush()
        assert self._line() == "ok"


class PrivateBus:
    """A fresh private session bus, and any stand-in portals started on it."""

    def __init__(self, folder: Path):
        require("dbus-daemon")
        config = folder / "bus.conf"
        config.write_text(BUS_CONFIG)
        self.proc, self.address = start_reporting(["dbus-daemon", f"--config-file={config}",
                                                   "--nofork", "--print-address={fd}"])
        self.portals: list[Portal] = []

    def portal(self, settings: dict) -> Portal:
        self.portals.append(Portal(self.address, settings))
        return self.portals[-1]

    def stop(self) -> None:
        for portal in self.portals:
            stop(portal.proc)
        stop(self.proc)
