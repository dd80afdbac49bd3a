"""The Wellbeing tab of Settings: who reminds about stretching, and the daily limit."""

from dataclasses import replace

from PySide6.QtGui import QValidator

from companion.core.settings import Settings
from companion.services.presence.status import SourceStatus
from companion.ui.shell.settings_dialog import SettingsDialog
from companion.ui.shell.settings_screen_time import DurationSpin, _minutes

GNOME_ON = [SourceStatus("desktop breaks", True, "GNOME's movement breaks are on")]
NO_GNOME = [SourceStatus("desktop breaks", False, "this desktop has no break reminders of its own")]


def dialog_for(qtbot, settings: Settings, sources) -> SettingsDialog:
    dialog = SettingsDialog(settings, sources=sources)
    qtbot.addWidget(dialog)
    return dialog


def test_it_says_who_is_in_charge_and_follows_the_choice(qtbot):
    dialog = dialog_for(qtbot, Settings(), GNOME_ON)
    tab = dialog.screen_time
    assert tab.gnome.isChecked()
    assert tab.now.text().startswith("In charge now: GNOME's movement breaks.")
    tab.companion.setChecked(True)
    assert tab.now.text().startswith("In charge now: Companion. GNOME's movement breaks are on")
    other = dialog_for(qtbot, Settings(), NO_GNOME)
    assert other.screen_time.now.text() == ("In charge now: Companion. This desktop has no break "
                                    "reminders of its own.")


def test_the_choice_and_the_limit_apply_as_set(qtbot):
    dialog = dialog_for(qtbot, Settings(), GNOME_ON)
    tab = dialog.screen_time
    assert not tab.limit_on.isChecked() and not tab.hours.isEnabled()
    assert tab.hours.text() == "8 h"  # offered when turned on
    tab.companion.setChecked(True)
    tab.limit_on.setChecked(True)
    tab.hours.stepBy(-1)
    assert tab.hours.text() == "7 h 30 min"
    result = dialog.result_settings()
    assert result.desktop_breaks == "companion" and result.computer_time_limit_minutes == 450
    # Turned off again: no limit, whatever the box said.
    again = dialog_for(qtbot, result, GNOME_ON)
    assert again.screen_time.limit_on.isChecked() and again.screen_time.hours.value() == 450
    again.screen_time.limit_on.setChecked(False)
    assert again.result_settings() == replace(result, computer_time_limit_minutes=0)


def test_a_duration_is_typed_as_it_reads(qtbot):
    spin = DurationSpin()
    qtbot.addWidget(spin)
    assert [_minutes(t) for t in ("8 h", "7 h 30 min", "90 min", "9", "8hours", "soon")] == \
        [480, 450, 90, 540, 480, None]
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "6 h 30 min")
    spin.interpretText()
    assert spin.value() == 390


def test_a_duration_is_typed_as_it_reads_in_any_language(qtbot):
    class Worded(DurationSpin):  # the words another language gives the durations
        def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt naming
            hours, minutes = divmod(value, 60)
            return f"{hours} Std." + (f" {minutes} Min." if minutes else "")

    spin = Worded()
    qtbot.addWidget(spin)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "6 Std. 30 Min.")
    spin.interpretText()
    assert spin.value() == 390
    assert spin.validate("6 St", 4)[0] == QValidator.State.Intermediate  # on its way
    assert spin.validate("bald", 4)[0] == QValidator.State.Invalid
