"""The computer-time service on an injected clock: a restart past the limit, midnight."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from companion.core.clock import FakeClock
from companion.core.history import History
from companion.core.kinds import EventKind
from companion.services.computer_time import ComputerTime

PARIS = ZoneInfo("Europe/Paris")


def keep_span(history: History, start: datetime, end: datetime) -> None:
    history.record(EventKind.ACTIVE_TIME, {"start": start.isoformat(), "end": end.isoformat(),
                                           "minutes": (end - start).total_seconds() / 60}, at=start)


def test_started_past_the_limit_it_reminds_once_not_for_every_hour_missed(qtbot):
    clock = FakeClock(datetime(2026, 3, 2, 18, 30, tzinfo=PARIS))
    history = History(Path(":memory:"), clock)
    keep_span(history, datetime(2026, 3, 2, 8, 0, tzinfo=PARIS), datetime(2026, 3, 2, 17, 30, tzinfo=PARIS))
    keep_span(history, datetime(2026, 3, 1, 8, 0, tzinfo=PARIS), datetime(2026, 3, 1, 20, 0, tzinfo=PARIS))
    reached = []
    ct = ComputerTime(history, clock, PARIS, limit_minutes=8 * 60, asleep=lambda: 0.0)
    ct.limit_reached.connect(lambda total, limit: reached.append((total, limit)))
    qtbot.waitUntil(lambda: bool(reached), timeout=5000)
    assert reached == [(timedelta(hours=9, minutes=30), timedelta(hours=8))]  # yesterday not counted
    assert len(history.events([EventKind.TIME_LIMIT_REMINDED])) == 2  # 8 h and 9 h: both passed
    # The next one waits for 10 h at the computer: half an hour from now.
    assert ct._reminder.isActive() and 29 * 60_000 < ct._reminder.remainingTime() <= 31 * 60_000  # (coarse)
    ct.stop()


def test_a_span_open_at_midnight_is_kept_in_two_days(qtbot):
    start = datetime(2026, 3, 2, 23, 30, tzinfo=PARIS)
    clock = FakeClock(start)
    history = History(Path(":memory:"), clock)
    epoch = datetime(2000, 1, 1, tzinfo=UTC)
    # Thirty minutes to midnight pass as 1.8 real seconds.
    ct = ComputerTime(history, clock, PARIS, scheduler_time=lambda when: epoch + (when - start) / 1000,
                      asleep=lambda: 0.0)
    clock.set(datetime(2026, 3, 3, 0, 10, tzinfo=PARIS))
    qtbot.waitUntil(lambda: len(history.events([EventKind.ACTIVE_TIME])) == 2, timeout=10_000)
    spans = [e.data for e in history.events([EventKind.ACTIVE_TIME])]
    assert [s["minutes"] for s in spans] == [30, 10]
    assert spans[1]["start"] == datetime(2026, 3, 3, tzinfo=PARIS).astimezone(UTC).isoformat()
    assert ct.today() == timedelta(minutes=10)
    ct.stop()


def test_a_sleep_nobody_told_of_is_left_out_when_the_clock_jump_is_noticed(qtbot):
    clock = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=PARIS))
    history = History(Path(":memory:"), clock)
    asleep = [0.0]
    ct = ComputerTime(history, clock, PARIS, asleep=lambda: asleep[0])
    clock.advance(hours=1)
    asleep[0] += 3 * 3600  # the lid was closed for three hours, no logind to say so
    clock.advance(hours=3)
    ct.clock_jumped()
    assert ct.today() == timedelta(hours=1)
    clock.advance(minutes=30)
    ct.clock_jumped()  # a jump without sleep (the clock was set): nothing changes
    assert ct.today() == timedelta(hours=1, minutes=30)
    ct.stop()
