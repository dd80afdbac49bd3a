"""The break screen's daily limits, counted on the person's own day (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from companion.core.breaks import (
    VIA_SCREEN,
    VIA_WARNING,
    BreakRules,
    Used,
    offer,
    rules,
    used_today,
    uses_screen,
)
from companion.core.history import Event
from companion.core.settings import Settings
from companion.core.settings_schema import from_dict, to_dict

PARIS = ZoneInfo("Europe/Paris")


def snoozed(at: datetime, kind: str = "stretch", via: str | None = VIA_SCREEN) -> Event:
    return Event("reminder_snoozed", at.astimezone(UTC), {"kind": kind, **({"via": via} if via else {})})


def skipped(at: datetime, kind: str = "stretch", **extra) -> Event:
    return Event("reminder_skipped", at.astimezone(UTC), {"kind": kind, "via": VIA_SCREEN, **extra})


def test_only_the_screens_own_postpones_and_skips_of_that_kind_and_local_day_count():
    now = datetime(2026, 3, 2, 15, 0, tzinfo=PARIS)
    events = [snoozed(now.replace(hour=9)), snoozed(now.replace(hour=10), via=VIA_WARNING),
              snoozed(now.replace(hour=11), via=None),               # a notification's snooze
              snoozed(now.replace(hour=11), kind="breathing"),       # another kind
              snoozed(now.replace(hour=0, minute=30) - timedelta(hours=1)),  # yesterday, 23:30
              skipped(now.replace(hour=12)), skipped(now.replace(hour=13), escape=True)]
    assert used_today(events, "stretch", now, PARIS) == Used(postpones=2, skips=1)


def test_the_day_is_the_local_one_not_utc():
    # 00:30 in Paris is still yesterday in UTC: a postpone at 00:10 Paris counts today.
    now = datetime(2026, 3, 3, 0, 30, tzinfo=PARIS)
    events = [snoozed(datetime(2026, 3, 3, 0, 10, tzinfo=PARIS)),
              snoozed(datetime(2026, 3, 2, 23, 50, tzinfo=PARIS))]
    assert used_today(events, "stretch", now, PARIS).postpones == 1


def test_a_dst_day_is_still_one_day():
    # 29 March 2026: Paris moves from 02:00 to 03:00; the day has 23 hours.
    now = datetime(2026, 3, 29, 23, 30, tzinfo=PARIS)
    events = [snoozed(datetime(2026, 3, 29, 0, 5, tzinfo=PARIS)),
              snoozed(datetime(2026, 3, 30, 0, 5, tzinfo=PARIS))]
    assert used_today(events, "stretch", now, PARIS).postpones == 1


def test_at_the_limit_the_button_goes_and_says_why():
    chosen = BreakRules(postpone_limit=2, skip_limit=1)
    assert offer(chosen, Used(1, 0)) == offer(chosen, Used(1, 0))
    assert offer(chosen, Used(1, 0)).postpone and offer(chosen, Used(1, 0)).skip
    at_limit = offer(chosen, Used(2, 1))
    assert not at_limit.postpone and not at_limit.skip
    assert "postponed this break 2 times today" in at_limit.why_no_postpone
    assert "skipped this break 1 time today" in at_limit.why_no_skip
    none_allowed = offer(BreakRules(postpone_limit=0, skip_limit=0), Used())
    assert none_allowed.why_no_postpone == "You chose not to have breaks postponed."


def test_strict_mode_offers_neither_whatever_the_counts():
    strict = offer(BreakRules(strict=True, postpone_limit=5, skip_limit=5), Used())
    assert not strict.postpone and not strict.skip
    assert "strict" in strict.why_no_postpone


def test_the_screen_is_off_by_default_and_asked_for_per_kind():
    assert not uses_screen(Settings(), "stretch") and not uses_screen(Settings(), "breathing")
    chosen = Settings(break_screen_breathing=True)
    assert uses_screen(chosen, "breathing") and not uses_screen(chosen, "stretch")
    assert not uses_screen(Settings(break_screen_stretch=True), "hydration")
    assert rules(Settings(break_postpone_minutes=7, break_strict=True)) == BreakRules(7, 2, 1, True)


def test_break_settings_are_checked_and_round_trip_without_a_new_schema_version():
    settings, problems = from_dict({"break_screen_stretch": True, "break_postpone_limit": 3,
                                    "break_warning_seconds": 45})
    assert problems == []
    assert (settings.break_screen_stretch, settings.break_postpone_limit,
            settings.break_warning_seconds) == (True, 3, 45)
    assert from_dict(to_dict(settings))[0] == settings
    bad, problems = from_dict({"break_skip_limit": 99, "break_strict": "yes",
                               "break_postpone_minutes": 0})
    assert (bad.break_skip_limit, bad.break_strict, bad.break_postpone_minutes) == (1, False, 5)
    assert len(problems) == 3 and all("using the default" in p for p in problems)
    assert from_dict({})[0].break_warning is True  # a file from before: the defaults
