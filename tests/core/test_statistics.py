"""Statistics per local day: midnight and DST edges, breaks and holds, the diary, streaks, words."""

from datetime import UTC, date, datetime, timedelta

import pytest
from history_helpers import TZ

from companion.core import diary
from companion.core.history import History
from companion.core.kinds import EventKind as K
from companion.core.statistics import (
    NOT_ADVICE,
    Held,
    Span,
    Tally,
    View,
    buckets,
    day_starts,
    goal_line,
    shifted,
    span_of,
    streak,
    twitch_summary,
)
from companion.core.statistics_sql import current_streak, tallies

NOW = datetime(2026, 12, 2, 14, 30, tzinfo=TZ)  # a Wednesday


@pytest.fixture
def history(tmp_path):
    h = History(tmp_path / "history.db", clock=lambda: NOW)
    yield h
    h.close()


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def by_day(days: list[Tally]) -> dict[date, Tally]:
    return {d.first: d for d in days}


# -- days ---------------------------------------------------------------------------------------

def test_a_glass_at_23_59_and_one_at_00_01_fall_on_different_days(history):
    history.record(K.WATER_LOGGED, {"ml": 250}, at=at(date(2026, 12, 1), 23, 59))
    history.record(K.WATER_LOGGED, {"ml": 300}, at=at(date(2026, 12, 2), 0, 1))
    days = by_day(tallies(history, span_of(View.WEEK, NOW.date()), TZ, goal=8))
    assert (days[date(2026, 12, 1)].glasses, days[date(2026, 12, 1)].ml) == (1, 250)
    assert (days[date(2026, 12, 2)].glasses, days[date(2026, 12, 2)].ml) == (1, 300)
    assert sum(d.glasses for d in days.values()) == 2


@pytest.mark.parametrize("sunday", [date(2026, 3, 29), date(2026, 10, 25)])  # 23 h and 25 h
def test_a_week_with_a_clock_change_has_seven_days_each_from_midnight_to_midnight(history, sunday):
    history.record(K.WATER_LOGGED, {"ml": 250}, at=at(sunday, 0, 30))
    history.record(K.WATER_LOGGED, {"ml": 250}, at=at(sunday, 23, 30))
    history.record(K.WATER_LOGGED, {"ml": 250}, at=at(sunday + timedelta(days=1), 0, 10))
    week = span_of(View.WEEK, sunday)
    days = tallies(history, week, TZ, goal=8)
    assert [d.first for d in days] == [week.first + timedelta(days=n) for n in range(7)]
    assert days[-1].first == sunday and days[-1].glasses == 2
    starts = day_starts(week.first, week.last, TZ)
    lengths = {(b - a) / timedelta(hours=1) for a, b in zip(starts, starts[1:], strict=False)}
    assert lengths == {24, 23 if sunday.month == 3 else 25}


def test_an_undone_glass_is_not_counted(history):
    kept = history.record(K.WATER_LOGGED, {"ml": 250}, at=at(NOW.date(), 9))
    gone = history.record(K.WATER_LOGGED, {"ml": 250}, at=at(NOW.date(), 10))
    history.record(K.WATER_UNDONE, {"event": gone.id}, at=at(NOW.date(), 10, 1))
    today = by_day(tallies(history, span_of(View.WEEK, NOW.date()), TZ, goal=8))[NOW.date()]
    assert (today.glasses, today.ml) == (1, 250) and kept.id != gone.id


def test_breaks_split_as_workrave_counts_them_with_holds_by_reason(history):
    day = NOW.date()
    for kind, data in [
        (K.REMINDER_DONE, {"kind": "stretch"}), (K.REMINDER_DONE, {"kind": "breathing"}),
        (K.REMINDER_DONE, {"kind": "hydration"}),  # water prompts are not breaks
        (K.REMINDER_SNOOZED, {"kind": "stretch"}), (K.REMINDER_SKIPPED, {"kind": "stretch"}),
        (K.REMINDER_SKIPPED, {"kind": "hydration"}),
        (K.REMINDER_MISSED, {"kind": "stretch", "reason": "in a call"}),
        (K.REMINDER_HELD, {"kind": "stretch", "reason": "in a call"}),
        (K.REMINDER_HELD, {"kind": "stretch", "reason": "screen locked"}),
        (K.REMINDER_HELD, {"kind": "breathing", "reason": "showing something fullscreen"}),
        (K.REMINDER_HELD, {"kind": "stretch", "reason": "do not disturb is on"}),
        (K.REMINDER_HELD, {"kind": "stretch", "reason": "do not disturb is on"}),
        (K.NATURAL_BREAK, {"start": at(day, 12).isoformat(), "end": at(day, 12, 40).isoformat(),
                           "minutes": 40.0, "cause": "locked"}),
        (K.STRETCH_SESSION, {"routine": "quick-hand", "steps_done": 5, "seconds": 150}),
        (K.BREATHING_SESSION, {"pattern": "box", "cycles_done": 6, "seconds": 90}),
    ]:
        history.record(kind, data, at=at(day, 13))
    t = by_day(tallies(history, span_of(View.WEEK, day), TZ, goal=8))[day]
    assert (t.taken, t.natural, t.natural_minutes, t.snoozed, t.skipped, t.missed) == (2, 1, 40, 1, 1, 1)
    assert t.held == {Held.CALL: 1, Held.AWAY: 1, Held.FULLSCREEN: 1, Held.DND: 2}
    assert (t.stretch_minutes, t.breathing_minutes) == (2.5, 1.5)
    assert t.active_minutes is None  # no time at the computer was recorded that day


def test_time_at_the_computer_adds_up_per_day_and_a_day_without_any_says_nothing(history):
    day = NOW.date()
    for hour, minutes in ((9, 50.0), (11, 70.5)):
        start = at(day, hour)
        history.record(K.ACTIVE_TIME, {"start": start.isoformat(),
                                       "end": (start + timedelta(minutes=minutes)).isoformat(),
                                       "minutes": minutes}, at=start)
    days = by_day(tallies(history, span_of(View.WEEK, day), TZ, goal=8))
    assert days[day].active_minutes == 120.5
    assert days[day - timedelta(days=1)].active_minutes is None


def test_a_damaged_row_is_left_out_and_the_rest_still_counts(history):
    history.record(K.WATER_LOGGED, {"ml": 250}, at=at(NOW.date(), 9))
    history._db.execute("INSERT INTO events(id, at, kind, data) VALUES ('x', ?, 'water_logged', '{not json')",
                        (history.events()[0].at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),))
    history._db.execute("INSERT INTO events(id, at, kind, data) VALUES ('y', 12345, 'water_logged', '{}')")
    today = by_day(tallies(history, span_of(View.WEEK, NOW.date()), TZ, goal=8))[NOW.date()]
    assert today.glasses == 1


def test_twitches_count_by_body_area_on_the_day_they_happened_after_edits_and_deletes(history):
    monday = date(2026, 11, 30)
    a = diary.add(history, "palm", "left", triggers=["caffeine"], occurred_at=at(monday, 9))
    diary.add(history, "eyelid", "right", triggers=["caffeine", "stress"], occurred_at=at(monday, 23, 50))
    moved = diary.add(history, "palm", "right", occurred_at=at(monday, 11))
    diary.edit(history, moved, occurred_at=at(monday + timedelta(days=1), 8))
    gone = diary.add(history, "calf", "left", occurred_at=at(monday, 12))
    diary.delete(history, gone)
    days = by_day(tallies(history, span_of(View.WEEK, monday), TZ, goal=8))
    assert days[monday].twitches == {"palm": 1, "eyelid": 1} and a
    assert days[monday].triggers == {"caffeine": 2, "stress": 1}
    assert days[monday + timedelta(days=1)].twitches == {"palm": 1}


def test_an_entry_moved_into_another_week_counts_there_only(history):
    monday = date(2026, 11, 30)
    moved = diary.add(history, "thumb", "left", occurred_at=at(monday - timedelta(days=7), 9))
    diary.edit(history, moved, occurred_at=at(monday, 9))
    earlier = tallies(history, span_of(View.WEEK, monday - timedelta(days=7)), TZ, goal=8)
    later = by_day(tallies(history, span_of(View.WEEK, monday), TZ, goal=8))
    assert sum(d.episodes for d in earlier) == 0 and later[monday].twitches == {"thumb": 1}


# -- spans ---------------------------------------------------------------------------------------

def test_spans_are_monday_to_sunday_calendar_months_and_years_and_step_across_years():
    assert span_of(View.WEEK, date(2026, 12, 2)) == Span(View.WEEK, date(2026, 11, 30), date(2026, 12, 6))
    assert span_of(View.MONTH, date(2028, 2, 10)).days == 29
    assert shifted(span_of(View.MONTH, date(2026, 12, 2)), 1).first == date(2027, 1, 1)
    assert shifted(span_of(View.WEEK, date(2026, 1, 1)), -1).first == date(2025, 12, 22)
    assert shifted(span_of(View.YEAR, date(2026, 6, 1)), -2) == Span(View.YEAR, date(2024, 1, 1),
                                                                     date(2024, 12, 31))
    assert span_of(View.MONTH, date(2026, 12, 2)).title() == "December 2026"


def test_the_year_view_adds_the_days_up_by_month(history):
    history.record(K.WATER_LOGGED, {"ml": 250}, at=at(date(2026, 2, 28), 23, 59))
    history.record(K.WATER_LOGGED, {"ml": 250}, at=at(date(2026, 3, 1), 0, 1))
    year = span_of(View.YEAR, NOW.date())
    months = buckets(year, tallies(history, year, TZ, goal=1))
    assert len(months) == 12 and [m.days for m in months[:3]] == [31, 28, 31]
    assert [(m.glasses, m.goal_days) for m in months[1:3]] == [(1, 1), (1, 1)]
    # This month's average counts the days so far (Wednesday 2 December: two).
    history.record(K.WATER_LOGGED, {"ml": 250}, at=at(NOW.date(), 9))
    december = buckets(year, tallies(history, year, TZ, goal=1), NOW.date())[-1]
    assert (december.first, december.last, december.glasses_a_day) == (
        date(2026, 12, 1), NOW.date(), 0.5)


# -- the streak ----------------------------------------------------------------------------------

def _reader(glasses: dict[date, int]):
    asked = []

    def read(first: date, last: date) -> dict[date, int]:
        asked.append((first, last))
        return {d: n for d, n in glasses.items() if first <= d <= last}
    return read, asked


def test_the_streak_counts_met_days_up_to_today_and_today_does_not_break_it_yet():
    today = date(2026, 12, 2)
    met = {today - timedelta(days=n): 8 for n in range(1, 4)}
    read, _ = _reader({**met, today: 3, today - timedelta(days=4): 7})
    assert streak(read, 8, today) == 3
    read, _ = _reader({**met, today: 9})
    assert streak(read, 8, today) == 4


def test_a_rest_day_without_water_neither_breaks_nor_extends_the_streak():
    friday = date(2026, 11, 27)
    monday = friday + timedelta(days=3)
    read, _ = _reader({friday: 8, monday: 8, friday - timedelta(days=1): 8})
    assert streak(read, 8, monday, rest_day=lambda d: d.weekday() >= 5) == 3
    assert streak(read, 8, monday) == 1  # counted as every day, the weekend breaks it


def test_a_long_streak_is_read_back_a_chunk_at_a_time():
    today = date(2026, 12, 2)
    read, asked = _reader({today - timedelta(days=n): 10 for n in range(12)})
    assert streak(read, 8, today, chunk=5) == 12
    assert len(asked) == 3


def test_the_streak_from_the_history_file(history):
    for back in range(1, 4):
        for hour in (9, 10):
            history.record(K.WATER_LOGGED, {"ml": 250}, at=at(NOW.date() - timedelta(days=back), hour))
    assert current_streak(history, TZ, 2, NOW) == 3
    assert current_streak(history, TZ, 3, NOW) == 0
    glass = history.events([K.WATER_LOGGED])[-1]  # yesterday's second glass, taken back
    history.record(K.WATER_UNDONE, {"event": glass.id}, at=glass.at + timedelta(minutes=1))
    assert current_streak(history, TZ, 2, NOW) == 0


# -- words ---------------------------------------------------------------------------------------

def _day(n: int, glasses: int, twitches: dict[str, int] | None = None, taken: int = 0) -> Tally:
    d = date(2026, 11, 1) + timedelta(days=n)
    return Tally(d, d, glasses=glasses, goal_days=int(glasses >= 8), taken=taken,
                 twitches=twitches or {}, triggers={"caffeine": 1} if twitches else {})


def test_the_summary_states_counts_only_and_says_it_is_not_medical_advice():
    days = ([_day(n, 2, {"palm": 1}) for n in range(7)] + [_day(n, 8, {"eyelid": 2}, taken=1)
                                                           for n in range(7, 9)]
            + [_day(n, 8) for n in range(9, 30)])
    lines = twitch_summary(days, 8, {"caffeine": "Caffeine"})
    assert lines[0] == ("Twitching was logged on 9 days (11 episodes); on 7 of them fewer than "
                        "half of your glasses were logged.")
    assert lines[1] == "On 7 of the 9 days with twitching, no break was recorded."
    assert lines[2] == "Where: palm 7, eyelid 4."
    assert lines[3] == "Triggers you logged: caffeine 9."
    assert lines[-1] == NOT_ADVICE and "not medical advice" in NOT_ADVICE
    text = " ".join(lines).lower()
    assert not any(word in text for word in ("because", "cause", "due to", "led to", "linked"))


def test_no_twitching_is_said_plainly():
    assert twitch_summary([_day(0, 8)], 8) == ["No twitching was logged in this period.", NOT_ADVICE]


def test_the_goal_line_leaves_out_days_still_to_come():
    days = [_day(n, 8 if n % 2 else 1) for n in range(7)]
    assert goal_line(days, 8, 2, date(2026, 11, 4)) == (
        "Goal of 8 glasses met on 2 of 4 days · current streak: 2 days")


def test_day_starts_are_utc():
    starts = day_starts(date(2026, 12, 1), date(2026, 12, 1), TZ)
    assert starts == [datetime(2026, 11, 30, 23, tzinfo=UTC), datetime(2026, 12, 1, 23, tzinfo=UTC)]
