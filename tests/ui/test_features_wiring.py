"""The feature windows open from the app and report back to it."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from companion.app import Companion
from companion.core.clock import FakeClock
from companion.services import paths

TZ = ZoneInfo("Europe/Paris")


@pytest.fixture
def app(qtbot, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # toasts, not the bus
    clock = FakeClock(datetime(2026, 3, 2, 9, 50, tzinfo=TZ))
    app = Companion(paths.resolve(), clock=clock, tz=TZ, start_paused=True,
                    confirm_quit=lambda: False)
    qtbot.addWidget(app.today)
    app.start()
    yield app
    for window in app.windows.values():
        if hasattr(window, "close"):
            window.close()
    app.shutdown()


def test_tray_opens_each_feature(app):
    for action, name in (("stretch", "stretch"), ("breathe", "breathing"), ("check", "check")):
        app.tray.actions[action].trigger()
        assert app.windows[name].isVisible(), name


def test_stretch_prompt_opens_the_quick_routine_and_a_session_restarts_the_interval(app):
    app.clock.advance(minutes=40)  # 10:30
    app.reminders.wake()
    app.prompts["stretch"].primary.click()
    window = app.windows["stretch"]
    assert window.isVisible()
    app.session_ended("stretch", {"routine": "quick-hand", "steps_done": 4, "completed": True})
    assert app.today.next_labels["stretch"].text() == "11:15"  # 45 min from 10:30


def test_checklist_actions_are_carried_out(app):
    app.open_check()
    app.windows["check"].action_requested.emit("log_water")
    assert app.history.count("water_logged") == 1
    app.windows["check"].action_requested.emit("breathe")
    assert app.windows["breathing"].isVisible()


def test_settings_reach_open_features(app):
    from dataclasses import replace
    app.open_breathing(None)
    app.windows["breathing"].stop()
    assert app.windows["cues"].speech is False and not app.windows["breathing"]._reduced
    app.apply_settings(replace(app.settings, reduced_motion=True, spoken_cues=True))
    assert app.windows["cues"].speech is True
    assert app.windows["breathing"]._reduced is True
