"""GNOME 48's own break reminders, end to end: the real app on a private session bus where
GNOME Shell's ScreenTime, the desktop portal's break-reminder settings and GNOME Shell's
notification server are stand-ins speaking the real interfaces (dbusmock and the portal
stand-in; Debian 12's GNOME 43 has no Wellbeing).

With GNOME's movement breaks on, Companion does not remind about stretching a second time;
when GNOME's break begins it offers its guided hand and wrist stretch (a notification with
a button, which opens the stretch); a GNOME break counts as a stretch break (recorded, and
the interval restarts); and the user can choose to keep Companion's own reminders.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from desktop_helpers import WAIT_S
from gnome_helpers import MOVEMENT_BREAKS, NOTIFICATIONS, Mocked, screen_time

from companion.core import settings_file
from companion.core.desktop_breaks import ACTIVE, IDLE, IN_BREAK
from companion.core.kinds import EventKind
from companion.core.settings import ReminderPlan, Settings
from companion.core.week import Hours, uniform_week
from companion.services import paths

WAIT_MS = WAIT_S * 1000
EVERY_DAY = tuple(range(7))


def gnome_shell_notifications_with_buttons(address: str) -> Mocked:
    """GNOME Shell's notification server: names itself, shows buttons, numbers notifications."""
    mock = Mocked(address, *NOTIFICATIONS)
    mock.add_method("GetServerInformation", "", "ssss", 'ret = ("gnome-shell", "GNOME", "48.0", "1.2")')
    mock.add_method("GetCapabilities", "", "as", 'ret = ["actions", "body", "persistence"]')
    mock.add_method("Notify", "susssasa{sv}i", "u", "ret = 41")
    mock.add_method("CloseNotification", "u", "", "")
    return mock


def notified(server: Mocked) -> list[tuple]:
    """The Notify calls the server received: (app, replaces, icon, title, body, actions, ...)."""
    calls = server._call(server.object, "GetMethodCalls", "s", "Notify")[0]
    return [tuple(value for _, value in args) for _, args in calls]  # (dbusmock wraps each in a variant)


def click(server: Mocked, notification_id: int, key: str) -> None:
    """The person presses a notification's button: the server says so, as GNOME Shell does."""
    server._call(server.object, "EmitSignal", "sssav", NOTIFICATIONS[2], "ActionInvoked", "us",
                 [("u", notification_id), ("s", key)])


@pytest.fixture
def gnome(portal_bus, monkeypatch, make_app):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", portal_bus.address)  # after make_app cleared it
    shell = screen_time(portal_bus.address, state=ACTIVE, last_break_end=0)
    portal = portal_bus.portal(MOVEMENT_BREAKS)
    notifications = gnome_shell_notifications_with_buttons(portal_bus.address)
    yield shell, portal, notifications
    for mock in (shell, notifications):
        mock.stop()


def start(make_app, qtbot, **settings):
    settings_file.save(Settings(hydration=ReminderPlan(enabled=False),
                                breathing=ReminderPlan(enabled=False),
                                stretch=ReminderPlan(interval_minutes=30),
                                week=uniform_week([Hours(8 * 60, 20 * 60)], EVERY_DAY),
                                stretch_safety_seen=True, **settings),
                       paths.resolve().settings_file)
    app = make_app()
    qtbot.waitUntil(lambda: app.desktop_breaks is not None and app.desktop_breaks.movement
                    and app.desktop_breaks._follower.state == ACTIVE, timeout=WAIT_MS)
    app.refresh()
    return app


def stretch_line(app) -> str:
    return next(line for line in app.home.tray.tooltip.splitlines() if line.startswith("Stretch"))


def test_gnome_leads_offers_the_guided_stretch_and_its_break_counts(gnome, make_app, clock, qtbot):
    shell, portal, notifications = gnome
    app = start(make_app, qtbot)
    # One reminder, not two: Companion's own stretch reminder is off while GNOME's run.
    assert app.reminders.next_times()["stretch"] is None
    assert stretch_line(app) == "Stretch break: GNOME's movement breaks remind you"
    assert "GNOME's movement breaks remind you" in app.home.today.next_labels["stretch"].text()

    clock.advance(minutes=31)  # GNOME's break is due 30 minutes in; the person steps away
    shell.set("State", "u", IDLE)
    shell.set("State", "u", IN_BREAK)
    qtbot.waitUntil(lambda: len(notified(notifications)) == 1, timeout=WAIT_MS)
    [(_, _, _, title, body, actions, *_)] = notified(notifications)
    assert "GNOME" in title and "hand and wrist" in body
    assert list(actions) == ["default", "Stretch with Companion"]

    click(notifications, 41, "default")
    qtbot.waitUntil(lambda: "stretch" in app.features.windows
                    and app.features.windows["stretch"].isVisible(), timeout=WAIT_MS)
    assert app.features.windows["stretch"].player.routine.id == "hand-wrist"
    app.features.close_all()

    clock.advance(minutes=6)  # GNOME's 5-minute break is over: the person is back
    shell.set("LastBreakEndTime", "t", int(clock().timestamp()))
    shell.set("State", "u", ACTIVE)
    qtbot.waitUntil(lambda: bool(app.history.events([EventKind.DESKTOP_BREAK])), timeout=WAIT_MS)
    [brk] = app.history.events([EventKind.DESKTOP_BREAK])
    assert brk.data["by"] == "GNOME" and 6 <= brk.data["minutes"] < 6.5
    assert datetime.fromisoformat(brk.data["end"]) == clock().replace(microsecond=0).astimezone(UTC)

    # The person chooses Companion's reminders: the stretch interval is back, and counts
    # from the GNOME break just taken.
    app.apply_settings(replace(app.settings, desktop_breaks="companion"))
    assert app.reminders.next_times()["stretch"] == clock() + timedelta(minutes=30)
    assert stretch_line(app) != "Stretch break: GNOME's movement breaks remind you"
    # ... and GNOME's next break offers nothing (Companion leads), though it still counts.
    clock.advance(minutes=40)
    shell.set("State", "u", IN_BREAK)
    qtbot.waitUntil(lambda: app.desktop_breaks._follower.state == IN_BREAK, timeout=WAIT_MS)
    clock.advance(minutes=6)
    shell.set("LastBreakEndTime", "t", int(clock().timestamp()))
    shell.set("State", "u", ACTIVE)
    qtbot.waitUntil(lambda: len(app.history.events([EventKind.DESKTOP_BREAK])) == 2, timeout=WAIT_MS)
    assert len(notified(notifications)) == 1
    assert app.reminders.next_times()["stretch"] == clock() + timedelta(minutes=30)


def test_gnome_turning_its_movement_breaks_off_brings_companions_reminder_back(
        gnome, make_app, clock, qtbot):
    _, portal, _ = gnome
    app = start(make_app, qtbot)
    assert app.reminders.next_times()["stretch"] is None
    portal.set("org.gnome.desktop.break-reminders", "selected-breaks", "as", ["eyesight"])
    qtbot.waitUntil(lambda: app.reminders.next_times()["stretch"] is not None, timeout=WAIT_MS)
    assert stretch_line(app).startswith("Stretch break: ") and "GNOME" not in stretch_line(app)


def test_settings_say_who_is_in_charge_and_let_the_user_choose(gnome, make_app, qtbot, monkeypatch):
    from companion.ui.shell.settings_dialog import SettingsDialog
    app = start(make_app, qtbot)
    shown = []

    app.open_settings()  # each change applies as it is made
    dialog = app._settings_window
    assert isinstance(dialog, SettingsDialog)
    shown.append(dialog.screen_time.now.text())
    dialog.screen_time.companion.setChecked(True)
    shown.append(dialog.screen_time.now.text())
    assert shown[0].startswith("In charge now: GNOME's movement breaks.")
    assert shown[1].startswith("In charge now: Companion.") and "counts as a stretch break" in shown[1]
    assert app.settings.desktop_breaks == "companion"
    assert app.reminders.next_times()["stretch"] is not None


def test_a_gnome_break_companion_already_saw_as_a_natural_break_is_one_break(gnome, make_app, clock, qtbot):
    shell, _, _ = gnome
    app = start(make_app, qtbot)
    clock.advance(minutes=31)
    shell.set("State", "u", IDLE)
    qtbot.waitUntil(lambda: app.desktop_breaks._follower.state == IDLE, timeout=WAIT_MS)
    away_since = clock() - timedelta(seconds=10)
    clock.advance(minutes=6)
    # Companion's own idle watch saw the person come back first: its natural break is in.
    app.gate.observe("idle_since", away_since)
    app.gate.observe("active")
    assert len(app.history.events([EventKind.NATURAL_BREAK])) == 1
    shell.set("LastBreakEndTime", "t", int(clock().timestamp()))
    shell.set("State", "u", ACTIVE)
    qtbot.waitUntil(lambda: app.desktop_breaks._follower.state == ACTIVE, timeout=WAIT_MS)
    assert app.history.events([EventKind.DESKTOP_BREAK]) == []
