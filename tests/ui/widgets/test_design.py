"""The design system a user sees in every window: sizes follow the text, underlines follow Alt,
windows open in the middle, and the accent reads in every palette (docs/design.md)."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QStyle, QWidget
from qt_palettes import PALETTES

from companion.ui.widgets.colors import (
    ACCENT_HUE,
    GRAPHIC,
    TEXT,
    ReadableStyle,
    accent,
    accent_fill,
    contrast,
    follow_system_colours,
    tile_surface,
)
from companion.ui.widgets.controls import primary_button
from companion.ui.widgets.style import CompanionStyle, use_companion_style
from companion.ui.widgets.theme import centre, page_layout, window_title


@pytest.fixture
def style(qapp):
    follow_system_colours()
    found = use_companion_style(qapp, ReadableStyle)  # (a test before may have put another in)
    assert isinstance(found, CompanionStyle)
    yield found
    found.alt_held = False


def _sized(qtbot, factor: float) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    window.setFont(font)
    return window


def test_twice_the_text_gets_twice_the_padding_and_larger_check_boxes(qtbot, style):
    measured = {}
    for factor in (1, 2):
        window = _sized(qtbot, factor)
        layout = page_layout(window)
        button, box = QPushButton("Log a glass"), QCheckBox("Remind me")
        layout.addWidget(button)
        layout.addWidget(box)
        text_height = button.fontMetrics().height()
        measured[factor] = {
            "button padding": button.sizeHint().height() - text_height,
            "window margin": layout.contentsMargins().left(),
            "spacing": layout.spacing(),
            "indicator": style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box),
        }
    for what, small in measured[1].items():
        assert measured[2][what] == pytest.approx(2 * small, abs=2), what
    assert measured[1]["indicator"] >= 14  # never smaller than Fusion's own


def test_alt_letter_underlines_show_only_while_alt_is_held(qtbot, style):
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("&Log a glass", window)
    plain = QPushButton("Log a glass", window)
    plain.move(0, 60)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)

    def looks_plain() -> bool:
        return button.grab().toImage() == plain.grab().toImage()

    assert not style.styleHint(QStyle.StyleHint.SH_UnderlineShortcut)
    assert looks_plain()
    QApplication.sendEvent(button, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Alt,
                                             Qt.KeyboardModifier.AltModifier))
    assert style.styleHint(QStyle.StyleHint.SH_UnderlineShortcut)
    assert not looks_plain()  # the L is underlined now
    QApplication.sendEvent(button, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Alt,
                                             Qt.KeyboardModifier.NoModifier))
    assert looks_plain()
    # Alt+Tab to another program: the release goes there, and the underlines go anyway.
    QApplication.sendEvent(button, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Alt,
                                             Qt.KeyboardModifier.AltModifier))
    assert not looks_plain()
    QApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.ApplicationDeactivate))
    assert looks_plain()


def test_a_new_window_opens_in_the_middle_of_its_screen_or_parent(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    centre(window)
    window.show()
    area = window.screen().availableGeometry()
    assert abs(window.frameGeometry().center().x() - area.center().x()) <= 10
    assert abs(window.frameGeometry().center().y() - area.center().y()) <= 25

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setGeometry(area.left() + 20, area.top() + 40, 700, 500)
    parent.show()
    child = QWidget()
    qtbot.addWidget(child)
    child.resize(300, 200)
    centre(child, over=parent)
    child.show()
    assert abs(child.frameGeometry().center().x() - parent.frameGeometry().center().x()) <= 10


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_the_accent_and_the_main_button_read_in_every_palette(name):
    palette = PALETTES[name]()
    hc = name.startswith("hc")
    for surface in (palette.color(palette.ColorRole.Window), tile_surface(palette)):
        assert contrast(accent(palette), surface) >= (4.5 if hc else GRAPHIC)
    fill, ink = accent_fill(palette)
    assert contrast(ink, fill) >= (7.0 if hc else TEXT)
    if not hc:  # still the icon's teal, not some other colour
        assert accent(palette).hue() == pytest.approx(ACCENT_HUE.hue(), abs=8)


def test_the_main_button_is_filled_with_the_accent_and_disabled_it_looks_disabled(qtbot, style):
    button = primary_button("&Start")
    qtbot.addWidget(button)
    fill, _ink = accent_fill(button.palette())
    assert button.palette().color(button.palette().ColorRole.Button) == fill
    assert button.accessibleName() == "Start"
    disabled = button.palette().color(button.palette().ColorGroup.Disabled,
                                      button.palette().ColorRole.ButtonText)
    assert disabled != button.palette().color(button.palette().ColorRole.ButtonText)


def test_window_titles_name_the_feature_then_the_app():
    assert window_title("Stretch break") == "Stretch break — Companion"


def test_the_palette_stays_readable_after_the_test_window_sweep(qapp, qtbot):
    """The sweep after each test (tests/widget_sweep.py) deletes leftover windows, never the
    app's hidden palette watch: without it, a later test's palette kept unreadable greys."""
    from PySide6.QtGui import QPalette
    from widget_sweep import sweep

    from companion.ui.widgets.colors import contrast, follow_system_colours
    follow_system_colours(qapp)
    QWidget()  # a window a test left behind
    sweep()
    before = QPalette(qapp.palette())
    try:
        grey = QPalette(before)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            grey.setColor(group, QPalette.ColorRole.PlaceholderText, grey.color(group, QPalette.ColorRole.Base))
        qapp.setPalette(grey)  # a placeholder colour nobody could read
        QApplication.processEvents()
        now = qapp.palette()
        role = QPalette.ColorRole
        assert contrast(now.color(role.PlaceholderText), now.color(role.Base)) >= 4.5
    finally:
        qapp.setPalette(before)
