"""'Until this call ends' end to end: the real app and commands, the real PresenceMonitor and
CallWatch, a real process holding a (stand-in) camera device open as a video call does.

The watch's own timer asks the call sources (every 10 ms here instead of once a minute);
the tests wait for what it does, never for a fixed time.
"""

from __future__ import annotations

import sys
from datetime import timedelta

import pytest
from desktop_helpers import start_reporting, stop

from companion.core.activity import CALL_PAUSE_LIMIT
from companion.core.kinds import Action, EventKind, Request
from companion.services import paths
from companion.services.presence.call import CallWatch
from companion.services.presence.monitor import PresenceChoices, PresenceMonitor

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

HOLD_OPEN = """
import os, signal, sys
camera = open(sys.argv[1], "rb")
os.write(int(sys.argv[2]), b"open\\n")
signal.pause()  # a call in progress, until the test ends it
"""


@pytest.fixture
def camera(tmp_path):
    device = tmp_path / "video0"
    device.write_bytes(b"")
    return device


def _app(make_app, qtbot, cameras: str, **kwargs):
    """The app with a real monitor whose only call source is the given camera glob."""
    def monitor(choices: PresenceChoices):
        watch = CallWatch(cameras=cameras, capture_states=lambda: [])
        return PresenceMonitor(PresenceChoices(idle=False, lock=False, fullscreen=False,
                                               do_not_disturb=False),
                               display="", call_watch=watch)
    app = make_app(new_presence_monitor=monitor, **kwargs)
    qtbot.waitUntil(lambda: app.presence.started)
    app.call_pause.set_interval(10)
    asked: list[bool | None] = []
    real = app.presence.in_call
    app.presence.in_call = lambda: asked.append(real()) or asked[-1]
    return app, asked


def _tooltip(app) -> str:
    return app.home.tray.tooltip


def test_the_pause_ends_by_itself_when_the_call_ends(make_app, qtbot, camera, clock):
    app, asked = _app(make_app, qtbot, str(camera.parent / "video*"))
    paused_at = clock()
    app.commands.run(Request(Action.PAUSE, "call"))
    assert app.reminders.paused_for_call()
    assert "Paused until the call ends (11:50 at the latest)" in _tooltip(app)
    assert "Reminders paused until the call ends" in app.home.today.pause_label.text()
    # The user joins the call a moment later: still paused while it lasts.
    holder, _ = start_reporting([sys.executable, "-c", HOLD_OPEN, str(camera), "{fd}"])
    try:
        qtbot.waitUntil(lambda: True in asked)
        assert app.reminders.paused_for_call()
    finally:
        clock.advance(minutes=40)
        stop(holder)
    qtbot.waitUntil(lambda: app.reminders.paused_until() is False)
    assert not app.call_pause.active() and "Paused" not in _tooltip(app)
    events = app.history.events([EventKind.REMINDERS_PAUSED, EventKind.REMINDERS_RESUMED], since=paused_at)
    assert [e.kind for e in events] == [EventKind.REMINDERS_PAUSED, EventKind.REMINDERS_RESUMED]
    assert events[0].data == {"until": (paused_at + CALL_PAUSE_LIMIT).isoformat(), "for_call": True}
    assert events[1].at == paused_at + timedelta(minutes=40)


def test_without_a_call_the_pause_lasts_until_its_limit(make_app, qtbot, camera, clock):
    app, asked = _app(make_app, qtbot, str(camera.parent / "video*"))
    app.commands.run(Request(Action.PAUSE, "call"))
    qtbot.waitUntil(lambda: len(asked) >= 3)
    assert asked[:3] == [False, False, False] and app.reminders.paused_for_call()
    clock.advance(seconds=CALL_PAUSE_LIMIT.total_seconds())
    qtbot.waitUntil(lambda: app.reminders.paused_until() is False)


def test_a_desktop_that_cannot_see_calls_says_so_and_keeps_the_limit(make_app, qtbot, tmp_path):
    app, _ = _app(make_app, qtbot, str(tmp_path / "no-camera*"))
    app.commands.run(Request(Action.PAUSE, "call"))
    assert app.reminders.paused_for_call()
    assert any("cannot see calls" in notice and "11:50" in notice for notice in app.home.notices)


def test_resuming_or_another_pause_stops_the_watch(make_app, qtbot, camera):
    app, _ = _app(make_app, qtbot, str(camera.parent / "video*"))
    app.commands.run(Request(Action.PAUSE, "call"))
    app.commands.run(Request(Action.RESUME))
    qtbot.waitUntil(lambda: not app.call_pause.active())
    app.commands.run(Request(Action.PAUSE, "call"))
    app.commands.run(Request(Action.PAUSE, "30"))
    qtbot.waitUntil(lambda: not app.call_pause.active())
    assert "Paused until 10:20" in _tooltip(app)


def test_a_pause_for_a_call_is_carried_over_a_restart(make_app, qtbot, camera, clock):
    places = paths.resolve()
    first, _ = _app(make_app, qtbot, str(camera.parent / "video*"), places=places)
    first.commands.run(Request(Action.PAUSE, "call"))
    first.shutdown()
    assert not first.call_pause.active()  # it asks no more once the app has said goodbye
    clock.advance(minutes=5)
    second, _ = _app(make_app, qtbot, str(camera.parent / "video*"), places=places)
    assert second.reminders.paused_for_call() and second.call_pause.active()
    assert "until the call ends (11:50 at the latest)" in _tooltip(second)


def test_the_tray_and_the_today_window_both_offer_it(make_app):
    app = make_app()
    assert app.home.tray.actions[Request(Action.PAUSE, "call")].text() == "Until this call ends"
    choice = app.home.today.pause_choice
    assert "call" in [choice.itemData(i) for i in range(choice.count())]  # Action.PAUSE's argument
