"""Every window works from the keyboard alone.

For each window (and each page or tab of it): Tab visits every control a user can act
on exactly once, in the order they are read (top to bottom, left to right, a column at a
time); a useful control has focus when it opens; Alt+letter mnemonics never clash; Esc
closes it without quitting anything; Enter presses its main button where it has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabBar,
    QWidget,
)

from companion import assets as companion_assets
from companion.core.breathing_files import load_cautions, load_patterns
from companion.core.checklist import load_default
from companion.core.routines import load_routines
from companion.core.settings import Settings
from companion.core.today import DaySummary
from companion.ui.breathing.window import BreathingWindow
from companion.ui.check.window import CheckWindow
from companion.ui.shell.about_system import AboutSystemPage
from companion.ui.shell.prompt import PromptToast
from companion.ui.shell.settings_data import DataHost, DataSection, add_to
from companion.ui.shell.settings_dialog import SettingsDialog
from companion.ui.shell.settings_week import OwnWeek, WeekEditor
from companion.ui.shell.today import TodayWindow
from companion.ui.shell.welcome import WelcomeWindow
from companion.ui.stretch.window import StretchWindow

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

ASSETS = companion_assets.root()
TZ = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=TZ)


@dataclass
class View:
    """One thing a user sees in a window: the window, and how to get it to this page."""

    name: str
    window: QWidget
    show_page: object = None            # callable bringing the page up (None: as opened)
    first: QWidget | None = None        # the control that should have focus on opening
    default: QAbstractButton | None = None  # what Enter presses (None: nothing)
    enter_from: QWidget | None = None   # where to press Enter (None: the first non-button)
    # Controls that may go without a mnemonic, with why: lists of same-named buttons and
    # rows of many short items, which Tab and the arrow keys reach instead.
    no_mnemonic: object = field(default_factory=set)  # a set, or a test


def _settings_view(qtbot, page: int, history) -> View:
    dialog = SettingsDialog(Settings(), sources=[])
    qtbot.addWidget(dialog)
    add_to(dialog, DataSection(DataHost(history, lambda: NOW, lambda: TZ, Settings,
                                         lambda new, old: None, lambda: None)))
    # The working weeks: seven rows of the same day controls, reached by Tab instead.
    days = {w for week in dialog.findChildren(WeekEditor) for w in week.findChildren(QWidget)}
    # The three reminders' rows share their words ("How", "Every"...): Alt+W, Alt+S and
    # Alt+B reach each reminder's first box, Tab the rows below it.
    reminders = dialog.pages["Reminders"]
    return View(f"settings-page{page}", dialog, lambda: dialog.sections.setCurrentRow(page),
                first=dialog.sections if page == 0 else None,
                no_mnemonic=lambda w: w in days or (reminders.isAncestorOf(w) and (
                    isinstance(w, QLabel) or isinstance(w.parentWidget(), OwnWeek))))


def build(name: str, qtbot, history, ticker, clock) -> View:  # noqa: C901 - one branch a window
    if name == "today":
        w = TodayWindow(TZ)
        qtbot.addWidget(w)
        w.show_day(DaySummary(2, 1, 8, 500, 0), NOW)
        w.show_schedule({}, NOW, NOW)  # paused: the Resume button shows too
        return View(name, w, first=w.log_button)
    if name == "toast":
        w = PromptToast("stretch", snooze_minutes=10, timeout_minutes=5)  # deletes itself on close
        return View(name, w, first=w.primary, default=w.primary)
    if name.startswith("settings-page"):
        return _settings_view(qtbot, int(name[-1]), history)
    if name == "welcome":
        w = WelcomeWindow(Settings(), tray=True)
        qtbot.addWidget(w)
        return View(name, w, first=w.start, default=w.done_button, no_mnemonic=set(w.days))
    if name == "about":
        w = AboutSystemPage(gather=lambda: [])
        qtbot.addWidget(w)
        return View(name, w)
    if name.startswith("stretch"):
        routines, _ = load_routines(ASSETS / "routines", None)
        w = StretchWindow(routines, history, ticker, assets_dir=ASSETS, safety_seen=name != "stretch-safety")
        qtbot.addWidget(w)
        if name == "stretch-picker":
            buttons = list(w.picker.start_buttons.values())
            return View(name, w, lambda: w.start(None), first=buttons[0], no_mnemonic=set(buttons))
        if name == "stretch-safety":
            return View(name, w, lambda: w.start("hand-wrist"), first=w.safety.button,
                        default=w.safety.button)
        if name == "stretch-session":
            return View(name, w, lambda: w.start("hand-wrist"), first=w.session.pause_button)
        if name == "stretch-done":
            def finished():
                w.start("quick-hand")
                w.stop()
            return View(name, w, finished, first=w.done.close_button, default=w.done.close_button)
    if name.startswith("breathing"):
        patterns, _ = load_patterns(ASSETS / "breathing" / "patterns.toml", None)
        w = BreathingWindow(patterns, history, ticker,
                            cautions=load_cautions(ASSETS / "breathing" / "patterns.toml"))
        qtbot.addWidget(w)
        if name == "breathing":
            return View(name, w, lambda: w.open(), first=w.start_button, default=w.start_button)
        return View(name, w, lambda: w.start(), first=w.pause_button)
    if name.startswith("check"):
        w = CheckWindow(load_default(), history, clock)
        qtbot.addWidget(w)
        page = {"check-list": 0, "check-past": 1, "check-diary": 2}[name]
        boxes = set(w.checklist_page.boxes.values())
        # The questions: a long list of check boxes, each with its wrapping label.
        labels = {label for label in w.findChildren(QLabel) if label.buddy() in boxes}
        tips = w.checklist_page.result  # its tip buttons come and go with the answers
        triggers = set(w.diary.form.trigger_boxes.values())

        def shown():
            w.show_checklist()
            w.tabs.setCurrentIndex(page)
        default = w.diary.form.log_button if page == 2 else None
        return View(name, w, shown, first=w.tabs.tabBar(), default=default,
                    enter_from=w.diary.form.area,
                    no_mnemonic=lambda b: b in boxes | labels | triggers or tips.isAncestorOf(b))
    raise ValueError(name)


NAMES = ["today", "toast", "settings-page0", "settings-page1", "settings-page2", "settings-page3",
         "settings-page4", "settings-page5", "settings-page6", "welcome", "about", "stretch-picker", "stretch-safety",
         "stretch-session", "stretch-done", "breathing", "breathing-session", "check-list",
         "check-past", "check-diary"]


@pytest.fixture
def view(request, qtbot, history, ticker, clock):
    v = build(request.param, qtbot, history, ticker, clock)
    if isinstance(v.window, PromptToast):
        v.window.pop_up()  # shown without taking focus; the user clicks or Alt+Tabs to it
    else:
        v.window.show()
    if v.show_page is not None:
        v.show_page()
    with qtbot.waitActive(v.window):
        v.window.activateWindow()
    yield v
    if shiboken6.isValid(v.window):
        v.window.close()


# -- what counts as a control ------------------------------------------------------------

def _inside_composite(widget: QWidget) -> bool:
    """Part of a spin box, combo box or tab widget's own machinery, not a control itself."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def controls(window: QWidget) -> list[QWidget]:
    """Every enabled, visible control a user can Tab to."""
    found = []
    for widget in window.findChildren(QWidget):
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) != Qt.FocusPolicy.TabFocus:
            continue
        if not (widget.isVisible() and widget.isEnabled()) or widget.focusProxy() is not None:
            continue
        if _inside_composite(widget) or widget.window() is not window:
            continue
        found.append(widget)
    return found


def rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}({text or widget.accessibleName()!r})"


def tab_chain(qtbot, window: QWidget, where: dict | None = None) -> list[QWidget]:
    """Focus owners met by pressing Tab from the first control, until it comes round again.

    ``where`` gets each one's place in the window as it was when it had focus (a scroll
    area moves its content to show the focused control).
    """
    start = QApplication.focusWidget()
    assert start is not None and start.window() is window, "nothing in the window has focus"
    chain = [start]
    if where is not None:
        where[start] = laid_out(window, start)
    for _ in range(200):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is chain[-1] and isinstance(now, QAbstractSpinBox):
            continue  # Tab goes through a time's hours and minutes before leaving it
        if now is start:
            return chain
        went = [describe(w) for w in chain + [now]]
        assert now not in chain, f"Tab went round without coming back to {describe(start)}: {went}"
        chain.append(now)
        if where is not None:
            where[now] = laid_out(window, now)
    raise AssertionError("Tab never came back to where it started")


def laid_out(window: QWidget, widget: QWidget) -> QRect:
    """Where ``widget`` is in ``window`` with every scroll area scrolled to its top."""
    x = y = 0
    w = widget
    while w is not None and w is not window:
        viewport = w.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if not (isinstance(area, QScrollArea) and area.widget() is w):  # content: unscrolled
            x, y = x + w.x(), y + w.y()
        w = viewport
    return QRect(x, y, widget.width(), widget.height())


def out_of_reading_order(ra: QRect, rb: QRect) -> bool:
    """Whether going from ``a`` to ``b`` jumps against the reading order.

    Next on the same line must be to the right; a later line may start anywhere; going
    up is only right into a column further right (a side-by-side column or panel).
    """
    same_line = rb.top() < ra.bottom() and ra.top() < rb.bottom()
    if same_line and not (rb.left() >= ra.right() - 2 or ra.contains(rb) or rb.contains(ra)):
        return rb.center().x() < ra.center().x()
    if rb.top() >= ra.center().y() or same_line:
        return False
    return rb.left() < ra.right() - 2  # upwards, but not into a column to the right


# -- the tests ---------------------------------------------------------------------------

def tab_visits_every_control_once_in_reading_order(view, qtbot):
    window = view.window
    where: dict[QWidget, QRect] = {}
    chain = tab_chain(qtbot, window, where)
    expected = controls(window)
    missing = [describe(w) for w in expected if w not in chain]
    extra = [describe(w) for w in chain if w not in expected]
    assert not missing, f"Tab never reaches {missing}"
    assert not extra, f"Tab stops on {extra}, which is hidden or not a control"
    # Read from the first control: where the chain wraps round is where reading starts.
    first = min(chain, key=lambda w: (where[w].top(), where[w].left()))
    at = chain.index(first)
    ordered = chain[at:] + chain[:at]
    jumps = [f"{describe(a)} -> {describe(b)}" for a, b in zip(ordered, ordered[1:])
             if out_of_reading_order(where[a], where[b])]
    assert not jumps, f"Tab jumps against the reading order: {jumps}"


def a_useful_control_has_focus_on_opening(view):
    if view.first is None:
        assert QApplication.focusWidget() is not None
        assert QApplication.focusWidget().window() is view.window
    else:
        assert QApplication.focusWidget() is view.first, describe(QApplication.focusWidget())


MNEMONIC = re.compile(r"&([^&])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def labelled(window: QWidget) -> dict[QWidget, str]:
    """Visible buttons, check boxes, buddy labels, group boxes and tabs, with their text."""
    found: dict[QWidget, str] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or _inside_composite(widget) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            box = widget.parentWidget()
            if isinstance(box, QDialogButtonBox) and box.buttonRole(widget) in (
                    QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.RejectRole):
                continue  # OK and Cancel: Enter and Esc
            found[widget] = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found[widget] = widget.text()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                found[(widget, index)] = widget.tabText(index)
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            found[widget] = widget.title()
    return found


def mnemonics_are_there_and_never_clash(view):
    seen: dict[str, str] = {}
    without, clashes = [], []
    for widget, text in labelled(view.window).items():
        letter = mnemonic(text)
        if letter is None:
            exempt = view.no_mnemonic
            if not (exempt(widget) if callable(exempt) else widget in exempt):
                without.append(text)
            continue
        if letter in seen:
            clashes.append(f"{seen[letter]!r} and {text!r}")
        seen[letter] = text
    assert not without, f"no Alt+letter for {without}"
    assert not clashes, f"the same Alt+letter for {clashes}"


def escape_closes_the_window(view, qtbot):
    closed = []
    if isinstance(view.window, TodayWindow):
        view.window.escape_pressed.connect(lambda: closed.append(True))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    if isinstance(view.window, StretchWindow) and view.name == "stretch-session":
        # In a session Esc stops it (the time still counts); a second Esc closes.
        assert view.window.pages.currentWidget() is view.window.done
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    if isinstance(view.window, BreathingWindow) and view.name == "breathing-session":
        assert not view.window._session.active
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    if isinstance(view.window, TodayWindow):
        assert closed  # the app hides it (a tray) or minimises it (no tray): never quits
    else:
        assert not view.window.isVisible()


@pytest.mark.parametrize("view", NAMES, indirect=True)
def test_the_window_works_from_the_keyboard(view, qtbot):
    """One window, built once, walked as a keyboard user would: what has focus on opening,
    Tab round every control, the Alt+letters, the focus ring on each, and Esc last (it
    closes). Enter is tried on a window of its own below, since pressing it acts."""
    a_useful_control_has_focus_on_opening(view)
    tab_visits_every_control_once_in_reading_order(view, qtbot)
    mnemonics_are_there_and_never_clash(view)
    focus_shows_on_every_control(view, qtbot)
    escape_closes_the_window(view, qtbot)


@pytest.mark.parametrize("view", [n for n in NAMES if not n.startswith("settings") and n not in (
    "today", "about", "stretch-picker", "stretch-session", "breathing-session", "check-list",
    "check-past")], indirect=True)
def test_enter_presses_the_main_button(view, qtbot):
    assert view.default is not None
    pressed = []
    view.default.clicked.connect(lambda: pressed.append(True))
    # From the first control (not a button: a field, a box, a tab), as a user would.
    target = view.enter_from or next((w for w in tab_chain(qtbot, view.window)
                                      if not isinstance(w, QPushButton)), None)
    if target is None:  # only buttons here: Enter on the main one
        target = view.default
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert pressed, f"Enter on {describe(target)} did not press {describe(view.default)}"


def test_enter_on_a_focused_button_presses_that_button_not_the_default(qtbot, history, ticker, clock):
    view = build("welcome", qtbot, history, ticker, clock)
    view.window.show()
    with qtbot.waitActive(view.window):
        view.window.activateWindow()
    skipped = []
    view.window.skip_button.clicked.connect(lambda: skipped.append(True))
    view.window.skip_button.setFocus()
    qtbot.keyClick(view.window.skip_button, Qt.Key.Key_Return)
    assert skipped


def focus_shows_on_every_control(view, qtbot):
    """The style draws where focus is (Fusion does) and no style sheet hides it."""
    unseen = []
    window = view.window
    for _ in tab_chain(qtbot, window):  # each in turn, by Tab (which scrolls it into view)
        widget = QApplication.focusWidget()
        # Fusion draws the default button as if focused: with focus elsewhere, that
        # control shows it; with focus on it, nothing else does.
        if not (isinstance(widget, QPushButton) and widget.isDefault()):
            area = rect_in(window, widget).adjusted(-4, -4, 4, 4)  # a ring may sit outside
            focused = window.grab(area).toImage()
            widget.clearFocus()
            if window.grab(area).toImage() == focused:
                unseen.append(describe(widget))
            # Back, as the keyboard gives it: Qt then shows focus (a mouse click, not).
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert not unseen, f"nothing shows that these have focus: {unseen}"


@pytest.mark.parametrize("tray", [True, False])
def test_escape_on_today_puts_it_away_and_never_quits(qtbot, monkeypatch, tray):
    from companion.ui.shell.home import Home
    from companion.ui.shell.tray import TrayMenu
    monkeypatch.setattr(TrayMenu, "available", property(lambda self: tray))
    asked_to_quit = []
    home = Home(TZ, tray_hint_shown=lambda: True, confirm_quit=lambda: asked_to_quit.append(1) or True)
    quits = []
    home.quit_requested.connect(lambda: quits.append(1))
    today = home.today
    qtbot.addWidget(today)
    home.show_today()
    with qtbot.waitActive(today):
        today.activateWindow()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert quits == [] and asked_to_quit == []
    if tray:
        assert not today.isVisible()
    else:
        assert today.isMinimized()




@pytest.mark.parametrize("code", ["de", "id"])
@pytest.mark.parametrize("name", NAMES)
def test_every_window_has_its_access_keys_in_every_language(name, code, language, qtbot, history,
                                                                     ticker, clock):
    """Every control with an Alt+letter in English has one in German and Indonesian too,
    and no two in a window share a letter (translators pick their own)."""
    language(code)
    view = build(name, qtbot, history, ticker, clock)
    view.window.show()
    if view.show_page is not None:
        view.show_page()
    try:
        mnemonics_are_there_and_never_clash(view)
    finally:
        if shiboken6.isValid(view.window):
            view.window.close()
