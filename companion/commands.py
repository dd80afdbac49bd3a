"""What the user can ask Companion to do, from the tray, a window, a prompt or another launch.

A request arrives as a :class:`~companion.core.kinds.Request`, an Action and its argument;
only the command line and the single-instance socket ever read one from text. Commands
see a :class:`CommandHost`, the few parts of the running app they use, never the app
itself, so they are tested without building one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Protocol

from companion.core.clock import Clock
from companion.core.history import History
from companion.core.i18n import translate
from companion.core.kinds import Action, Answer, ReminderKind, Request
from companion.core.pauses import PAUSE_ALLOWED, pause_allowed, pause_minutes_or_none
from companion.core.prompts import PROMPTS
from companion.core.reminders import next_active_start
from companion.core.settings import Settings
from companion.core.today import log_glass, undo_last_glass

log = logging.getLogger(__name__)

#: The actions that open a window (the host's ``navigate`` opens it).
WINDOWS = frozenset({Action.SHOW, Action.STRETCH, Action.BREATHE, Action.CHECK,
                     Action.SETTINGS, Action.HISTORY, Action.STATS})


class Problem(str):
    """What a request that could not be done says to the launch that asked for it."""


class ReminderControls(Protocol):
    """What commands may do to the reminders (``services.reminders.ReminderService``)."""

    def pause(self, minutes: int | None = None, until: datetime | None = None,
              for_call: bool = False) -> None: ...
    def resume(self) -> None: ...
    def done(self, kind: str, **mark: object) -> None: ...
    def acted_on(self, kind: str) -> None: ...
    def snooze(self, kind: str, minutes: int | None = None, **mark: object) -> None: ...
    def skip(self, kind: str, **mark: object) -> None: ...
    def missed(self, kind: str) -> None: ...


@dataclass(frozen=True)
class CommandHost:
    """What commands may use of the running app."""

    reminders: ReminderControls
    history: History
    settings: Callable[[], Settings]             # the settings in force now
    apply_settings: Callable[[Settings], None]
    clock: Clock
    tz: tzinfo                                   # replaced when the system's zone changes
    tell: Callable[[str, str], None]             # (message, title): something to read
    refresh: Callable[[], None]                  # the tray and Today show the change
    navigate: Callable[[Request], None]          # open the window a request names (WINDOWS)
    stop_sessions: Callable[[], None]            # the stretch or breathing session under way
    pause_for_call: Callable[[], None]
    quit: Callable[[], None]
    leaving: Callable[[], bool]                  # saying goodbye: nothing new is done


class Commands:
    """Carries out requests and prompt answers with the parts a CommandHost gives."""

    def __init__(self, host: CommandHost):
        self.host = host

    # -- requests ----------------------------------------------------------------------
    def run_all(self, requests: Sequence[Request]) -> str | None:
        """Carry out requests from the command line or another launch: all of them, or none.

        Returns None once all are done and saved, else what went wrong, for the launch to
        print (it exits non-zero, so it must not claim success it cannot back).
        """
        if self.host.leaving():
            return translate("commands", "Companion is closing, so nothing was done")
        # Quitting goes last: whatever came with it is done and saved before the goodbye.
        requests = sorted(requests, key=lambda request: request.action is Action.QUIT)
        steps = [self._step(request) for request in requests]
        refused = [str(request) for request, step in zip(requests, steps) if step is None]
        if refused:
            log.warning("refused %r", refused)
            return translate("commands", "Companion cannot do {requests}, so nothing was done").format(
                requests=", ".join(map(repr, refused)))
        problems = []
        for step in filter(None, steps):  # (every one: refused ones returned above)
            if isinstance(outcome := step(), Problem):
                problems.append(outcome)
        if problems:
            return " ".join(problems)
        if self.host.history.unsaved:
            return ("it was done, but could not be saved to your history yet; Companion keeps "
                    "it and saves it when it can, so do not do it again")
        return None

    def run(self, request: Request) -> bool:
        """Carry out one request (the tray, a window); False if it was refused."""
        step = self._step(request)
        if step is None:
            log.warning("refused %r", str(request))
            return False
        step()
        return True

    def _step(self, request: Request) -> Callable[[], object] | None:
        """What carries out a request; None for one whose argument is out of range."""
        action, arg = request
        host = self.host
        if action is Action.PAUSE:
            if not pause_allowed(arg):
                log.warning("refused a pause of %r: %s", arg, PAUSE_ALLOWED)
                return None
            return lambda: self.pause(arg)
        if action in WINDOWS:
            return lambda: host.navigate(request)
        steps: dict[Action, Callable[[], object]] = {
            Action.LOG_WATER: lambda: self.log_water(arg or "tray"),
            Action.UNDO_WATER: self.undo_water,
            Action.RESUME: host.reminders.resume,
            Action.STOP: host.stop_sessions,
            Action.ENABLE_HYDRATION: self.enable_hydration,
            Action.QUIT: host.quit,
            Action.VITALS: self.log_vitals,
        }
        if action in (Action.EXPORT, Action.IMPORT):
            if not arg:
                return None
            return lambda: self.transfer(action, arg)
        return steps[action]

    def transfer(self, action: Action, path: str) -> Problem | None:
        """Export the history to ``path`` (a backup for .json, else CSV by event), or
        import a backup from it; the user is told what was done. A Problem if it was not."""
        # Loaded when asked: csv and the formats are no part of a start.
        from companion.core import exchange_files as files
        host = self.host
        try:
            if action is Action.EXPORT:
                told = files.export(host.history, Path(path), files.format_for(Path(path)),
                                    host.clock(), host.tz)
            else:
                told = files.import_file(host.history, Path(path))
        except files.TransferFailed as exc:
            log.warning("%s %s failed: %s", action, path, exc)
            host.tell(str(exc), translate("commands", "Your data"))
            return Problem(str(exc))
        log.info("%s %s: %s", action, path, told)
        host.tell(told, translate("commands", "Your data"))
        if action is Action.IMPORT:
            host.refresh()
        return None

    def pause(self, how: str) -> bool:
        """Pause for a number of minutes, until the next active day, until the call ends, or until resumed.

        Returns False, and changes nothing, for anything else (it may come from another
        launch, so it is checked here too).
        """
        host = self.host
        if how == "forever":
            host.reminders.pause()
        elif how == "call":
            host.pause_for_call()
        elif how == "next-day":
            host.reminders.pause(until=next_active_start(host.settings(), host.clock(), host.tz))
        elif (minutes := pause_minutes_or_none(how)) is not None:
            host.reminders.pause(minutes=minutes)
        else:
            log.warning("refused a pause of %r: %s", how, PAUSE_ALLOWED)
            return False
        return True

    def log_water(self, via: str) -> None:
        """Record a glass; a caution if the day's drinking gets unusually high.

        Wherever it was logged, the glass is what the water reminder asks for: the water
        interval counts from now (a glass at 08:58 means no reminder at 09:00), and a water
        prompt still up is answered by it.
        """
        host = self.host
        _, caution = log_glass(host.history, host.settings().glass_ml, host.clock(), via)
        host.reminders.acted_on(ReminderKind.HYDRATION)  # (re-arms, so refreshes)
        if caution:
            host.tell(caution, translate("commands", "Easy does it"))
        host.refresh()

    def undo_water(self) -> bool:
        """Take back today's last glass; False, and nothing said, when there is none.

        The tray and Today offer Undo only while there is a glass to take back
        (``DaySummary.can_undo``), so one that arrives anyway (a click racing midnight) is
        quietly a no-op rather than a message to read.
        """
        host = self.host
        undone = undo_last_glass(host.history, host.clock(), host.tz)
        if undone is None:
            log.info("nothing to undo: no glass logged today")
        host.refresh()
        return undone is not None

    @staticmethod
    def log_vitals() -> None:
        """Log the app's memory, files, threads and objects (``companion --vitals``)."""
        from companion import vitals  # loaded only when asked: it costs nothing at idle
        vitals.log_vitals()

    def enable_hydration(self) -> None:
        """Turn water reminders on (the checklist suggests it) and show the schedule."""
        host = self.host
        settings = host.settings()
        if not settings.hydration.enabled:
            host.apply_settings(settings.with_plan(ReminderKind.HYDRATION,
                                                   replace(settings.hydration, enabled=True)))
        host.navigate(Request(Action.SHOW))

    # -- prompt answers ----------------------------------------------------------------
    def answer(self, kind: str, answer: str, minutes: int = 0) -> None:
        """Carry out the user's answer to a prompt."""
        reminders = self.host.reminders
        if answer in (Answer.PRIMARY, Answer.OPEN):
            reminders.done(kind)
            text = PROMPTS[kind]
            # Only the prompt's own button records a glass: a click on the notification
            # itself opens Today, where logging one is a click of its own.
            if answer == Answer.PRIMARY and text.primary_action is Action.LOG_WATER:
                self.log_water("prompt")
            else:
                self.host.navigate(text.opens)
        elif answer == Answer.SNOOZE:
            reminders.snooze(kind, minutes or None)
        elif answer == Answer.SKIP:
            reminders.skip(kind)
        elif answer == Answer.TIMEOUT:
            reminders.missed(kind)
        # No refresh here: every answer re-arms the reminders, whose `changed` refreshes.

    def answer_break(self, kind: str, answer: str, minutes: int = 0,
                     start: Request | None = None) -> None:
        """Carry out an answer given on the break screen, recorded as a prompt's answer.

        Each is marked ``via="break screen"``: the screen's daily limits count only its
        own postpones and skips. ``start`` is the window Start opens (the routine or the
        breathing the screen showed).
        """
        from companion.core.breaks import VIA_SCREEN, BreakAnswer  # with the first break screen
        reminders, via = self.host.reminders, VIA_SCREEN
        if answer == BreakAnswer.START:
            reminders.done(kind, via=via)
            if start is not None:
                self.host.navigate(start)
        elif answer == BreakAnswer.DONE:
            reminders.done(kind, via=via, own_way=True)
        elif answer == BreakAnswer.POSTPONE:
            reminders.snooze(kind, minutes or None, via=via)
        elif answer == BreakAnswer.SKIP:
            reminders.skip(kind, via=via)
        elif answer == BreakAnswer.ESCAPE:
            reminders.skip(kind, via=via, escape=True)
        elif answer == BreakAnswer.TIMEOUT:
            reminders.missed(kind)
