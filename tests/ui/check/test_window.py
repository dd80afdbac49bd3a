"""The Check a symptom window: urgent signs first, the result, action buttons, saving,
past checks, the diary (and carrying a check into it)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
)

from companion.core import diary
from companion.core.checklist import load_default
from companion.core.clock import FakeClock
from companion.core.history import History
from companion.core.kinds import Action
from companion.ui.check.result import banner_colours
from companion.ui.check.window import CheckWindow, ClickableLabel

T0 = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
CHECKLIST = load_default()
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def clock():
    return FakeClock(T0)


@pytest.fixture
def history(tmp_path, clock):
    h = History(tmp_path / "history.db", clock)
    yield h
    h.close()


@pytest.fixture
def window(qtbot, history, clock):
    w = CheckWindow(CHECKLIST, history, clock)
    qtbot.addWidget(w)
    w.show_checklist()
    return w


def tick(window, *ids):
    for item_id in ids:
        window.checklist_page.boxes[item_id].setChecked(True)


def shown(window) -> str:
    """Everything the result panel says, as one string."""
    panel = window.checklist_page.result
    tips = " ".join(b.text() for b in panel.action_buttons)
    return " ".join([panel.title.text(), panel.advice.text(), panel.reasons.text(),
                     panel.help_text.text(), panel.note.text(), tips])


def test_urgent_signs_are_asked_first_with_a_clear_none_of_these(window, qtbot):
    page = window.checklist_page
    assert window.windowTitle() == "Check a symptom — Companion"
    # Only the urgent signs are on screen at first; the twitch questions wait.
    assert page.boxes["face_droop"].isVisible() and not page.boxes["caffeine"].isVisible()
    assert page.why_first.isVisible() and not page.result_area.isVisible()
    assert page.none_button.isVisible() and page.none_button.isDefault()
    assert not page.save_button.isEnabled()
    qtbot.mouseClick(page.none_button, LEFT)
    assert page.boxes["caffeine"].isVisible() and not page.boxes["face_droop"].isVisible()
    assert page.result_area.isVisible() and page.result.title.text() == "Nothing ticked"
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.back_button, LEFT)
    assert page.boxes["face_droop"].isVisible()


def test_an_urgent_sign_shows_help_at_once_calmly_and_none_of_these_goes(window, qtbot):
    page = window.checklist_page
    tick(window, "face_droop")
    assert page.result_area.isVisible() and page.result.title.text() == "Get help now"
    assert "URGENT" not in shown(window)
    assert "emergency number" in page.result.advice.text()
    assert "#b3261e" in page.result.banner.styleSheet()  # still red: clear and prominent
    # "None of these" is not true any more; going on to the other questions still is.
    assert not page.none_button.isVisible() and page.on_button.isVisible()
    qtbot.mouseClick(page.on_button, LEFT)
    assert page.boxes["caffeine"].isVisible() and page.result.title.text() == "Get help now"


def test_a_check_carries_into_a_diary_entry_with_its_triggers(window, history, qtbot):
    page = window.checklist_page
    qtbot.mouseClick(page.none_button, LEFT)
    tick(window, "caffeine", "poor_sleep", "spreading")
    qtbot.mouseClick(page.diary_button, LEFT)
    form = window.diary.form
    assert window.tabs.currentWidget() is window.diary
    ticked = [i for i, box in form.trigger_boxes.items() if box.isChecked()]
    assert ticked == ["caffeine", "poor_sleep"]  # the everyday triggers; not the red flag
    assert form.note.text() == "Checked: see a doctor soon"
    assert diary.entries(history) == []  # nothing is logged until the user says so
    qtbot.mouseClick(form.log_button, LEFT)
    [entry] = diary.entries(history)
    assert entry.triggers == ("caffeine", "poor_sleep") and entry.note == "Checked: see a doctor soon"


def test_nothing_ticked_gives_general_guidance_not_an_all_clear(window):
    window.checklist_page.go_on()
    panel = window.checklist_page.result
    assert panel.title.text() == "Nothing ticked"
    assert "emergency" in panel.help_text.text()
    assert "Not medical advice" in panel.note.text()
    assert panel.action_buttons  # general tips still offer something to do


def test_ticking_items_updates_the_result_up_and_down(window, qtbot):
    panel = window.checklist_page.result
    tick(window, "caffeine")
    assert panel.title.text() == "Self-care is a sensible first step"
    assert "More caffeine than usual" in panel.reasons.text()

    tick(window, "spreading")
    assert panel.title.text() == "See a doctor soon"
    amber = banner_colours(panel.assessment.level, panel.palette())[0]
    assert amber.name() in panel.banner.styleSheet()

    tick(window, "breathing_swallowing")
    assert panel.title.text() == "Get help now"
    assert "New trouble breathing or swallowing" in panel.reasons.text()
    assert "#b3261e" in panel.banner.styleSheet()  # red, as well as the words
    assert panel.action_buttons == []  # nothing to distract from calling for help
    assert "Not medical advice" in panel.note.text()

    window.checklist_page.boxes["breathing_swallowing"].setChecked(False)
    assert panel.title.text() == "See a doctor soon"


def test_clicking_the_question_text_ticks_the_box(window, qtbot):
    box = window.checklist_page.boxes["stress"]
    label = next(lbl for lbl in window.findChildren(ClickableLabel) if lbl.box is box)
    qtbot.mouseClick(label, LEFT)
    assert box.isChecked()
    assert "Stress or anxiety" in window.checklist_page.result.reasons.text()


@pytest.mark.parametrize("ticked, action", [
    ("hand_use", "stretch"), ("stress", "breathe"),
    ("dehydration", "enable_hydration"), ("dehydration", "log_water"),
])
def test_tip_buttons_ask_the_app_for_the_right_action(window, qtbot, ticked, action):
    tick(window, ticked)
    [button] = [b for b in window.checklist_page.result.action_buttons
                if b.text() == CHECKLIST.action_labels[action]]
    with qtbot.waitSignal(window.action_requested) as signal:
        qtbot.mouseClick(button, LEFT)
    assert signal.args == [action] and isinstance(signal.args[0], Action)  # a member, not text


def test_saving_stores_the_answers_and_result_and_lists_it(window, history, qtbot):
    window.checklist_page.go_on()
    tick(window, "caffeine", "weakness")
    qtbot.mouseClick(window.checklist_page.save_button, LEFT)
    [event] = history.events(["symptom_check"])
    assert event.data == {"answers": ["weakness", "caffeine"], "level": "see_doctor_soon",
                          "reasons": ["Weakness or stiffness where it twitches"]}
    assert "Saved" in window.checklist_page.saved_label.text()
    window.tabs.setCurrentWidget(window.past_checks)
    first = window.past_checks.list.item(0).text()
    assert "See a doctor soon" in first and "Weakness or stiffness" in first


def test_past_checks_says_when_there_are_none(window):
    window.tabs.setCurrentWidget(window.past_checks)
    assert "No saved checks yet" in window.past_checks.list.item(0).text()


def test_clear_unticks_everything(window, qtbot):
    tick(window, "face_droop", "caffeine")
    window.checklist_page.go_on()
    qtbot.mouseClick(window.checklist_page.clear_button, LEFT)
    assert window.checklist_page.checked_ids() == []
    assert window.checklist_page.result.title.text() == "Nothing ticked"
    assert window.checklist_page.boxes["face_droop"].isVisible()  # from the first question again


def test_twitch_or_tremor_helper_opens_on_demand(window, qtbot):
    page = window.checklist_page
    page.go_on()
    assert page.tremor_text.isHidden()
    qtbot.mouseClick(page.tremor_toggle, LEFT)
    assert page.tremor_text.isVisible() and "rhythmic" in page.tremor_text.text()


def test_a_diary_spanning_over_two_weeks_shows_in_the_checklist_result(window, history):
    diary.add(history, "palm", "left", occurred_at=T0 - timedelta(days=15))
    diary.add(history, "palm", "left", occurred_at=T0)
    window.show_checklist()
    assert window.checklist_page.result.title.text() == "See a doctor soon"
    assert "16 days" in window.checklist_page.result.reasons.text()
    window.tabs.setCurrentWidget(window.diary)
    assert window.diary.alert.isVisible() and "16 days" in window.diary.alert.text()


# -- diary tab -------------------------------------------------------------------------
def fill(page, area="palm", side="right", note="", triggers=()):
    form = page.form
    form.area.setCurrentIndex(form.area.findData(area))
    form.side.setCurrentIndex(form.side.findData(side))
    form.note.setText(note)
    for item_id in triggers:
        form.trigger_boxes[item_id].setChecked(True)


def test_logging_a_twitch_takes_one_click_and_shows_in_the_list(window, history, qtbot, clock):
    page = window.diary
    fill(page, note="while typing", triggers=["caffeine", "stress"])
    clock.advance(minutes=3)  # the form was opened a while ago: 'now' is when it is logged
    qtbot.mouseClick(page.form.log_button, LEFT)
    [entry] = diary.entries(history)
    assert (entry.area, entry.side, entry.note) == ("palm", "right", "while typing")
    assert entry.triggers == ("caffeine", "stress") and entry.occurred_at == clock()
    assert page.entries.count() == 1 and page.count.text() == "1 entry, newest first."
    when, how, note = page.entries.item(0).text().split("\n")
    assert when.endswith("— Palm, right") and when.startswith(f"{clock().astimezone():%a}")
    assert how == "A few seconds, faint. Suspected triggers: Caffeine, Stress."
    assert note == "Note: while typing"
    assert page.form.note.text() == "" and not page.form.trigger_boxes["caffeine"].isChecked()


def test_a_time_the_user_picks_is_kept(window, history, qtbot):
    page = window.diary
    earlier = (T0 - timedelta(hours=5)).astimezone().replace(tzinfo=None, microsecond=0)
    page.form.when.setDateTime(earlier)  # as if typed or picked in the calendar
    qtbot.mouseClick(page.form.log_button, LEFT)
    assert diary.entries(history)[0].occurred_at == T0 - timedelta(hours=5)


def test_editing_and_deleting_entries(window, history, qtbot, clock):
    page = window.diary
    fill(page, note="first")
    qtbot.mouseClick(page.form.log_button, LEFT)
    clock.advance(minutes=1)
    page.entries.setCurrentRow(0)
    qtbot.mouseClick(page.edit_button, LEFT)
    assert page.form.note.text() == "first" and page.form.log_button.text() == "Sa&ve changes"
    page.form.note.setText("corrected")
    page.form.side.setCurrentIndex(page.form.side.findData("both"))
    qtbot.mouseClick(page.form.log_button, LEFT)
    [entry] = diary.entries(history)
    assert entry.note == "corrected" and entry.side == "both"
    assert entry.occurred_at == T0  # editing keeps when it happened
    assert page.entries.item(0).text().endswith("\nNote: corrected")
    assert page.selected_id() == entry.entry_id  # the edited entry stays selected

    page.confirm = lambda text: False
    qtbot.mouseClick(page.delete_button, LEFT)
    assert len(diary.entries(history)) == 1
    page.confirm = lambda text: True
    qtbot.mouseClick(page.delete_button, LEFT)
    assert diary.entries(history) == [] and page.entries.count() == 0
    assert page.count.text().startswith("No twitches logged yet")


def test_enter_on_an_entry_edits_it_and_delete_deletes_it_after_asking(window, history, qtbot):
    page = window.diary
    diary.add(history, "thumb", "left", note="older", occurred_at=T0 - timedelta(days=1))
    diary.add(history, "palm", "right", note="newer")
    page.refresh()
    window.tabs.setCurrentWidget(page)
    page.entries.setFocus()
    page.entries.setCurrentRow(1)  # newest first: the thumb
    qtbot.keyClick(page.entries, Qt.Key.Key_Return)
    assert page.form.note.text() == "older" and page.form.area.currentData() == "thumb"
    asked = []
    page.confirm = lambda text: asked.append(text) or True
    qtbot.keyClick(page.entries, Qt.Key.Key_Delete)
    assert asked == ["Delete this diary entry?"]
    assert [e.note for e in diary.entries(history)] == ["newer"]
    assert page.form.editing is None  # the form no longer edits the deleted entry


def test_a_long_note_wraps_in_the_list_and_is_read_whole(window, history, qtbot):
    page = window.diary
    note = "came back twice in the evening while I was cooking, " * 6
    diary.add(history, "palm", "left", strength="visible", triggers=("caffeine",), note=note)
    window.tabs.setCurrentWidget(page)
    window.resize(640, 600)  # narrow: the note cannot fit on one line
    page.refresh()
    qtbot.waitUntil(lambda: page.entries.viewport().width() < 400)
    lines = page.entries.fontMetrics().lineSpacing()
    row = page.entries.visualItemRect(page.entries.item(0))
    assert row.width() <= page.entries.viewport().width() and row.height() > 6 * lines
    assert page.entries.horizontalScrollBar().maximum() == 0
    # A screen reader reads the entry as sentences, note and all.
    cell = QAccessible.queryAccessibleInterface(page.entries).child(0)
    spoken = cell.text(QAccessible.Text.Name)
    assert "— Palm, left. A few seconds, visible. Suspected triggers: Caffeine. Note: came" in spoken
    assert spoken.endswith(note.strip())


def test_every_control_has_an_accessible_name(window):
    window.checklist_page.boxes["hand_use"].setChecked(True)  # so tip buttons exist too
    checked = [b for b in window.findChildren(QAbstractButton)  # the first step's, before it goes
               if b.isVisibleTo(window) and not b.accessibleName()]
    assert checked == []
    window.checklist_page.go_on()
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView)
    # Parts Qt builds inside a control (a date edit's line edit, a tree's header) are
    # described by the control itself.
    inner = (QAbstractSpinBox, QComboBox, QAbstractItemView)
    checked = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for kind in kinds:
            checked += [w for w in window.findChildren(kind) if w.isVisibleTo(window)
                        and not isinstance(w.parent(), inner) and not isinstance(w, QHeaderView)]
    assert len(checked) > 50  # every tab was looked at
    assert [w for w in checked if not w.accessibleName()] == []


def test_text_sizes_follow_the_app_font(qapp, history, clock, qtbot):
    font = qapp.font()
    big = type(font)(font)
    big.setPointSize(16)
    qapp.setFont(big)
    try:
        w = CheckWindow(CHECKLIST, history, clock)
        qtbot.addWidget(w)
        assert w.checklist_page.result.title.font().pointSizeF() > 16
    finally:
        qapp.setFont(font)


def test_a_changed_result_is_announced_once(window, qtbot, announced):
    window.show()
    window.checklist_page.go_on()
    tick(window, "caffeine")
    tick(window, "stress")  # the same result again: nothing new to say
    tick(window, "breathing_swallowing")
    assert announced == [("Result: Self-care is a sensible first step", "Polite"),
                         ("Result: Get help now", "Polite")]


def test_the_window_opens_within_the_screens_free_area(window):
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()


def test_in_german_the_first_page_and_the_result_speak_german(language, qtbot, history, clock):
    language("de")
    window = CheckWindow(CHECKLIST, history, clock)
    qtbot.addWidget(window)
    window.show_checklist()
    page = window.checklist_page
    assert window.windowTitle().startswith("Symptom prüfen")
    assert [window.tabs.tabText(i) for i in range(3)] == ["&Prüfen", "&Frühere Prüfungen", "&Tagebuch"]
    assert page.none_button.text() == "&Nichts davon" and page.none_button.isVisible()
    assert page.save_button.text() == "Prüfung &speichern" and not page.save_button.isEnabled()
    assert page.diary_button.text() == "Ins Tage&buch eintragen…"
    assert page.clear_button.text() == "Von &vorn beginnen"
    assert page.why_first.text().startswith("Bei diesen Zeichen braucht es sofort Hilfe")
    # The window widens, as far as the screen allows, for the longer German buttons under
    # the result: they would otherwise squeeze the questions' column.
    from companion.ui.widgets.layout import screen_room
    assert window.width() >= min(page.even_width(), screen_room(window).width())
    qtbot.mouseClick(page.none_button, LEFT)
    assert page.back_button.text() == "&Zurück zu den Warnzeichen"
    # "Not medical advice" is there in every language.
    assert page.result.note.text().startswith("Keine ärztliche Beratung.")
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.saved_label.text().startswith("Um ") and page.saved_label.text().endswith(" gespeichert.")
    diary_page = window.diary
    assert diary_page.form.log_button.text() == "Zucken &eintragen"
    assert diary_page.count.text() == "Noch kein Zucken eingetragen. Ihre Einträge erscheinen hier."
    qtbot.mouseClick(diary_page.form.log_button, LEFT)
    assert diary_page.count.text() == "1 Eintrag, neueste zuerst."
