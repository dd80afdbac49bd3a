"""The stretch window driven by a ManualTicker: picker, safety note, session, history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton

from companion import assets as companion_assets
from companion.core.routines import load_routines
from companion.ui.stretch.window import StretchWindow

ASSETS = companion_assets.root()




@pytest.fixture
def make(qtbot, history, ticker, cues):
    def build(safety_seen: bool = True) -> StretchWindow:
        routines, problems = load_routines(ASSETS / "routines", None)
        assert problems == []
        window = StretchWindow(routines, history, ticker, cues=cues, assets_dir=ASSETS,
                               safety_seen=safety_seen)
        qtbot.addWidget(window)
        # Window shortcuts (Space, arrows, Esc) need an active window, as for a real user.
        with qtbot.waitActive(window):
            window.show()
        return window
    return build


def sessions(history):
    return [event.data for event in history.events(kinds=["stretch_session"])]


def test_the_picker_lists_each_routine_with_its_length_and_steps(make):
    window = make()
    window.start(None)
    assert window.pages.currentWidget() is window.picker
    names = {button.accessibleName() for button in window.picker.start_buttons.values()}
    assert "Start Hand & wrist relief, 4 min, 12 steps" in names
    assert "Start Quick hand break, 1 min, 3 steps" in names
    assert len(names) == 4


def test_choosing_a_routine_in_the_picker_starts_it(make, ticker):
    window = make()
    window.start(None)
    window.picker.start_buttons["neck-shoulders"].click()
    assert window.pages.currentWidget() is window.session
    assert window.session.heading.text() == "Get ready: Neck side tilt"
    assert ticker.is_running()


def test_the_first_session_waits_for_the_safety_note(make, qtbot, ticker):
    window = make(safety_seen=False)
    window.start("quick-hand")
    assert window.pages.currentWidget() is window.safety
    assert not ticker.is_running()
    with qtbot.waitSignal(window.safety_acknowledged, timeout=0):
        window.safety.button.click()
    assert window.pages.currentWidget() is window.session
    assert window.session.routine_label.text() == "Quick hand break"
    # The next session goes straight in.
    window.stop()
    window.start("legs")
    assert window.pages.currentWidget() is window.session


def test_the_safety_note_is_reachable_later_and_leads_back(make):
    window = make()
    window.start(None)
    window.picker.safety_requested.emit()
    assert window.pages.currentWidget() is window.safety
    assert "tingling" in window.safety.findChild(type(window.session.heading)).text()
    assert window.safety.button.text() == "&Back"
    window.safety.button.click()
    assert window.pages.currentWidget() is window.picker


def test_a_whole_quick_break_plays_and_goes_to_history(make, qtbot, ticker, history, cues):
    window = make()
    window.start("quick-hand")
    headings = []
    ticker.ticked.connect(lambda now: headings.append(window.session.heading.text()))
    with qtbot.waitSignal(window.session_ended, timeout=0) as ended:
        ticker.advance(70, step=0.1)
    expected = {"routine": "quick-hand", "steps_done": 3, "steps_total": 3, "seconds": 57, "completed": True}
    assert ended.args == [expected]
    assert sessions(history) == [expected]
    assert not ticker.is_running()
    assert window.pages.currentWidget() is window.done
    assert window.done.title.text() == "Well done"
    assert window.done.details.text() == ("Quick hand break: all 3 steps in 0:57. "
                                          "That counts as your stretch break.")
    assert window.done.badge.accessibleName() == "Finished"
    seen = list(dict.fromkeys(headings))
    assert seen[:4] == ["Get ready: Finger spread and knuckle bend", "Finger spread and knuckle bend",
                        "Next: Wrist circles", "Wrist circles"]


def test_the_screen_shows_step_side_time_left_and_the_next_step(make, ticker):
    window = make()
    window.start("hand-wrist")
    ticker.advance(3 + 32 + 3 + 20 + 3 + 18 + 3 + 2)  # 2 s into the first per-side step
    view = window.session
    assert view.heading.text() == "Back-of-forearm stretch"
    assert view.side_label.text() == "Left hand"
    assert view.progress_label.text().startswith("Step 4 of 12 ·")
    assert view.ring.accessibleDescription() == "10 seconds left"
    assert view.next_label.text() == "Then: Back-of-forearm stretch, right hand"
    ticker.advance(10.5)
    assert view.heading.text() == "Switch hands: Back-of-forearm stretch"


def test_repeated_steps_show_the_round(make, ticker):
    window = make()
    window.start("quick-hand")
    ticker.advance(3 + 10 + 1)
    assert window.session.rep_label.text() == "Round 2 of 2"


def test_space_pauses_and_resumes_exactly_where_it_was(make, qtbot, ticker):
    window = make()
    window.start("quick-hand")
    ticker.advance(5)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not ticker.is_running()
    assert window.session.pause_button.text() == "&Resume"
    before = window.session.progress_label.text()
    ticker.advance(30)  # nothing moves while paused
    assert window.session.progress_label.text() == before
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert ticker.is_running() and window.session.pause_button.text() == "&Pause"
    ticker.advance(60)
    assert sessions(window.history)[0]["seconds"] == 57


def test_space_pauses_even_when_a_button_has_focus(make, qtbot, ticker):
    window = make()
    window.start("quick-hand")
    window.session.skip_button.setFocus()
    qtbot.keyClick(window.session.skip_button, Qt.Key.Key_Space)
    assert not ticker.is_running()
    assert window.session.heading.text().startswith("Get ready")


def test_arrow_keys_skip_and_go_back(make, qtbot, ticker):
    window = make()
    window.start("quick-hand")
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.session.heading.text() == "Finger spread and knuckle bend"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.session.heading.text() == "Next: Wrist circles"
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.session.heading.text() == "Get ready: Finger spread and knuckle bend"


def test_escape_stops_and_records_a_stopped_session(make, qtbot, ticker, history):
    window = make()
    window.start("quick-hand")
    ticker.advance(3 + 20 + 1)
    with qtbot.waitSignal(window.session_ended, timeout=0) as ended:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert ended.args[0]["completed"] is False
    assert sessions(history) == [{"routine": "quick-hand", "steps_done": 1, "steps_total": 3,
                                  "seconds": 24, "completed": False}]
    assert window.done.title.text() == "24 seconds of stretching"
    assert window.done.details.text() == ("1 of 3 steps of Quick hand break. "
                                          "That counts as your stretch break.")
    assert not ticker.is_running()


def test_the_stop_button_ends_the_session(make, history):
    window = make()
    window.start("legs")
    window.session.stop_button.click()
    assert sessions(history)[0]["completed"] is False


def test_hiding_the_window_pauses_and_closing_it_stops(make, ticker, history):
    window = make()
    window.start("legs")
    ticker.advance(2)
    window.hide()
    assert not ticker.is_running() and sessions(history) == []
    window.show()
    window.close()
    assert sessions(history)[0]["routine"] == "legs"


def test_cues_chime_at_each_step_and_say_switch_hands(make, ticker, cues):
    window = make()
    window.start("hand-wrist")
    ticker.advance(3 + 32 + 3 + 20 + 3 + 18 + 3 + 12 + 1)
    texts = [text for text, _ in cues.calls]
    assert texts[0] == "Get ready. Finger spread and knuckle bend. Both hands"
    assert cues.calls[1][1] is True  # a chime when the first stretch begins
    assert texts[-1] == "Switch hands. Right hand."
    # Get-ready, then four steps each with the lead-in after it: once per phase, not per tick.
    assert len(cues.calls) == 1 + 4 * 2


def test_the_end_of_a_completed_session_is_announced(make, ticker, cues):
    window = make()
    window.start("quick-hand")
    ticker.advance(60)
    assert cues.calls[-1] == ("Well done. That's the end of the session.", True)


def test_starting_an_unknown_routine_shows_the_picker(make, ticker):
    window = make()
    window.start("no-such-routine")
    assert window.pages.currentWidget() is window.picker and not ticker.is_running()


def test_asking_again_mid_session_keeps_the_running_session(make, ticker, history):
    window = make()
    window.start("legs")
    ticker.advance(10)
    window.start("quick-hand")
    assert sessions(history) == []
    assert window.player.routine.id == "legs"
    assert window.session.routine_label.text() != "Quick hand break"


def test_every_control_has_an_accessible_name(make):
    window = make()
    window.start(None)
    for button in window.findChildren(QAbstractButton):
        assert button.accessibleName(), button.text()


def test_left_side_pictures_are_mirrored(make, ticker):
    window = make()
    window.start("hand-wrist")
    ticker.advance(3 + 32 + 3 + 20 + 3 + 18 + 3 + 1)
    assert window.session.picture._mirrored
    ticker.advance(12 + 3)
    assert not window.session.picture._mirrored


def test_every_illustration_renders_as_svg():
    routines, _ = load_routines(ASSETS / "routines", None)
    pictures = {step.illustration for routine in routines for step in routine.steps}
    assert len(pictures) == len(list((ASSETS / "illustrations").glob("*.svg")))
    for path in pictures:
        renderer = QSvgRenderer(str(path))
        assert renderer.isValid(), path
        image = QImage(60, 60, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, 60, 60))
        painter.end()
        # Something is drawn in the middle, not just a background.
        colours = {image.pixel(x, y) for x in range(10, 50, 3) for y in range(10, 50, 3)}
        assert len(colours) > 2, path


def test_outside_a_session_space_still_presses_the_focused_button(make, qtbot):
    window = make()
    window.start(None)
    button = window.picker.start_buttons["quick-hand"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is window.session
    assert window.session.heading.text() == "Get ready: Finger spread and knuckle bend"


def test_a_screen_reader_hears_each_step_change_without_spoken_cues(qtbot, history, ticker, announced):
    routines, _ = load_routines(ASSETS / "routines", None)
    window = StretchWindow(routines, history, ticker, cues=None, assets_dir=ASSETS, safety_seen=True)
    qtbot.addWidget(window)
    window.show()
    window.start("hand-wrist")
    ticker.advance(3 + 32 + 3 + 20 + 3 + 18 + 3 + 12 + 1, step=0.1)
    texts = [text for text, politeness in announced if politeness == "Polite"]
    assert texts[0] == "Get ready. Finger spread and knuckle bend. Both hands"
    assert texts[-1] == "Switch hands. Right hand."
    assert len(announced) == 1 + 4 * 2  # once per phase, however many ticks


def test_in_german_the_picker_the_session_controls_and_the_ring_speak_german(make, language, ticker):
    language("de")
    window = make()
    assert window.windowTitle().startswith("Dehnpause")
    window.start(None)
    names = {button.accessibleName() for button in window.picker.start_buttons.values()}
    assert "Hand & wrist relief starten, 4 Min., 12 Schritte" in names
    assert {button.text() for button in window.picker.start_buttons.values()} == {"Starten"}
    window.start("hand-wrist")
    view = window.session
    assert view.heading.text() == "Bereit machen: Finger spread and knuckle bend"
    assert [b.text() for b in (view.back_button, view.skip_button, view.stop_button, view.pause_button)] \
        == ["&Zurück", "Ü&berspringen", "&Stopp", "&Pause"]
    assert view.pause_button.accessibleName() == "Pause (Leertaste)"
    assert view.progress_label.text().startswith("Schritt 1 von 12 · noch ")
    ticker.advance(3 + 2)
    assert view.ring.accessibleDescription() == "noch 30 Sekunden"
    window.toggle_pause()
    assert (view.pause_button.text(), view.pause_button.accessibleName()) == ("&Fortsetzen",
                                                                               "Fortsetzen (Leertaste)")
    # The ring's caption is the German one, and the ring makes room for it.
    from PySide6.QtGui import QFontMetricsF
    assert view.ring._caption == "Pausiert"
    caption = QFontMetricsF(view.ring.font()).horizontalAdvance("Pausiert")
    assert view.ring.minimumSizeHint().width() > caption
    window.stop()
    assert window.done.close_button.text() == "&Fertig"
