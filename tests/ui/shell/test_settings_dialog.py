"""The Settings dialog hands back exactly what the user set, and refuses nonsense."""

from datetime import time

from PySide6.QtCore import QTime

from companion.core.settings import Settings
from companion.core.week import Day, Hours
from companion.ui.shell.settings_dialog import SettingsDialog


def test_edits_come_back_as_new_settings(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    water = dialog.plans["hydration"]
    water.interval.setValue(30)
    water.week.choice.setChecked(True)  # water keeps hours of its own
    water.week.editor.days[0].set_day(Day(True, (Hours(480, 1080),)))  # Monday from 08:00
    water.week.editor.days[5].on.setChecked(True)  # Saturday too
    breathing = dialog.plans["breathing"]
    breathing.times.setText("10:00, 14:45, 10:00")
    dialog.plans["stretch"].enabled.setChecked(False)
    dialog.goal.setValue(10)
    dialog.speech.setChecked(True)
    dialog.accept()
    got = dialog.result_settings()
    assert got.hydration.interval_minutes == 30
    assert got.hydration.week == Settings().week.with_day(0, Day(True, (Hours(480, 1080),))) \
        .with_day(5, Day(True, (Hours(540, 1080),)))
    assert got.stretch.week is None and got.week == Settings().week  # the others: shared
    assert got.breathing.times == (time(10), time(14, 45))
    assert got.stretch.enabled is False
    assert got.water_goal_glasses == 10 and got.spoken_cues is True
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_bad_times_keep_the_dialog_open_with_a_message(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.plans["breathing"].times.setText("11:00, teatime")
    dialog.accept()
    assert "teatime" in dialog.problem.text()
    assert dialog.result_settings() == Settings()  # nothing half-applied
    dialog.plans["breathing"].times.setText("11:00")
    monday = dialog.week.days[0]
    monday._rows[0][1].setTime(QTime(8, 0))  # 09:00 to 08:00
    dialog.accept()
    assert dialog.problem.text() == ("Working hours: On Monday, hours from 09:00 must end "
                                     "after they start.")


def test_interval_field_is_disabled_for_fixed_times(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    breathing = dialog.plans["breathing"]
    assert not breathing.interval.isEnabled() and breathing.times.isEnabled()
    breathing.mode.setCurrentIndex(0)
    assert breathing.interval.isEnabled() and not breathing.times.isEnabled()


def test_the_presence_tab_edits_the_presence_settings_and_says_what_works_here(qtbot):
    from companion.services.presence.status import SourceStatus
    sources = [SourceStatus("idle", True, "X11 idle alarms (XSync IDLETIME)"),
               SourceStatus("fullscreen", False, "no X11 display"),
               SourceStatus("camera", False, "off in settings"),
               SourceStatus("microphone", False, "off in settings")]
    dialog = SettingsDialog(Settings(), sources=sources)
    qtbot.addWidget(dialog)
    p = dialog.presence
    assert "X11 idle alarms" in p.notes["watch_idle"].text()
    assert p.notes["watch_fullscreen"].text() == ("Fullscreen not available here: no X11 "
                                                  "display.\nCompanion keeps to the clock for this.")
    assert p.notes["watch_calls"].text().startswith("Not watched now")
    assert p.notes["watch_dnd"].text().startswith("Not watched now")  # not reported at all
    p.idle.setValue(10)
    p.delay.setValue(0)
    p.switches["watch_calls"].setChecked(False)
    dialog.accept()
    got = dialog.result_settings()
    assert (got.presence_idle_minutes, got.return_delay_minutes, got.watch_calls) == (10, 0, False)
    assert got.watch_fullscreen is True and got.busy_limit_minutes == 60


def test_before_the_monitor_has_started_the_presence_tab_says_so(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert all("Not checked yet" in note.text() for note in dialog.presence.notes.values())


def test_every_presence_note_is_tall_enough_for_its_wrapped_text_at_a_large_font(qtbot):
    from PySide6.QtGui import QFont

    from companion.services.presence.status import SourceStatus
    long = "no screen saver on the session bus; logind is not on the system bus: " * 2
    dialog = SettingsDialog(Settings(), sources=[SourceStatus("screen lock", False, long)])
    qtbot.addWidget(dialog)
    font = QFont(dialog.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    dialog.setFont(font)
    dialog.tabs.setCurrentIndex(next(i for i in range(dialog.tabs.count())
                                     if dialog.tabs.tabText(i) == "&Presence"))
    dialog.show()
    qtbot.waitExposed(dialog)
    note = dialog.presence.notes["watch_lock"]
    assert note.height() >= note.heightForWidth(note.width())


def test_ok_and_cancel_carry_words_only_even_where_the_style_adds_icons(qtbot):
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProxyStyle, QStyle

    class IconStyle(QProxyStyle):  # as some desktop styles do
        def styleHint(self, hint, *args):  # noqa: N802 - Qt naming
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, *args)

    from companion.ui.widgets.colors import ReadableStyle

    app = QApplication.instance()
    before = app.style().name()
    was_readable = isinstance(app.style(), ReadableStyle)  # the app's own Fusion, outlines fixed
    app.setStyle(IconStyle(before))
    try:
        stock = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        qtbot.addWidget(stock)
        assert not stock.buttons()[0].icon().isNull()  # what the style would show
        dialog = SettingsDialog(Settings())
        qtbot.addWidget(dialog)
        box = dialog.findChild(QDialogButtonBox)
        assert all(button.icon().isNull() for button in box.buttons())
    finally:
        app.setStyle(ReadableStyle(before) if was_readable else before)


def test_working_hours_read_from_to_together_and_number_fields_keep_their_natural_width(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(3)  # Working hours
    dialog.show()
    qtbot.waitExposed(dialog)
    water = dialog.plans["hydration"]
    start, end, *_ = dialog.week.days[0]._rows[0]
    gap = end.geometry().left() - start.geometry().right()
    assert gap < 4 * start.fontMetrics().horizontalAdvance("to")  # only the word "to" between
    dialog.tabs.setCurrentIndex(0)
    for spin in (water.interval, dialog.goal, dialog.snooze):
        assert spin.width() <= spin.sizeHint().width() + 2  # not stretched across the dialog
