"""Commands without a whole app: a real history file, and every other part recorded.

``running_commands()`` gives what the single-instance tests and tests/test_commands.py
need of a running Companion: its commands, its history and what the rest was asked to do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from companion.commands import CommandHost, Commands
from companion.core.clock import Clock, FakeClock
from companion.core.history import History
from companion.core.kinds import Request
from companion.core.settings import Settings
from companion.services import paths
from companion.services.single_instance.protocol import Handler, reading_requests

TZ = ZoneInfo("Europe/Paris")


@dataclass
class RecordedReminders:
    """The reminder controls, recorded; paused_until() as the real service answers it."""

    clock: Clock
    calls: list[tuple] = field(default_factory=list)
    paused: datetime | None | bool = False  # False: running; None: until resumed

    def pause(self, minutes: int | None = None, until: datetime | None = None,
              for_call: bool = False) -> None:
        self.calls.append(("pause", minutes, until, for_call))
        self.paused = until or (self.clock() + timedelta(minutes=minutes) if minutes else None)

    def resume(self) -> None:
        self.calls.append(("resume",))
        self.paused = False

    def done(self, kind: str, **mark) -> None:
        self.calls.append(("done", kind, *mark.items()))

    def snooze(self, kind: str, minutes: int | None = None, **mark) -> None:
        self.calls.append(("snooze", kind, minutes, *mark.items()))

    def skip(self, kind: str, **mark) -> None:
        self.calls.append(("skip", kind, *mark.items()))

    def missed(self, kind: str) -> None:
        self.calls.append(("missed", kind))

    def paused_until(self) -> datetime | None | bool:
        return self.paused


@dataclass
class Running:
    """What the commands of a running Companion touched, for a test to look at."""

    places: paths.Places
    history: History
    reminders: RecordedReminders
    clock: FakeClock
    settings: Settings = field(default_factory=Settings)
    told: list[tuple[str, str]] = field(default_factory=list)       # (message, title)
    opened: list[Request] = field(default_factory=list)             # navigate()
    asked: list[str] = field(default_factory=list)  # refresh, stop_sessions, pause_for_call, quit
    leaving: bool = False
    commands: Commands = field(init=False)

    def __post_init__(self) -> None:
        self.commands = Commands(self.host(TZ))

    def host(self, tz: tzinfo) -> CommandHost:
        def ask(what: str):
            return lambda: self.asked.append(what)
        return CommandHost(
            reminders=self.reminders, history=self.history, settings=lambda: self.settings,
            apply_settings=self._apply, clock=self.clock, tz=tz,
            tell=lambda message, title: self.told.append((message, title)),
            refresh=ask("refresh"), navigate=self.opened.append,
            stop_sessions=ask("stop_sessions"), pause_for_call=ask("pause_for_call"),
            quit=ask("quit"), leaving=lambda: self.leaving)

    def _apply(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def handle(self) -> Handler:
        """What the socket hands a launch's action lines to (as __main__ wires it)."""
        return reading_requests(self.commands.run_all)

    def close(self) -> None:
        self.history.close()


def running_commands(places: paths.Places | None = None,
                     now: datetime = datetime(2026, 3, 2, 9, 50, tzinfo=TZ)) -> Running:
    """Commands over a real history file (in COMPANION_HOME unless ``places`` says)."""
    places = places or paths.resolve()
    clock = FakeClock(now)
    return Running(places, History(places.history_file, clock), RecordedReminders(clock), clock)
