"""The week on a real clock, against a brute-force model that reads the wall clock minute by
minute: on DST days, at midnight's edges, in zones with half-hour changes and a skipped day."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from companion.core.local_days import local_midnight
from companion.core.reminders import next_active_start
from companion.core.schedule import fire_times, next_fire
from companion.core.settings import ReminderPlan, Settings
from companion.core.week import Day, Hours, Week, default_week, joined, uniform_week
from companion.core.week_clock import day_spans, is_active, span_at

BERLIN = ZoneInfo("Europe/Berlin")
MINUTE = timedelta(minutes=1)
# Days worth trying, by zone: each one's DST changes, and Samoa's skipped 30 Dec 2011.
ZONES_AND_DAYS = [
    (BERLIN, date(2026, 3, 29)), (BERLIN, date(2026, 10, 25)), (BERLIN, date(2026, 6, 10)),
    (ZoneInfo("America/New_York"), date(2026, 3, 8)),
    (ZoneInfo("America/New_York"), date(2026, 11, 1)),
    (ZoneInfo("Australia/Lord_Howe"), date(2026, 4, 5)),   # back by half an hour
    (ZoneInfo("Australia/Lord_Howe"), date(2026, 10, 4)),  # forward by half an hour
    (ZoneInfo("America/Havana"), date(2026, 3, 8)),        # changes at midnight
    (ZoneInfo("Pacific/Apia"), date(2011, 12, 30)),        # a day that never was
    (ZoneInfo("Asia/Kathmandu"), date(2026, 1, 5)), (ZoneInfo("UTC"), date(2026, 2, 28)),
]
PROPERTY = hsettings(max_examples=120, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])

# Edges that matter: midnight, the last minute, and Berlin's and New York's changes.
edges = st.sampled_from([0, 1, 60, 120, 150, 180, 1380, 1439, 1440])
minutes = st.integers(0, 1440) | edges


@st.composite
def ranges(draw):
    a, b = draw(minutes), draw(minutes)
    if a == b:
        b = a + 1 if a < 1440 else a - 1
    return Hours(min(a, b), max(a, b))


days = st.builds(lambda on, hs: Day(on, joined(hs)), st.booleans(),
                 st.lists(ranges(), max_size=3))
weeks = st.lists(days, min_size=7, max_size=7).map(lambda ds: Week(tuple(ds)))
places = st.sampled_from(ZONES_AND_DAYS)


def wall_active(week, when, tz):
    """The model: the wall clock at ``when`` shows an on day and a minute inside its hours."""
    wall = when.astimezone(tz)
    minute = wall.hour * 60 + wall.minute
    day = week.days[wall.weekday()]
    return day.on and any(h.start <= minute < h.end for h in day.hours)


def model_spans(week, first_day, n_days, tz):
    """Minute by minute from the first day's midnight: a span begins where working time
    begins, or where the wall clock's date changes inside it."""
    t = local_midnight(first_day, tz).astimezone(UTC)
    end = local_midnight(first_day + timedelta(days=n_days), tz).astimezone(UTC)
    spans, current, prev_date = [], None, None
    while t < end:
        wall_date = t.astimezone(tz).date()
        if wall_active(week, t, tz):
            if current is None or wall_date != prev_date:
                if current is not None:
                    spans.append(current)
                current = [t, t + MINUTE]
            else:
                current[1] = t + MINUTE
        elif current is not None:
            spans.append(current)
            current = None
        prev_date = wall_date
        t += MINUTE
    if current is not None:
        spans.append(current)
    return [tuple(s) for s in spans]


def computed_spans(week, first_day, n_days, tz):
    spans = []
    for offset in range(n_days):
        spans += [(s.start, s.end) for s in day_spans(week, first_day + timedelta(days=offset), tz)]
    return spans


@PROPERTY
@given(weeks, places)
@example(uniform_week([Hours(0, 1440)], range(7)), (BERLIN, date(2026, 3, 29)))
@example(uniform_week([Hours(0, 1439)], range(7)), (BERLIN, date(2026, 10, 25)))
@example(uniform_week([Hours(120, 180)], range(7)), (BERLIN, date(2026, 3, 29)))
@example(uniform_week([Hours(60, 150)], range(7)), (BERLIN, date(2026, 10, 25)))
@example(uniform_week([], range(7)), (BERLIN, date(2026, 3, 29)))
def test_working_time_is_what_the_wall_clock_shows(week, place):
    tz, day = place
    first = day - timedelta(days=1)
    assert computed_spans(week, first, 3, tz) == model_spans(week, first, 3, tz)
    t = local_midnight(first, tz).astimezone(UTC)
    for _ in range(3 * 24 * 4):  # every quarter hour agrees with the clock, and the spans
        assert is_active(week, t, tz) == wall_active(week, t, tz) == (span_at(week, t, tz) is not None)
        t += timedelta(minutes=15)


def model_fires(plan, week, first_day, n_days, tz, anchor):
    """Interval: every step from each span's start (or the anchor inside it), inside it.
    Times of day: the clock's time (fold 0) if the clock then shows working time."""
    fires = []
    if plan.mode == "times":
        for offset in range(n_days):
            d = first_day + timedelta(days=offset)
            for at in plan.times:
                when = datetime.combine(d, at, tzinfo=tz).astimezone(UTC)
                if wall_active(week, when, tz) and when.astimezone(tz).date() == d:
                    fires.append(when)
        return sorted(fires)
    step = timedelta(minutes=plan.interval_minutes)
    for start, end in model_spans(week, first_day, n_days, tz):
        when = (anchor if anchor is not None and start <= anchor < end else start) + step
        while when < end:
            fires.append(when)
            when += step
    return fires


plans = st.builds(ReminderPlan, mode=st.sampled_from(["interval", "times"]),
                  interval_minutes=st.integers(5, 480) | st.sampled_from([5, 30, 60]),
                  times=st.sets(st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 59])),
                                max_size=4).map(lambda ts: tuple(sorted(ts))))


@PROPERTY
@given(plans, weeks, places, st.integers(0, 3 * 24 * 60) | st.none())
@example(ReminderPlan(interval_minutes=60), uniform_week([Hours(510, 720), Hours(780, 1050)],
                                                         range(7)),
         (BERLIN, date(2026, 3, 29)), 24 * 60 + 11 * 60)
def test_fire_times_match_the_minute_by_minute_model(plan, week, place, anchor_minute):
    tz, day = place
    first = day - timedelta(days=1)
    start = local_midnight(first, tz).astimezone(UTC)
    end = local_midnight(first + timedelta(days=3), tz).astimezone(UTC)
    anchor = None if anchor_minute is None else start + timedelta(minutes=anchor_minute)
    want = [t for t in model_fires(plan, week, first, 4, tz, anchor) if start < t <= end]
    assert fire_times(plan, week, start, end, tz, anchor) == want
    # next_fire walks the same times one by one.
    if want:
        assert next_fire(plan, week, start, tz, anchor) == want[0]
    for before, after in zip(want, want[1:]):
        assert next_fire(plan, week, before, tz, anchor) == after


# -- the cases people live through ------------------------------------------------------
LUNCH_WEEK = Week(tuple(
    [Day(True, (Hours(510, 720), Hours(780, 1050)))] * 4      # Mon-Thu 08:30-12:00, 13:00-17:30
    + [Day(True, (Hours(510, 780),))]                           # Fri 08:30-13:00
    + [Day(False, (Hours(540, 1080),))] * 2))


def local(y, m, d, hh, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=BERLIN)


def hhmm(times):
    return [t.astimezone(BERLIN).strftime("%a %H:%M") for t in times]


def test_the_interval_restarts_after_lunch():
    stretch = ReminderPlan(interval_minutes=45)
    got = fire_times(stretch, LUNCH_WEEK, local(2026, 3, 2, 0), local(2026, 3, 3, 0), BERLIN)
    assert hhmm(got) == ["Mon 09:15", "Mon 10:00", "Mon 10:45", "Mon 11:30",
                         "Mon 13:45", "Mon 14:30", "Mon 15:15", "Mon 16:00", "Mon 16:45"]


def test_a_stretch_done_before_lunch_does_not_carry_over_it():
    stretch = ReminderPlan(interval_minutes=45)
    done = local(2026, 3, 2, 11, 50)
    assert hhmm([next_fire(stretch, LUNCH_WEEK, done, BERLIN, anchor=done)]) == ["Mon 13:45"]


def test_fixed_times_fire_only_inside_a_range():
    breathing = ReminderPlan(mode="times", times=(time(8), time(11), time(12, 30), time(15, 30)))
    got = fire_times(breathing, LUNCH_WEEK, local(2026, 3, 5, 0), local(2026, 3, 7, 0), BERLIN)
    assert hhmm(got) == ["Thu 11:00", "Thu 15:30", "Fri 11:00", "Fri 12:30"]  # Fri to 13:00


def test_an_empty_week_never_fires_and_pausing_until_the_next_day_still_ends():
    empty = uniform_week([Hours(540, 1080)], ())
    assert empty.empty
    plan = ReminderPlan()
    assert next_fire(plan, empty, local(2026, 3, 2, 8), BERLIN) is None
    assert fire_times(plan, empty, local(2026, 3, 2, 0), local(2026, 3, 9, 0), BERLIN) == []
    settings = Settings(week=empty)
    assert next_active_start(settings, local(2026, 3, 2, 15), BERLIN) == local(2026, 3, 3, 0)


def test_pause_until_the_next_active_day_is_its_first_range():
    settings = Settings(week=LUNCH_WEEK)
    assert next_active_start(settings, local(2026, 3, 6, 12), BERLIN) == local(2026, 3, 9, 8, 30)
    # A kind with its own, earlier week wins; a disabled one does not count.
    early = uniform_week([Hours(420, 480)], range(7))
    with_early = settings.with_plan("stretch", ReminderPlan(interval_minutes=45, week=early))
    assert next_active_start(with_early, local(2026, 3, 6, 12), BERLIN) == local(2026, 3, 7, 7)
    off = with_early.with_plan("stretch", ReminderPlan(enabled=False, week=early))
    assert next_active_start(off, local(2026, 3, 6, 12), BERLIN) == local(2026, 3, 9, 8, 30)


def test_hours_to_midnight_and_from_it_restart_each_day():
    night = Week(tuple(Day(True, (Hours(0, 360), Hours(1320, 1440))) for _ in range(7)))
    plan = ReminderPlan(interval_minutes=60)
    got = fire_times(plan, night, local(2026, 3, 2, 21), local(2026, 3, 3, 3), BERLIN)
    assert hhmm(got) == ["Mon 23:00", "Tue 01:00", "Tue 02:00", "Tue 03:00"]
    assert next_active_start(Settings(week=night), local(2026, 3, 2, 23), BERLIN) == \
        local(2026, 3, 3, 0)


def test_on_the_spring_day_a_range_in_the_skipped_hour_is_empty():
    skipped = uniform_week([Hours(120, 180)], range(7))  # 02:00-03:00
    assert day_spans(skipped, date(2026, 3, 29), BERLIN) == ()
    assert len(day_spans(skipped, date(2026, 3, 30), BERLIN)) == 1


def test_on_the_autumn_day_the_repeated_hour_counts_each_time_the_clock_shows_it():
    repeated = uniform_week([Hours(120, 150)], range(7))  # 02:00-02:30
    spans = day_spans(repeated, date(2026, 10, 25), BERLIN)
    assert [(s.end - s.start) for s in spans] == [timedelta(minutes=30)] * 2
    whole_day = day_spans(default_week().with_day(6, Day(True, (Hours(0, 1440),))),
                          date(2026, 10, 25), BERLIN)
    assert [(s.end - s.start) for s in whole_day] == [timedelta(hours=25)]
