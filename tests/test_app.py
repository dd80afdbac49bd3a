"""The app as a whole: tray actions, Today window, prompts, bad files, isolation."""

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from companion.app import Companion
from companion.core.kinds import Action, Request
from companion.services import paths

TZ = ZoneInfo("Europe/Paris")


def test_files_live_under_companion_home(companion_home, make_app):
    app = make_app()
    assert app.places.config_dir == companion_home / "config"
    assert app.history.path == companion_home / "data" / "history.db"
    for folder in (app.places.config_dir, app.places.data_dir):
        assert oct(folder.stat().st_mode & 0o777) == "0o700"
    assert not (Path.home() / ".config" / "Companion").exists()


def test_tray_log_water_updates_today_and_history(make_app):
    app = make_app()
    app.home.tray.actions[Request(Action.LOG_WATER)].trigger()
    app.home.tray.actions[Request(Action.LOG_WATER)].trigger()
    assert app.history.count("water_logged") == 2
    assert app.home.today.water_label.text().startswith("2 of 8 glasses")
    assert "2/8 glasses" in app.home.tray.tooltip
    app.home.tray.actions[Request(Action.UNDO_WATER)].trigger()
    assert app.home.today.water_label.text().startswith("1 of 8 glasses")


def test_today_window_opened_later_shows_what_happened_before(make_app, qtbot):
    app = make_app(open_today=False)
    app.home.tray.actions[Request(Action.LOG_WATER)].trigger()
    app.home.tell("Something to read")
    assert "1/8 glasses" in app.home.tray.tooltip
    assert app.home._today is None  # in the tray, the window is not built until it is opened
    app.home.tray.actions[Request(Action.SHOW)].trigger()
    qtbot.addWidget(app.home.today)
    assert app.home.today.isVisible()
    assert app.home.today.water_label.text().startswith("1 of 8 glasses")
    assert "Something to read" in app.home.today.notice.text()


def test_tray_pause_and_resume(make_app, clock):
    app = make_app()
    assert "Water: 10:00" in app.home.tray.tooltip
    app.home.tray.actions[Request(Action.PAUSE, "60")].trigger()
    assert app.home.today.pause_label.text() == "Reminders are paused until 10:50."
    assert "Paused until 10:50" in app.home.tray.tooltip
    assert app.home.today.next_labels["hydration"].text() == "11:00"
    assert app.home.tray.actions[Request(Action.RESUME)].isEnabled()
    app.home.tray.actions[Request(Action.RESUME)].trigger()
    assert app.home.today.pause_label.text() == "Reminders are on."
    assert app.home.today.next_labels["hydration"].text() == "10:00"
    app.home.tray.actions[Request(Action.PAUSE, "forever")].trigger()
    assert app.home.today.next_labels["hydration"].text() == "off"
    app.home.tray.actions[Request(Action.PAUSE, "next-day")].trigger()
    assert "tomorrow 09:00" in app.home.today.pause_label.text()


def test_due_reminder_shows_a_prompt_and_its_answer_is_recorded(make_app, clock, qtbot):
    app = make_app()
    clock.advance(minutes=10)  # 10:00: water is due
    app.reminders.wake()
    assert set(app.prompts) == {"hydration"}
    prompt = app.prompts["hydration"]
    assert prompt.isVisible() and prompt.primary.text() == "&Drank a glass"
    prompt.primary.click()
    assert app.history.count("water_logged") == 1
    assert app.history.count("reminder_done") == 1
    assert "hydration" not in app.prompts
    clock.advance(minutes=30)  # 10:30: a stretch break is due
    app.reminders.wake()
    stretch = app.prompts["stretch"]
    assert stretch.primary.text() == "&Start stretches"
    stretch.skip.click()
    kinds = [e.kind for e in app.history.events()]
    assert kinds.count("reminder_shown") == 2 and "reminder_skipped" in kinds


def test_snoozed_prompt_comes_back(make_app, clock):
    app = make_app()
    clock.advance(minutes=10)
    app.reminders.wake()
    app.prompts["hydration"].snooze.click()  # default 10 minutes
    assert app.home.today.next_labels["hydration"].text() == "10:10"
    clock.advance(minutes=10)
    app.reminders.wake()
    assert "hydration" in app.prompts


def test_unanswered_prompt_is_recorded_as_missed(make_app, clock):
    app = make_app()
    clock.advance(minutes=10)
    app.reminders.wake()
    app.prompts["hydration"].timeout.timeout.emit()
    missed = [e for e in app.history.events(["reminder_missed"])]
    assert [e.data["kind"] for e in missed] == ["hydration"]


def test_broken_settings_file_is_reported_and_kept(companion_home, make_app):
    config = companion_home / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text("{ this is not json")
    app = make_app()
    assert app.settings.water_goal_glasses == 8
    assert "could not be read" in app.home.today.notice.text()
    assert any(p.name.startswith("settings.json.bad-") for p in config.iterdir())


def test_corrupt_history_is_moved_aside_with_a_message(companion_home, make_app):
    data = companion_home / "data"
    data.mkdir(parents=True)
    (data / "history.db").write_bytes(b"garbage" * 200)
    app = make_app()
    assert "moved aside" in app.home.today.notice.text()
    assert any(p.name.startswith("history.db.bad-") for p in data.iterdir())


def test_closing_today_without_tray_asks_before_quitting(make_app, monkeypatch):
    asked = []
    app = make_app(confirm_quit=lambda: asked.append(True) or False)
    assert not app.home.tray.available  # offscreen has no system tray
    app.home.show_today()
    app.home.today.close()
    assert asked == [True] and app.home.today.isVisible()


def test_settings_change_applies_at_once(make_app, clock):
    from dataclasses import replace
    app = make_app()
    s = app.settings
    app.apply_settings(s.with_plan("hydration", replace(s.hydration, interval_minutes=25)))
    assert app.home.today.next_labels["hydration"].text() == "10:15"  # 09:25, 09:50, 10:15
    saved = json.loads(app.places.settings_file.read_text())
    assert saved["hydration"]["interval_minutes"] == 25


def test_new_working_hours_apply_at_once(make_app, clock):
    from dataclasses import replace

    from companion.core.week import Hours, uniform_week
    app = make_app()  # Monday 09:50; water hourly from 09:00, so next at 10:00
    assert app.home.today.next_labels["hydration"].text() == "10:00"
    app.apply_settings(replace(app.settings, week=uniform_week([Hours(630, 720)], range(5))))
    assert app.home.today.next_labels["hydration"].text() == "11:30"  # an hour after 10:30
    saved = json.loads(app.places.settings_file.read_text())
    assert saved["week"]["mon"] == {"on": True, "hours": ["10:30-12:00"]}


def test_forwarded_actions_are_carried_out(make_app):
    app = make_app()
    app.commands.run_all([Request(Action.LOG_WATER, "command line"), Request(Action.PAUSE, "30"), Request(Action.SHOW)])
    [glass] = app.history.events(["water_logged"])
    assert glass.data["via"] == "command line"
    assert app.home.today.isVisible()
    assert "paused" in app.home.today.pause_label.text()


def test_prompt_answers_from_the_keyboard(make_app, clock, qtbot):
    from PySide6.QtCore import Qt
    app = make_app()
    clock.advance(minutes=10)
    app.reminders.wake()
    prompt = app.prompts["hydration"]
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    assert "hydration" not in app.prompts
    assert [e.data["kind"] for e in app.history.events(["reminder_skipped"])] == ["hydration"]


def test_a_bad_setting_is_reported_only_once(companion_home, make_app):
    config = companion_home / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text('{"glass_ml": -3}')
    first = make_app()
    assert "glass_ml" in first.home.today.notice.text()
    first.shutdown()
    second = make_app()
    assert second.home.today.notice.isHidden()
    assert len([p for p in config.iterdir() if ".bad-" in p.name]) == 1


def test_a_pause_survives_a_restart(make_app, clock):
    first = make_app()
    first.commands.run(Request(Action.PAUSE, "forever"))
    first.shutdown()
    second = make_app()
    assert second.home.today.next_labels["hydration"].text() == "off"
    clock.advance(minutes=1)
    second.commands.run(Request(Action.RESUME))
    second.shutdown()
    third = make_app()
    assert third.home.today.next_labels["hydration"].text() == "10:00"


def test_a_timed_pause_that_ran_out_is_not_restored(make_app, clock):
    first = make_app()
    first.commands.run(Request(Action.PAUSE, "30"))
    first.shutdown()
    clock.advance(hours=1)
    second = make_app()
    assert second.home.today.pause_label.text() == "Reminders are on."


def test_nonsense_pause_from_another_launch_is_ignored(make_app):
    app = make_app()
    app.commands.run_all([Request(Action.PAUSE, "abc"), Request(Action.PAUSE, "-5"), Request(Action.PAUSE)])
    assert app.home.today.pause_label.text() == "Reminders are on."


def test_history_that_cannot_be_opened_falls_back_to_memory(make_app, monkeypatch):
    import sqlite3
    real_connect = sqlite3.connect

    def full_disk(path, *args, **kwargs):
        if str(path) != ":memory:":
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(path, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", full_disk)
    app = make_app()
    assert "in memory" in app.home.today.notice.text()
    app.home.tray.actions[Request(Action.LOG_WATER)].trigger()
    assert app.home.today.water_label.text().startswith("1 of 8")
    assert not any(p.name.startswith("history.db.bad") for p in app.places.data_dir.iterdir())


def test_old_notices_clear_when_the_day_changes(make_app, clock):
    app = make_app()
    app.commands.undo_water()
    assert "no glass" in app.home.today.notice.text()
    clock.advance(days=1)
    app.refresh()
    assert app.home.today.notice.isHidden()


def test_today_window_can_pause_without_a_tray(make_app):
    app = make_app()
    choice = app.home.today.pause_choice
    labels = [choice.itemText(i) for i in range(choice.count())]
    assert labels == ["30 minutes", "1 hour", "2 hours", "Until this call ends",
                      "Until the next active day", "Until I resume"]
    choice.setCurrentIndex(1)
    app.home.today.pause_button.click()
    assert app.home.today.pause_label.text() == "Reminders are paused until 10:50."
    assert app.home.today.resume_button.isVisibleTo(app.home.today)


def test_the_scheduler_is_armed_just_after_start_up(qtbot, clock, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    app = Companion(paths.resolve(), clock=clock, tz=TZ, confirm_quit=lambda: False,
                    start_paused=True, services_delay_ms=0)
    qtbot.addWidget(app.home.today)
    app.start()
    assert app.reminders.scheduler is None  # the window comes first
    assert app.home.today.next_labels["hydration"].text() == "10:00"  # times show already
    qtbot.waitUntil(lambda: app.reminders.next_run_time() is not None, timeout=5000)
    assert app.reminders.next_run_time() == datetime(2026, 3, 2, 10, 0, tzinfo=TZ)  # water
    app.shutdown()


def test_a_new_message_does_not_hide_an_earlier_one(companion_home, make_app):
    data = companion_home / "data"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "mine.toml").write_text('id = "mine"\nname = "Mine"\n')
    (data / "history.db").write_bytes(b"garbage" * 200)
    app = make_app()
    app.commands.run(Request(Action.STRETCH))
    notice = app.home.today.notice.text()
    assert "moved aside" in notice  # the start-up message is still there
    assert "Some stretch routines were skipped:\nmine.toml" in notice
    assert app.features.windows["stretch"].isVisible()  # the built-in routines still load
