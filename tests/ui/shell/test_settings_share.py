"""The Share history page of Settings (issue 25): the folder, this computer's name and the
settings option apply as set; a folder that is not there is refused; the status says how
sharing goes."""

from datetime import UTC, datetime

from companion.core.settings import Settings
from companion.services.share import ShareStatus
from companion.ui.shell.settings_dialog import SettingsDialog


def page_for(qtbot, settings=None):
    dialog = SettingsDialog(settings or Settings())
    qtbot.addWidget(dialog)
    return dialog, dialog.pages["Share history"]


def test_a_folder_a_name_and_the_settings_option_apply_as_set(qtbot, tmp_path):
    dialog, page = page_for(qtbot)
    assert page.status.text() == "Your history stays on this computer only."
    assert not page.stop.isEnabled()
    page.folder.setText(str(tmp_path))
    page.name.setText(" Work laptop ")
    page.share_settings.setChecked(True)
    page.folder.editingFinished.emit()
    result = dialog.result_settings()
    assert (result.share_folder, result.machine_name, result.share_settings) == (
        str(tmp_path), "Work laptop", True)
    page.stop.click()
    assert dialog.result_settings().share_folder == ""


def test_a_folder_that_is_not_there_is_refused_but_one_in_use_may_be_away(qtbot, tmp_path):
    dialog, page = page_for(qtbot)
    page.folder.setText(str(tmp_path / "missing"))
    page.folder.editingFinished.emit()
    assert dialog.result_settings().share_folder == ""
    assert dialog.problem.text() == f"Share history: the folder {tmp_path / 'missing'} does not exist."
    # The folder in use, on a drive unplugged for now, stays chosen.
    away = Settings(share_folder=str(tmp_path / "unplugged"))
    dialog, page = page_for(qtbot, away)
    page.name.setText("Home")
    page.name.editingFinished.emit()
    assert dialog.result_settings().machine_name == "Home" and not dialog.problem.isVisible()


def test_the_status_says_when_it_last_read_and_which_computers_it_saw(qtbot, tmp_path):
    _, page = page_for(qtbot, Settings(share_folder=str(tmp_path)))
    page.show_status(ShareStatus(str(tmp_path), datetime(2026, 5, 4, 14, 5, tzinfo=UTC),
                                 {"b" * 32: "Home", "c" * 32: "attic"}))
    assert page.status.text().startswith("Last read at ")
    assert page.status.text().endswith("Other computers seen: attic, Home.")
    page.show_status(ShareStatus(str(tmp_path), None, {}, problem="The folder is away."))
    assert page.status.text() == "The folder is away."



def test_the_page_reads_in_german(qtbot, language):
    language("de")
    _, page = page_for(qtbot)
    assert page.status.text() == "Ihr Verlauf bleibt nur auf diesem Computer."
