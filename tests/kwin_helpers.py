"""KWin's own Wayland compositor, headless, for tests: ``kwin_wayland --virtual``.

Two things stand between Debian's binary and a sandbox or CI container, both handled here:
- /usr/bin/kwin_wayland carries a file capability (cap_sys_resource, to raise its own
  scheduling limits) and containers without that capability in their bounding set refuse
  to exec it ("Operation not permitted"). A plain copy has no capabilities and runs.
- KWin's Qt platform plugin is built into the binary and refuses to load unless the program
  is called ``kwin_wayland`` ("Could not load the Qt platform plugin
  wayland-org.kde.kwin.qpa even though it was found"): the copy keeps that name.

KWIN_WAYLAND_NO_PERMISSION_CHECKS lets a test client use org_kde_kwin_fake_input, whose
pointer motion is input like any other: it ends idleness. KWin runs without a session bus
(it only misses global shortcuts), so it never touches the bus a test gives the app.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from desktop_helpers import require, stop

from companion.services.presence import wayland

FAKE_INPUT = wayland.interface("org_kde_kwin_fake_input", 1,
                               methods=[("authenticate", "ss", [None, None]),
                                        ("pointer_motion", "ff", [None, None])],
                               events=[])


class KWin:
    """A running headless KWin: ``socket`` is its WAYLAND_DISPLAY, ``env`` what a client needs.

    With ``bus`` (a session bus address) KWin serves its D-Bus API there and composites with
    OpenGL (Mesa's llvmpipe), which its screenshot interface needs: :meth:`capture` then saves
    what is on its screen. Without, it composites with QPainter, the lighter of the two.
    """

    def __init__(self, qtbot, log_to: Path | None = None, bus: str | None = None):
        require("kwin_wayland")
        self.runtime = Path(tempfile.mkdtemp(prefix="kwin-"))  # short: socket paths are limited
        self.runtime.chmod(0o700)
        binary = self.runtime / "kwin_wayland"
        shutil.copy(shutil.which("kwin_wayland"), binary)
        self.socket = "wayland-test"
        self.bus = bus
        home = self.runtime / "home"
        home.mkdir()
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS")}
        self.env.update(XDG_RUNTIME_DIR=str(self.runtime), HOME=str(home))
        kwin_env = dict(self.env, KWIN_WAYLAND_NO_PERMISSION_CHECKS="1")
        if bus:
            kwin_env.update(DBUS_SESSION_BUS_ADDRESS=bus, KWIN_SCREENSHOT_NO_PERMISSION_CHECKS="1")
        else:
            kwin_env.update(KWIN_COMPOSE="Q")
        self._log = open(log_to, "wb") if log_to else None
        self.proc = subprocess.Popen(
            [str(binary), "--virtual", "--socket", self.socket,
             "--no-lockscreen", "--no-global-shortcuts", "--width", "1366", "--height", "768"],
            env=kwin_env, stdout=self._log or subprocess.DEVNULL, stderr=subprocess.STDOUT)
        self.env["WAYLAND_DISPLAY"] = self.socket
        qtbot.waitUntil(lambda: (self.runtime / self.socket).exists() or self.proc.poll() is not None,
                        timeout=30_000)
        assert self.proc.poll() is None, "kwin_wayland stopped at start"

    def capture(self, path: Path):
        """KWin's whole screen as a QImage, also saved as a PNG (org.kde.KWin.ScreenShot2,
        image data on a pipe)."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from PySide6.QtGui import QImage

        shot = DBusAddress("/org/kde/KWin/ScreenShot2", bus_name="org.kde.KWin",
                           interface="org.kde.KWin.ScreenShot2")
        read, write = os.pipe()
        with open_dbus_connection(self.bus, enable_fds=True) as bus:
            reply = bus.send_and_get_reply(new_method_call(shot, "CaptureWorkspace", "a{sv}h", ({}, write)),
                                           timeout=30)
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            data = pipe.read()
        assert isinstance(reply.body[0], dict), reply.body
        info = {key: value for key, (_sig, value) in reply.body[0].items()}
        image = QImage(data, info["width"], info["height"], info["stride"], QImage.Format(info["format"])).copy()
        assert image.save(str(path))
        return image

    def close(self) -> None:
        stop(self.proc)
        if self._log:
            self._log.close()
        shutil.rmtree(self.runtime, ignore_errors=True)


class FakeInput:
    """A client that moves KWin's pointer, as a hand on the mouse would."""

    def __init__(self, kwin: KWin):
        self.connection = wayland.Connection(str(kwin.runtime / kwin.socket))
        assert self.connection, "cannot reach kwin_wayland"
        self.device = self.connection.bind(FAKE_INPUT, 1)
        assert self.device is not None, "kwin_wayland offers no org_kde_kwin_fake_input"
        self.connection.request(self.device, 0, None, [b"companion tests", b"input that ends idleness"])

    def move(self, dx: int = 5) -> None:
        self.connection.request(self.device, 1, None, [dx * 256, 0])  # wl_fixed_t: 24.8
        self.connection.roundtrip()

    def close(self) -> None:
        self.connection.close()


