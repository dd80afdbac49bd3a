"""Builds the feature windows (stretch, breathing, checklist) on first use.

Kept apart from app.py so start-up imports none of them: each is loaded, with its
content files, only when the user first opens it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from companion import assets

if TYPE_CHECKING:
    from companion.app import Companion

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
        lines.append(f"...and {len(problems) - SHOWN_PROBLEMS} more (the log file lists them all).")
    return (f"{heading}\n" + "\n".join(lines)
            + f"\nEverything else works as usual. Your own files are in {folder}.")



def cues(app: "Companion"):
    """The one sound/speech cue player, shared by the sessions."""
    if "cues" not in app.windows:
        from companion.services.cues import Cues
        app.windows["cues"] = Cues(sound=app.settings.sound_cues, speech=app.settings.spoken_cues)
    return app.windows["cues"]


def build(name: str, app: "Companion"):
    """Create the window for one feature, wired to the app."""
    from companion.services.ticker import Ticker
    if name == "stretch":
        from companion.core.routines import load_routines
        from companion.ui.stretch import StretchWindow
        routines, problems = load_routines(assets.routines_dir(), app.places.routines_dir)
        if problems:  # told once: the window is built once and kept
            app.tell(problem_report("Some stretch routines were skipped:", problems,
                                    app.places.routines_dir))
        window = StretchWindow(routines, app.history, Ticker(), cues=cues(app),
                               assets_dir=assets.root(), safety_seen=app.settings.stretch_safety_seen)
        window.session_ended.connect(lambda summary: app.session_ended("stretch", summary))
        window.safety_acknowledged.connect(
            lambda: app.apply_settings(replace(app.settings, stretch_safety_seen=True)))
        return window
    if name == "breathing":
        from companion.core.breathing import load_cautions, load_patterns
        from companion.ui.breathing import BreathingWindow
        builtin = assets.patterns_file()
        patterns, problems = load_patterns(builtin, app.places.patterns_dir)
        if not patterns:  # the app says so, once, when the window cannot open
            raise ContentMissing(problem_report("no breathing pattern could be loaded:", problems,
                                                app.places.patterns_dir))
        if problems:
            app.tell(problem_report("Some breathing patterns were skipped:", problems,
                                    app.places.patterns_dir))
        window = BreathingWindow(patterns, app.history, Ticker(interval_ms=16), cues=cues(app),
                                 reduced_motion=app.settings.reduced_motion,
                                 cautions=load_cautions(builtin))
        window.session_ended.connect(lambda summary: app.session_ended("breathing", summary))
        return window
    if name == "check":
        from companion.core.checklist import ChecklistError, load_checklist
        from companion.ui.checklist import CheckWindow
        try:
            checklist = load_checklist(assets.checklist_file())
        except ChecklistError as error:  # the app reports it; the rest of Companion goes on
            raise ContentMissing(f"{error}. This file comes with Companion, so reinstalling "
                                 f"Companion should put it right.") from None
        window = CheckWindow(checklist, app.history, app.clock)
        # The checklist's stretch tip is about the hands: open that routine, not the list.
        window.action_requested.connect(
            lambda action: app.handle_action("stretch:hand-wrist" if action == "stretch" else action))
        window.diary.changed.connect(app.refresh)  # the Today alert follows the diary
        return window
    raise KeyError(name)


def apply_settings(app: "Companion", settings) -> None:
    """Pass changed settings to the feature objects that already exist."""
    if "cues" in app.windows:
        app.windows["cues"].set_sound(settings.sound_cues)
        app.windows["cues"].set_speech(settings.spoken_cues)
    if "breathing" in app.windows:
        app.windows["breathing"].set_reduced_motion(settings.reduced_motion)


def today_alert(app: "Companion") -> str | None:
    """A standing alert for the Today window (twitching logged over more than two weeks)."""
    from companion.core.diary import diary_alert
    return diary_alert(app.history, app.clock(), app.tz)
