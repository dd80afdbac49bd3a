"""Every check, in the order shown, reported together once D-Bus has answered (or not in time)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from companion.core.i18n import QT_TRANSLATE_NOOP, translate
from companion.core.translated import Words
from companion.services.presence.status import SourceStatus

from . import local, media
from .bus_questions import TIMEOUT_MS, BusQuestions
from .facts import Fact, guarded

KEEPS_TO_THE_CLOCK = QT_TRANSLATE_NOOP("diagnose", "Companion keeps to the clock for this: reminders "
                                       "are not held for it.")
DESKTOP_BREAKS = "desktop breaks"  # GnomeBreaks' status, listed with the presence sources
# The presence sources' ids (SourceStatus.what), in words.
SOURCES = Words("diagnose", {
    "idle": QT_TRANSLATE_NOOP("diagnose", "idle"),
    "screen lock": QT_TRANSLATE_NOOP("diagnose", "screen lock"),
    "sleep": QT_TRANSLATE_NOOP("diagnose", "sleep"),
    "do not disturb": QT_TRANSLATE_NOOP("diagnose", "do not disturb"),
    "camera": QT_TRANSLATE_NOOP("diagnose", "camera"),
    "microphone": QT_TRANSLATE_NOOP("diagnose", "microphone"),
    "fullscreen": QT_TRANSLATE_NOOP("diagnose", "fullscreen"),
})


def presence_facts(statuses: list[SourceStatus] | None) -> list[Fact]:
    """Which signs of presence (away, locked, in a call, fullscreen, do not disturb) work
    here, as the running presence monitor found them."""
    if statuses is None:
        return [Fact(translate("diagnose", "Presence"), True,
                     translate("diagnose", "not started yet; check again in a moment"))]
    # Where another source sees the same thing (GNOME's inhibitors for fullscreen on
    # Wayland), the one that cannot is no loss: no advice for it.
    seen = {status.what for status in statuses if status.available}
    return [desktop_breaks_fact(status) if status.what == DESKTOP_BREAKS else
            Fact(translate("diagnose", "Presence: {what}").format(what=SOURCES.get(status.what, status.what)),
                 status.available, translate("presence", status.how),
                 "" if status.available or status.what in seen else translate("diagnose", KEEPS_TO_THE_CLOCK))
            for status in statuses]


def desktop_breaks_fact(status: SourceStatus) -> Fact:
    """The desktop's own break reminders (GNOME 48's): a fact, never a problem, since
    without them Companion simply reminds on its own."""
    how = translate("presence", status.how)  # (marked where each source says it)
    return Fact(translate("diagnose", "Desktop break reminders"), True, how if status.available
                else translate("diagnose", "none followed ({why}); Companion reminds you itself").format(
                    why=how))


class SystemCheck(QObject):
    """Runs every check once (``start``) and emits ``finished(facts)``; nothing blocks on
    D-Bus. ``presence`` gives the presence monitor's findings (the running app's own
    monitor: a second one would connect every source again)."""

    finished = Signal(list)

    def __init__(self, presence: Callable[[], list[SourceStatus] | None] = lambda: None,
                 parent: QObject | None = None, *, session_bus: str | None = None,
                 system_bus: str | None = None, timeout_ms: int = TIMEOUT_MS):
        super().__init__(parent)
        self._presence = presence
        self._addresses = (session_bus, system_bus)
        self.timeout_ms = timeout_ms
        self._questions: BusQuestions | None = None
        self.running = False

    def start(self) -> None:
        """Check (again); a check still running goes on and reports once."""
        if self.running:
            return
        self.running = True
        self._questions = BusQuestions(*self._addresses, self.timeout_ms, self)
        self._questions.answered.connect(self._answered)
        self._questions.start()

    def _answered(self) -> None:
        questions, self._questions = self._questions, None
        assert questions is not None  # (its answer is why we are here)
        questions.deleteLater()
        x11: Any = guarded_value(local.x11_tray_owner)  # a bool, or None
        facts = [
            *guarded(local.display),
            *guarded(lambda: questions.tray(x11)),
            *guarded(questions.notifications),
            *guarded(questions.sleep),
            *guarded(media.speech),
            *guarded(media.sound),
            *guarded(lambda: presence_facts(self._presence())),
            *guarded(local.autostart),
            *guarded(local.folders),
            *guarded(local.versions),
        ]
        self.running = False
        self.finished.emit(facts)


def guarded_value(find: Callable[[], object]) -> object:
    """What ``find`` returns, or None if it breaks."""
    try:
        return find()
    except Exception:
        return None
