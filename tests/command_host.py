"""Commands without a whole app: the few parts a CommandHost has, real where it matters.

The history (a real file) and the reminders (the real ReminderService, its scheduler not
started) are the app's own classes; windows, messages and quitting are only noted, so a
test can say what a request asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any

from companion.commands import Commands
from companion.core.clock import Clock
from companion.core.history import History
from companion.core.kinds import Action
from companion.core.settings import Settings
from companion.services import paths
from companion.services.reminders import ReminderService


@dataclass
class CommandsHost:
    """A CommandHost (companion.commands) with a real history and real reminders."""

    places: paths.Places
    history: History
    reminders: ReminderService
    clock: Clock
    tz: tzinfo
    current: Settings
    leaving: bool = False
    told: list[str] = field(default_factory=list)
    navigated: list[tuple[Action, str]] = field(default_factory=list)
    quits: int = 0
    commands: Any = None

    @property
    def settings(self) -> Settings:
        return self.current

    def apply_settings(self, new: Settings, made_from: Settings | None = None) -> None:
        self.current = new
        self.reminders.apply_settings(new)

    def tell(self, message: str, title: str = "Companion") -> None:
        self.told.append(message)

    def refresh(self) -> None:
        pass  # nothing on screen to bring up to date

    def pause_for_call(self) -> None:
        self.reminders.pause(for_call=True)

    def navigate(self, action: Action, argument: str) -> None:
        self.navigated.append((action, argument))

    def quit(self) -> None:
        self.quits += 1
        self.leaving = True


def commands_host(clock: Clock, tz: tzinfo, settings: Settings | None = None) -> CommandsHost:
    """A host in the test's COMPANION_HOME, with its Commands in ``.commands``."""
    places = paths.resolve()
    history = History(places.history_file, clock)
    settings = settings or Settings()
    host = CommandsHost(places, history, ReminderService(settings, history, tz, clock), clock, tz,
                        settings)
    host.commands = Commands(host)
    return host
