"""The feature windows open from the app and report back to it."""

from zoneinfo import ZoneInfo

import pytest

from companion.core.kinds import Action, Request
from companion.services.ticker import ManualTicker

TZ = ZoneInfo("Europe/Paris")


@pytest.fixture
def app(make_app):
    # Sessions run on a ticker the test steps, handed in as the app would hand a real one.
    return make_app(new_ticker=lambda interval_ms=100: ManualTicker())


def test_tray_opens_each_feature(app):
    for action, name in ((Action.STRETCH, "stretch"), (Action.BREATHE, "breathing"),
                         (Action.CHECK, "check")):
        app.home.tray.actions[Request(action)].trigger()
        assert app.features.windows[name].isVisible(), name


def test_each_feature_window_first_opens_centred_on_its_screen(app):
    from companion.ui.widgets.layout import FRAME_ROOM
    for action, name in ((Action.STRETCH, "stretch"), (Action.BREATHE, "breathing"),
                         (Action.CHECK, "check"), (Action.HISTORY, "history")):
        app.commands.run(Request(action))
        window = app.features.windows[name]
        area = window.screen().availableGeometry()
        room = area.size() - window.size() - FRAME_ROOM
        # Centred, as far as the window leaves room (a window as big as the screen sits at its corner).
        assert abs(window.x() - area.x() - max(0, room.width() // 2)) <= 1, name
        assert abs(window.y() - area.y() - max(0, room.height() // 2)) <= 1, name
        assert room.width() <= 0 or window.x() > area.x(), name
        window.move(area.topLeft())  # the user moves it: the next opening leaves it there
        app.commands.run(Request(action))
        assert window.pos() == area.topLeft(), name


def test_stretch_prompt_runs_the_quick_routine_and_finishing_restarts_the_interval(app):
    app.clock.advance(minutes=40)  # 10:30: a stretch break is due
    app.reminders.wake()
    app.prompts["stretch"].primary.click()
    window = app.features.windows["stretch"]
    assert window.isVisible() and window.pages.currentWidget() is window.safety  # first time
    window.safety.button.click()
    assert window.player.routine.id == "quick-hand"
    assert app.settings.stretch_safety_seen  # not shown before every session
    app.clock.advance(minutes=2)  # 10:32, the routine is about a minute long
    window.ticker.advance(120, step=0.5)
    [session] = app.history.events(["stretch_session"])
    assert session.data["routine"] == "quick-hand" and session.data["completed"]
    assert app.home.today.next_labels["stretch"].text() == "11:17"  # 45 min from the end
    assert app.home.today.breaks_label.text() == "1 break today"


def test_checklist_actions_are_carried_out(app):
    app.commands.run(Request(Action.CHECK))
    app.features.windows["check"].action_requested.emit(Action.LOG_WATER)
    assert app.history.count("water_logged") == 1
    app.features.windows["check"].action_requested.emit(Action.BREATHE)
    assert app.features.windows["breathing"].isVisible()
    app.commands.run(Request(Action.STRETCH))  # from the tray: the routine list
    assert app.features.windows["stretch"].pages.currentWidget() is not app.features.windows["stretch"].session
    app.features.windows["stretch"].close()
    app.features.windows["check"].action_requested.emit(Action.STRETCH)  # the tip means the hands
    window = app.features.windows["stretch"]
    window.safety.button.click()
    assert window.player.routine.id == "hand-wrist"


def test_settings_reach_open_features(app):
    from dataclasses import replace
    app.commands.run(Request(Action.BREATHE))
    assert app.features.cues().speech is False and not app.features.windows["breathing"]._reduced
    app.apply_settings(replace(app.settings, reduced_motion=True, spoken_cues=True))
    assert app.features.cues().speech is True
    assert app.features.windows["breathing"]._reduced is True


def test_the_command_line_starts_a_named_session_and_stops_it(app):
    from dataclasses import replace
    app.apply_settings(replace(app.settings, stretch_safety_seen=True))
    assert app.commands.run_all([Request(Action.STRETCH, "quick-hand")]) is None  # companion --stretch quick-hand
    stretch = app.features.windows["stretch"]
    assert stretch.isVisible() and stretch.player.routine.id == "quick-hand"
    stretch.ticker.advance(5)
    assert app.commands.run_all([Request(Action.STOP)]) is None  # companion --stop
    [session] = app.history.events(["stretch_session"])
    assert session.data["routine"] == "quick-hand" and not session.data["completed"]
    assert stretch.pages.currentWidget() is stretch.done

    assert app.commands.run_all([Request(Action.BREATHE, "box")]) is None  # companion --breathe box
    breathing = app.features.windows["breathing"]
    assert breathing.pattern().id == "box" and breathing.stop_button.isEnabled()
    breathing._ticker.advance(5)
    app.commands.run(Request(Action.STOP))
    [record] = app.history.events(["breathing_session"])
    assert record.data["pattern"] == "box" and not record.data["completed"]
    assert breathing.isVisible()  # stopped, not closed: the result stays on screen
    app.commands.run(Request(Action.STOP))  # nothing under way: nothing happens, nothing is recorded
    assert breathing.isVisible() and app.history.count("breathing_session") == 1
    assert app.history.count("stretch_session") == 1
