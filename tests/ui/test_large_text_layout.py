"""Every window at the default font and at twice its size, on a 1366x768 and a 1280x800 screen:
nothing clipped, elided, scrolled sideways or off screen, and windows that keep their size.
In every language Companion ships: English at both sizes, the others (German's words are
the longest) at twice the size, where the room is tightest.

The windows are opened by tests/window_tour.py in a process of its own, whose offscreen
platform has a screen of the size under test (the QApplication of this process has the
default offscreen screen): one process per screen, fixed when Qt starts, makes the tours
of its text sizes and languages one after the other, each in an app of its own. What
counts as a problem is window_tour.window_problems; the first tests here show it catches
what it should.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import window_tour
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from companion.core.i18n import LANGUAGES

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

TOUR = Path(window_tour.__file__)
SCREENS = ("1366x768", "1280x800")
SCALES = (1, 2)
#: (language, screen, scale) of each tour: English at every size, each other shipped
#: language at 2x (a tour takes some 2 CPU-seconds).
RUNS = [("en", screen, scale) for screen in SCREENS for scale in SCALES] + [
    (code, screen, 2) for code in LANGUAGES if code != "en" for screen in SCREENS]


# -- the checker itself ------------------------------------------------------------------

def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_wrapped_label_shorter_than_its_text_is_reported(qtbot):
    window = QWidget()
    label = QLabel("a sentence that wraps onto several lines when the window is narrow " * 3)
    label.setWordWrap(True)
    QVBoxLayout(window).addWidget(label)
    shown(qtbot, window).resize(200, 40)  # Qt does not grow a window for wrapped text
    QApplication.processEvents()  # the layout runs on posted events; no waiting on time
    assert any("wrapped text needs" in p for p in window_tour.window_problems(window))
    window.resize(200, window.layout().totalHeightForWidth(200))
    QApplication.processEvents()  # the layout runs on posted events; no waiting on time
    assert window_tour.window_problems(window) == []


def test_a_button_narrower_than_its_text_is_reported_a_short_one_is_not(qtbot):
    window = QWidget()
    row = QHBoxLayout(window)
    long, short = QPushButton("Start stretches"), QPushButton("Skip")
    row.addWidget(long)
    row.addWidget(short)
    long.setFixedWidth(long.fontMetrics().horizontalAdvance("Start stretches") - 4)
    short.setFixedWidth(short.fontMetrics().horizontalAdvance("Skip") + 20)  # < Fusion's 80 px
    shown(qtbot, window)
    problems = window_tour.window_problems(window)
    assert len(problems) == 1 and "Start stretches" in problems[0]


def test_scrolling_sideways_or_for_want_of_a_few_pixels_is_reported(qtbot):
    window = QWidget()
    area = QScrollArea()
    content = QLabel("wide " * 60)
    area.setWidget(content)
    QVBoxLayout(window).addWidget(area)
    shown(qtbot, window).resize(300, 200)
    QApplication.processEvents()  # the layout runs on posted events; no waiting on time
    assert any("scrolls sideways" in p for p in window_tour.window_problems(window))
    tall = QWidget()
    tall.setMinimumSize(100, 500)
    area.setWidget(tall)
    area.setWidgetResizable(True)
    window.resize(300, 480)  # the screen has room for the 20 px the content needs
    QApplication.processEvents()  # the layout runs on posted events; no waiting on time
    assert any("although the screen has" in p for p in window_tour.window_problems(window))


def test_a_window_taller_than_the_screen_is_reported(qtbot):
    window = QWidget()
    area = window.screen().availableGeometry()
    shown(qtbot, window).resize(300, area.height() - window_tour.TITLE_BAR // 2)
    QApplication.processEvents()  # the layout runs on posted events; no waiting on time
    assert any("title bar" in p or "outside" in p for p in window_tour.window_problems(window))


# -- every window of the app --------------------------------------------------------------

@pytest.fixture(scope="module")
def tours() -> dict:
    """(language, screen, scale) -> what the tour found: per window, its problems and size."""
    env = {key: value for key, value in os.environ.items() if key != "COMPANION_TOUR_SCREEN"}

    def tours_on(screen: str) -> dict:
        runs = [run for run in RUNS if run[1] == screen]
        done = subprocess.run([sys.executable, str(TOUR), "--check", "--screen", screen,
                               *(arg for code, _, scale in runs for arg in ("--tour", str(scale), code))],
                              env=env, capture_output=True, text=True, timeout=120 * len(runs))
        assert done.returncode == 0, done.stderr[-3000:]
        found = json.loads(done.stdout)
        assert [(tour["language"], tour["scale"]) for tour in found] == [(code, scale) for code, _, scale in runs]
        return {run: tour["windows"] for run, tour in zip(runs, found, strict=True)}

    # One process per screen (its own screen, temporary folder and homes), so they can run
    # side by side: one per core, which is where a tour's time goes.
    with ThreadPoolExecutor(max_workers=len(SCREENS)) as pool:
        return {run: windows for some in pool.map(tours_on, SCREENS) for run, windows in some.items()}


CASES = [pytest.param(code, screen, scale, name, id=f"{code}-{screen}-{scale}x-{name}")
         for code, screen, scale in RUNS for name in window_tour.WINDOWS]


@pytest.mark.parametrize(("code", "screen", "scale", "name"), CASES)
def test_nothing_is_cut_off_elided_scrolled_sideways_or_off_screen(tours, code, screen, scale, name):
    assert tours[code, screen, scale][name]["problems"] == []


@pytest.mark.parametrize(("code", "screen", "scale"), RUNS)
@pytest.mark.parametrize(("states", "steady"), [
    (("today", "today-paused"), "width"),
    (("breathing-choice", "breathing-running", "breathing-stopped"), "size"),
])
def test_a_window_keeps_its_size_when_its_state_changes(tours, code, screen, scale, states, steady):
    sizes = {name: tuple(tours[code, screen, scale][name]["size"]) for name in states}
    if steady == "width":
        sizes = {name: size[0] for name, size in sizes.items()}
    assert len(set(sizes.values())) == 1, sizes
