"""Two real Syncthing instances on the loopback interface, sharing one folder, for tests.

Each instance has a home of its own (keys, config, index database) made by ``syncthing
generate``, then set up before its first start so that it never looks past this machine:
global and local discovery, relays, NAT traversal (and STUN), usage and crash reporting and
upgrades are off; it listens on tcp://127.0.0.1:<free port> and serves its REST API on
127.0.0.1:<free port> with an API key. The two know each other by device id with that
explicit address, and share one folder with a one-second watcher delay, so a file written
on one side is seen (inotify) and sent within a second or two.

Starting a pair costs a second or two, so a test module may keep one pair for all its tests
and give each test a folder of its own (``fresh_folder``: a new folder id and new paths,
added through the REST API, the previous one removed), after putting back what a test may
have changed (a stopped instance, a throttle).

Nothing here sleeps: a test waits on Syncthing's own events (``/rest/events``, a long poll
that answers as soon as something happens) and reads ``/rest/db/completion`` and
``/rest/db/status`` when they do. Every wait has a deadline. The processes are ended and the
homes removed when the pair is closed (``syncthing_pair`` is a context manager).

Ports are picked free a moment before Syncthing binds them; another process (a parallel
test worker) may take one in between. An instance that cannot bind its ports is started
again on new ones, and its peer told its new address.

Syncthing is Debian's ``syncthing`` package (.ci/bootstrap --tests installs it); a test
that needs it calls ``desktop_helpers.require("syncthing")``: skipped where it cannot be
installed, failed in CI.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop_helpers import stop as stop_process

FOLDER_ID = "companion-share"
START_S = 30     # a cold start on a busy 2-core machine: generating the index, opening ports
WAIT_S = 60      # a default for waits on transfers
Event = dict[str, Any]
# Syncthing's trace (STTRACE=fs) of a watch set up: "... basic <folder> Watch . <ignores> <bool> <nil>"
WATCH_STARTED = re.compile(r"DEBUG: .* basic (/\S+) Watch \. .* <nil>$")
PORT_TRIES = 5   # starts on newly picked ports when one was taken before Syncthing bound it

# Set in config.xml's <options> before the first start: this machine only, nothing phoned home.
OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "stunKeepaliveStartS": "0",        # 0: no STUN either (it is NAT traversal for QUIC)
    "announceLANAddresses": "false",
    "urAccepted": "-1",                # usage reporting declined, never asked
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "startBrowser": "false",
    "limitBandwidthInLan": "true",     # so that ``throttle`` holds on the loopback too
    "progressUpdateIntervalS": "1",    # DownloadProgress events every second, not every five
}


_given: set[int] = set()


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now (the kernel's pick; Syncthing binds it a moment
    later), never one this run handed out already."""
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port not in _given:
            _given.add(port)
            return port


class Syncthing:
    """One Syncthing instance: its home, its copy of the shared folder, its REST API."""

    def __init__(self, root: Path, name: str):
        self.name = name
        self.home = root / name / "syncthing-home"
        self.folder = root / name / "shared"
        self.folder_id = FOLDER_ID
        self.log_path = root / name / "syncthing.log"
        self.api_key = secrets.token_urlsafe(24)
        self.gui_port = free_port()
        self.listen_port = free_port()
        self.proc: subprocess.Popen | None = None
        self._reader: threading.Thread | None = None
        self._since = 0  # the last event id seen from the running process
        self._settled = threading.Event()  # its ports are bound, or it failed to bind one
        self._bound: set[str] = set()      # "gui", "listen": what it has bound
        self._port_taken = False
        self.peers: list[Syncthing] = []
        self._watching: set[str] = set()  # the folders whose watcher runs, from its log
        self._changed = threading.Condition()
        self.folder.mkdir(parents=True, mode=0o700)
        (self.folder / ".stfolder").mkdir()  # the marker Syncthing wants in a folder it serves
        self.device_id = self._generate()

    # -- set-up ---------------------------------------------------------------------
    def _generate(self) -> str:
        subprocess.run(["syncthing", "generate", f"--home={self.home}", "--no-default-folder",
                        "--skip-port-probing"], env=self._env(), check=True, timeout=START_S,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        config = self._config()
        device = config.getroot().find("device")
        assert device is not None, "syncthing generate wrote no device"
        options = config.getroot().find("options")
        assert options is not None
        for key, value in {**OPTIONS, "listenAddress": f"tcp://127.0.0.1:{self.listen_port}"}.items():
            _child(options, key).text = value
        gui = config.getroot().find("gui")
        assert gui is not None
        gui.set("tls", "false")
        _child(gui, "address").text = f"127.0.0.1:{self.gui_port}"
        _child(gui, "apikey").text = self.api_key
        config.write(self.home / "config.xml")
        return device.get("id", "")

    def _config(self) -> ET.ElementTree:
        return ET.parse(self.home / "config.xml")

    def introduce(self, peer: Syncthing, rescan_s: int = 60, watcher_delay_s: int = 1) -> None:
        """Know ``peer`` by id at its loopback address, and share the folder with it."""
        self.peers.append(peer)
        config = self._config()
        root = config.getroot()
        own = root.find("device")
        assert own is not None
        device = ET.fromstring(ET.tostring(own))
        device.set("id", peer.device_id)
        device.set("name", peer.name)
        _child(device, "address").text = f"tcp://127.0.0.1:{peer.listen_port}"
        own.set("name", self.name)
        root.insert(list(root).index(own) + 1, device)
        # The defaults Syncthing wrote are the template: every field a folder needs is there.
        template = root.find("defaults/folder")
        assert template is not None
        folder = ET.fromstring(ET.tostring(template))
        folder.attrib.update(id=FOLDER_ID, label="Companion", path=str(self.folder),
                             type="sendreceive", rescanIntervalS=str(rescan_s),
                             fsWatcherEnabled="true", fsWatcherDelayS=str(watcher_delay_s))
        for old in folder.findall("device"):
            folder.remove(old)
        for device_id in (self.device_id, peer.device_id):
            ET.SubElement(folder, "device", id=device_id, introducedBy="")
        root.insert(0, folder)
        config.write(self.home / "config.xml")

    def _env(self) -> dict[str, str]:
        # (Syncthing reads settings from ST* variables: none of the caller's.) STHASHING
        # names the SHA-256 code to use, sparing the start a second of benchmarking both
        # (the same hashes either way; minio's is the one it picks on x86-64 anyway).
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("FAKETIME", "LD_PRELOAD", "ST"))}
        # No upgrade, no default folder, and no monitor process: Syncthing 1.19 forks its
        # real self under a monitor even with --no-restart, unless told it is the inner
        # process (STMONITORED), so the pid is Syncthing's own and a kill is a real crash.
        # HOME inside the test's folder, so nothing reads the developer's.
        # STTRACE=fs logs each file system call (a few lines per file synced), among them the
        # one that says a folder's watcher runs (WATCH_STARTED), which ``fresh_folder`` awaits.
        env.update(STNOUPGRADE="1", STNORESTART="1", STNODEFAULTFOLDER="1", STMONITORED="1",
                   STHASHING="minio", STTRACE="fs",
                   HOME=str(self.home.parent), all_proxy="", http_proxy="", https_proxy="")
        return env

    # -- running ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self) -> None:
        """Start it and return once its ports are bound (read from its log, not polled);
        again on new ports when one was taken before it could bind it."""
        for _ in range(PORT_TRIES):
            self._launch()
            if self._started():
                return
            self._move_ports()
        raise RuntimeError(f"Syncthing {self.name}: no free ports in {PORT_TRIES} tries")

    def _launch(self) -> None:
        assert not self.running, f"{self.name} is running"
        self._since = 0  # a new process numbers its events from 1
        self._settled.clear()
        self._bound.clear()
        self._port_taken = False
        self.proc = subprocess.Popen(
            ["syncthing", "serve", f"--home={self.home}", "--no-browser", "--no-restart",
             "--no-upgrade", "--logflags=0"],
            env=self._env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            preexec_fn=_end_with_parent)
        self._reader = threading.Thread(target=self._read_log, args=(self.proc,), daemon=True)
        self._reader.start()

    def _started(self) -> bool:
        """Wait until it has bound both its ports (True) or could not (False, stopped)."""
        assert self.proc is not None
        if not self._settled.wait(START_S) and self.proc.poll() is None:
            self.stop()
            raise RuntimeError(f"Syncthing {self.name} did not start in {START_S} s:\n{self.log()}")
        if self._bound == {"gui", "listen"} and self.proc.poll() is None:
            return True
        self.stop()
        if not self._port_taken:
            raise RuntimeError(f"Syncthing {self.name} did not start:\n{self.log()}")
        return False

    def _read_log(self, proc: subprocess.Popen) -> None:
        """Copy its output to the log file (the pipe never fills) and note when its ports
        are bound, or one could not be."""
        assert proc.stdout is not None
        with proc.stdout, open(self.log_path, "a") as log:
            for line in proc.stdout:  # until the process ends
                log.write(line)
                log.flush()
                if "GUI and API listening on" in line:
                    self._bound.add("gui")
                elif f"TCP listener (127.0.0.1:{self.listen_port}) starting" in line:
                    self._bound.add("listen")
                elif "address already in use" in line:
                    self._port_taken = True
                elif (watch := WATCH_STARTED.search(line)) is not None:
                    with self._changed:
                        self._watching.add(watch[1])
                        self._changed.notify_all()
                if self._port_taken or self._bound == {"gui", "listen"}:
                    self._settled.set()
        self._settled.set()  # it ended

    def wait_watching(self, timeout_s: float = START_S) -> None:
        """Wait until its folder's watcher runs (a file written before that is seen only at
        the next rescan, a minute later)."""
        with self._changed:
            if not self._changed.wait_for(lambda: str(self.folder) in self._watching, timeout_s):
                raise TimeoutError(f"Syncthing {self.name} does not watch {self.folder}:\n"
                                   f"{self.log()[-3000:]}")

    def _move_ports(self) -> None:
        """New free ports (one was taken before it could bind it): in its own config, and
        in its peers' config (through their REST API while they run)."""
        self.gui_port, self.listen_port = free_port(), free_port()
        address = f"tcp://127.0.0.1:{self.listen_port}"
        config = self._config()
        gui, options = config.getroot().find("gui"), config.getroot().find("options")
        assert gui is not None and options is not None
        _child(gui, "address").text = f"127.0.0.1:{self.gui_port}"
        _child(options, "listenAddress").text = address
        config.write(self.home / "config.xml")
        for peer in self.peers:
            if peer.running:
                peer.rest(f"/rest/config/devices/{self.device_id}", "PATCH",
                          {"addresses": [address]})
                continue
            config = peer._config()
            for device in config.getroot().findall("device"):
                if device.get("id") == self.device_id:
                    _child(device, "address").text = address
            config.write(peer.home / "config.xml")

    def stop(self, kill: bool = False) -> None:
        """End it: asked to quit (SIGTERM), or ``kill``-ed on the spot as a crash would."""
        if self.proc is None:
            return
        if kill and self.proc.poll() is None:
            self.proc.kill()
        stop_process(self.proc)
        if self._reader is not None:
            self._reader.join(timeout=10)  # its output is all in the log file now

    def log(self) -> str:
        return self.log_path.read_text() if self.log_path.exists() else ""

    # -- the REST API -----------------------------------------------------------------
    def rest(self, path: str, method: str = "GET", body: object = None,
             timeout: float = 10, **params: object) -> Any:
        query = urllib.parse.urlencode(params)
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}" + (f"?{query}" if query else ""),
            method=method, headers={"X-API-Key": self.api_key},
            data=None if body is None else json.dumps(body).encode())
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            text = answer.read()
        return json.loads(text) if text.strip() else None

    def status(self) -> dict[str, Any]:
        """/rest/db/status of the shared folder: state, needed and local files."""
        return self.rest("/rest/db/status", folder=self.folder_id)

    def completion(self, peer: Syncthing) -> dict[str, Any]:
        """How complete ``peer``'s copy of the folder is, as this instance knows it."""
        return self.rest("/rest/db/completion", folder=self.folder_id, device=peer.device_id)

    def scan(self, name: str) -> None:
        """Have it look at file ``name`` (relative to the folder) now, as its watcher would a
        second after the file was written; returns once the file is in its index. For a
        test about what comes after (a transfer, a peer away), not about the watcher."""
        self.rest("/rest/db/scan", "POST", folder=self.folder_id, sub=name, timeout=WAIT_S)

    def throttle(self, kib_per_s: int) -> None:
        """Limit what it receives (0: no limit); applied at once, no restart."""
        self.rest("/rest/config/options", "PATCH", {"maxRecvKbps": kib_per_s})

    def events(self, timeout_s: float) -> list[Event]:
        """The events after the last one seen, waiting up to ``timeout_s`` for one to come.

        Always the default event stream: it is subscribed from the start, so it holds the
        events from before the first call too (a stream filtered by type starts empty).
        """
        query = urllib.parse.urlencode({"since": self._since, "timeout": max(1, int(timeout_s))})
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}/rest/events?{query}",
                                         headers={"X-API-Key": self.api_key})
        with urllib.request.urlopen(request, timeout=timeout_s + 10) as answer:
            found = json.loads(answer.read() or b"[]") or []
        if found:
            self._since = found[-1]["id"]
        return found

    def wait_event(self, wanted: Callable[[Event], bool], timeout_s: float = WAIT_S) -> Event:
        """The first event (from where the last wait stopped) that ``wanted`` accepts."""
        deadline = time.monotonic() + timeout_s
        while (left := deadline - time.monotonic()) > 0:
            for event in self.events(min(left, 10)):
                if wanted(event):
                    return event
        raise TimeoutError(f"Syncthing {self.name}: no such event in {timeout_s} s\n"
                           f"{self.log()[-3000:]}")

    def wait_received(self, name: str, timeout_s: float = WAIT_S) -> Event:
        """Wait until it has written file ``name`` (relative to the folder) from its peer."""
        return self.wait_event(lambda e: e["type"] == "ItemFinished"
                               and e["data"]["folder"] == self.folder_id
                               and e["data"]["item"] == name and not e["data"]["error"],
                               timeout_s)

    def wait_downloading(self, name: str, timeout_s: float = WAIT_S) -> dict[str, int]:
        """Wait until part of ``name``, not all, has arrived; its DownloadProgress figures."""
        def partial(e: Event) -> bool:
            progress = e["data"].get(self.folder_id, {}).get(name, {}) if e["type"] == "DownloadProgress" else {}
            return 0 < progress.get("bytesDone", 0) < progress.get("bytesTotal", 0)
        return self.wait_event(partial, timeout_s)["data"][self.folder_id][name]

    def wait_connected(self, peer: Syncthing, timeout_s: float = START_S) -> None:
        """Wait until it is connected to ``peer`` (now, or by a DeviceConnected event)."""
        connections = self.rest("/rest/system/connections")["connections"]
        if connections.get(peer.device_id, {}).get("connected"):
            return
        self.wait_event(lambda e: e["type"] == "DeviceConnected"
                        and e["data"]["id"] == peer.device_id, timeout_s)


def _end_with_parent() -> None:
    """In the child before exec: SIGTERM when the test process dies (a pytest-timeout ends it
    with os._exit, skipping every clean-up), so no Syncthing outlives its test run."""
    import ctypes
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _child(parent: ET.Element, tag: str) -> ET.Element:
    found = parent.find(tag)
    return found if found is not None else ET.SubElement(parent, tag)


def in_step(a: Syncthing, b: Syncthing) -> bool:
    """True when both are idle, need nothing, and each has the other's copy complete."""
    for here, there in ((a, b), (b, a)):
        status = here.status()
        if status["state"] != "idle" or status["needTotalItems"] or status["pullErrors"]:
            return False
        done = here.completion(there)
        if done["completion"] < 100 or done["needItems"] or done["needDeletes"]:
            return False
    return a.status()["globalFiles"] == b.status()["globalFiles"]


def wait_in_step(a: Syncthing, b: Syncthing, timeout_s: float = WAIT_S) -> None:
    """Wait until ``in_step``: checked again whenever either instance reports an event."""
    deadline = time.monotonic() + timeout_s
    while not in_step(a, b):
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"the two Syncthings did not come into step in {timeout_s} s:\n"
                               f"{a.status()}\n{b.status()}")
        # A short long-poll on each in turn: whichever moves wakes the check.
        a.events(min(left, 1))
        b.events(min(left, 1))


def fresh_folder(a: Syncthing, b: Syncthing, root: Path, rescan_s: int = 60,
                 watcher_delay_s: int = 1) -> None:
    """Make a pair that has served other tests as good as new: both running and connected,
    nothing throttled, and sharing a new, empty folder (a new id, under ``root``) in place
    of the last one, in step."""
    for side in (a, b):
        if not side.running:
            side.start()
    a.wait_connected(b)
    b.wait_connected(a)
    folder_id = f"companion-{uuid.uuid4().hex[:8]}"
    for side in (a, b):
        side.throttle(0)
        side.rest(f"/rest/config/folders/{side.folder_id}", "DELETE")
        side.folder = root / side.name / "shared"
        side.folder.mkdir(parents=True, mode=0o700)
        (side.folder / ".stfolder").mkdir()  # the marker Syncthing wants in a folder it serves
        folder = side.rest("/rest/config/defaults/folder")
        folder.update(id=folder_id, label="Companion", path=str(side.folder), type="sendreceive",
                      rescanIntervalS=rescan_s, fsWatcherEnabled=True,
                      fsWatcherDelayS=watcher_delay_s,
                      devices=[{"deviceID": d.device_id} for d in (a, b)])
        side.rest(f"/rest/config/folders/{folder_id}", "PUT", folder)
        side.folder_id = folder_id
    for side in (a, b):
        side.wait_watching()
    wait_in_step(a, b, START_S)


@contextlib.contextmanager
def syncthing_pair(root: Path) -> Iterator[tuple[Syncthing, Syncthing]]:
    """Two connected Syncthings, "a" and "b", sharing one folder; ended and removed after."""
    a, b = Syncthing(root, "a"), Syncthing(root, "b")
    try:
        a.introduce(b)
        b.introduce(a)
        # One after the other: two started side by side dial each other at the same moment,
        # and then both can wait out a 20-second Hello timeout.
        a.start()
        b.start()
        a.wait_connected(b)
        b.wait_connected(a)
        yield a, b
    finally:
        for instance in (a, b):
            # Killed: its home is removed next, so a graceful quit (a second) buys nothing.
            instance.stop(kill=True)
        for instance in (a, b):
            shutil.rmtree(instance.home, ignore_errors=True)
