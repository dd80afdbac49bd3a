"""The working-week editor: days on and off, ranges added and removed, a day copied to others,
and a kind's own week beside the shared one."""

from PySide6.QtCore import QTime

from companion.core.settings import Settings
from companion.core.week import Day, Hours, Week, default_week
from companion.ui.shell.settings_dialog import SettingsDialog
from companion.ui.shell.settings_week import EMPTY_NOTE, OwnWeek, WeekEditor


def editor(qtbot, week=None):
    widget = WeekEditor(week or default_week())
    qtbot.addWidget(widget)
    return widget


def test_a_lunch_break_is_a_second_range_added_after_the_first(qtbot):
    week = editor(qtbot)
    monday = week.days[0]
    monday._rows[0][1].setTime(QTime(12, 0))       # 09:00 to 12:00
    monday.add.click()                               # then 13:00 to 17:00
    assert week.result() == (default_week().with_day(
        0, Day(True, (Hours(540, 720), Hours(780, 1020)))), None)


def test_copy_this_day_to_the_other_weekdays(qtbot):
    week = editor(qtbot)
    friday = week.days[4]
    friday.set_day(Day(True, (Hours(510, 780),)))    # Friday 08:30-13:00
    all_weekdays = [a for a in friday.copy.menu().actions() if a.text() == "All weekdays"][0]
    all_weekdays.trigger()
    got, problem = week.result()
    assert problem is None
    assert all(got.days[n] == Day(True, (Hours(510, 780),)) for n in range(5))
    assert got.days[5] == default_week().days[5]     # the weekend is left alone


def test_an_off_day_keeps_its_hours_and_gives_them_back(qtbot):
    week = editor(qtbot)
    saturday = week.days[5]
    assert not saturday.on.isChecked() and not saturday._rows[0][0].isEnabled()
    saturday.on.setChecked(True)
    assert week.result()[0].days[5] == Day(True, (Hours(540, 1080),))


def test_a_day_on_without_hours_is_refused_and_removing_keeps_focus_in_the_page(qtbot):
    week = editor(qtbot)
    tuesday = week.days[1]
    tuesday._rows[0][2].click()                      # Remove
    assert week.result() == (None, "Tuesday is on but has no hours: add hours or turn it off.")
    tuesday.on.setChecked(False)
    assert week.result()[1] is None


def test_an_end_of_midnight_is_the_end_of_the_day(qtbot):
    week = editor(qtbot)
    week.days[2]._rows[0][1].setTime(QTime(0, 0))
    assert week.result()[0].days[2].hours == (Hours(540, 1440),)


def test_an_empty_week_says_nothing_will_come(qtbot):
    week = editor(qtbot)
    assert week.note.isHidden()
    for day in week.days:
        day.on.setChecked(False)
    assert not week.note.isHidden() and week.note.text() == EMPTY_NOTE
    got, problem = week.result()
    assert problem is None and got.empty


def test_a_kinds_own_week_starts_from_the_shared_one_as_edited(qtbot):
    shared = editor(qtbot)
    shared.days[6].on.setChecked(True)               # Sunday on in the shared week
    own = OwnWeek("Stretch", None, shared.week)
    qtbot.addWidget(own)
    assert own.result() == (None, None) and own.editor.isHidden()
    own.choice.setChecked(True)
    assert not own.editor.isHidden()
    assert own.result() == (shared.week(), None)
    assert own.editor.days[0].on.accessibleName() == "Stretch: Monday on"


def test_the_dialog_saves_the_shared_week_and_an_own_week(qtbot):
    lunch = Week(tuple([Day(True, (Hours(510, 720), Hours(780, 1050)))] * 5
                       + [Day(False, ())] * 2))
    dialog = SettingsDialog(Settings(week=lunch))
    qtbot.addWidget(dialog)
    assert [r[0].time().toString("HH:mm") for r in dialog.week.days[0]._rows] == ["08:30", "13:00"]
    dialog.plans["breathing"].week.choice.setChecked(True)
    dialog.plans["breathing"].week.editor.days[0].on.setChecked(False)
    dialog.accept()
    got = dialog.result_settings()
    assert got.week == lunch and got.hydration.week is None
    assert got.breathing.week == lunch.with_day(0, Day(False, lunch.days[0].hours))


def test_a_kind_on_the_shared_week_says_which_hours_it_keeps_to(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(3)
    dialog.week.days[5].on.setChecked(True)  # Saturday joins the working week
    dialog.tabs.setCurrentIndex(1)
    dialog.show()
    qtbot.waitExposed(dialog)
    note = dialog.plans["stretch"].week.shared_note
    assert note.isVisible() and note.text() == "Keeps to the working hours: Mon–Sat 09:00-18:00."
