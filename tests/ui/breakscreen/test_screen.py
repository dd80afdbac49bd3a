"""The break screen's windows and keyboard journeys (offscreen; Xvfb's two monitors are in
test_two_monitors.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from companion.core.breaks import BreakRules, Offer, Used, offer
from companion.ui.breakscreen.content import break_content
from companion.ui.breakscreen.cover import BreakPanel, QuietCover
from companion.ui.breakscreen.screen import BreakScreen


class ManualTimer(QObject):
    """A timer the test fires itself: Esc "held for 3 seconds" without waiting 3 seconds."""

    timeout = Signal()

    def __init__(self):
        super().__init__()
        self.active = False
        self.interval = 0

    def setSingleShot(self, _on):  # noqa: N802 - Qt naming
        pass

    def setInterval(self, ms):  # noqa: N802 - Qt naming
        self.interval = ms

    def start(self):
        self.active = True

    def stop(self):
        self.active = False

    def isActive(self):  # noqa: N802 - Qt naming
        return self.active

    def fire(self):
        assert self.active
        self.active = False
        self.timeout.emit()


@pytest.fixture
def make_screen(qtbot):
    made = []

    def make(kind="stretch", rules=BreakRules(), used=Used()):
        timer = ManualTimer()
        screen = BreakScreen(break_content(kind, None, None), rules, offer(rules, used), 10,
                             new_timer=lambda: timer)
        answers = []
        screen.answered.connect(lambda *a: answers.append(a))
        screen.show()
        made.append(screen)
        return screen, answers, timer

    yield make
    for screen in made:
        screen.end()


def key(widget, k, release=True):
    from pytestqt.qtbot import QtBot
    QtBot.keyPress(widget, k)
    if release:
        QtBot.keyRelease(widget, k)


def test_the_main_screen_shows_the_first_step_start_and_how_long(make_screen, announced):
    screen, _, _ = make_screen()
    panel = screen.panel
    assert isinstance(panel, BreakPanel) and panel.isFullScreen()
    assert panel.step.text() == "Finger spread and knuckle bend"
    assert panel.length.text() == "Quick hand break, about 1 min."
    assert panel.picture.accessibleName() == "Picture of this stretch"
    assert QApplication.focusWidget() is panel.start_button or panel.start_button.hasFocus() \
        or panel.focusWidget() is panel.start_button
    assert panel.postpone_button.isVisibleTo(panel) and panel.skip_button.isVisibleTo(panel)
    # Announced as it opens: what the break is, and how to start and leave.
    [(said, politeness)] = announced
    assert said.startswith("Stretch break. Quick hand break, about 1 min. First: Finger spread")
    assert "hold Esc for 3 seconds" in said and politeness == "Polite"


def test_one_cover_per_screen_each_filling_its_screen(make_screen):
    screen, _, _ = make_screen()
    screens = QGuiApplication.screens()
    assert set(screen.covers) == set(screens)
    for qscreen, cover in screen.covers.items():
        assert cover.geometry() == qscreen.geometry()
        assert isinstance(cover, BreakPanel) == (qscreen is QGuiApplication.primaryScreen())


def test_a_screen_that_goes_away_loses_its_cover_and_a_new_one_gets_one(make_screen):
    screen, _, _ = make_screen()
    [qscreen] = QGuiApplication.screens()  # offscreen has one; a stand-in second screen is
    old = screen.covers[qscreen]           # not possible here (Xvfb's test plugs one in)
    screen.covers.clear()
    screen._screens_changed()
    assert isinstance(screen.covers[qscreen], BreakPanel) and screen.covers[qscreen] is not old
    old.leave()


def test_enter_starts_and_only_done_is_left(make_screen):
    screen, answers, _ = make_screen()
    panel = screen.panel
    key(panel.start_button, Qt.Key.Key_Return)
    assert answers == [("stretch", "primary", 0)]
    assert screen.up and screen.started                  # the routine leads from here
    assert not panel.start_button.isVisibleTo(panel) and panel.done_button.isVisibleTo(panel)
    key(panel.done_button, Qt.Key.Key_Space)             # Done ends the break, no second answer
    assert not screen.up and answers == [("stretch", "primary", 0)]


def test_alt_p_postpones_and_alt_k_skips(make_screen):
    screen, answers, _ = make_screen(rules=BreakRules(postpone_minutes=7))
    panel = screen.panel
    assert panel.postpone_button.text() == "&Postpone 7 min"
    panel.postpone_button.setFocus()
    key(panel.postpone_button, Qt.Key.Key_Space)
    assert answers == [("stretch", "snooze", 7)] and not screen.up
    screen2, answers2, _ = make_screen()
    screen2.panel.skip_button.setFocus()
    key(screen2.panel.skip_button, Qt.Key.Key_Space)
    assert answers2 == [("stretch", "skip", 0)]


def test_done_before_starting_means_the_break_was_taken_another_way(make_screen):
    screen, answers, _ = make_screen()
    screen.panel.done_button.click()
    assert answers == [("stretch", "done", 0)] and not screen.up


def test_at_the_limit_the_buttons_are_gone_and_the_screen_says_why(make_screen):
    screen, _, _ = make_screen(rules=BreakRules(postpone_limit=2, skip_limit=1), used=Used(2, 1))
    panel = screen.panel
    assert not panel.postpone_button.isVisibleTo(panel) and not panel.skip_button.isVisibleTo(panel)
    assert "postponed this break 2 times today" in panel.reasons.text()
    assert panel.reasons.isVisibleTo(panel)


def test_strict_mode_esc_must_be_held_three_seconds(make_screen):
    screen, answers, timer = make_screen(rules=BreakRules(strict=True))
    panel = screen.panel
    assert not panel.postpone_button.isVisibleTo(panel) and "strict" in panel.reasons.text()
    key(panel.start_button, Qt.Key.Key_Escape)          # a tap does nothing
    assert screen.up and answers == [] and not timer.active
    key(panel.start_button, Qt.Key.Key_Escape, release=False)   # held down...
    assert timer.active and timer.interval == 3000
    assert panel.hint.text() == "Keep holding Esc…"
    timer.fire()                                         # ...for 3 seconds
    assert answers == [("stretch", "escape", 0)] and not screen.up


def test_esc_held_on_another_monitor_works_too(make_screen):
    screen, answers, timer = make_screen(rules=BreakRules(strict=True))
    quiet = QuietCover(QGuiApplication.primaryScreen(), "Stretch break")
    screen.escape.watch(quiet)
    key(quiet, Qt.Key.Key_Escape, release=False)
    timer.fire()
    assert answers == [("stretch", "escape", 0)]
    quiet.leave()


def test_nobody_answering_is_a_timeout(make_screen):
    screen, answers, _ = make_screen()
    screen.timeout.timeout.emit()
    assert answers == [("stretch", "timeout", 0)]


def test_the_breathing_break_shows_the_shape_which_rests_with_reduced_motion(qtbot):
    chosen = BreakRules()
    screen = BreakScreen(break_content("breathing", None, None), chosen, Offer(True, True), 10,
                         reduced_motion=True)
    screen.show()
    try:
        panel = screen.panel
        assert panel.shape.accessibleName() == "Breathing guide"
        assert panel.shape.level() == 0.5 and not panel._breath.state() == panel._breath.State.Running
        screen.set_reduced_motion(False)
        assert panel._breath.state() == panel._breath.State.Running
    finally:
        screen.end()


def test_the_window_manager_cannot_close_a_cover(make_screen):
    screen, answers, _ = make_screen()
    screen.panel.close()
    assert screen.panel.isVisible() and screen.up and answers == []


def test_the_routine_it_leads_is_a_plain_window_again_once_closed(make_screen, qtbot):
    from PySide6.QtWidgets import QWidget
    screen, _, _ = make_screen()
    routine = QWidget()
    qtbot.addWidget(routine)
    screen.lead(routine)       # marked before it is shown (X11 reads it at mapping)
    assert routine.windowType() == Qt.WindowType.Dialog
    assert routine.windowHandle().transientParent() is screen.panel.windowHandle()
    routine.show()
    routine.close()
    assert routine.windowType() == Qt.WindowType.Window


def test_in_german_the_break_screen_speaks_german(make_screen, language):
    language("de")
    screen, _, _ = make_screen()
    panel = screen.panel
    minutes = screen.rules.postpone_minutes
    assert panel.start_button.text() == "&Starten"
    assert panel.postpone_button.text() == f"Um {minutes} Min. &verschieben"
    assert panel.postpone_button.accessibleName() == f"Pause um {minutes} Minuten verschieben"
    assert panel.skip_button.text() == "Diese Pause ü&berspringen"
    for button in (panel.start_button, panel.postpone_button, panel.skip_button, panel.done_button):
        assert button.width() >= button.minimumSizeHint().width(), button.text()  # whole words
    assert panel.hint.text() == "Um sofort zu gehen, halten Sie Esc 3 Sekunden lang gedrückt."
    assert "Drücken Sie die Eingabetaste, um zu beginnen." in panel.spoken()
    panel.set_holding(True)
    assert panel.hint.text() == "Halten Sie Esc weiter gedrückt…"
    panel.start_button.click()
    assert panel.status.text() == "Ihre Pause läuft. Drücken Sie auf „Fertig“, wenn Sie fertig sind."
