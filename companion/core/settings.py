"""Typed user settings: what the user can set, its safe defaults, and how two changes merge.

Reading and writing them is ``settings_file``; what a file may hold, and how an older
one is brought up to date, is ``settings_schema``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import time
from typing import Any

from .kinds import ReminderKind
from .week import Week, default_week

KINDS = tuple(ReminderKind)
SNOOZE_CHOICES = (5, 10, 15, 30)


@dataclass(frozen=True)
class ReminderPlan:
    """When one kind of reminder may fire."""

    enabled: bool = True
    mode: str = "interval"  # "interval" or "times"
    interval_minutes: int = 60
    times: tuple[time, ...] = ()
    week: Week | None = None  # None: the shared week (Settings.week)


def default_plans() -> dict[str, ReminderPlan]:
    return {
        ReminderKind.HYDRATION: ReminderPlan(interval_minutes=60),
        ReminderKind.STRETCH: ReminderPlan(interval_minutes=45),
        ReminderKind.BREATHING: ReminderPlan(mode="times", interval_minutes=120,
                                  times=(time(11, 0), time(15, 30))),
    }


@dataclass(frozen=True)
class Settings:
    """Everything the user can set, with safe defaults."""

    hydration: ReminderPlan = field(default_factory=lambda: default_plans()["hydration"])
    stretch: ReminderPlan = field(default_factory=lambda: default_plans()["stretch"])
    breathing: ReminderPlan = field(default_factory=lambda: default_plans()["breathing"])
    # The working week every kind keeps to, unless its plan has a week of its own.
    week: Week = field(default_factory=default_week)
    snooze_minutes: int = 10
    prompt_timeout_minutes: int = 10
    water_goal_glasses: int = 8
    glass_ml: int = 250
    # How water is shown: "" follows the region (US fluid ounces in the US), else "ml" or
    # "fl oz". Only what is shown: water is stored in millilitres (glass_ml, the history).
    water_unit: str = ""
    sound_cues: bool = True
    spoken_cues: bool = False
    reduced_motion: bool = False
    # Presence (issue #13): when the person is away or busy, prompts wait for them.
    presence_idle_minutes: int = 5     # no input this long counts as away
    natural_break_minutes: int = 5     # an absence this long is a stretch break
    return_delay_minutes: int = 2      # held prompts come back this long after the return
    busy_limit_minutes: int = 60       # held longer than this while busy: recorded missed
    watch_idle: bool = True
    watch_lock: bool = True            # a locked screen and a sleeping machine
    watch_calls: bool = True           # camera or microphone in use by another program
    watch_fullscreen: bool = True
    watch_dnd: bool = True
    # The break screen (issue #21): asked for per kind, off by default.
    break_screen_stretch: bool = False
    break_screen_breathing: bool = False
    break_postpone_minutes: int = 5
    break_postpone_limit: int = 2      # postpones a day, per kind
    break_skip_limit: int = 1          # skips a day, per kind
    break_strict: bool = False         # no postpone or skip; Esc held 3 s still leaves
    break_warning: bool = True         # a small notification shortly before the screen
    break_warning_seconds: int = 30
    # Where GNOME's own movement breaks are on (GNOME 48's Wellbeing): "desktop" lets GNOME
    # remind and Companion offers its guided stretch when GNOME's break begins; "companion"
    # keeps Companion's stretch reminders. Either way a GNOME break counts as a stretch break.
    desktop_breaks: str = "desktop"
    # A daily limit of time at the computer (0: none): told when reached, then hourly.
    computer_time_limit_minutes: int = 0
    # Small bits of remembered UI state: shown once, then not again.
    tray_hint_shown: bool = False
    stretch_safety_seen: bool = False
    # On by default: a reminder app that is gone after the next reboot does not remind.
    # The autostart entry itself is written only once the welcome window is done.
    start_at_login: bool = True
    welcome_done: bool = False
    # Days of history kept (core.retention); 0, the default, keeps everything.
    keep_history_days: int = 0
    # One history across computers (issue 25): a folder a sync tool (Syncthing, Nextcloud,
    # a network share) keeps in step; "" shares nothing. This machine's name there ("" is
    # the host name), and whether settings are shared too (per field, last change wins).
    share_folder: str = ""
    machine_name: str = ""
    share_settings: bool = False
    # Companion's language: "" follows the desktop's; else one it ships (core.i18n.LANGUAGES).
    language: str = ""

    def plan(self, kind: str) -> ReminderPlan:
        """The reminder plan for one kind."""
        plan: ReminderPlan = getattr(self, kind)
        return plan

    def week_for(self, kind: str) -> Week:
        """The week one kind keeps to: its own, or the shared one."""
        own = self.plan(kind).week
        return self.week if own is None else own

    def with_plan(self, kind: str, plan: ReminderPlan) -> Settings:
        """A copy with one kind's plan replaced."""
        changes: dict[str, Any] = {kind: plan}
        return replace(self, **changes)


# Changed together: a timing taken half from each side would be neither's.
_PLAN_UNITS = (("enabled",), ("mode", "interval_minutes", "times"), ("week",))


def rebase(before: Settings, after: Settings, onto: Settings) -> Settings:
    """The change from ``before`` to ``after``, made on top of ``onto`` instead.

    For a change the app makes while the file was edited by hand: what the app changed
    wins, and everything else is the edit's. A reminder plan is merged by part (whether
    it is on, its timing, its week), so turning water reminders on keeps a new
    interval typed into the file.
    """
    values: dict[str, Any] = {}
    for name in (f.name for f in fields(Settings)):
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        if isinstance(new, ReminderPlan):
            changed = [n for unit in _PLAN_UNITS
                       if any(getattr(old, u) != getattr(new, u) for u in unit) for n in unit]
            new = replace(getattr(onto, name), **{n: getattr(new, n) for n in changed})
        values[name] = new
    return replace(onto, **values)
