"""Every coloured text and check box reads at WCAG AA in light, dark and high contrast, live.

Measured on what is painted: each window is grabbed, and each label's text is compared
with the background around it (4.5:1; 3:1 for large text), each unticked check box's
outline with the window behind it (3:1, WCAG 1.4.11). The contrast formula is written out
here, not imported, so the app's own colour rules are checked, not trusted.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontInfo, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QStyle, QStyleOptionButton, QWidget
from qt_palettes import PALETTES

from companion.core.checklist import Level
from companion.core.kinds import Action, Request
from companion.ui.check.result import banner_colours
from companion.ui.widgets.colors import fusion_palette

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

Role = QPalette.ColorRole


# -- WCAG 2 contrast --------------------------------------------------------------------------
def _luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_matches_known_values():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)  # just below AA


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("level", list(Level), ids=lambda level: level.key)
def test_each_result_banner_reads_at_aa_whatever_the_palette(level, dark):
    background, text, _edge = banner_colours(level, fusion_palette(dark))
    assert contrast(background, text) >= 4.5


# -- what is painted ----------------------------------------------------------------------------
def _colour_counts(image: QImage, rect: QRect) -> Counter[int]:
    """How often each ARGB value is painted inside ``rect`` (read in bulk, not pixel by pixel)."""
    rect = rect.intersected(image.rect())
    if rect.isEmpty():
        return Counter()
    part = image.copy(rect).convertToFormat(QImage.Format.Format_ARGB32)
    row_words = part.bytesPerLine() // 4
    words = memoryview(part.constBits()).cast("I")  # one 0xAARRGGBB value per pixel
    counts: Counter[int] = Counter()
    for y in range(part.height()):
        counts.update(words[y * row_words:y * row_words + part.width()])
    return counts


def ink_contrast(image: QImage, rect: QRect, background: QColor | None = None) -> float:
    """How far the strongest pixel in ``rect`` stands out from the background there.

    The background is the commonest colour in ``rect`` unless given. Anti-aliased edges
    only lower the figure, so a pass is a real pass.
    """
    counts = _colour_counts(image, rect)
    if background is None:
        background = QColor.fromRgba(counts.most_common(1)[0][0])
    return max(contrast(QColor.fromRgba(argb), background) for argb in counts)


def large(label: QLabel) -> bool:
    """WCAG's large text: 18 pt and up, or 14 pt bold."""
    info = QFontInfo(label.font())
    points = info.pixelSize() * 72 / label.logicalDpiY()
    return points >= 18 or (info.bold() and points >= 14)


def label_problems(window: QWidget) -> list[str]:
    """Every visible label whose text reads below AA on what is painted behind it."""
    QApplication.processEvents()
    image = window.grab().toImage()
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip() or not label.pixmap().isNull():
            continue
        seen = label.visibleRegion().boundingRect()
        if seen.height() < label.fontMetrics().height():
            continue  # scrolled out of sight but for a sliver of its margin
        rect = QRect(label.mapTo(window, seen.topLeft()), seen.size())
        need = 3.0 if large(label) else 4.5
        measured = ink_contrast(image, rect)
        if measured < need:
            found.append(f"{label.text()[:40]!r}: {measured:.2f}:1, needs {need}:1")
    return found


def box_problems(window: QWidget) -> list[str]:
    """Every visible, enabled, unticked check box whose outline is below 3:1 against the window."""
    QApplication.processEvents()
    image = window.grab().toImage()
    found = []
    for box in window.findChildren(QCheckBox):
        if not box.isVisible() or not box.isEnabled() or box.isChecked():
            continue
        option = QStyleOptionButton()
        box.initStyleOption(option)
        indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        if not box.visibleRegion().boundingRect().contains(indicator):
            continue  # scrolled out of sight
        rect = QRect(box.mapTo(window, indicator.topLeft()), indicator.size())
        # The window just outside the indicator, left of its middle.
        around = image.pixelColor(QPoint(rect.left() - 2, rect.center().y()))
        measured = ink_contrast(image, rect, around)
        if measured < 3.0:
            found.append(f"{box.text()[:40]!r}: outline {measured:.2f}:1, needs 3:1")
    return found


def problems(window: QWidget) -> list[str]:
    return label_problems(window) + box_problems(window)


# -- the windows, as the app builds them ------------------------------------------------------------
@pytest.fixture
def palette(request, qapp):
    """Run the test under a named palette, then give the app its palette back."""
    before = QPalette(qapp.palette())
    qapp.setPalette(PALETTES[request.param]())
    yield request.param
    qapp.setPalette(before)


def open_windows(make_app, keep) -> dict[str, QWidget]:
    """Today, the check window with an urgent sign ticked, a paused stretch, breathing,
    Settings and the welcome, each showing its warning colour: ``make_app(new_ticker=...)``
    builds the app, ``keep`` takes each window the app does not own."""
    from companion.services.ticker import ManualTicker
    from companion.ui.shell.settings_dialog import SettingsDialog
    from companion.ui.shell.welcome import WelcomeWindow

    tickers = []

    def new_ticker(interval_ms=100):
        tickers.append(ManualTicker())
        return tickers[-1]

    app = make_app(new_ticker=new_ticker)
    app.home.show_today()
    app.commands.run(Request(Action.CHECK))
    check = app.features.windows["check"]
    check.checklist_page.boxes["face_droop"].setChecked(True)
    stretch = app.features.window("stretch")
    stretch.safety_seen = True
    app.commands.run(Request(Action.STRETCH, "quick-hand"))
    tickers[-1].advance(5)
    stretch.toggle_pause()
    app.commands.run(Request(Action.BREATHE))
    breathing = app.features.windows["breathing"]
    breathing.start()
    tickers[-1].advance(1.5)
    settings = SettingsDialog(app.settings, None)
    keep(settings)
    settings.plans["hydration"].times.setText("11:00, 25:00")
    settings.plans["hydration"].times.editingFinished.emit()  # refused, in the warning colour
    assert settings.problem.isVisibleTo(settings)
    settings.show()
    welcome = WelcomeWindow(app.settings, tray=False)
    keep(welcome)
    welcome.show()
    for day in welcome.days:
        day.setChecked(False)
    welcome.done()  # refused: no day chosen, and the window says so in its warning colour
    assert welcome.problem.isVisible()
    QApplication.processEvents()
    return {"today": app.home.today, "check": check, "stretch": stretch, "breathing": breathing,
            "settings": settings, "welcome": welcome}


@pytest.fixture
def windows(make_app, qtbot):
    """The windows, built for one test that changes the palette under them."""
    return open_windows(make_app, qtbot.addWidget)


@pytest.fixture(scope="module", params=list(PALETTES))
def painted(request, qapp, tmp_path_factory):
    """The windows, built once under each palette for the tests that only look at them.

    Those tests run in file order and leave the windows as they found them, but for the
    stretch picker's, which stops the session and so comes last. Module-scoped, so the
    app gets a temporary home of its own here (the per-test one does not exist yet)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from companion.app import Companion
    from companion.core.clock import FakeClock
    from companion.services import paths

    folder = tmp_path_factory.mktemp("contrast")
    before = QPalette(qapp.palette())
    kept: list[QWidget] = []
    apps = []
    with pytest.MonkeyPatch.context() as env:
        for name, sub in (("COMPANION_HOME", "companion-home"), ("XDG_CONFIG_HOME", "xdg-config"),
                          ("XDG_DATA_HOME", "xdg-data"), ("HOME", "home")):
            env.setenv(name, str(folder / sub))
        env.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # toasts, as make_app's
        qapp.setPalette(PALETTES[request.param]())

        def make_app(**kwargs):
            tz = ZoneInfo("Europe/Paris")
            app = Companion(paths.resolve(), start_paused=True, confirm_quit=lambda: False,
                            clock=FakeClock(datetime(2026, 3, 2, 9, 50, tzinfo=tz)), tz=tz,
                            **kwargs)
            app.start()
            apps.append(app)
            return app

        try:
            yield open_windows(make_app, kept.append)
        finally:
            for window in kept:
                window.close()
            for app in apps:
                app.features.close_all()
                app.shutdown()
            qapp.setPalette(before)


def test_every_text_and_check_box_reads_in_each_palette(painted):
    found = {name: problems(window) for name, window in painted.items()}
    assert {name: issues for name, issues in found.items() if issues} == {}


@pytest.mark.parametrize("palette", list(PALETTES), indirect=True)
def test_placeholders_in_text_fields_read(palette, make_app, qapp):
    make_app(open_today=False)
    QApplication.processEvents()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        hint, field = qapp.palette().color(group, Role.PlaceholderText), qapp.palette().color(group, Role.Base)
        painted = QColor.fromRgbF(*(h * hint.alphaF() + f * (1 - hint.alphaF()) for h, f in (
            (hint.redF(), field.redF()), (hint.greenF(), field.greenF()), (hint.blueF(), field.blueF()))))
        assert contrast(painted, field) >= 4.5


def test_every_settings_page_reads(painted):
    settings = painted["settings"]
    found = {}
    try:
        for page in range(settings.sections.count()):
            settings.sections.setCurrentRow(page)
            found[settings.sections.item(page).text()] = problems(settings)
    finally:
        settings.sections.setCurrentRow(0)
    assert {page: issues for page, issues in found.items() if issues} == {}


# -- the stretch ring's "Paused" ------------------------------------------------------------------
def _ink_rows(image: QImage, rect: QRect, background: QColor) -> int:
    """How many pixel rows in ``rect`` hold ink (anything standing out 1.5:1 from the background)."""
    rect = rect.intersected(image.rect())
    rows = (QRect(rect.left(), y, rect.width(), 1) for y in range(rect.top(), rect.bottom() + 1))
    return sum(1 for row in rows
               if any(contrast(QColor.fromRgba(argb), background) >= 1.5 for argb in _colour_counts(image, row)))


def caption_area(ring: QWidget) -> QRect:
    """The part of the ring below its number and inside the arc, where the caption sits."""
    side = min(ring.width(), ring.height())
    thickness = max(4.0, side / 14)
    radius = side / 2 - thickness
    centre = ring.rect().center()
    return QRect(round(centre.x() - 0.6 * radius), round(centre.y() + 0.1 * radius),
                 round(1.2 * radius), round(0.65 * radius))


def test_paused_in_the_stretch_ring_is_as_big_as_normal_text_and_reads(painted):
    session = painted["stretch"].session
    ring = session.ring
    assert "Paused" in ring.accessibleDescription()
    image = ring.grab().toImage()
    window_colour = ring.palette().color(Role.Window)
    area = caption_area(ring)
    assert ink_contrast(image, area, window_colour) >= 4.5
    # The caption's letters stand as tall as those of "Round 1 of 2", in the normal font below.
    rep = session.rep_label.grab().toImage()
    normal = _ink_rows(rep, rep.rect(), session.rep_label.palette().color(Role.Window))
    assert _ink_rows(image, area, window_colour) >= normal * 0.95


def test_the_stretch_picker_and_its_notes_read(painted):
    """Last of the tests on ``painted``: it stops the stretch session to show the picker."""
    stretch = painted["stretch"]
    stretch.stop()
    stretch.pages.setCurrentWidget(stretch.picker)
    assert problems(stretch) == []


# -- following the desktop live --------------------------------------------------------------------
def window_colour(window: QWidget) -> QColor:
    """The commonest colour painted in the window: its background."""
    QApplication.processEvents()  # outside exec() Qt hands a new palette to widgets later
    image = window.grab().toImage()
    return QColor.fromRgba(_colour_counts(image, image.rect()).most_common(1)[0][0])


def test_a_new_palette_repaints_every_open_window_readably(qapp, windows):
    before = QPalette(qapp.palette())
    try:
        qapp.setPalette(PALETTES["light"]())
        assert window_colour(windows["breathing"]).lightness() > 200
        ring_light = windows["stretch"].session.ring.grab().toImage()
        qapp.setPalette(PALETTES["dark"]())  # as Qt does when the desktop turns dark
        for name, window in windows.items():
            assert window_colour(window).lightness() < 80, name
            assert problems(window) == [], name
        # The custom-painted ring and breathing shape are painted anew, not from a cache.
        assert windows["stretch"].session.ring.grab().toImage() != ring_light
        assert window_colour(windows["breathing"].shape).lightness() < 80
    finally:
        qapp.setPalette(before)


def test_a_dark_scheme_without_a_dark_palette_still_turns_the_app_dark(qapp, windows):
    """Some desktops report dark but give no palette: the app switches to Fusion's dark."""
    hints = QGuiApplication.styleHints()
    before = QPalette(qapp.palette())
    try:
        qapp.setPalette(PALETTES["light"]())
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        QApplication.processEvents()
        for name, window in windows.items():
            assert window_colour(window).lightness() < 80, name
            assert problems(window) == [], name
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        QApplication.processEvents()
        for name, window in windows.items():
            assert window_colour(window).lightness() > 200, name
            assert problems(window) == [], name
    finally:
        qapp.setPalette(before)


def test_a_dark_scheme_keeps_the_desktops_own_dark_palette(qapp, windows):
    hints = QGuiApplication.styleHints()
    before = QPalette(qapp.palette())
    try:
        qapp.setPalette(PALETTES["hc-dark"]())  # the desktop's theme turned dark itself
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        QApplication.processEvents()
        assert window_colour(windows["today"]) == QColor(0, 0, 0)  # not Fusion's grey
    finally:
        qapp.setPalette(before)
