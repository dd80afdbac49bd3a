"""What the user can ask Companion to do, from the tray, a window, a prompt or another launch.

Actions arrive as text at the edges (``pause:30`` from the command line or the socket)
and become :class:`~companion.core.kinds.Action` members here; an unknown or out-of-range
one is refused as a whole, before anything is done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from companion import cli
from companion.core.kinds import Action, Answer, ReminderKind
from companion.core.prompts import PROMPTS
from companion.core.reminders import next_active_start
from companion.core.today import log_glass, undo_last_glass

if TYPE_CHECKING:
    from companion.app import Companion

log = logging.getLogger(__name__)


class Commands:
    """Carries out actions and prompt answers against the running app's parts."""

    def __init__(self, app: Companion):
        self.app = app

    # -- actions ---------------------------------------------------------------------
    def run_all(self, actions: list[str]) -> str | None:
        """Carry out actions from the command line or another launch: all of them, or none.

        Returns None once all are done and saved, else what went wrong, for the launch to
        print (it exits non-zero, so it must not claim success it cannot back).
        """
        if self.app.leaving:
            return "Companion is closing, so nothing was done"
        # Quitting goes last: whatever came with it is done and saved before the goodbye.
        actions = sorted(actions, key=lambda action: (Action.parse(action) or (None,))[0] is Action.QUIT)
        steps = [self._step(action) for action in actions]
        refused = [action for action, step in zip(actions, steps) if step is None]
        if refused:
            log.warning("refused %r", refused)
            return f"Companion cannot do {', '.join(map(repr, refused))}, so nothing was done"
        for step in steps:
            step()
        if self.app.history.unsaved:
            return ("it was done, but could not be saved to your history yet; Companion keeps "
                    "it and saves it when it can, so do not do it again")
        return None

    def run(self, action: str) -> bool:
        """Carry out one action; False if it was unknown or refused."""
        step = self._step(action)
        if step is None:
            log.warning("unknown or refused action %r", action)
            return False
        return step() is not False  # a step returns False when it refused

    def _step(self, text: str) -> Callable[[], object] | None:
        """What carries out an action; None for one that does not exist or is out of range."""
        parsed = Action.parse(text)
        if parsed is None:
            return None
        action, arg = parsed
        app = self.app
        if action is Action.PAUSE:
            if not self._pause_ok(arg):
                log.warning("refused a pause of %r: %s", arg, cli.PAUSE_ALLOWED)
                return None
            return lambda: self.pause(arg)
        steps: dict[Action, Callable[[], object]] = {
            Action.SHOW: app.home.show_today,
            Action.LOG_WATER: lambda: self.log_water(arg or "tray"),
            Action.UNDO_WATER: self.undo_water,
            Action.RESUME: app.reminders.resume,
            Action.STRETCH: lambda: app.open_stretch(arg or None),
            Action.BREATHE: lambda: app.open_breathing(arg or None),
            Action.STOP: app.features.stop_sessions,
            Action.CHECK: app.open_check,
            Action.SETTINGS: app.open_settings,
            Action.HISTORY: app.open_history,
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
            app.home.tell(caution, title="Easy does it")
        app.refresh()

    def undo_water(self) -> None:
        """Take back today's last glass."""
        app = self.app
        if undo_last_glass(app.history, app.clock(), app.tz) is None:
            app.home.tell("There is no glass from today to undo.")
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
        app.home.show_today()

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
                self.app.open_stretch("quick-hand")
            else:
                self.app.open_breathing(None)
        elif answer == Answer.SNOOZE:
            reminders.snooze(kind, minutes or None)
        elif answer == Answer.SKIP:
            reminders.skip(kind)
        elif answer == Answer.TIMEOUT:
            reminders.missed(kind)
        # No refresh here: every answer re-arms the reminders, whose `changed` refreshes.
