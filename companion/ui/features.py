"""The windows a request opens (``navigate``): the feature windows (stretch, breathing,
checklist, history), each built the first time it opens, and Today and Settings.

Start-up imports none of the feature windows: each is loaded, with its content files, only
when the user first opens it. A window is handed a FeatureHost, the few things of the
running app it may use, never the app itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from companion import assets
from companion.core.clock import Clock
from companion.core.history import History
from companion.core.i18n import tr, translate
from companion.core.kinds import Action, ReminderKind, Request
from companion.core.settings import Settings
from companion.services import language

if TYPE_CHECKING:
    from companion.services.cues import Cues

log = logging.getLogger(__name__)
# A folder of broken files must not bury the Today window under a wall of text;
# the log keeps every line.
SHOWN_PROBLEMS = 8


class ContentMissing(RuntimeError):
    """No usable content at all for a feature: its window cannot open."""


def problem_report(heading: str, problems: list[str], folder: Path) -> str:
    """One message for every problem found while loading a feature's files."""
    for problem in problems[SHOWN_PROBLEMS:]:  # the shown ones are logged with the message
        log.warning("%s", problem)
    lines = problems[:SHOWN_PROBLEMS]
    if len(problems) > SHOWN_PROBLEMS:
        lines.append(tr("...and %n more (the log file lists them all).", "problems not shown",
                        len(problems) - SHOWN_PROBLEMS))
    lines.append(translate("Features", "Everything else works as usual. Your own files are in "
                           "{folder}.").format(folder=folder))
    return "\n".join([heading, *lines])


def _real_ticker(interval_ms: int = 100):
    from companion.services.ticker import Ticker
    return Ticker(interval_ms=interval_ms)


@dataclass(frozen=True)
class FeatureHost:
    """What a feature window may use of the running app."""

    history: History
    clock: Clock
    tz: tzinfo
    routines_dir: Path                           # the user's own routines
    patterns_dir: Path                           # the user's own breathing patterns
    settings: Callable[[], Settings]             # the settings in force now
    apply_settings: Callable[[Settings], None]
    tell: Callable[[str], None]                  # a message the user should read
    run: Callable[[Request], object]             # carry out a request (a checklist tip's)
    show_today: Callable[[], None]
    open_settings: Callable[[], None]
    session_ended: Callable[[ReminderKind, dict], None]
    diary_changed: Callable[[], None]
    new_motion: Callable[[], object]             # the desktop's reduced-motion wish
    new_ticker: Callable[..., object] = _real_ticker


class Features:
    """The feature windows by name ("stretch", "breathing", "check", "history") and their
    shared cues."""

    def __init__(self, host: FeatureHost):
        self.host = host
        # Each its own QWidget subclass, driven through its own methods (start, open...).
        self.windows: dict[str, Any] = {}
        self._cues: Cues | None = None
        self._motion: Any = None  # new_motion()'s: changed, reduced, start(), close()
        self._effects: bool | None = None  # Qt's own UI effects as the platform set them
        self._placed: set[str] = set()  # windows centred on their first showing
        self._outdated: set[str] = set()  # built in the language before the last change

    def cues(self) -> Cues:
        """The one sound/speech cue player, shared by the sessions."""
        if self._cues is None:
            from companion.services.cues import Cues
            settings = self.host.settings()
            self._cues = Cues(sound=settings.sound_cues, speech=settings.spoken_cues)
        return self._cues

    def reduced_motion(self) -> bool:
        """Whether animations should give way to steps: the user's setting, or the desktop's.

        The desktop is asked the first time (when a window with animation is built), never
        at start-up; its answer, and any later change, arrive as a signal.
        """
        if self._motion is None:
            self._motion = self.host.new_motion()
            self._motion.changed.connect(self._apply_motion)
            self._motion.start()
        return self.host.settings().reduced_motion or self._motion.reduced

    def _apply_motion(self) -> None:
        reduced = self.reduced_motion()
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication
        if self._effects is None:
            self._effects = QApplication.isEffectEnabled(Qt.UIEffect.UI_General)
        # Qt's own animations too (combo boxes, menus and tooltips sliding or fading in).
        QApplication.setEffectEnabled(Qt.UIEffect.UI_General, self._effects and not reduced)
        for name in ("breathing", "stretch"):
            if name in self.windows:
                self.windows[name].set_reduced_motion(reduced)

    def navigate(self, request: Request) -> None:
        """Open the window a request names: Today, a feature window, History or Settings.

        The one place a request becomes a window (``commands.WINDOWS`` are its actions).
        """
        action, argument = request
        if action is Action.SHOW:
            self.host.show_today()
        elif action is Action.SETTINGS:
            self.host.open_settings()
        elif action is Action.STRETCH:  # the routine list, or the routine named
            self.open("stretch", lambda window: window.start(argument or None))
        elif action is Action.BREATHE:
            self.open("breathing", lambda window: window.open(argument or None))
        elif action is Action.CHECK:
            self.open("check", lambda window: window.show_checklist())
        elif action is Action.HISTORY:
            self.open("history", lambda window: window.reload())
        elif action is Action.STATS:
            self.open("stats", lambda window: window.reload())
        else:
            raise ValueError(f"{action} opens no window")

    def open(self, name: str, begin: Callable[[Any], object]) -> None:
        """Show a feature's window (building it first if needed), after ``begin(window)``."""
        window = self.window(name)
        if window is not None:
            # Centred the first time, once sized for its content (some size themselves as
            # they begin, some show themselves then); after that, where the user put it.
            first = name not in self._placed
            self._placed.add(name)
            from companion.ui.widgets.theme import centre
            if first:
                centre(window)
            begin(window)
            if first and not window.isVisible():
                centre(window)
            window.show()
            window.raise_()

    def language_changed(self) -> None:
        """Each window is rebuilt in the new words when next opened; one open now keeps its
        words until it is closed."""
        self._outdated = set(self.windows)

    def window(self, name: str) -> QWidget | None:
        """A feature's window; None (and the user told why) when it cannot be built."""
        if name in self._outdated and not self.windows[name].isVisible():
            self._outdated.discard(name)
            self._placed.discard(name)  # centred again, as a new window is
            old = self.windows.pop(name)
            old.close()  # a session held in a hidden window ends, and is recorded, as on close
            old.deleteLater()
        if name not in self.windows:
            try:
                self.windows[name] = self._build(name)
            except ContentMissing as exc:  # a content problem: the user is told, once
                self.host.tell(translate("Features", "Could not open this part of Companion: {why}")
                               .format(why=exc))
                return None
            except Exception as exc:  # a bug must not take the app down either
                log.exception("could not open %s", name)
                self.host.tell(translate("Features", "Could not open this part of Companion: {why}")
                               .format(why=exc))
                return None
        return self.windows[name]

    def _build(self, name: str) -> QWidget:
        from companion.ui.widgets.colors import follow_system_colours
        follow_system_colours()  # before the first window of the process
        builders = {"stretch": self._stretch, "breathing": self._breathing, "check": self._check,
                    "history": self._history, "stats": self._stats}
        return builders[name]()

    def _stretch(self) -> QWidget:
        from companion.core.routines import load_routines
        from companion.ui.stretch.window import StretchWindow
        host = self.host
        routines, problems = load_routines(assets.routines_dir(), host.routines_dir,
                                           language=language.current())
        if problems:  # told once: the window is built once and kept
            host.tell(problem_report(translate("Features", "Some stretch routines were skipped:"),
                                     problems, host.routines_dir))
        window = StretchWindow(routines, host.history, host.new_ticker(), cues=self.cues(),
                               assets_dir=assets.root(), safety_seen=host.settings().stretch_safety_seen,
                               language=language.current())
        window.session_ended.connect(
            lambda summary: host.session_ended(ReminderKind.STRETCH, summary))
        window.safety_acknowledged.connect(
            lambda: host.apply_settings(replace(host.settings(), stretch_safety_seen=True)))
        window.set_reduced_motion(self.reduced_motion())
        return window

    def _breathing(self) -> QWidget:
        from companion.core.breathing_files import load_cautions, load_patterns
        from companion.ui.breathing.window import BreathingWindow
        host = self.host
        builtin = assets.patterns_file()
        patterns, problems = load_patterns(builtin, host.patterns_dir, language.current())
        if not patterns:  # the app says so, once, when the window cannot open
            raise ContentMissing(problem_report(
                translate("Features", "no breathing pattern could be loaded:"), problems,
                host.patterns_dir))
        if problems:
            host.tell(problem_report(translate("Features", "Some breathing patterns were skipped:"),
                                     problems, host.patterns_dir))
        window = BreathingWindow(patterns, host.history, host.new_ticker(interval_ms=16),
                                 cues=self.cues(), reduced_motion=self.reduced_motion(),
                                 cautions=load_cautions(builtin, language.current()))
        window.session_ended.connect(
            lambda summary: host.session_ended(ReminderKind.BREATHING, summary))
        return window

    def _check(self) -> QWidget:
        from companion.core.checklist import load_checklist
        from companion.core.checks import ContentError
        from companion.ui.check.window import CheckWindow
        host = self.host
        try:
            checklist = load_checklist(assets.checklist_file(), language.current())
        except ContentError as error:  # the app reports it; the rest of Companion goes on
            raise ContentMissing(translate("Features", "{problem}. This file comes with Companion, "
                                           "so reinstalling Companion should put it right.")
                                 .format(problem=error)) from None
        window = CheckWindow(checklist, host.history, host.clock)
        # The checklist's stretch tip is about the hands: open that routine, not the list.
        window.action_requested.connect(lambda action: host.run(
            Request(action, "hand-wrist" if action is Action.STRETCH else "")))
        window.diary.changed.connect(host.diary_changed)  # the Today alert follows the diary
        window.diary.water_goal = lambda: host.settings().water_goal_glasses  # the PDF's charts
        return window

    def _history(self) -> QWidget:
        from companion.ui.shell.history.window import HistoryView, content_names
        host = self.host
        return HistoryView(host.history, host.tz,
                           names=content_names(host.routines_dir, host.patterns_dir),
                           goal=lambda: host.settings().water_goal_glasses)

    def _stats(self) -> QWidget:
        from companion.ui.stats.window import StatisticsWindow, trigger_words
        host = self.host
        return StatisticsWindow(
            host.history, host.tz, host.clock, lambda: host.settings().water_goal_glasses,
            rest_weekdays=lambda: {day for day in range(7)  # days without water hours
                                   if not host.settings().week_for("hydration").active(day)},
            trigger_labels=trigger_words())

    def change_zone(self, tz: tzinfo) -> None:
        """Count days in the system's new time zone from now on (History shows them so)."""
        self.host = replace(self.host, tz=tz)
        if (history := self.windows.get("history")) is not None:
            history.tz = history.model.tz = tz
            history.reload()
        if (stats := self.windows.get("stats")) is not None:
            stats.tz = tz
            stats.reload()

    def stop_sessions(self) -> None:
        """End a stretch or breathing session under way; it still counts and is recorded."""
        for name in ("stretch", "breathing"):
            if name in self.windows:
                self.windows[name].stop_session()

    def apply_settings(self, settings: Settings) -> None:
        """Pass changed settings to the feature objects that already exist."""
        if self._cues is not None:
            self._cues.set_sound(settings.sound_cues)
            self._cues.set_speech(settings.spoken_cues)
        if self._motion is not None:  # else no window with animation was built yet
            self._apply_motion()

    def today_alert(self) -> str | None:
        """A standing alert for the Today window (twitching logged over more than two weeks)."""
        from companion.core.diary import diary_alert
        return diary_alert(self.host.history, self.host.clock(), self.host.tz)

    def end_sessions(self) -> list[dict]:
        """End every running stretch or breathing session (each recorded as stopped, with
        what was done); their summaries. The windows stay as they are."""
        ended = []
        for name in ("stretch", "breathing"):
            if (window := self.windows.get(name)) is not None:
                if (summary := window.end_session()) is not None:
                    ended.append(summary)
        return ended

    def close_all(self) -> None:
        """Close every feature window that was opened."""
        for window in self.windows.values():
            window.close()
        if self._motion is not None:
            self._motion.close()
