"""The presence parts of the user's settings, as the activity model and the monitor take them."""

from __future__ import annotations

from companion.core.activity import PresenceRules
from companion.core.settings import Settings

from .monitor import PresenceChoices


def presence_rules(s: Settings) -> PresenceRules:
    """How long counts as away, as a break, how soon to come back, when to give up."""
    return PresenceRules(idle_minutes=s.presence_idle_minutes,
                         stretch_break_minutes=s.natural_break_minutes,
                         return_delay_minutes=s.return_delay_minutes,
                         busy_limit_minutes=s.busy_limit_minutes)


def presence_choices(s: Settings) -> PresenceChoices:
    """Which sources the user lets Companion watch, and the idle threshold they use."""
    return PresenceChoices(idle_minutes=s.presence_idle_minutes, idle=s.watch_idle,
                           lock=s.watch_lock, calls=s.watch_calls,
                           fullscreen=s.watch_fullscreen, do_not_disturb=s.watch_dnd)
