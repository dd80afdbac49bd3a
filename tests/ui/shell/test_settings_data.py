"""Settings → Your data, in the real app: export, import a backup, keep less history."""

import json
import stat
from dataclasses import replace
from datetime import timedelta

import pytest

from companion.core import retention
from companion.core.exchange_files import Format
from companion.core.history import History
from companion.ui.shell.settings_data import DataSection
from companion.ui.shell.settings_dialog import SettingsDialog


@pytest.fixture
def page(make_app, monkeypatch):
    """The Your data page of the Settings dialog the app opens (not left waiting modally)."""
    app = make_app()
    shown = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    app.open_settings()
    [dialog] = shown
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Yo&ur data" in titles
    section = dialog.findChild(DataSection)
    section.app, section.dialog = app, dialog
    return section


def test_export_writes_a_private_backup_and_says_how_many(page, tmp_path, permissive_umask):
    app = page.app
    for _ in range(3):
        app.commands.log_water("tray")
    asked = []
    page._save_name = lambda parent, title, suggested, kinds: asked.append(
        (title, suggested, kinds)) or str(tmp_path / "mine.json")
    page.export_buttons[Format.BACKUP].click()
    assert asked == [("Export a full backup (JSON)",
                      str(page.host.folder / "companion-backup-2026-03-02.json"),
                      "Companion backups (*.json)")]
    backup = tmp_path / "mine.json"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert len(json.loads(backup.read_text())["events"]) == 3
    assert page.result.text() == "Exported 3 entries to mine.json."
    assert page.result.isVisibleTo(page)


def test_cancelling_the_file_dialog_writes_nothing(page, tmp_path):
    page._save_name = lambda *args: None
    page.export_buttons[Format.EVENTS_CSV].click()
    assert list(tmp_path.glob("*.csv")) == [] and page.result.isHidden()


def test_import_adds_a_backups_glasses_to_today_once_and_a_damaged_file_changes_nothing(
        page, tmp_path, clock):
    app = page.app
    other = History(tmp_path / "other.db", clock)
    for minutes in (10, 20):
        other.record("water_logged", {"ml": 250, "via": "tray"},
                     at=clock() - timedelta(minutes=minutes))
    from companion.core.exchange_files import export
    export(other, tmp_path / "other.json", Format.BACKUP, clock(), app.tz)
    page._open_name = lambda *args: str(tmp_path / "other.json")
    page.import_button.click()
    assert page.result.text() == "Imported 2 entries from other.json."
    assert app.home.today.water_label.text().startswith("2 of 8 glasses")  # Today follows
    page.import_button.click()
    assert page.result.text().startswith("Nothing new")
    (tmp_path / "broken.json").write_text('{"format": "companion-backup", "version": 1, "ev')
    page._open_name = lambda *args: str(tmp_path / "broken.json")
    page.import_button.click()
    assert page.result.text() == ("broken.json: This file is damaged or is not a Companion "
                                  "backup (it is not complete JSON). Nothing was imported.")
    assert len(app.history.events()) == 2


def test_keeping_a_year_asks_with_the_count_removes_exactly_that_and_is_saved(page, clock):
    app = page.app
    cut = retention.cutoff(365, clock(), app.tz)
    for at in (cut - timedelta(days=30), cut - timedelta(seconds=1), cut, clock()):
        app.history.record("water_logged", {"ml": 250}, at=at)
    questions = []
    page._confirm = lambda parent, text: questions.append(text) or False
    year = page.keep.findData(365)
    page.keep.setCurrentIndex(year)
    page.keep.activated.emit(year)  # as a click or the keyboard chooses it
    assert questions == [retention.confirmation(2, 365, clock(), app.tz)]
    assert questions[0].startswith("This removes 2 entries from before 3 March 2025")
    assert page.keep.currentData() == 0 and len(app.history.events()) == 4  # cancelled
    assert app.settings.keep_history_days == 0

    page._confirm = lambda parent, text: True
    page.keep.setCurrentIndex(year)
    page.keep.activated.emit(year)
    assert [e.at for e in app.history.events()] == [cut, clock()]
    assert page.result.text() == "Removed 2 entries older than 1 year."
    assert app.settings.keep_history_days == 365
    saved = json.loads(app.places.settings_file.read_text())
    assert saved["keep_history_days"] == 365
    # Cancel in the dialog afterwards does not bring the old choice back.
    page.dialog.reject()
    assert app.settings.keep_history_days == 365


def test_the_chosen_age_is_applied_again_at_the_next_start(make_app, clock):
    app = make_app()
    app.apply_settings(replace(app.settings, keep_history_days=90))
    old = app.history.record("water_logged", {"ml": 250}, at=clock() - timedelta(days=200))
    app.shutdown()
    again = make_app(open_today=False)
    assert old.id not in {e.id for e in again.history.events()}
