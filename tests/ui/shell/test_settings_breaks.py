"""Settings → Break screen: its values reach the settings on OK; strict mode warns first."""

from __future__ import annotations

from companion.core.settings import Settings
from companion.ui.shell.settings_breaks import STRICT_WARNING
from companion.ui.shell.settings_dialog import SettingsDialog


def test_the_page_is_in_settings_and_ok_keeps_its_values(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Break scr&een" in titles
    page = dialog.breaks
    assert not page.stretch.isChecked() and not page.breathing.isChecked()  # off by default
    page.stretch.setChecked(True)
    page.postpone.setValue(10)
    page.postpone_limit.setValue(3)
    page.skip_limit.setValue(0)
    page.warn_seconds.setValue(60)
    dialog.snooze.setValue(15)  # the dialog's own fields are kept too
    dialog.accept()
    new = dialog.result_settings()
    assert (new.break_screen_stretch, new.break_screen_breathing, new.break_postpone_minutes,
            new.break_postpone_limit, new.break_skip_limit, new.break_warning_seconds,
            new.snooze_minutes) == (True, False, 10, 3, 0, 60, 15)


def test_strict_mode_says_what_it_means_before_it_is_kept(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    page = dialog.breaks
    assert not page.strict_warning.isVisibleTo(page)
    page.strict.setChecked(True)
    assert page.strict_warning.isVisibleTo(page) and page.strict_warning.text() == STRICT_WARNING
    assert "hold Esc for 3 seconds" in STRICT_WARNING
    assert not page.postpone.isEnabled() and not page.skip_limit.isEnabled()
    dialog.accept()
    assert dialog.result_settings().break_strict


def test_cancel_changes_nothing(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.breaks.stretch.setChecked(True)
    dialog.reject()
    assert dialog.result_settings() == Settings()
