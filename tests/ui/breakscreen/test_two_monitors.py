"""The break screen on a real X server with two monitors (Xvfb with two RandR monitors)
and a real window manager (openbox): one window per monitor, each covering its monitor as
X sees it, and monitors unplugged and plugged in while it is up are followed."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from desktop_helpers import WAIT_S, OrderedProcess, require, start_reporting, stop

pytestmark = pytest.mark.slow  # real X servers and window managers: not in the quick set

HOST = Path(__file__).with_name("two_monitor_host.py")
# Two monitors side by side on one X screen, the left one the main one; "screen" is Xvfb's
# one output, which the left monitor takes over (so X lists exactly these two).
LEFT = ("*LEFT", "1280/338x800/211+0+0", "screen")
RIGHT = ("RIGHT", "1024/270x768/203+1280+0", "none")
GEOMETRY = {"LEFT": (0, 0, 1280, 800), "RIGHT": (1280, 0, 1024, 768)}


def x(display: str, *args: str) -> str:
    done = subprocess.run(list(args), env=dict(os.environ, DISPLAY=display), capture_output=True,
                          text=True, timeout=WAIT_S, check=True)
    return done.stdout


@pytest.fixture
def two_monitors(tmp_path, qtbot):
    """A display ":N" with two monitors, managed by openbox."""
    require("Xvfb", "xrandr", "openbox", "xdotool")
    # -noreset: Xvfb forgets monitors set by a client once its last client has gone.
    xvfb, number = start_reporting(["Xvfb", "-displayfd", "{fd}", "-nolisten", "tcp", "-noreset",
                                    "-screen", "0", "2304x800x24"])
    display = f":{number}"
    wm = None
    try:
        for name, geometry, output in (LEFT, RIGHT):
            x(display, "xrandr", "--setmonitor", name, geometry, output)
        assert x(display, "xrandr", "--listmonitors").startswith("Monitors: 2")
        wm = subprocess.Popen(["openbox", "--sm-disable"], env=dict(os.environ, DISPLAY=display),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Up once it has announced itself on the root window: windows shown before that
        # would be placed again later, when it takes them over.
        qtbot.waitUntil(lambda: "window id" in x(display, "xprop", "-root", "_NET_SUPPORTING_WM_CHECK"),
                        timeout=WAIT_S * 1000)
        yield display
    finally:
        if wm is not None:
            stop(wm)
        stop(xvfb)


class Host(OrderedProcess):
    def __init__(self, display: str, kind: str = "stretch", dark: bool = False, scale: int = 1):
        env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=str(scale))
        self.display = display
        super().__init__([str(HOST), kind, *(["--dark"] if dark else [])], env)

    def x_geometry(self, window: int) -> tuple[int, int, int, int]:
        """Where X (and the window manager) put a window: x, y, width, height."""
        out = x(self.display, "xdotool", "getwindowgeometry", "--shell", str(window))
        values = dict(line.split("=") for line in out.split())
        return tuple(int(values[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))


@pytest.fixture
def host(two_monitors):
    made = []

    def make(kind="stretch", **look):
        made.append(Host(two_monitors, kind, **look))
        return made[-1]
    yield make
    for h in made:
        h.close()


def covering(host: Host, covers: list[dict]) -> dict[str, tuple]:
    return {c["screen"]: (c["main"], host.x_geometry(c["window"])) for c in covers}


def assert_both_covered(host: Host, covers: list[dict], qtbot) -> None:
    """Each window covers its monitor, once openbox has placed them (in its own time)."""
    expected = {"LEFT": (True, GEOMETRY["LEFT"]), "RIGHT": (False, GEOMETRY["RIGHT"])}
    try:
        qtbot.waitUntil(lambda: covering(host, covers) == expected, timeout=WAIT_S * 1000)
    except qtbot.TimeoutError:
        pass  # the assertion below says what X sees
    assert covering(host, covers) == expected


def test_one_window_per_monitor_each_covering_it_the_break_on_the_main_one(host, qtbot):
    h = host()
    assert_both_covered(h, h.order("covers 2"), qtbot)


def test_monitors_unplugged_and_plugged_in_while_it_is_up_are_followed(host, two_monitors, qtbot):
    h = host()
    h.order("covers 2")
    x(two_monitors, "xrandr", "--delmonitor", "RIGHT")
    [only] = h.order("covers 1")
    assert only["screen"] == "LEFT" and only["main"]
    x(two_monitors, "xrandr", "--setmonitor", *RIGHT)
    assert_both_covered(h, h.order("covers 2"), qtbot)


def test_the_routine_start_opens_stays_above_the_main_cover(host, two_monitors, qtbot):
    h = host()
    panel = next(c for c in h.order("covers 2") if c["main"])["window"]
    routine = h.order("lead")

    def stacking() -> list[int]:
        """The managed windows, bottom to top, as openbox lists them."""
        out = x(two_monitors, "xprop", "-root", "_NET_CLIENT_LIST_STACKING")
        return [int(w, 16) for w in out.partition("#")[2].replace(",", " ").split()]

    # openbox manages the new window in its own time; then a window transient for the
    # cover is kept above it, fullscreen as the cover is.
    qtbot.waitUntil(lambda: routine in stacking(), timeout=WAIT_S * 1000)
    transient = x(two_monitors, "xprop", "-id", str(routine), "WM_TRANSIENT_FOR")
    assert int(transient.partition("#")[2].strip(), 16) == panel
    order = stacking()
    assert order.index(routine) > order.index(panel)


@pytest.mark.parametrize("look", [{}, {"dark": True}, {"scale": 2}], ids=["light", "dark", "2x"])
def test_screenshots_of_both_monitors(host, tmp_path, look, qtbot):
    """Kept for people to look at (BREAKSCREEN_SHOTS=folder); here that they are made, and
    at twice the size each window still covers its whole monitor."""
    folder = Path(os.environ.get("BREAKSCREEN_SHOTS", tmp_path))
    name = "-".join(["dark"] * bool(look.get("dark")) + ["2x"] * (look.get("scale") == 2)) or "light"
    for kind in ("stretch", "breathing"):
        h = host(kind, **look)
        assert_both_covered(h, h.order("covers 2"), qtbot)
        path = folder / f"{kind}-{name}.png"
        assert h.order(f"shot {path}") == "ok"
        assert path.stat().st_size > 10_000
        h.close()
