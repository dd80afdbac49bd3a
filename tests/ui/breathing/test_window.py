"""The breathing pacer window, driven by a ManualTicker: no sleeping, no real clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QSpinBox

from companion import assets as companion_assets
from companion.core.breathing_files import load_cautions, load_patterns
from companion.ui.breathing.window import BreathingWindow

PATTERNS = companion_assets.patterns_file()




@pytest.fixture
def make(qtbot, history, ticker, cues):
    def build(reduced_motion: bool = False) -> BreathingWindow:
        patterns, errors = load_patterns(PATTERNS, None)
        assert errors == []
        window = BreathingWindow(patterns, history, ticker, cues, reduced_motion=reduced_motion,
                                 cautions=load_cautions(PATTERNS))
        qtbot.addWidget(window)
        # Window shortcuts (Space, Esc, Enter) need an active window, as for a real user.
        with qtbot.waitActive(window):
            window.show()
        return window
    return build


def sessions(history):
    return [e.data for e in history.events(kinds=["breathing_session"])]


def test_phase_name_countdown_and_cues_follow_a_box_breath(make, ticker, cues):
    w = make()
    w.start("box")
    assert (w.phase_label.text(), w.count_label.text()) == ("Breathe in", "4")
    assert w.left_label.text() == "Breath 1 of 4"
    ticker.advance(1.0, step=0.25)
    assert w.count_label.text() == "3"
    ticker.advance(3.0, step=0.25)
    assert (w.phase_label.text(), w.count_label.text()) == ("Hold", "4")
    ticker.advance(4.0, step=0.25)
    assert w.phase_label.text() == "Breathe out"
    ticker.advance(8.0, step=0.25)
    assert (w.phase_label.text(), w.left_label.text()) == ("Breathe in", "Breath 2 of 4")
    assert [text for text, _ in cues.calls] == ["Breathe in", "Hold", "Breathe out", "Hold", "Breathe in"]


def test_shape_grows_while_breathing_in_and_shrinks_while_breathing_out(make, ticker):
    w = make()
    w.start("even-5-5")
    sizes = []
    for _ in range(4):
        ticker.advance(1.0, step=0.25)
        sizes.append(w.shape.level())
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]
    ticker.advance(1.0, step=0.25)
    assert w.shape.level() == pytest.approx(1.0)
    ticker.advance(2.5, step=0.25)
    assert w.shape.level() < 0.6


def test_cyclic_sigh_shows_the_top_up_step(make, ticker):
    w = make()
    w.start("cyclic-sigh")
    ticker.advance(3.0, step=0.25)
    assert w.phase_label.text() == "Sip in a little more"
    assert w.left_label.text() == "4:54 left"  # 5 min -> 27 whole breaths of 11 s, 3 s gone


def test_space_pauses_and_the_countdown_stays_put_until_resumed(make, ticker, qtbot):
    w = make()
    w.start("box")
    ticker.advance(1.5, step=0.25)
    assert w.count_label.text() == "3"
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert not ticker.is_running() and "Paused" in w.left_label.text()
    assert w.pause_button.text().replace("&", "") == "Resume"
    ticker.advance(30.0, step=0.5)
    assert (w.phase_label.text(), w.count_label.text()) == ("Breathe in", "3")
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert ticker.is_running() and "Paused" not in w.left_label.text()
    ticker.advance(1.0, step=0.25)
    assert (w.phase_label.text(), w.count_label.text()) == ("Breathe in", "2")


def test_escape_stops_writes_history_and_emits_session_ended(make, ticker, history, qtbot):
    w = make()
    w.start("4-7-8")
    ticker.advance(19 + 5, step=0.5)  # one whole breath and part of the next
    with qtbot.waitSignal(w.session_ended, timeout=100) as ended:
        qtbot.keyClick(w, Qt.Key.Key_Escape)
    expected = {"pattern": "4-7-8", "cycles_done": 1, "seconds": 24, "completed": False}
    assert ended.args == [expected]
    assert sessions(history) == [expected]
    # What was done, never a bare "Stopped".
    assert w.phase_label.text() == "24 seconds of calm breathing" and not ticker.is_running()
    assert w.left_label.text() == "1 breath in 0:24. Every breath counts."
    assert w.start_button.isEnabled() and not w.stop_button.isEnabled()


def test_a_session_that_runs_its_course_is_recorded_as_completed(make, ticker, history, cues, qtbot):
    w = make()
    w.pattern_box.setCurrentIndex(w.pattern_box.findData("box"))
    w.length_box.setValue(1)
    with qtbot.waitSignal(w.session_ended, timeout=100) as ended:
        qtbot.keyClick(w, Qt.Key.Key_Return)
        ticker.advance(16.0, step=0.5)
    assert ended.args[0]["completed"] is True
    assert sessions(history) == [{"pattern": "box", "cycles_done": 1, "seconds": 16, "completed": True}]
    assert w.phase_label.text() == "Well done" and not ticker.is_running()
    assert "end of the session" in cues.calls[-1][0]


def test_hiding_stops_the_ticker_and_pauses_the_breath(make, ticker, history):
    w = make()
    w.start("box")
    ticker.advance(2.0, step=0.25)
    assert ticker.is_running()
    w.hide()
    assert not ticker.is_running()
    ticker.advance(60.0, step=1.0)
    w.show()
    assert (w.phase_label.text(), w.count_label.text()) == ("Breathe in", "2")
    assert sessions(history) == []  # only paused, not ended
    w.toggle_pause()
    assert ticker.is_running()


def test_closing_mid_session_stops_it_and_keeps_it_in_history(make, ticker, history):
    w = make()
    w.start("slow-belly")
    ticker.advance(25.0, step=0.5)
    w.close()
    assert not ticker.is_running()
    assert sessions(history) == [{"pattern": "slow-belly", "cycles_done": 2, "seconds": 25, "completed": False}]


def test_minute_based_pattern_shows_time_left(make, ticker):
    w = make()
    w.pattern_box.setCurrentIndex(w.pattern_box.findData("slow-belly"))
    assert w.length_box.suffix() == " min" and w.length_box.value() == 5
    w.length_box.setValue(1)
    w.start()
    assert w.left_label.text() == "1:00 left"
    ticker.advance(10.0, step=0.5)
    assert w.left_label.text() == "0:50 left"


def test_choosing_478_offers_four_breaths_and_at_most_eight(make):
    w = make()
    w.pattern_box.setCurrentIndex(w.pattern_box.findData("4-7-8"))
    assert (w.length_box.value(), w.length_box.maximum(), w.length_box.suffix()) == (4, 8, " breaths")
    assert "light-headed" in w.caution.text() and w.caution.isVisibleTo(w)


def test_controls_lock_while_breathing_and_a_second_start_changes_nothing(make, ticker):
    w = make()
    w.start("box")
    ticker.advance(2.0, step=0.5)
    assert not w.pattern_box.isEnabled() and not w.length_box.isEnabled()
    w.start("4-7-8")
    assert w.pattern().id == "box" and w.count_label.text() == "2"


def test_reduced_motion_grows_the_shape_in_steps_of_a_second(make, ticker):
    w = make(reduced_motion=True)
    w.start("box")  # 4 s in, 4 s hold, 4 s out, 4 s hold
    levels = []
    for _ in range(4):
        seen = set()
        for _ in range(10):
            ticker.advance(0.1, step=0.1)
            seen.add(round(w.shape.level(), 6))
        levels.append(seen)
    assert all(len(seen) <= 2 for seen in levels)  # a step at most once a second
    assert sorted(max(seen) for seen in levels) == [max(seen) for seen in levels]  # growing
    assert w.phase_label.text() == "Hold" and w.shape.level() == 1.0
    w.toggle_pause()
    w.set_reduced_motion(False)
    assert w.shape.isVisible() and w.shape.level() == 1.0


def test_every_control_has_an_accessible_name(make):
    w = make()
    controls = w.findChildren(QAbstractButton) + w.findChildren(QComboBox) + \
        w.findChildren(QSpinBox) + [w.shape]
    assert len(controls) >= 6
    assert all(c.accessibleName() for c in controls)


def test_text_follows_the_application_font_size(make):
    w = make()
    app = QApplication.instance()
    original = app.font()
    try:
        small = w.phase_label.font().pointSizeF()
        big = app.font()
        big.setPointSizeF(original.pointSizeF() * 2)
        app.setFont(big)
        QApplication.processEvents()  # Qt delivers the font change as posted events
        assert w.phase_label.font().pointSizeF() == pytest.approx(small * 2)
        assert w.phase_label.font().pointSizeF() > big.pointSizeF()  # still larger than body text
    finally:
        app.setFont(original)


def test_safety_notes_are_shown(make):
    w = make()
    assert "dizzy" in w.safety.text() and w.safety.isVisible()


def test_a_screen_reader_hears_each_phase_once_not_each_tick(make, ticker, announced):
    w = make()
    w.start("box")
    ticker.advance(16.0, step=0.05)  # 320 frames, four phases and the next breath's start
    assert announced == [(text, "Polite") for text in
                         ("Breathe in", "Hold", "Breathe out", "Hold", "Breathe in")]
    w.stop()
    assert announced[-1] == ("16 seconds of calm breathing. 1 breath in 0:16. Every breath counts.",
                             "Polite")


def test_opening_without_a_pattern_waits_for_the_users_choice(make, ticker):
    w = make()
    w.open()
    assert w.start_button.isEnabled() and w.pattern_box.isEnabled() and w.length_box.isEnabled()
    assert not ticker.is_running()
    w.open("box")  # a named pattern (e.g. --breathe box) starts at once
    assert w.stop_button.isEnabled() and w.phase_label.text() == "Breathe in"


def test_starting_and_stopping_a_session_changes_neither_the_window_nor_the_shape_in_size(
        make, ticker):
    w = make()

    def sizes():
        QApplication.processEvents()
        return w.size(), w.minimumHeight(), w.shape.size()

    idle = sizes()
    w.start()
    ticker.advance(1.5)
    assert not w.safety.isVisible()  # the notes are read before starting
    assert sizes() == idle
    w.stop()
    assert w.safety.isVisible()
    assert sizes() == idle


def test_in_german_the_controls_and_the_length_speak_german_with_its_plural(make, language, ticker):
    language("de")
    w = make()
    assert w.windowTitle().startswith("Atmen")
    assert [b.text() for b in (w.start_button, w.pause_button, w.stop_button)] == ["&Starten", "&Pause", "S&topp"]
    assert w.phase_label.text() == "Bereit, wenn Sie es sind"
    w.pattern_box.setCurrentIndex(w.pattern_box.findData("4-7-8"))
    assert w.length_box.suffix() == " Atemzüge"
    w.length_box.setValue(1)
    assert w.length_box.suffix() == " Atemzug"
    w.start()
    assert w.left_label.text() == "Atemzug 1 von 1"
    w.toggle_pause()
    assert (w.pause_button.text(), w.left_label.text()) == ("&Fortsetzen", "Atemzug 1 von 1 · Pausiert")


def test_one_breath_reads_one_breath(make):
    w = make()
    w.pattern_box.setCurrentIndex(w.pattern_box.findData("4-7-8"))
    w.length_box.setValue(1)
    assert w.length_box.text() == "1 breath"
