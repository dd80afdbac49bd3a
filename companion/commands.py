"""What the user can ask Companion to do, from the tray, a window, a prompt or another launch.

Inside the process a request is an ``(Action, argument)`` pair (``do``); only text from the
edges, the command line and the socket (``pause:30``), is parsed, by ``run`` and
``run_all``, and an unknown or out-of-range one is refused as a whole, before anything is
done. Commands see only a :class:`CommandHost`, the few parts of the app they use, so they
can be tested without building one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, tzinfo
from typing import Protocol

from companion import cli
from companion.core.clock import Clock
from companion.core.history import History
from companion.core.kinds import Action, Answer, ReminderKind
from companion.core.prompts import PROMPTS
from companion.core.reminders import next_active_start
from companion.core.settings import Settings
from companion.core.today import log_glass, undo_last_glass

log = logging.getLogger(__name__)

#: Actions that open or close a window, or a session in one: the host's ``navigate`` does them.
WINDOWS = frozenset({Action.SHOW, Action.STRETCH, Action.BREATHE, Action.STOP, Action.CHECK,
                     Action.SETTINGS, Action.HISTORY})


class ReminderControls(Protocol):
    """What commands may do to the reminders (services.reminders.ReminderService)."""

    def pause(self, minutes: int | None = None, until: datetime | None = None,
              for_call: bool = False) -> None: ...
    def resume(self) -> None: ...
    def done(self, kind: str) -> None: ...
    def snooze(self, kind: str, minutes: int | None = None) -> None: ...
    def skip(self, kind: str) -> None: ...
    def missed(self, kind: str) -> None: ...


class CommandHost(Protocol):
    """The parts of the running app that commands use (the app itself is one)."""

    leaving: bool  # saying goodbye: nothing new is done
    history: History
    reminders: ReminderControls
    clock: Clock
    tz: tzinfo

    @property
    def settings(self) -> Settings: ...
    def apply_settings(self, new: Settings) -> None: ...
    def tell(self, message: str, title: str = "Companion") -> None: ...
    def refresh(self) -> None: ...
    def pause_for_call(self) -> None: ...
    def navigate(self, action: Action, argument: str) -> None: ...
    def quit(self) -> None: ...


class Commands:
    """Carries out requests and prompt answers against the running app's parts."""

    def __init__(self, host: CommandHost):
        self.app = host

    # -- actions ---------------------------------------------------------------------
    def run_all(self, actions: list[str]) -> str | None:
        """Carry out actions from the command line or another launch: all of them, or none.

        Returns None once all are done and saved, else what went wrong, for the launch to
        print (it exits non-zero, so it must not claim success it cannot back).
        """
        if self.app.leaving:
            return "Companion is closing, so nothing was done"
        planned: list[tuple[Action, Callable[[], object]]] = []
        refused = []
        for text in actions:
            request = Action.parse(text)
            step = self._step(*request) if request is not None else None
            if request is None or step is None:
                refused.append(text)
            else:
                planned.append((request[0], step))
        if refused:
            log.warning("refused %r", refused)
            return f"Companion cannot do {', '.join(map(repr, refused))}, so nothing was done"
        # Quitting goes last: whatever came with it is done and saved before the goodbye.
        planned.sort(key=lambda request: request[0] is Action.QUIT)
        for _, step in planned:
            step()
        if self.app.history.unsaved:
            return ("it was done, but could not be saved to your history yet; Companion keeps "
                    "it and saves it when it can, so do not do it again")
        return None

    def run(self, text: str) -> bool:
        """Carry out one action given as text; False if it was unknown or refused."""
        parsed = Action.parse(text)
        if parsed is None:
            log.warning("unknown action %r", text)
            return False
        return self.do(*parsed)

    def do(self, action: Action, argument: str = "") -> bool:
        """Carry out one request from inside the process; False if it was refused."""
        step = self._step(action, argument)
        if step is None:
            return False
        return step() is not False  # a step returns False when it refused

    def _step(self, action: Action, arg: str) -> Callable[[], object] | None:
        """What carries out a request; None for one that is out of range."""
        app = self.app
        if action is Action.PAUSE:
            if not self._pause_ok(arg):
                log.warning("refused a pause of %r: %s", arg, cli.PAUSE_ALLOWED)
                return None
            return lambda: self.pause(arg)
        if action in WINDOWS:
            return lambda: app.navigate(action, arg)
        steps: dict[Action, Callable[[], object]] = {
            Action.LOG_WATER: lambda: self.log_water(arg or "tray"),
            Action.UNDO_WATER: self.undo_water,
            Action.RESUME: app.reminders.resume,
            Action.ENABLE_HYDRATION: self.enable_hydration,
            Action.QUIT: app.quit,
            Action.VITALS: self.log_vitals,
        }
        return steps[action]

    @staticmethod
    def _pause_ok(how: str) -> bool:
        # The same range as the command line's, since other launches send these too.
        return how in ("forever", "next-day", "call") or cli.pause_minutes_or_none(how) is not None

    def pause(self, how: str) -> bool:
        """Pause for a number of minutes, until the next active day, until the call ends, or until resumed.

        Returns False, and changes nothing, for anything else (it may come from another
        launch, so it is checked here too).
        """
        app = self.app
        if how == "forever":
            app.reminders.pause()
        elif how == "call":
            app.pause_for_call()
        elif how == "next-day":
            app.reminders.pause(until=next_active_start(app.settings, app.clock(), app.tz))
        elif (minutes := cli.pause_minutes_or_none(how)) is not None:
            app.reminders.pause(minutes=minutes)
        else:
            log.warning("refused a pause of %r: %s", how, cli.PAUSE_ALLOWED)
            return False
        return True

    def log_water(self, via: str) -> None:
        """Record a glass; a caution if the day's drinking gets unusually high."""
        app = self.app
        _, caution = log_glass(app.history, app.settings.glass_ml, app.clock(), via)
        if caution:
            app.tell(caution, title="Easy does it")
        app.refresh()

    def undo_water(self) -> None:
        """Take back today's last glass."""
        app = self.app
        if undo_last_glass(app.history, app.clock(), app.tz) is None:
            app.tell("There is no glass from today to undo.")
        app.refresh()

    @staticmethod
    def log_vitals() -> None:
        """Log the app's memory, files, threads and objects (``companion --vitals``)."""
        from companion import vitals  # loaded only when asked: it costs nothing at idle
        vitals.log_vitals()

    def enable_hydration(self) -> None:
        """Turn water reminders on (the checklist suggests it) and show the schedule."""
        app = self.app
        plan = app.settings.hydration
        if not plan.enabled:
            app.apply_settings(app.settings.with_plan(ReminderKind.HYDRATION,
                                                      replace(plan, enabled=True)))
        app.navigate(Action.SHOW, "")

    # -- prompt answers ----------------------------------------------------------------
    def answer(self, kind: str, answer: str, minutes: int = 0) -> None:
        """Carry out the user's answer to a prompt."""
        reminders = self.app.reminders
        if answer == Answer.PRIMARY:
            reminders.done(kind)
            what = PROMPTS[kind].primary_action
            if what is Action.LOG_WATER:
                self.log_water("prompt")
            elif what is Action.STRETCH:
                self.app.navigate(Action.STRETCH, "quick-hand")
            else:
                self.app.navigate(Action.BREATHE, "")
        elif answer == Answer.SNOOZE:
            reminders.snooze(kind, minutes or None)
        elif answer == Answer.SKIP:
            reminders.skip(kind)
        elif answer == Answer.TIMEOUT:
            reminders.missed(kind)
        # No refresh here: every answer re-arms the reminders, whose `changed` refreshes.
