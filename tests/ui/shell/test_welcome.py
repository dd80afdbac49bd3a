"""First run: the welcome window, shown once; start at login; a quiet start; a late tray."""


from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTime

from companion import first_run
from companion.core import settings_file
from companion.core.settings import Settings
from companion.core.week import Hours, uniform_week
from companion.services import autostart
from companion.ui.shell.tray_watch import TrayWatcher
from companion.ui.shell.welcome import NOT_MEDICAL, WelcomeWindow, where_it_lives

TZ = ZoneInfo("Europe/Paris")


@pytest.fixture
def start_app(make_app, qtbot):
    def start(at_login=False):
        app = make_app(open_today=False)
        # install=False: the menu entry has its own tests; here it would only add files.
        first_run.on_start(app, at_login=at_login, install=False, tray_grace_ms=50)
        if app.home.welcome is not None:
            qtbot.addWidget(app.home.welcome)
        return app

    return start


def test_the_first_start_shows_the_welcome_and_its_choices_are_applied(start_app, qtbot):
    app = start_app()
    welcome = app.home.welcome
    assert welcome.isVisible()
    assert welcome.login.isChecked()  # start at login is on by default
    welcome.start.setTime(QTime(8, 30))
    welcome.end.setTime(QTime(17, 0))
    welcome.days[5].setChecked(True)  # Saturday too
    welcome.reminders["breathing"].setChecked(False)
    welcome.done_button.click()
    assert not welcome.isVisible()
    chosen = uniform_week([Hours(510, 1020)], range(6))  # 08:30-17:00, Monday to Saturday
    for kind in ("hydration", "stretch", "breathing"):
        assert app.settings.week_for(kind) == chosen
    assert not app.settings.breathing.enabled and app.settings.hydration.enabled
    assert app.settings.welcome_done
    saved = settings_file.load(app.places.settings_file).settings
    assert saved.welcome_done and saved.week == chosen and not saved.breathing.enabled
    assert autostart.is_enabled()
    assert "--autostart" in autostart.entry_path().read_text()


def test_the_welcome_is_not_shown_a_second_time(start_app):
    first = start_app()
    first.home.welcome.skip_button.click()
    first.shutdown()
    second = start_app()
    assert second.home.welcome is None


def test_closing_the_welcome_is_a_skip_that_keeps_the_defaults(start_app):
    app = start_app()
    welcome = app.home.welcome
    welcome.days[0].setChecked(False)  # changed, but then the window is closed
    welcome.close()
    assert app.settings.welcome_done
    assert app.settings.week == Settings().week


def test_turning_start_at_login_off_in_the_welcome_writes_no_entry(start_app):
    app = start_app()
    app.home.welcome.login.setChecked(False)
    app.home.welcome.done_button.click()
    assert not app.settings.start_at_login
    assert not autostart.entry_path().exists()


def test_hours_that_end_before_they_start_are_refused_in_the_welcome(qtbot):
    welcome = WelcomeWindow(Settings(), tray=True)
    qtbot.addWidget(welcome)
    chosen = []
    welcome.chosen.connect(chosen.append)
    welcome.start.setTime(QTime(18, 0))
    welcome.end.setTime(QTime(9, 0))
    welcome.done_button.click()
    assert chosen == [] and "end after they start" in welcome.problem.text()


def test_the_welcome_says_where_companion_lives_and_that_it_is_not_medical_advice(qtbot):
    for tray in (True, False):
        welcome = WelcomeWindow(Settings(), tray=tray)
        qtbot.addWidget(welcome)
        texts = " ".join(label.text() for label in welcome.findChildren(type(welcome.where)))
        assert where_it_lives(tray) in texts and NOT_MEDICAL in texts
    assert "system tray" in where_it_lives(True) and "Today" in where_it_lives(False)


def test_a_start_at_login_shows_no_window_and_no_welcome(start_app):
    app = start_app(at_login=True)
    assert app.home.welcome is None
    assert app.home._today is None


def test_at_login_without_any_tray_the_window_appears_after_the_grace_time(start_app, qtbot):
    app = start_app(at_login=True)
    assert not app.home.tray.available  # offscreen: no tray
    qtbot.waitUntil(lambda: app.home._today is not None and app.home.today.isVisible(), timeout=3000)
    qtbot.addWidget(app.home.today)


def test_a_tray_that_appears_late_is_noticed(qtbot):
    there = []
    watcher = TrayWatcher(probe=lambda: bool(there), poll_ms=60_000, grace_ms=120_000)
    seen = []
    watcher.appeared.connect(lambda: seen.append("tray"))
    watcher.start()
    watcher._poll.timeout.emit()  # a poll tick, stepped by hand: still no tray
    assert seen == [] and watcher._poll.isActive()
    there.append(True)
    watcher._poll.timeout.emit()
    assert seen == ["tray"] and not watcher._poll.isActive()  # found: polling stops
    watcher.check()
    assert seen == ["tray"]  # once


def test_no_tray_at_all_gives_up_once(qtbot):
    watcher = TrayWatcher(probe=lambda: False, poll_ms=10, grace_ms=60)
    with qtbot.waitSignal(watcher.gave_up, timeout=1000):
        watcher.start()
    assert not watcher.found


def test_started_by_hand_without_a_tray_nothing_polls_for_one(qtbot):
    looks = []
    watcher = TrayWatcher(probe=lambda: looks.append(1) or False, poll_ms=None, grace_ms=60_000)
    watcher.start()
    assert looks == [1]  # one look at start, then only the D-Bus announcement
    assert not watcher._poll.isActive()


def test_the_welcome_shows_all_its_text_without_scrolling_at_normal_size(qtbot):
    from PySide6.QtWidgets import QScrollArea

    welcome = WelcomeWindow(Settings(), tray=False)
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitExposed(welcome)
    scroll = welcome.findChild(QScrollArea)
    # Nothing is cut at the sides and, at the normal font, the whole text fits without a
    # scroll bar. (The sideways cut was seen under Xvfb with openbox, not offscreen, so
    # this guards the sizing rule rather than reproducing that screen.)
    assert scroll.widget().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    assert not scroll.verticalScrollBar().isVisible()


def test_a_tray_host_announced_on_the_session_bus_is_looked_for_at_once(portal_bus, qtbot):
    from jeepney import message_bus
    from jeepney.io.blocking import open_dbus_connection

    from companion.services.dbus import Bus
    from companion.ui.shell.tray_watch import SNI_WATCHER
    bus = Bus(portal_bus.address)  # the app's session bus
    there = []
    watcher = TrayWatcher(bus, probe=lambda: bool(there), poll_ms=None, grace_ms=60_000)
    watcher.start()
    assert not watcher.found
    there.append(True)  # what Qt will see once the host is up; nobody looks without a cause
    with open_dbus_connection(portal_bus.address) as panel:
        with qtbot.waitSignal(watcher.appeared, timeout=10_000):
            panel.send_and_get_reply(message_bus.RequestName(SNI_WATCHER), timeout=10)
    assert watcher.found
    bus.close()
