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


def test_stretch_prompt_runs_the_quick_routine_and_finishing_restarts_the_interval(
        app, monkeypatch):
    from companion.services import ticker
    monkeypatch.setattr(ticker, "Ticker", ticker.ManualTicker)  # step the session's time
    app.clock.advance(minutes=40)  # 10:30: a stretch break is due
    app.reminders.wake()
    app.prompts["stretch"].primary.click()
    window = app.windows["stretch"]
    assert window.isVisible() and window.pages.currentWidget() is window.safety  # first time
    window.safety.button.click()
    assert window.player.routine.id == "quick-hand"
    assert app.settings.stretch_safety_seen  # not shown before every session
    app.clock.advance(minutes=2)  # 10:32, the routine is about a minute long
    window.ticker.advance(120, step=0.5)
    [session] = app.history.events(["stretch_session"])
    assert session.data["routine"] == "quick-hand" and session.data["completed"]
    assert app.today.next_labels["stretch"].text() == "11:17"  # 45 min from the end
    assert app.today.breaks_label.text().startswith("1 stretch break")


def test_checklist_actions_are_carried_out(app):
    app.open_check()
    app.windows["check"].action_requested.emit("log_water")
    assert app.history.count("water_logged") == 1
    app.windows["check"].action_requested.emit("breathe")
    assert app.windows["breathing"].isVisible()
    app.handle_action("stretch")  # from the tray: the routine list
    assert app.windows["stretch"].pages.currentWidget() is not app.windows["stretch"].session
    app.windows["stretch"].close()
    app.windows["check"].action_requested.emit("stretch")  # the tip means the hands
    window = app.windows["stretch"]
    window.safety.button.click()
    assert window.player.routine.id == "hand-wrist"


def test_settings_reach_open_features(app):
    from dataclasses import replace
    app.open_breathing(None)
    app.windows["breathing"].stop()
    assert app.windows["cues"].speech is False and not app.windows["breathing"]._reduced
    app.apply_settings(replace(app.settings, reduced_motion=True, spoken_cues=True))
    assert app.windows["cues"].speech is True
    assert app.windows["breathing"]._reduced is True
