"""Whether the person is at the computer, and what that means for a reminder that is due.

Pure and clock-free, like the reminder board: every method takes ``now``. Presence facts
go in (active, idle since t, locked, unlocked, suspended, resumed, busy because X, free);
natural breaks and held, released, missed or covered prompts come out.

The model works beside the :class:`~companion.core.reminders.ReminderBoard`, not inside
it: the board still decides *when* a kind is due; at that moment the service asks
:meth:`ActivityModel.may_show` whether a prompt may go up now. A held prompt comes back
later from :meth:`ActivityModel.settle`, which the service calls at
:meth:`ActivityModel.next_check` (None while nothing is held: no timers while present).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .i18n import QT_TRANSLATE_NOOP
from .kinds import AWAY_REASONS

JUST_BACK = QT_TRANSLATE_NOOP("away", "just back")  # recorded in English; shown translated

AskBusy = Callable[[], str | None]


def _never_busy() -> None:
    return None


@dataclass(frozen=True)
class PresenceRules:
    """The user's presence settings, in minutes as the Settings dialog shows them."""

    idle_minutes: int = 5            # no input this long counts as away
    stretch_break_minutes: int = 5   # an absence this long is a stretch break
    return_delay_minutes: int = 2    # held prompts come back this long after the return
    busy_limit_minutes: int = 60     # held longer than this while busy: missed
    busy_recheck_minutes: int = 2    # how often to look again while held for busy
    release_gap_seconds: int = 60    # between two kinds released together: no burst
    break_kinds: tuple[str, ...] = ("stretch",)  # kinds a natural break stands in for


@dataclass(frozen=True)
class NaturalBreak:
    """Time away from the computer long enough to count as a stretch break."""

    start: datetime
    end: datetime
    cause: str  # "idle", "locked" or "suspended": the strongest seen during the absence

    @property
    def minutes(self) -> float:
        """The break's length in minutes."""
        return (self.end - self.start).total_seconds() / 60


@dataclass(frozen=True)
class Show:
    """Put the prompt up now; it stands for ``dues[-1]``, earlier dues were merged in."""

    kind: str
    dues: tuple[datetime, ...]
    reason: str  # why it was held


@dataclass(frozen=True)
class Missed:
    """A held prompt outlasted the busy limit: record its dues as missed for ``reason``."""

    kind: str
    dues: tuple[datetime, ...]
    reason: str


@dataclass(frozen=True)
class Covered:
    """A natural break stood in for this held prompt: nothing to show."""

    kind: str
    dues: tuple[datetime, ...]
    natural_break: NaturalBreak


Outcome = NaturalBreak | Show | Missed | Covered


@dataclass(frozen=True)
class Verdict:
    """The answer at due time: ``show`` now, or ``hold`` for ``reason``."""

    action: str
    reason: str | None = None

    @property
    def show(self) -> bool:
        return self.action == "show"


@dataclass
class _Held:
    reason: str
    since: datetime                     # when the current reason began holding it
    dues: list[datetime] = field(default_factory=list)
    look_at: datetime | None = None     # None: wait for the person to come back
    busy: bool = False                  # held for a busy reason (the limit applies)


class ActivityModel:
    """Presence facts in; natural breaks and held/released prompts out."""

    def __init__(self, rules: PresenceRules, now: datetime):
        self.rules = rules
        self._causes: set[str] = set()
        self._away_since: datetime | None = None
        self._strongest: str | None = None
        self._back_at: datetime | None = None
        self._pushed_busy: str | None = None
        self._held: dict[str, _Held] = {}
        self._last_release: datetime | None = None

    # -- questions ------------------------------------------------------------
    def away(self) -> bool:
        """Whether the person is away (idle, locked or asleep) right now."""
        return bool(self._causes)

    def away_reason(self) -> str | None:
        """Why the person counts as away, in the user's words (None: present)."""
        return AWAY_REASONS[self._strongest] if self._strongest is not None else None

    def held(self) -> dict[str, str]:
        """Each held kind with its reason, for the tooltip and Today ("held: in a call")."""
        return {kind: h.reason for kind, h in self._held.items()}

    def next_check(self) -> datetime | None:
        """When :meth:`settle` must run next; None while nothing needs watching."""
        times = []
        for h in self._held.values():
            if h.look_at is not None:
                times.append(h.look_at)
            if h.busy:
                times.append(h.since + timedelta(minutes=self.rules.busy_limit_minutes))
        return min(times) if times else None

    # -- presence facts -------------------------------------------------------
    def active(self, now: datetime) -> list[Outcome]:
        """Input arrived: the person is at the keyboard (unless the screen is locked)."""
        return self._drop({"idle"}, now)

    def idle_since(self, since: datetime, now: datetime) -> list[Outcome]:
        """No input since ``since`` (the idle source's threshold has passed)."""
        self._leave("idle", min(since, now))
        return []

    def locked(self, now: datetime) -> list[Outcome]:
        self._leave("locked", now)
        return []

    def unlocked(self, now: datetime) -> list[Outcome]:
        """Unlocking takes a password typed by someone at the keyboard: present again."""
        return self._drop({"locked", "idle"}, now)

    def suspended(self, now: datetime) -> list[Outcome]:
        self._leave("suspended", now)
        return []

    def resumed(self, now: datetime) -> list[Outcome]:
        """Waking the machine is the person's doing; a lock screen may still keep them away."""
        return self._drop({"suspended", "idle"}, now)

    def busy(self, reason: str | None, now: datetime) -> list[Outcome]:
        """A source that reports busy by itself (rather than being asked) says so."""
        self._pushed_busy = reason
        return []

    def free(self, now: datetime) -> list[Outcome]:
        """A source says its busy state ended: prompts held for being busy are looked at now,
        not at the next re-check (:meth:`settle` still asks the other sources first)."""
        self._pushed_busy = None
        for h in self._held.values():
            if h.busy:
                h.look_at = now
        return []

    # -- reminders ------------------------------------------------------------
    def may_show(self, kind: str, due: datetime, now: datetime,
                 ask_busy: AskBusy = _never_busy) -> Verdict:
        """At due time: show now, or hold (and remember ``due``); asks busy only if present."""
        held = self._held.get(kind)
        if held is not None:  # at most one prompt per kind: later dues join the held one
            held.dues.append(due)
            return Verdict("hold", held.reason)
        if (away := self.away_reason()) is not None:
            self._held[kind] = _Held(away, now, [due])
            return Verdict("hold", away)
        if self._back_at is not None and now < self._release_time():
            self._held[kind] = _Held(JUST_BACK, now, [due], look_at=self._release_time())
            return Verdict("hold", JUST_BACK)
        reason = self._pushed_busy or ask_busy()
        if reason:
            self._hold_busy(kind, _Held(reason, now, [due]), reason, now)
            return Verdict("hold", reason)
        return Verdict("show")

    def settle(self, now: datetime, ask_busy: AskBusy = _never_busy) -> list[Outcome]:
        """Release or give up on held prompts whose time has come; at most one shown per call."""
        out: list[Outcome] = []
        limit = timedelta(minutes=self.rules.busy_limit_minutes)
        for kind, h in list(self._held.items()):
            if h.busy and now - h.since >= limit:
                out.append(Missed(kind, tuple(h.dues), h.reason))
                del self._held[kind]
        # The one waiting longest goes first.
        ready = sorted((h.look_at, h.dues[0], kind) for kind, h in self._held.items()
                       if h.look_at is not None and h.look_at <= now)
        if not ready or self.away():
            return out
        gap = timedelta(seconds=self.rules.release_gap_seconds)
        if self._last_release is not None and now < self._last_release + gap:
            for *_, kind in ready:  # one prompt just came back: the next one waits its turn
                self._held[kind].look_at = self._last_release + gap
            return out
        reason = self._pushed_busy or ask_busy()
        if reason:
            for *_, kind in ready:
                self._hold_busy(kind, self._held[kind], reason, now)
            return out
        *_, first = ready[0]
        h = self._held.pop(first)
        out.append(Show(first, tuple(h.dues), h.reason))
        self._last_release = now
        for i, (*_, kind) in enumerate(ready[1:], start=1):
            self._held[kind].look_at = now + gap * i  # one kind at a time, not a burst
        return out

    def forget(self, kind: str | None = None) -> None:
        """Drop a held prompt (or all): the user paused reminders or answered from the menu."""
        if kind is None:
            self._held.clear()
        else:
            self._held.pop(kind, None)

    # -- inside ---------------------------------------------------------------
    def _release_time(self) -> datetime:
        assert self._back_at is not None  # asked only once the person came back
        return self._back_at + timedelta(minutes=self.rules.return_delay_minutes)

    def _hold_busy(self, kind: str, h: _Held, reason: str, now: datetime) -> None:
        if not h.busy:
            h.since, h.busy = now, True  # the busy limit counts from the first busy answer
        h.reason = reason
        h.look_at = now + timedelta(minutes=self.rules.busy_recheck_minutes)
        self._held[kind] = h

    def _leave(self, cause: str, since: datetime) -> None:
        if not self._causes:
            self._away_since, self._strongest = since, cause
            for h in self._held.values():  # nobody to show anything to until the return
                h.look_at, h.busy = None, False
        else:
            assert self._away_since is not None and self._strongest is not None  # away already
            self._away_since = min(self._away_since, since)
            ranks = list(AWAY_REASONS)
            self._strongest = min(self._strongest, cause, key=ranks.index)
        self._causes.add(cause)
        for h in self._held.values():
            h.reason = AWAY_REASONS[self._strongest]

    def _drop(self, causes: set[str], now: datetime) -> list[Outcome]:
        if not self._causes:
            return []
        self._causes -= causes
        if self._causes:
            return []
        return self._come_back(now)

    def _come_back(self, now: datetime) -> list[Outcome]:
        out: list[Outcome] = []
        start, cause = self._away_since, self._strongest
        assert start is not None and cause is not None  # set when the person left
        self._away_since = self._strongest = None
        self._back_at = now
        if now - start >= timedelta(minutes=self.rules.stretch_break_minutes):
            brk = NaturalBreak(start, now, cause)
            out.append(brk)
            for kind in self.rules.break_kinds:
                if kind in self._held:
                    out.append(Covered(kind, tuple(self._held.pop(kind).dues), brk))
        for h in self._held.values():
            h.look_at = self._release_time()
        return out


# -- "I'm in a meeting": a pause that ends with the call ----------------------------------
CALL_PAUSE_LIMIT = timedelta(hours=2)  # the longest it lasts, whether or not a call is seen


@dataclass
class CallPause:
    """A pause the user asked to end when their call does.

    The call sources are asked now and then (``in_call``: True, False, or None when this
    desktop cannot tell). The pause ends once a call has been seen and is then over, and
    in any case at ``until``: a meeting with no camera or microphone, or a call that
    started before Companion could see it, never leaves reminders off for good.
    """

    until: datetime
    seen_call: bool = False

    def over(self, in_call: bool | None, now: datetime) -> bool:
        """Whether the pause should end now, given what the call sources say."""
        if now >= self.until:
            return True
        if in_call:
            self.seen_call = True
        return self.seen_call and in_call is False
