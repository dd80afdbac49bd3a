"""Time at the computer: counted only while present, cut at midnight, without sleep."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from companion.core.active_time import (
    ActiveTime,
    Span,
    limit_message,
    next_reminder,
    reminders_due,
    split_days,
)
from companion.core.today import DaySummary

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN).astimezone(UTC)  # Monday 08:00 local


def at(hours: float, base: datetime = T0) -> datetime:
    return base + timedelta(hours=hours)


def minutes(spans) -> float:
    return sum(s.minutes for s in spans)


def test_idle_and_locked_time_do_not_count():
    clock = ActiveTime(BERLIN, at(0))
    # Idle is noticed 5 minutes after the last input: the span ends at the last input.
    [span] = clock.idle_since(at(1), at(1 + 5 / 60))
    assert span == Span(at(0), at(1))
    assert clock.active(at(1.5)) == []
    assert clock.locked(at(2)) == [Span(at(1.5), at(2))]
    clock.idle_since(at(2.1), at(2.2))  # idle behind the lock: still away, nothing new
    assert clock.active(at(2.5)) == [] and not clock.present  # input on a locked screen
    assert clock.unlocked(at(3)) == [] and clock.present
    assert clock.today([Span(at(0), at(1)), Span(at(1.5), at(2))], at(4)) == timedelta(hours=2.5)


def test_suspend_is_not_counted_even_when_going_to_sleep_was_not_heard():
    clock = ActiveTime(BERLIN, at(0))
    assert clock.suspended(at(1)) == [Span(at(0), at(1))]
    assert clock.resumed(at(3), slept=timedelta(hours=2)) == [] and clock.present
    # Missed "going to sleep": waking says the computer slept 90 minutes, which come off.
    assert clock.resumed(at(5), slept=timedelta(minutes=90)) == [Span(at(3), at(3.5))]
    assert clock.today([Span(at(0), at(1)), Span(at(3), at(3.5))], at(6)) == timedelta(hours=2.5)


def test_a_span_over_midnight_is_kept_half_on_each_day():
    evening = datetime(2026, 3, 2, 23, 0, tzinfo=BERLIN).astimezone(UTC)
    clock = ActiveTime(BERLIN, evening)
    spans = clock.idle_since(at(2, evening), at(2.1, evening))
    assert [s.minutes for s in spans] == [60, 60]
    assert spans[0].end == spans[1].start == datetime(2026, 3, 3, tzinfo=BERLIN)
    # The new day counts only its own part of a span still open at midnight.
    clock.active(at(3, evening))
    assert clock.today(spans, at(4, evening)) == timedelta(hours=2)  # 00:00-01:00 and 02:00-03:00
    [before, after] = clock.checkpoint(at(26, evening))  # kept at the next midnight, and on
    assert before.end == after.start and after.minutes == 60


def test_a_day_with_a_dst_change_is_cut_at_its_own_midnight():
    # Berlin moves to summer time on Sunday 29 March 2026: that day has 23 hours.
    start = datetime(2026, 3, 28, 23, 0, tzinfo=BERLIN).astimezone(UTC)
    spans = split_days(start, start + timedelta(hours=25), BERLIN)
    assert [s.minutes for s in spans] == [60, 23 * 60, 60]


@given(st.lists(st.tuples(st.sampled_from(["active", "idle", "locked", "unlocked",
                                           "suspended", "resumed"]),
                          st.integers(1, 600)), max_size=40))
def test_the_count_never_exceeds_the_time_that_passed_and_days_never_overlap(steps):
    now = T0
    clock = ActiveTime(BERLIN, now)
    kept: list[Span] = []
    for fact, gap in steps:
        now += timedelta(minutes=gap)
        if fact == "idle":
            kept += clock.idle_since(now - timedelta(minutes=5), now)
        else:
            kept += getattr(clock, fact)(now)
    kept += clock.checkpoint(now)
    assert minutes(kept) <= (now - T0).total_seconds() / 60 + 1e-9
    assert all(s.start < s.end for s in kept)
    assert all(a.end <= b.start for a, b in zip(kept, kept[1:], strict=False))
    for s in kept:  # each span within one local day
        assert s.start.astimezone(BERLIN).date() == (s.end - timedelta(microseconds=1)).astimezone(BERLIN).date()


def test_the_limit_reminds_when_reached_and_every_further_hour():
    limit = timedelta(hours=8)
    assert reminders_due(timedelta(hours=7, minutes=59), limit) == 0
    assert reminders_due(limit, limit) == 1
    assert reminders_due(timedelta(hours=9, minutes=59), limit) == 2
    assert reminders_due(timedelta(hours=10), limit) == 3
    assert reminders_due(timedelta(hours=10), timedelta(0)) == 0  # no limit set
    assert next_reminder(limit, 0) == limit and next_reminder(limit, 2) == timedelta(hours=10)


def test_words():
    day = DaySummary(0, 0, 8, 0, 0, computer_minutes=400.99)
    assert day.computer_line == "At the computer today: 6 h 40 min"  # whole minutes, never rounded up
    assert DaySummary(0, 0, 8, 0, 0).computer_line is None
    assert DaySummary(0, 0, 8, 0, 0, computer_minutes=0.9).computer_line is None
    title, text = limit_message(timedelta(hours=8), timedelta(hours=8))
    assert "8 h today" in text and "limit you set is 8 h" in text and title
