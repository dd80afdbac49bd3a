"""Settings applies each change as it is made, refuses nonsense beside the field, and speaks plainly."""

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QTabWidget

from companion.core.settings import Settings
from companion.core.week import Day, Hours
from companion.ui.shell.settings_dialog import PAGES, SettingsDialog


def _dialog(qtbot, settings=None, **kwargs) -> tuple[SettingsDialog, list]:
    dialog = SettingsDialog(settings or Settings(), **kwargs)
    qtbot.addWidget(dialog)
    applied: list = []
    dialog.changed.connect(lambda new, made_from: applied.append((new, made_from)))
    return dialog, applied


def test_each_edit_is_applied_at_once_with_what_it_was_made_from(qtbot):
    dialog, applied = _dialog(qtbot)
    water = dialog.plans["hydration"]
    water.interval.setValue(30)
    assert len(applied) == 1
    new, made_from = applied[-1]
    assert new.hydration.interval_minutes == 30 and made_from == Settings()
    water.week.choice.setChecked(True)  # water keeps hours of its own
    water.week.editor.days[0].set_day(Day(True, (Hours(480, 1080),)))  # Monday from 08:00
    water.week.editor.days[5].on.setChecked(True)  # Saturday too
    dialog.plans["breathing"].times.setText("10:00, 14:45, 10:00")
    dialog.plans["breathing"].times.editingFinished.emit()  # Enter, or leaving the field
    dialog.plans["stretch"].enabled.setChecked(False)
    dialog.goal.setValue(10)
    dialog.speech.setChecked(True)
    got = dialog.result_settings()
    assert applied[-1][0] == got and applied[-1][1] == applied[-2][0]  # one step at a time
    assert got.hydration.interval_minutes == 30
    assert got.hydration.week == Settings().week.with_day(0, Day(True, (Hours(480, 1080),))) \
        .with_day(5, Day(True, (Hours(540, 1080),)))
    assert got.stretch.week is None and got.week == Settings().week  # the others: shared
    assert got.breathing.times == (time(10), time(14, 45))
    assert got.stretch.enabled is False
    assert got.water_goal_glasses == 10 and got.spoken_cues is True


def test_there_is_no_ok_or_cancel_and_no_tabs_or_group_boxes(qtbot):
    dialog, _ = _dialog(qtbot)
    assert dialog.findChildren(QDialogButtonBox) == []
    assert dialog.findChildren(QTabWidget) == [] and dialog.findChildren(QGroupBox) == []
    titles = [dialog.sections.item(i).text() for i in range(dialog.sections.count())]
    assert titles == [title for title, _ in PAGES]


def test_a_bad_time_is_refused_beside_its_field_and_nothing_is_half_applied(qtbot):
    dialog, applied = _dialog(qtbot)
    breathing = dialog.plans["breathing"]
    breathing.times.setText("11:00, teatime")
    breathing.times.editingFinished.emit()
    assert applied == [] and dialog.result_settings() == Settings()
    assert "teatime" in breathing.problem.text() and breathing.problem.isVisibleTo(dialog)
    assert "teatime" in dialog.problem.text()
    breathing.times.setText("11:00")
    breathing.times.editingFinished.emit()
    assert applied[-1][0].breathing.times == (time(11),) and not breathing.problem.text()
    monday = dialog.week.days[0]
    monday._rows[0][1].setTime(QTime(8, 0))  # 09:00 to 08:00
    assert dialog.problem.text() == ("Working hours: On Monday, hours from 09:00 must end "
                                     "after they start.")
    assert applied[-1][0].week == Settings().week  # the bad hours were not applied


def test_interval_field_is_disabled_for_fixed_times(qtbot):
    dialog, _ = _dialog(qtbot)
    breathing = dialog.plans["breathing"]
    assert not breathing.interval.isEnabled() and breathing.times.isEnabled()
    breathing.mode.setCurrentIndex(0)
    assert breathing.interval.isEnabled() and not breathing.times.isEnabled()


def test_the_away_page_edits_the_presence_settings_in_plain_words(qtbot):
    from companion.services.presence.status import SourceStatus
    sources = [SourceStatus("idle", True, "X11 idle alarms (XSync IDLETIME)"),
               SourceStatus("fullscreen", False, "no X11 display (_NET_WM_STATE)"),
               SourceStatus("screen lock", True, "logind"),
               SourceStatus("sleep", False, "logind is not on the system bus"),
               SourceStatus("camera", False, "off in settings"),
               SourceStatus("microphone", False, "off in settings")]
    dialog, applied = _dialog(qtbot, sources=sources)
    p = dialog.presence
    assert p.notes["watch_idle"].text() == "This computer can tell."
    assert p.notes["watch_fullscreen"].text() == \
        "This computer cannot tell, so Companion keeps to the clock for this."
    assert p.notes["watch_lock"].text() == \
        "This computer can tell for the screen lock, not for the sleep."
    assert p.notes["watch_calls"].text().startswith("Not watched now")
    assert p.notes["watch_dnd"].text().startswith("Not watched now")  # not reported at all
    words = " ".join(note.text() for note in p.notes.values())
    for system_word in ("XSync", "IDLETIME", "_NET_WM_STATE", "logind", "X11"):
        assert system_word not in words  # those are for About this system
    p.idle.setValue(10)
    p.delay.setValue(0)
    p.switches["watch_calls"].setChecked(False)
    got = applied[-1][0]
    assert (got.presence_idle_minutes, got.return_delay_minutes, got.watch_calls) == (10, 0, False)
    assert got.watch_fullscreen is True and got.busy_limit_minutes == 60


def test_before_the_monitor_has_started_the_away_page_says_so(qtbot):
    dialog, _ = _dialog(qtbot)
    assert all("Not checked yet" in note.text() for note in dialog.presence.notes.values())


def test_every_presence_note_is_tall_enough_for_its_wrapped_text_at_a_large_font(qtbot):
    from PySide6.QtGui import QFont

    from companion.services.presence.status import SourceStatus
    dialog, _ = _dialog(qtbot, sources=[SourceStatus("screen lock", False, "none")])
    font = QFont(dialog.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    dialog.setFont(font)
    dialog.show_page("away")
    dialog.show()
    qtbot.waitExposed(dialog)
    note = dialog.presence.notes["watch_lock"]
    assert note.height() >= note.heightForWidth(note.width())


def test_a_page_is_added_with_one_line_and_applies_like_the_others(qtbot, monkeypatch):
    from dataclasses import replace

    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

    from companion.ui.shell import settings_dialog

    class SoundPage(QWidget):  # what a feature's page looks like
        changed = Signal()

        def __init__(self, settings):
            super().__init__()
            self.box = QCheckBox("Soft sound")
            self.box.setChecked(settings.sound_cues)
            self.box.toggled.connect(self.changed)
            QVBoxLayout(self).addWidget(self.box)

        def result(self, settings):
            return replace(settings, sound_cues=self.box.isChecked())

    monkeypatch.setattr(settings_dialog, "PAGES",
                        [*settings_dialog.PAGES, ("Sound", lambda s, context: SoundPage(s))])
    dialog, applied = _dialog(qtbot)
    dialog.show_page("sound")
    assert dialog.sections.currentItem().text() == "Sound"
    dialog.pages["Sound"].box.setChecked(False)
    assert applied[-1][0].sound_cues is False


def test_working_hours_read_from_to_together_and_number_fields_keep_their_natural_width(qtbot):
    dialog, _ = _dialog(qtbot)
    dialog.show_page("working hours")
    dialog.show()
    qtbot.waitExposed(dialog)
    start, end, *_ = dialog.week.days[0]._rows[0]
    gap = end.geometry().left() - start.geometry().right()
    assert gap < 4 * start.fontMetrics().horizontalAdvance("to")  # only the word "to" between
    dialog.show_page("reminders")
    water = dialog.plans["hydration"]
    for spin in (water.interval,):
        assert spin.width() <= spin.sizeHint().width() + 2  # not stretched across the window
    dialog.show_page("general")
    for spin in (dialog.goal, dialog.snooze):
        assert spin.width() <= spin.sizeHint().width() + 2


def test_settings_opens_in_the_middle_of_the_window_it_was_opened_from(qtbot):
    from PySide6.QtWidgets import QWidget
    today = QWidget()
    qtbot.addWidget(today)
    area = today.screen().availableGeometry()
    today.setGeometry(area.left() + 150, area.top() + 40, 500, 400)
    today.show()
    dialog, _ = _dialog(qtbot, parent=today)
    dialog.show()
    assert abs(dialog.frameGeometry().center().x() - today.frameGeometry().center().x()) <= 10
    assert area.contains(dialog.frameGeometry())  # never pushed off the screen's edge


def _units(dialog) -> list[str]:
    return [dialog.unit.itemText(i) for i in range(dialog.unit.count())]


def test_the_glass_is_typed_in_the_unit_chosen_and_stored_in_ml_without_drift(qtbot):
    dialog, applied = _dialog(qtbot)
    assert _units(dialog) == ["Follow the desktop (ml)", "Millilitres (ml)", "US fluid ounces (fl oz)"]
    assert (dialog.glass.value(), dialog.glass.suffix()) == (250, " ml")
    dialog.unit.setCurrentIndex(dialog.unit.findData("fl oz"))
    # The same glass, shown in ounces: choosing the unit is no new glass.
    assert (dialog.glass.value(), dialog.glass.suffix()) == (8, " fl oz")
    assert (dialog.glass.minimum(), dialog.glass.maximum()) == (2, 34)
    got = dialog.result_settings()
    assert (got.water_unit, got.glass_ml) == ("fl oz", 250)
    dialog.goal.setValue(9)  # another edit on the page leaves the glass as it was
    assert dialog.result_settings().glass_ml == 250
    dialog.glass.setValue(12)
    dialog.glass.setValue(8)
    assert dialog.result_settings().glass_ml == 237
    dialog.glass.setValue(34)
    assert dialog.result_settings().glass_ml == 1000  # the most a glass may be
    dialog.glass.setValue(8)
    assert len(applied) == 6

    again, _ = _dialog(qtbot, dialog.result_settings())  # opened again: 8 fl oz, as typed
    assert again.unit.currentData() == "fl oz"
    assert (again.glass.value(), again.glass.suffix()) == (8, " fl oz")
    again.unit.setCurrentIndex(again.unit.findData("ml"))
    assert (again.glass.value(), again.glass.suffix()) == (237, " ml")
    assert again.result_settings().water_unit == "ml"


def test_following_the_desktop_names_its_unit_and_types_the_glass_in_it(qtbot):
    from companion.core import wording
    wording.use(wording.Formats(water_unit="fl oz"))  # a US desktop
    try:
        dialog, _ = _dialog(qtbot, Settings(glass_ml=237))
        assert _units(dialog)[0] == "Follow the desktop (fl oz)"
        assert dialog.unit.currentData() == ""
        assert (dialog.glass.value(), dialog.glass.suffix()) == (8, " fl oz")
    finally:
        wording.use(None)
