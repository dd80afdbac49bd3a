"""The history in plain words: sentences, days, summaries, filters and pages."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.history import Event, History
from companion.core.history_text import (
    FILTERS,
    PERIODS,
    SENTENCES,
    Context,
    day_title,
    empty_text,
    group_days,
    read_page,
    sentence,
    summary,
)
from companion.core.kinds import EventKind

TZ = ZoneInfo("Europe/Berlin")
AT = datetime(2026, 12, 2, 9, 42, tzinfo=TZ)  # a Wednesday
NOW = datetime(2026, 12, 2, 14, 30, tzinfo=TZ)
NAMES = {"hand-wrist": "Hand & wrist relief", "box": "Box breathing (4-4-4-4)"}
FILTER = {f.key: f for f in FILTERS}
PERIOD = {p.key: p for p in PERIODS}


def say(kind, data=None, at=AT, **context):
    return sentence(Event(kind, at, data or {}), Context(TZ, NAMES, **context))


def local(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


# -- sentences -------------------------------------------------------------------------

# With no details at all, each kind still says what happened in words of its own.
BARE = {
    EventKind.WATER_LOGGED: "Drank a glass of water",
    EventKind.WATER_UNDONE: "Took back a glass of water",
    EventKind.STRETCH_SESSION: "Stretch break, stopped",
    EventKind.BREATHING_SESSION: "Breathing session, stopped",
    EventKind.SYMPTOM_CHECK: "Symptom check saved",
    EventKind.TWITCH_LOGGED: "Twitch logged in the diary",
    EventKind.TWITCH_EDITED: "Changed a twitch diary entry",
    EventKind.TWITCH_DELETED: "Removed a twitch diary entry",
    EventKind.REMINDERS_PAUSED: "Reminders paused until you resume them",
    EventKind.REMINDERS_RESUMED: "Reminders resumed",
    EventKind.REMINDER_SHOWN: "Reminder shown",
    EventKind.REMINDER_DONE: "Reminder answered",
    EventKind.REMINDER_SNOOZED: "Reminder snoozed",
    EventKind.REMINDER_SKIPPED: "Reminder skipped",
    EventKind.REMINDER_MISSED: "Reminder missed",
    EventKind.REMINDER_WITHDRAWN: "Reminder withdrawn",
    EventKind.REMINDER_HELD: "Reminder held",
    EventKind.REMINDER_COVERED: "Reminder covered by a natural break",
    EventKind.NATURAL_BREAK: "Natural break, counted as a stretch break",
}


def test_every_kind_of_event_has_a_sentence_of_its_own():
    # A new kind fails here until it is given words (and a line in BARE).
    assert set(SENTENCES) == set(BARE) == set(EventKind)
    assert {kind: say(kind) for kind in EventKind} == BARE


@pytest.mark.parametrize(("kind", "data", "expected"), [
    ("water_logged", {"ml": 250, "via": "tray"}, "Drank a glass of water (250 ml)"),
    ("stretch_session", {"routine": "hand-wrist", "steps_done": 8, "steps_total": 8,
                         "seconds": 250, "completed": True},
     "Stretch break: Hand & wrist relief, finished (4 min 10 s)"),
    ("stretch_session", {"routine": "hand-wrist", "steps_done": 3, "steps_total": 8,
                         "seconds": 95, "completed": False},
     "Stretch break: Hand & wrist relief, stopped after 3 of 8 steps (1 min 35 s)"),
    ("stretch_session", {"routine": "my-own", "steps_done": 0, "steps_total": 1,
                         "seconds": 4, "completed": False},
     "Stretch break: my-own, stopped before the first step"),
    ("breathing_session", {"pattern": "box", "cycles_done": 10, "seconds": 180, "completed": True},
     "Breathing: Box breathing (4-4-4-4), finished (3 min)"),
    ("breathing_session", {"pattern": "box", "cycles_done": 40, "seconds": 730, "completed": True},
     "Breathing: Box breathing (4-4-4-4), finished (12 min)"),
    ("breathing_session", {"pattern": "box", "cycles_done": 1, "seconds": 16, "completed": False},
     "Breathing: Box breathing (4-4-4-4), stopped after 1 breath (16 s)"),
    ("reminder_skipped", {"kind": "breathing"}, "Breathing reminder skipped"),
    ("reminder_snoozed", {"kind": "hydration", "minutes": 10, "until": "2026-12-02T09:52:00+01:00"},
     "Water reminder snoozed for 10 min"),
    ("reminder_held", {"kind": "stretch", "reason": "in a call"}, "Stretch reminder held: in a call"),
    ("reminder_missed", {"kind": "hydration", "reason": "away"}, "Water reminder missed: away"),
    ("reminder_missed", {"kind": "hydration"}, "Water reminder missed"),
    ("reminder_withdrawn", {"kind": "stretch", "reason": "Companion was closed"},
     "Stretch reminder withdrawn: Companion was closed"),
    ("reminder_shown", {"kind": "stretch", "held": True}, "Stretch reminder shown after being held"),
    ("reminder_covered", {"kind": "stretch"}, "Stretch reminder covered by a natural break"),
    ("natural_break", {"start": "2026-12-02T08:00:00+00:00", "end": "2026-12-02T08:35:00+00:00",
                       "minutes": 35.0}, "Natural break, 35 min, counted as a stretch break"),
    ("natural_break", {"start": "2026-12-02T08:00:00+00:00", "end": "2026-12-02T09:10:00+00:00",
                       "minutes": 70.2, "cause": "locked"},
     "Natural break, 1 h 10 min (screen locked), counted as a stretch break"),
    ("reminders_paused", {"until": None}, "Reminders paused until you resume them"),
    ("reminders_paused", {"until": "2026-12-02T10:12:00+00:00"}, "Reminders paused until 11:12"),
    ("reminders_paused", {"until": "2026-12-03T08:00:00+00:00"},
     "Reminders paused until tomorrow at 09:00"),
    ("reminders_paused", {"until": "2026-12-07T08:00:00+00:00"},
     "Reminders paused until Monday 7 December at 09:00"),
    ("reminders_paused", {"until": "2026-12-02T11:12:00+00:00", "for_call": True},
     "Reminders paused until the call ends (12:12 at the latest)"),
    ("reminders_resumed", {}, "Reminders resumed"),
    ("symptom_check", {"answers": ["coffee"], "level": "self_care", "reasons": []},
     "Symptom check saved, result: self-care"),
    ("symptom_check", {"answers": [], "reasons": []}, "Symptom check saved, result: nothing ticked"),
    ("twitch_logged", {"entry_id": "e1", "area": "palm", "side": "left", "duration": "seconds",
                       "strength": "faint", "triggers": [], "note": "",
                       "occurred_at": "2026-12-02T08:40:00+00:00"},
     "Twitch logged in the diary: palm, left, faint, a few seconds"),
    ("twitch_logged", {"entry_id": "e1", "area": "wrist_forearm", "side": "both",
                       "duration": "hours", "strength": "strong", "triggers": [],
                       "note": "After  typing\nall morning", "occurred_at": "2026-11-30T17:05:00+00:00"},
     "Twitch logged in the diary: wrist or forearm, both sides, strong, on and off for hours "
     "(it happened Mon 30 Nov at 18:05). Note: “After typing all morning”"),
    ("twitch_edited", {"entry_id": "e1", "strength": "visible", "occurred_at": "2026-12-02T08:00:00+00:00"},
     "Changed a twitch diary entry (strength, time)"),
    ("twitch_deleted", {"entry_id": "e1"}, "Removed a twitch diary entry"),
    ("water_undone", {"event": "nowhere"}, "Took back a glass of water"),
    ("sleep_tracked", {"hours": 8}, "Sleep tracked"),  # a kind from a newer Companion
])
def test_each_event_reads_as_a_plain_sentence(kind, data, expected):
    assert say(kind, data) == expected


def test_a_glass_taken_back_says_so_and_its_undo_names_the_glass():
    glass = Event("water_logged", AT, {"ml": 300})
    ctx = Context(TZ, undone=frozenset({glass.id}), glass_times={glass.id: glass.at})
    assert sentence(glass, ctx) == "Drank a glass of water (300 ml), later taken back"
    undo = Event("water_undone", AT + timedelta(minutes=2), {"event": glass.id})
    assert sentence(undo, ctx) == "Took back the glass of water logged at 09:42"


def test_a_long_diary_note_is_cut_short():
    text = say("twitch_logged", {"note": "word " * 40})
    assert text.endswith("…”") and len(text) < 120


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6)
FIELD_NAMES = sorted({"kind", "ml", "seconds", "minutes", "steps_done", "steps_total", "cycles_done",
                      "completed", "routine", "pattern", "level", "answers", "area", "side",
                      "duration", "strength", "note", "occurred_at", "until", "reason", "held",
                      "event", "cause", "entry_id"})


@given(kind=st.sampled_from(list(EventKind)) | st.text(max_size=12),
       data=st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=6), json_values,
                            max_size=6))
def test_no_field_missing_or_of_any_type_stops_a_sentence_or_a_day(kind, data):
    # History checks the fields it knows before handing events out; the words do not
    # rely on it: a hand-edited file or a newer Companion must never break the window.
    event = Event(kind, AT, data)
    ctx = Context(TZ, NAMES, undone=frozenset({event.id}), glass_times={"x": AT})
    assert isinstance(sentence(event, ctx), str) and sentence(event, ctx)
    assert isinstance(summary([event]), str)
    for chosen in FILTERS:
        group_days([event], chosen, NOW, TZ, NAMES)


# -- days ------------------------------------------------------------------------------

@pytest.mark.parametrize(("day", "expected"), [
    (date(2026, 12, 9), "Today"),
    (date(2026, 12, 8), "Yesterday"),
    (date(2026, 12, 2), "Wednesday 2 December"),   # no leading zero
    (date(2026, 11, 30), "Monday 30 November"),
    (date(2025, 12, 31), "Wednesday 31 December 2025"),  # another year says which
])
def test_day_titles_are_words(day, expected):
    assert day_title(day, today=date(2026, 12, 9)) == expected


def test_days_come_newest_first_with_their_entries_newest_first():
    events = [Event("water_logged", local(30, 10, 5, month=11), {"ml": 250}),
              Event("water_logged", local(2, 9, 5), {"ml": 250}),
              Event("reminder_skipped", local(2, 11, 0), {"kind": "stretch"}),
              Event("water_logged", local(1, 23, 59), {"ml": 200})]
    days = group_days(events, FILTER["activity"], NOW, TZ)
    assert [d.title for d in days] == ["Today", "Yesterday", "Monday 30 November"]
    assert [(e.time, e.text) for e in days[0].entries] == [
        ("11:00", "Stretch reminder skipped"), ("09:05", "Drank a glass of water (250 ml)")]
    assert [e.time for e in days[1].entries] == ["23:59"]


def test_days_are_local_days_across_a_clock_change():
    # 25 October 2026: Berlin goes back from UTC+2 to UTC+1 at 03:00.
    before = Event("water_logged", datetime(2026, 10, 24, 22, 30, tzinfo=UTC), {})  # 00:30 on the 25th
    after = Event("water_logged", datetime(2026, 10, 25, 22, 30, tzinfo=UTC), {})   # 23:30 on the 25th
    days = group_days([before, after], FILTER["activity"], datetime(2026, 10, 27, tzinfo=TZ), TZ)
    assert [(d.title, len(d.entries)) for d in days] == [("Sunday 25 October", 2)]
    assert [e.time for e in days[0].entries] == ["23:30", "00:30"]


def test_a_days_summary_counts_what_was_done():
    events = [Event("water_logged", AT, {"ml": 250}) for _ in range(5)]
    undone = Event("water_logged", AT, {"ml": 250})
    events += [undone, Event("water_undone", AT, {"event": undone.id}),
               Event("stretch_session", AT, {"steps_done": 5, "completed": True}),
               Event("stretch_session", AT, {"steps_done": 2, "completed": False}),
               Event("stretch_session", AT, {"steps_done": 0, "completed": False}),  # not a break
               Event("breathing_session", AT, {"cycles_done": 10, "completed": True}),
               Event("natural_break", AT, {"minutes": 40}),
               Event("reminder_missed", AT, {"kind": "hydration"}),
               Event("reminder_shown", AT, {"kind": "hydration"}),
               # Open when Companion closed: the user did not miss it.
               Event("reminder_withdrawn", AT, {"kind": "stretch", "reason": "Companion was closed"})]
    assert summary(events, frozenset({undone.id})) == (
        "5 glasses · 2 stretch breaks · 1 natural break · 1 breathing session · 1 missed reminder")
    assert group_days(events, FILTER["activity"], NOW, TZ)[0].summary == summary(
        events, frozenset({undone.id}))


def test_a_day_without_a_glass_says_so_first():
    assert summary([Event("reminder_skipped", AT, {"kind": "hydration"})]) == "No glasses"
    assert summary([Event("twitch_logged", AT, {}), Event("symptom_check", AT, {})]) == (
        "No glasses · 1 twitch logged · 1 symptom check")


# -- filters ---------------------------------------------------------------------------

DAY = [Event("water_logged", local(2, 10), {"ml": 250}),
       Event("reminder_shown", local(2, 9), {"kind": "hydration"}),
       Event("reminder_done", local(2, 10), {"kind": "hydration"}),
       Event("reminder_skipped", local(2, 11), {"kind": "hydration"}),
       Event("reminder_snoozed", local(2, 11), {"kind": "stretch", "minutes": 5}),
       Event("stretch_session", local(2, 12), {"routine": "hand-wrist", "completed": True}),
       Event("natural_break", local(2, 13), {"minutes": 30}),
       Event("reminder_covered", local(2, 13), {"kind": "stretch"}),
       Event("reminder_held", local(2, 12, 45), {"kind": "stretch", "reason": "away"}),
       Event("breathing_session", local(2, 14), {"pattern": "box", "completed": True}),
       Event("twitch_logged", local(2, 8), {"area": "palm"}),
       Event("symptom_check", local(2, 8, 30), {"level": "self_care"}),
       Event("reminders_paused", local(2, 7), {"until": None})]


def shown(key: str) -> set[str]:
    return {e.event.kind + ":" + str(e.event.data.get("kind", ""))
            for day in group_days(DAY, FILTER[key], NOW, TZ) for e in day.entries}


def test_activity_leaves_out_prompts_that_were_only_shown_or_answered():
    assert shown("activity") == {
        "water_logged:", "reminder_skipped:hydration", "reminder_snoozed:stretch",
        "stretch_session:", "natural_break:", "reminder_held:stretch", "breathing_session:",
        "twitch_logged:", "symptom_check:", "reminders_paused:"}
    assert shown("everything") == {e.kind + ":" + str(e.data.get("kind", "")) for e in DAY}


@pytest.mark.parametrize(("key", "expected"), [
    ("water", {"water_logged:", "reminder_skipped:hydration"}),
    ("stretch", {"reminder_snoozed:stretch", "stretch_session:", "natural_break:",
                 "reminder_held:stretch"}),
    ("breathing", {"breathing_session:"}),
    ("diary", {"twitch_logged:", "symptom_check:"}),
    ("held", {"reminder_held:stretch", "reminder_covered:stretch"}),
])
def test_each_filter_shows_its_own_events(key, expected):
    assert shown(key) == expected


def test_the_empty_state_says_what_is_not_there_and_when():
    assert empty_text(FILTER["activity"], PERIOD["week"]) == "Nothing recorded in the last 7 days."
    assert empty_text(FILTER["water"], PERIOD["month"]) == "No water recorded in the last 30 days."
    assert empty_text(FILTER["held"], PERIOD["all"]) == "No held or missed reminders yet."


def test_a_period_starts_at_local_midnight_and_counts_today():
    assert PERIOD["week"].since(NOW, TZ) == datetime(2026, 11, 26, tzinfo=TZ)
    assert PERIOD["month"].since(NOW, TZ) == datetime(2026, 11, 3, tzinfo=TZ)
    assert PERIOD["all"].since(NOW, TZ) is None


# -- pages -----------------------------------------------------------------------------

def test_pages_hold_whole_days_and_skip_what_is_empty(tmp_path):
    h = History(tmp_path / "h.db")
    for day in range(1, 41):  # 40 days of one glass at 23:30, then a quiet summer
        h.record("water_logged", {"ml": 250}, at=datetime(2026, 10, 23, 23, 30, tzinfo=TZ) + timedelta(days=day))
    h.record("water_logged", {"ml": 250}, at=datetime(2026, 6, 1, 0, 5, tzinfo=TZ))
    first = read_page(h, FILTER["activity"], TZ, days=30)
    assert len(first.events) == 30 and first.older == datetime(2026, 11, 3, tzinfo=TZ)
    second = read_page(h, FILTER["activity"], TZ, until=first.older, days=30)
    assert len(second.events) == 10
    third = read_page(h, FILTER["activity"], TZ, until=second.older, days=30)
    assert [e.at for e in third.events] == [datetime(2026, 6, 1, 0, 5, tzinfo=TZ)]
    assert read_page(h, FILTER["activity"], TZ, until=third.older, days=30).events == []


def test_a_page_ends_on_the_newest_day_the_filter_shows_and_holds_all_of_it(tmp_path):
    h = History(tmp_path / "h.db")
    h.record("water_logged", {"ml": 250}, at=local(2, 9))
    h.record("twitch_logged", {"entry_id": "a", "area": "palm", "side": "left", "duration": "seconds",
                               "strength": "faint", "occurred_at": "2026-11-20T09:00:00+01:00"},
             at=local(20, 9, month=11))
    h.record("water_logged", {"ml": 250}, at=local(20, 8, month=11))
    page = read_page(h, FILTER["diary"], TZ, days=1)
    assert [e.kind for e in page.events] == ["twitch_logged", "water_logged"]  # the whole day


def test_a_page_stops_where_the_period_starts(tmp_path):
    h = History(tmp_path / "h.db")
    h.record("water_logged", {"ml": 250}, at=local(2, 9))
    h.record("water_logged", {"ml": 250}, at=local(25, 9, month=11))
    page = read_page(h, FILTER["activity"], TZ, since=PERIOD["week"].since(NOW, TZ))
    assert len(page.events) == 1 and page.older is None
