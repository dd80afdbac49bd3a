"""Choosing a language in Settings: the tray menu and messages use it at once, windows
opened afterwards too; a window already open keeps its words until it is opened again,
as the row under the choice says."""

from __future__ import annotations

import json

import pytest

from companion.core.kinds import Action, Request
from companion.services import language as languages
from companion.ui.shell.tray import TrayMenu
from companion.ui.widgets import icons


@pytest.fixture(autouse=True)
def english_after(language):
    """Whatever a test chose, the next one reads English again."""


@pytest.fixture
def places(companion_home):
    from companion.services import paths
    return paths.resolve()


def choose(app, code: str):
    """Pick ``code`` ("" = follow the desktop) in Settings' Language row, as a person does."""
    app.open_settings()
    row = app._settings_window.language
    row.box.setCurrentIndex(row.box.findData(code))
    return app._settings_window


def menu_texts(menu) -> list[str]:
    texts = []
    for action in menu.actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    return texts


def test_the_row_names_each_language_in_itself_and_the_desktops(make_app, qtbot):
    app = make_app()
    dialog = choose(app, "")
    qtbot.addWidget(dialog)
    row = dialog.language
    assert [row.box.itemText(i) for i in range(row.box.count())] == [
        "Follow the desktop (English)", "English", "Deutsch", "Bahasa Indonesia"]
    assert row.note.text() == "Windows already open change when you open them again."


def test_choosing_german_changes_the_tray_menu_at_once_and_is_saved(make_app, qtbot, places):
    app = make_app()
    app.home.show_today()
    date_before = app.home.today.date_label.text()
    assert date_before == "Monday 2 March"
    app.commands.run(Request(Action.PAUSE, "next-day"))
    assert "tomorrow" in app.home.tray.status.text()
    old_items = list(app.home.tray.menu.actions())

    qtbot.addWidget(choose(app, "de"))

    assert languages.current() == "de"
    assert json.loads(places.settings_file.read_text())["language"] == "de"
    # The tray menu is built afresh in German: its first line at once ("bis morgen 08:00")...
    tray = app.home.tray
    assert "morgen" in tray.status.text() and "tomorrow" not in tray.status.text()
    assert not set(tray.menu.actions()) & set(old_items)
    # ...and every item reads as a menu built in German from the start does.
    fresh = TrayMenu(*icons.tray_icons())
    fresh.set_status(tray.status.text())
    assert menu_texts(tray.menu) == menu_texts(fresh.menu)
    assert tray.actions[Request(Action.RESUME)].isEnabled()  # still paused, as before
    # Today, open meanwhile, stays the window it was (what it redraws, such as its date,
    # is redrawn in German); closed and opened again, it is built afresh in German.
    today = app.home.today
    assert today.date_label.text() == "Montag, 2. März"
    today.hide()  # closed, as with a tray (without one, closing asks to quit)
    app.home.show_today()
    assert app.home.today is not today and app.home.today.isVisible()
    assert app.home.today.date_label.text() == "Montag, 2. März"


def test_following_the_desktop_again_brings_its_language_back(make_app, qtbot):
    app = make_app()
    qtbot.addWidget(choose(app, "id"))
    assert languages.current() == "id"
    app._settings_window.close()
    qtbot.addWidget(choose(app, ""))
    assert languages.current() == "en"  # the test's desktop: C.UTF-8
    assert app.settings.language == ""


def test_a_feature_window_open_keeps_its_words_and_a_closed_one_is_built_afresh(make_app, qtbot):
    app = make_app()
    app.commands.run(Request(Action.STATS))
    stats = app.features.windows["stats"]
    qtbot.addWidget(choose(app, "de"))
    app.commands.run(Request(Action.STATS))
    assert app.features.windows["stats"] is stats  # open: kept as it is
    stats.close()
    app.commands.run(Request(Action.STATS))
    assert app.features.windows["stats"] is not stats  # reopened: in German


def test_a_language_chosen_before_is_in_force_before_the_tray_menu_exists(make_app, places):
    places.settings_file.parent.mkdir(parents=True, exist_ok=True)
    places.settings_file.write_text(json.dumps({"language": "de", "welcome_done": True}))
    app = make_app()
    assert languages.current() == "de"
    app.commands.run(Request(Action.PAUSE, "next-day"))
    assert "morgen" in app.home.tray.status.text()
