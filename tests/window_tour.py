"""Every window of the app, opened as a user would see it, and a check that nothing is cut off.

Used by tests/shots.py (screenshots) and tests/ui/test_large_text_layout.py (the layout
test). It runs in a process of its own: Qt's offscreen platform is given a screen of the
chosen size (``screen_platform``) before the QApplication exists, and the app font can
be scaled (``--scale 2`` is twice the default size).

    python tests/window_tour.py --check [--screen 1366x768] [--scale 2] [--language de]
    python tests/window_tour.py --check [--screen 1366x768] --tour 1 en --tour 2 de ...

prints a JSON list with one object per tour: its scale, its language and, for each window
(``WINDOWS``), the layout problems found in it and its size. ``--language`` chooses
Companion's language as Settings does (core.i18n.LANGUAGES). Each ``--tour`` (text scale,
language) is made in a fresh app, one after the other in this process: the screen is
fixed when Qt starts, but the font and the language can change between two apps (they
find the same as a process each would, to the pixel).
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from companion.core.kinds import Action, Request

ROOT = Path(__file__).resolve().parents[1]
TZ = ZoneInfo("Europe/Paris")
# A Wednesday morning: far enough into the week for history, inside the active hours.
NOW = datetime(2026, 3, 4, 10, 20, tzinfo=TZ)

# The offscreen platform draws a 2 px frame and no title bar; a window manager adds one.
TITLE_BAR = 30

# Each window (or a state of one) the tour opens, in the order it opens them.
WINDOWS = (
    "today", "today-paused", "today-call",
    "toast-hydration", "toast-stretch", "toast-breathing",
    "settings-reminders", "settings-working-hours", "settings-general", "settings-away",
    "settings-wellbeing", "settings-break-screen", "settings-share-history", "settings-your-data",
    "welcome",
    "stretch-picker", "stretch-safety", "stretch-session", "stretch-done", "stretch-finished",
    "breathing-choice", "breathing-running", "breathing-stopped",
    "check-first", "check-urgent", "check-tremor", "check-past",
    # The diary adds entries of its own, so it comes after the windows they would change.
    "history", "check-diary", "about-system",
    "stats-week", "stats-month", "stats-year", "stats-table",
)


def screen_platform(width: int, height: int, folder: Path) -> str:
    """A QT_QPA_PLATFORM value: the offscreen platform with one screen of this size."""
    config = folder / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": f"screen-{width}x{height}", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def parse_screen(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


def reexec_on_screen(width: int, height: int) -> None:
    """Run this script again with an offscreen screen of the given size (once).

    Its temporary folder (the screen's file, a home) goes when the new process ends."""
    if os.environ.get("COMPANION_TOUR_SCREEN") == f"{width}x{height}":
        if (folder := os.environ.get("COMPANION_TOUR_FOLDER")) is not None:
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
        return
    folder = Path(tempfile.mkdtemp(prefix="companion-tour-"))
    env = dict(os.environ, QT_QPA_PLATFORM=screen_platform(width, height, folder),
               COMPANION_TOUR_SCREEN=f"{width}x{height}", COMPANION_TOUR_FOLDER=str(folder),
               COMPANION_HOME=str(folder / "home"),
               XDG_CONFIG_HOME=str(folder / "xdg-config"), XDG_DATA_HOME=str(folder / "xdg-data"),
               HOME=str(folder / "home"))
    # Toasts, not desktop notifications; and never the developer's real desktop bus.
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    os.execve(sys.executable, [sys.executable, *sys.argv], env)


def _quiet(kind, context, message: str) -> None:
    """Qt's chatter about what the offscreen platform or sound cannot do is no news here."""
    if "This plugin does not support" in message or (context.category or "").startswith("qt.multimedia"):
        return
    print(message, file=sys.stderr)


def start_qt(scale: float, palette: str = "light"):
    """The QApplication, its font scaled by ``scale``, under one of qt_palettes.PALETTES."""
    from PySide6.QtCore import Qt, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication
    from qt_palettes import PALETTES

    qInstallMessageHandler(_quiet)
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    qapp.setQuitOnLastWindowClosed(False)
    set_text_scale(scale)
    if palette != "light":
        # The whole palette, disabled colours included: overriding a few roles in every
        # group made disabled buttons look enabled in dark shots.
        qapp.setPalette(PALETTES[palette]())
        if palette.endswith("dark"):
            qapp.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    return qapp


_default_point_size: float | None = None  # the platform's font size, before any scaling


def set_text_scale(scale: float) -> None:
    """The app font at ``scale`` times the platform's size, for the windows built from now on."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication
    global _default_point_size
    font = QFont(QApplication.font())
    if _default_point_size is None:
        _default_point_size = font.pointSizeF()
    font.setPointSizeF(_default_point_size * scale)
    QApplication.setFont(font)


def settle(rounds: int = 3) -> None:
    """Let Qt lay out and show what was asked for (offscreen: no real waiting)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication
    for _ in range(rounds):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


class Tour:
    """A running app with some history, and a way to open each window in ``WINDOWS``."""

    def __init__(self, home: Path, language: str = "en"):
        from companion.app import Companion
        from companion.core import diary, settings_file
        from companion.core.clock import FakeClock
        from companion.core.settings import Settings
        from companion.services import paths
        from companion.services.ticker import ManualTicker

        os.environ["COMPANION_HOME"] = str(home)
        # Chosen in Settings, as a person would: the app puts it in force as it starts.
        settings_file.save(Settings(language=language), paths.resolve().settings_file)
        self.clock = FakeClock(NOW)
        self.tickers: list[ManualTicker] = []
        self.settings_dialog = None  # built at the first Settings page, turned for the others

        def new_ticker(interval_ms: int = 100) -> ManualTicker:
            ticker = ManualTicker()
            self.tickers.append(ticker)
            return ticker

        self.app = Companion(paths.resolve(), clock=self.clock, tz=TZ, start_paused=True,
                             confirm_quit=lambda: False, new_ticker=new_ticker)
        self.app.start()
        # The look the app puts on with its first window (some windows here are built
        # directly, as the app would only after that first window).
        from companion.ui.widgets.colors import follow_system_colours
        follow_system_colours()
        settle()  # the presence sources start a moment after the app: Settings describes them
        history = self.app.history
        for days_ago, hour in ((1, 9), (1, 15), (0, 9)):  # a little history to show
            self.clock.set(NOW - timedelta(days=days_ago, hours=10 - hour))
            self.app.commands.run(Request(Action.LOG_WATER))
        self.clock.set(NOW - timedelta(days=3))
        diary.add(history, area="eyelid", side="left", note="after a long screen day")
        self.clock.set(NOW - timedelta(hours=2))
        diary.add(history, area="calf", side="right", duration="minutes", strength="visible",
                  triggers=("caffeine", "poor_sleep"))
        self.clock.set(NOW)
        self.app.refresh()

    # -- one window per name --------------------------------------------------------
    def open(self, name: str):
        """Open the window (in the state) called ``name``; returns the top-level widget."""
        base, _, detail = name.partition("-")
        return getattr(self, "_" + base)(detail)

    def _today(self, detail: str):
        self.app.commands.run(Request(Action.RESUME))
        if detail == "paused":
            self.app.commands.run(Request(Action.PAUSE, "60"))
        elif detail == "call":  # with the notice that no call can be seen here
            self.app.commands.run(Request(Action.PAUSE, "call"))
        self.app.home.show_today()
        return self.app.home.today

    def _toast(self, kind: str):
        self.app.show_prompt(kind)
        return self.app.prompts[kind]

    def _settings(self, page: str):
        # One dialog for every page, as a person turns its pages: it builds all of them at
        # once, and sizes itself for the tallest each time it is shown (SettingsDialog.showEvent).
        if (dialog := self.settings_dialog) is None:
            from companion.ui.shell.settings_dialog import SettingsDialog
            sources = self.app.presence.describe() if self.app.presence is not None else None
            if sources is not None and self.app.desktop_breaks is not None:  # as the app does
                sources.append(self.app.desktop_breaks.status())
            dialog = self.settings_dialog = SettingsDialog(self.app.settings, sources=sources)
            from companion.ui.shell.settings_data import DataHost, DataSection, add_to
            add_to(dialog, DataSection(DataHost(self.app.history, self.app.clock, lambda: self.app.tz,
                                                 lambda: self.app.settings, self.app.apply_settings,
                                                 self.app.refresh)))
        dialog.show_page(page.replace("-", " "))
        dialog.show()
        return dialog

    def _welcome(self, _detail: str):
        from companion.ui.shell.welcome import WelcomeWindow
        window = WelcomeWindow(self.app.settings, tray=False)
        window.show()
        return window

    def _stretch(self, page: str):
        window = self.app.features.window("stretch")
        window.player = None
        window.safety_seen = page != "safety"
        if page in ("session", "done", "finished"):
            window.start("hand-wrist")
            ticker = window.ticker
            # Into the first step; for "done", stopped at 45 seconds; "finished", to the end.
            # A tick a second: the session keeps exact time between ticks (StretchPlayer).
            ticker.advance({"session": 8, "done": 45, "finished": 3600}[page], step=1.0)
            window._tick(ticker.now())
            if page == "done":
                window.stop()
        elif page == "safety":
            window.start("hand-wrist")  # the note comes first
        else:
            window.start(None)
        window.show()
        return window

    def _breathing(self, state: str):
        old = self.app.features.windows.pop("breathing", None)
        if old is not None:  # each state in a new window, as if first opened in it
            old.close()
            old.deleteLater()
        window = self.app.features.window("breathing")
        if state == "choice":
            window.open(None)
        else:  # straight into a session, as from the tray or --breathe
            window.start()
            # "stopped": after two breaths, so the end says what was done.
            window._ticker.advance(25 if state == "stopped" else 2.5)
            window._on_tick(window._ticker.now())
        if state == "stopped":
            window.stop()
        return window

    def _check(self, tab: str):
        old = self.app.features.windows.pop("check", None)
        if old is not None:  # each state in a new window, as if first opened in it
            old.close()
            old.deleteLater()
        window = self.app.features.window("check")
        window.show_checklist()
        page = window.checklist_page
        page.clear()  # each state from fresh answers: the urgent sign ticked before stays out
        if tab == "urgent":
            urgent = next(g for g in page.checklist.groups if g.level.key == "urgent")
            page.boxes[urgent.items[0].id].setChecked(True)
        elif tab == "tremor":  # past the urgent signs, a trigger ticked, the helper open
            page.go_on()
            page.boxes["caffeine"].setChecked(True)
            page.tremor_toggle.setChecked(True)
            _scroll_to(page.tremor_toggle)
        elif tab == "past":
            urgent = next(g for g in page.checklist.groups if g.level.key == "urgent")
            page.boxes[urgent.items[0].id].setChecked(True)
            page.save()
            page.clear()
            window.tabs.setCurrentWidget(window.past_checks)
        elif tab == "diary":
            self._fill_diary()
            window.tabs.setCurrentWidget(window.diary)
        return window

    def _fill_diary(self) -> None:
        """Eight entries over two and a half weeks (so the two-week alert shows), one long note."""
        from companion.core import diary
        long_note = ("Started while I was holding my phone on the train home and stopped a few "
                     "minutes after I put it down. It came back twice in the evening while I was "
                     "cooking, each time for less than a minute. No weakness: I could grip the pan "
                     "and write normally.")
        for days_ago, hour, minute, fields in (
                (17, 22, 10, {"area": "eyelid", "side": "left", "triggers": ("poor_sleep",)}),
                (13, 15, 40, {"area": "eyelid", "side": "left", "duration": "minute",
                              "triggers": ("caffeine", "stress"), "note": "during a long meeting"}),
                (10, 11, 5, {"area": "thumb", "side": "right", "strength": "visible",
                             "triggers": ("hand_use",), "note": "after two hours of typing"}),
                (7, 19, 30, {"area": "palm", "side": "left", "duration": "minutes",
                             "strength": "visible", "triggers": ("hand_use", "cold_tired_hands"),
                             "note": long_note}),
                (5, 7, 50, {"area": "calf", "side": "right", "duration": "hours",
                            "triggers": ("hard_exercise", "dehydration"),
                            "note": "the morning after a long run"}),
                (1, 21, 15, {"area": "eyelid", "side": "left", "triggers": ("caffeine",)})):
            when = (NOW - timedelta(days=days_ago)).replace(hour=hour, minute=minute)
            diary.add(self.app.history, occurred_at=when, **fields)

    def _history(self, _detail: str):
        self.app.commands.run(Request(Action.HISTORY))
        return self.app.features.windows["history"]

    def _stats(self, view: str):
        from companion.core.statistics import View
        self.app.commands.run(Request(Action.STATS))
        window = self.app.features.windows["stats"]
        window.as_table.setChecked(view == "table")
        window.set_view(View.WEEK if view == "table" else View(view))
        return window

    def _about(self, _detail: str):
        from companion.services.diagnose.facts import Fact
        from companion.ui.shell.about_system import AboutSystemPage
        facts = [  # fixed, so the window looks the same on every machine
            Fact("Qt platform", True, "offscreen, Qt 6"),
            Fact("System tray", False, "No system tray on this desktop.",
                 "Use the Today window; closing it asks before Companion quits."),
            Fact("Desktop notifications", False, "No notification server answered on the session bus.",
                 "Companion shows its own reminder windows instead."),
            Fact("Spoken steps", True, "speech-dispatcher found"),
            Fact("Idle time", True, "from the screen saver service"),
        ]
        page = AboutSystemPage(gather=lambda: facts)
        page.show()
        return page

    def close(self) -> None:
        self.app.features.close_all()
        self.app.shutdown()


def _scroll_to(widget) -> None:
    """Scroll the area ``widget`` is in so that it shows (the state shot is about it)."""
    from PySide6.QtWidgets import QScrollArea
    settle()
    holder = widget.parentWidget()
    while holder is not None and not isinstance(holder, QScrollArea):
        holder = holder.parentWidget()
    if holder is not None:
        holder.ensureWidgetVisible(widget)


@contextmanager
def opened(tour: Tour, name: str) -> Iterator:
    """Open one window, let it settle, close it (or hide it) afterwards."""
    from PySide6.QtWidgets import QApplication
    window = tour.open(name)
    settle()
    try:
        yield window
    finally:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not window:
                widget.hide()
        if window.isVisible():
            window.hide()
        settle(1)


# -- the layout check --------------------------------------------------------------------

def _describe(widget) -> str:
    text = ""
    for getter in ("text", "title", "currentText", "accessibleName"):
        value = getattr(widget, getter, None)
        if callable(value):
            value = value()
        if isinstance(value, str) and value.strip():
            text = value.strip().replace("\n", " ")
            break
    name = type(widget).__name__
    return f"{name} {text[:50]!r}" if text else name


def _clipped_by_ancestor(widget, window) -> bool:
    """Part of ``widget`` lies outside a parent that is not a scroll area's viewport."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractScrollArea
    rect = QRect(widget.rect())
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and \
                parent is parent.parentWidget().viewport():
            return False  # scrolled content: the scroll check below covers it
        rect = QRect(child.mapTo(parent, rect.topLeft()), rect.size())
        if not parent.rect().contains(rect):
            return True
        if parent is window:
            return False
        child, parent = parent, parent.parentWidget()
    return False


def widget_problems(widget) -> list[str]:
    """Why this one widget shows its text cut short (empty when it does not)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPushButton,
        QTabBar,
    )
    size, problems = widget.size(), []
    what = _describe(widget)
    if isinstance(widget, QLabel):
        if not widget.text().strip():
            return []
        if widget.wordWrap():
            need_w = widget.minimumSizeHint().width()
            need_h = widget.heightForWidth(size.width())
            if need_h > size.height():
                problems.append(f"{what}: wrapped text needs {need_h} px of height, has {size.height()}")
        else:
            hint = widget.sizeHint()
            need_w = hint.width()
            if hint.height() > size.height():
                problems.append(f"{what}: needs {hint.height()} px of height, has {size.height()}")
        if need_w > size.width():
            problems.append(f"{what}: needs {need_w} px of width, has {size.width()}")
        return problems
    if isinstance(widget, (QAbstractButton, QComboBox, QAbstractSpinBox, QGroupBox)):
        hint = widget.sizeHint() if not isinstance(widget, QGroupBox) else widget.minimumSizeHint()
        if isinstance(widget, QAbstractButton) and not widget.text():
            return []  # an icon or arrow only: nothing to cut short
        if isinstance(widget, QPushButton):
            hint.setWidth(min(hint.width(), _push_button_need(widget)))
        if hint.width() > size.width():
            problems.append(f"{what}: needs {hint.width()} px of width, has {size.width()}")
        if hint.height() > size.height():
            problems.append(f"{what}: needs {hint.height()} px of height, has {size.height()}")
    elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
        need = widget.minimumSizeHint().height()
        if need > size.height():
            problems.append(f"{what}: needs {need} px of height, has {size.height()}")
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            if widget.tabRect(i).width() < widget.tabSizeHint(i).width():
                problems.append(f"tab {widget.tabText(i)!r} is cut short")
    return problems


def _push_button_need(button) -> int:
    """Width a push button needs for its text and icon with the style's padding on each side.

    Less than its size hint for short texts: the style pads those to a minimum width
    (80 px in Fusion) that no text needs.
    """
    from PySide6.QtWidgets import QStyle
    style, metrics = button.style(), button.fontMetrics()
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    need = metrics.horizontalAdvance(text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    padding = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button) \
        + style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
    return need + 2 * padding


def window_problems(window) -> list[str]:
    """Everything in ``window`` that a user would see cut off, elided or off screen."""
    from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QWidget
    problems = []
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if not area.contains(frame):
        problems.append(f"window frame {frame.getRect()} lies outside the screen's available "
                        f"area {area.getRect()}")
    elif frame.height() + TITLE_BAR > area.height():
        problems.append(f"window is {frame.height()} px tall: with a title bar it would not fit "
                        f"the screen's {area.height()} px")
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.visibleRegion().isEmpty() and widget is not window:
            continue
        found = widget_problems(widget)
        if not found and widget is not window and _clipped_by_ancestor(widget, window) \
                and _checked_kind(widget):
            found = [f"{_describe(widget)}: cut off by its parent"]
        problems += found
        if isinstance(widget, QAbstractScrollArea):
            across = widget.horizontalScrollBar()
            if across.isVisible() and across.maximum() > 0:
                problems.append(f"{_describe(widget)} scrolls sideways by {across.maximum()} px")
            down = widget.verticalScrollBar()
            spare = area.height() - frame.height()
            if isinstance(widget, QScrollArea) and down.isVisible() and 0 < down.maximum() <= spare:
                problems.append(f"{_describe(widget)} scrolls by {down.maximum()} px although the "
                                f"screen has {spare} px to spare below the window")
    return problems


def _checked_kind(widget) -> bool:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QLineEdit
    return isinstance(widget, (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit))


def run(names: tuple[str, ...], each: Callable[[str, object], None], language: str = "en") -> None:
    """Open every named window in a fresh app in ``language``, handing each to
    ``each(name, window)``."""
    with tempfile.TemporaryDirectory(prefix="companion-tour-home-", ignore_cleanup_errors=True) as home:
        tour = Tour(Path(home), language)
        try:
            for name in names:
                with opened(tour, name) as window:
                    each(name, window)
        finally:
            tour.close()


def layout_report(names: tuple[str, ...], language: str) -> dict[str, dict]:
    """For each named window in ``language``: its layout problems and its frame's size."""
    found: dict[str, dict] = {}

    def check(name: str, window) -> None:
        frame = window.frameGeometry()
        found[name] = {"problems": window_problems(window), "size": [frame.width(), frame.height()]}

    run(names, check, language)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print each window's layout problems")
    parser.add_argument("--screen", default="1366x768", help="WIDTHxHEIGHT of the offscreen screen")
    parser.add_argument("--scale", type=float, default=1.0, help="font size, times the default")
    parser.add_argument("--only", nargs="*", default=None, help="just these windows")
    parser.add_argument("--language", default="en", help="Companion's language: en, de, id")
    parser.add_argument("--tour", nargs=2, action="append", metavar=("SCALE", "LANGUAGE"),
                        help="instead of --scale and --language: one tour of several (repeat it)")
    args = parser.parse_args(argv)
    reexec_on_screen(*parse_screen(args.screen))
    tours = [(float(scale), code) for scale, code in args.tour or [(args.scale, args.language)]]
    start_qt(tours[0][0])
    names, found = tuple(args.only or WINDOWS), []
    for scale, code in tours:
        set_text_scale(scale)
        found.append({"scale": scale, "language": code, "windows": layout_report(names, code)})
    print(json.dumps(found, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
