"""Reduced motion: the desktop's wish (a stand-in XDG portal on a private D-Bus) or the
user's setting replaces every animation with steps, and the information stays."""

from __future__ import annotations

import pytest
from portal_helpers import GNOME_NO_ANIMATIONS, WAIT_S
from PySide6.QtCore import QAbstractAnimation, Qt
from PySide6.QtWidgets import QApplication

from companion import assets as companion_assets
from companion.core.breathing_files import load_patterns
from companion.core.kinds import Action, Request
from companion.core.routines import load_routines
from companion.services.dbus import Bus
from companion.services.motion import DesktopMotion
from companion.services.ticker import ManualTicker
from companion.ui.breathing.window import BreathingWindow
from companion.ui.stretch.window import StretchWindow

ASSETS = companion_assets.root()
WAIT_MS = WAIT_S * 1000


def running_animations() -> list:
    return [a for w in QApplication.topLevelWidgets() for a in w.findChildren(QAbstractAnimation)
            if a.state() == QAbstractAnimation.State.Running]


def test_the_app_follows_the_desktop_from_the_first_window_with_animation(portal_bus, make_app, tmp_path, qtbot):
    portal = portal_bus.portal(GNOME_NO_ANIMATIONS)
    asked = []

    def new_motion():
        asked.append(DesktopMotion(Bus(portal_bus.address), config_home=tmp_path / "config"))
        return asked[-1]

    app = make_app(new_ticker=lambda interval_ms=100: ManualTicker(), new_motion=new_motion)
    app.commands.run(Request(Action.CHECK))
    assert asked == []  # start-up and windows without animation never ask the desktop
    app.commands.run(Request(Action.BREATHE))
    breathing = app.features.windows["breathing"]
    qtbot.waitUntil(lambda: breathing._reduced, timeout=WAIT_MS)
    app.commands.run(Request(Action.STRETCH))
    ring = app.features.windows["stretch"].session.ring
    assert ring._stepped and len(asked) == 1  # asked once
    assert not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)  # Qt's own slides and fades
    assert running_animations() == []
    # The desktop's switch goes back on: so does motion, unless the user's setting says no.
    portal.set("org.gnome.desktop.interface", "enable-animations", "b", True)
    qtbot.waitUntil(lambda: not breathing._reduced, timeout=WAIT_MS)
    assert not ring._stepped
    from dataclasses import replace
    app.apply_settings(replace(app.settings, reduced_motion=True))
    assert breathing._reduced and ring._stepped


def frames(widget, ticker, seconds: float, step: float = 0.1) -> list[tuple[float, bytes]]:
    """The widget as painted after each tick: (time, pixels)."""
    shots = []
    for _ in range(round(seconds / step)):
        ticker.advance(step, step=step)
        image = widget.grab().toImage()
        shots.append((ticker.now(), bytes(image.constBits())))
    return shots


def changes_within_a_second(shots: list, start: float) -> int:
    """How often the picture changed between two ticks of the same whole second."""
    return sum(1 for (t0, a), (t1, b) in zip(shots, shots[1:])
               if int(t0 - start + 1e-6) == int(t1 - start + 1e-6) and a != b)


@pytest.mark.parametrize("reduced", [False, True])
def test_the_breathing_shape_moves_in_steps_with_reduced_motion(qtbot, history, reduced):
    ticker = ManualTicker()
    patterns, _ = load_patterns(ASSETS / "breathing" / "patterns.toml", None)
    w = BreathingWindow(patterns, history, ticker, reduced_motion=reduced)
    qtbot.addWidget(w)
    w.show()
    start = ticker.now()
    w.start("box")
    shots = frames(w.shape, ticker, 4.0)  # breathing in
    steps = len({pixels for _, pixels in shots})
    if reduced:
        assert changes_within_a_second(shots, start) == 0 and steps >= 3  # still paces
    else:
        assert changes_within_a_second(shots, start) > 10


@pytest.mark.parametrize("reduced", [False, True])
def test_the_countdown_ring_moves_in_steps_with_reduced_motion(qtbot, history, reduced):
    ticker = ManualTicker()
    routines, _ = load_routines(ASSETS / "routines", None)
    w = StretchWindow(routines, history, ticker, assets_dir=ASSETS, safety_seen=True)
    qtbot.addWidget(w)
    w.set_reduced_motion(reduced)
    w.show()
    w.start("hand-wrist")
    start = ticker.now()
    shots = frames(w.session.ring, ticker, 4.0)
    steps = len({pixels for _, pixels in shots})
    if reduced:
        assert changes_within_a_second(shots, start) == 0 and steps >= 3  # the seconds still count
    else:
        assert changes_within_a_second(shots, start) > 10
