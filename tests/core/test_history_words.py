"""The history in plain words: a sentence per event, a title and a summary per day."""

from datetime import date, timedelta

import pytest
from history_helpers import FILTER, NOW, TZ, local
from hypothesis import assume, given
from hypothesis import strategies as st

from companion.core import event_data
from companion.core.history import Event
from companion.core.history_days import group_days
from companion.core.history_filters import FILTERS
from companion.core.history_words import SENTENCES, Context, day_title, sentence, summary
from companion.core.kinds import EventKind

AT = local(2, 9, 42)  # the morning of NOW's day
NAMES = {"hand-wrist": "Hand & wrist relief", "box": "Box breathing (4-4-4-4)"}


def say(kind, data=None, at=AT, **context):
    return sentence(Event(kind, at, data or {}), Context(TZ, NAMES, **context))


# -- sentences -------------------------------------------------------------------------

# With no more than History insists on, each kind still says what happened in words of its own.
LEAST = {
    EventKind.WATER_UNDONE: {"event": "nowhere"},
    EventKind.NATURAL_BREAK: {"start": "2026-12-02T08:00:00+00:00", "end": "2026-12-02T08:35:00+00:00",
                              "minutes": 35},
    EventKind.DESKTOP_BREAK: {"start": "2026-12-02T08:00:00+00:00", "end": "2026-12-02T08:06:00+00:00",
                              "minutes": 6},
    EventKind.ACTIVE_TIME: {"start": "2026-12-02T08:00:00+00:00", "end": "2026-12-02T09:10:00+00:00",
                            "minutes": 70},
    EventKind.TIME_LIMIT_REMINDED: {"minutes": 480},
    EventKind.TWITCH_LOGGED: {"entry_id": "e1", "area": "palm", "side": "left", "duration": "seconds",
                              "strength": "faint", "occurred_at": "2026-12-02T08:40:00+00:00"},
    EventKind.TWITCH_EDITED: {"entry_id": "e1"},
    EventKind.TWITCH_DELETED: {"entry_id": "e1"},
}
BARE = {
    EventKind.WATER_LOGGED: "Drank a glass of water",
    EventKind.WATER_UNDONE: "Took back a glass of water",
    EventKind.STRETCH_SESSION: "Stretch break, stopped",
    EventKind.BREATHING_SESSION: "Breathing session, stopped",
    EventKind.SYMPTOM_CHECK: "Checked a symptom",
    EventKind.TWITCH_LOGGED: "Twitch logged in the diary: palm, left, faint, a few seconds",
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
    EventKind.NATURAL_BREAK: "Natural break, 35 min, counted as a stretch break",
    EventKind.DESKTOP_BREAK: "The desktop's movement break, 6 min, counted as a stretch break",
    EventKind.ACTIVE_TIME: "At the computer until 10:10, 1 h 10 min",
    EventKind.TIME_LIMIT_REMINDED: "Daily computer time reached: 8 h so far",
}


def test_every_kind_of_event_has_a_sentence_of_its_own():
    # A new kind fails here until it is given words (and a line in BARE).
    assert set(SENTENCES) == set(BARE) == set(EventKind)
    assert all(event_data.problem(kind, LEAST.get(kind, {})) is None for kind in EventKind)
    assert {kind: say(kind, LEAST.get(kind)) for kind in EventKind} == BARE


@pytest.mark.parametrize(("kind", "data", "expected"), [
    ("desktop_break", {"start": "2026-03-02T08:30:00+00:00", "end": "2026-03-02T08:36:00+00:00",
                       "minutes": 6, "by": "GNOME"},
     "GNOME's movement break, 6 min, counted as a stretch break"),
    ("time_limit_reminded", {"minutes": 480, "limit": 480}, "Daily computer time reached: 8 h so far"),
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
     "Checked a symptom, result: self-care"),
    ("symptom_check", {"answers": [], "reasons": []}, "Checked a symptom, result: nothing ticked"),
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
def test_no_event_history_hands_out_stops_a_sentence_or_a_day(kind, data):
    # History checks the fields it knows before handing events out (event_data) and the
    # words trust that; whatever passes, from a hand-edited file or a newer Companion,
    # must never break the window.
    assume(event_data.problem(kind, data) is None)
    event = Event(kind, AT, data)
    ctx = Context(TZ, NAMES, undone=frozenset({event.id}), glass_times={"x": AT})
    assert isinstance(sentence(event, ctx), str) and sentence(event, ctx)
    assert isinstance(summary([event]), str)
    for chosen in FILTERS:
        group_days([event], chosen, NOW, TZ, NAMES)


# -- day titles and summaries ---------------------------------------------------------

@pytest.mark.parametrize(("day", "expected"), [
    (date(2026, 12, 9), "Today"),
    (date(2026, 12, 8), "Yesterday"),
    (date(2026, 12, 2), "Wednesday 2 December"),   # no leading zero
    (date(2026, 11, 30), "Monday 30 November"),
    (date(2025, 12, 31), "Wednesday 31 December 2025"),  # another year says which
])
def test_day_titles_are_words(day, expected):
    assert day_title(day, today=date(2026, 12, 9)) == expected


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
        "No glasses · 1 twitch logged · 1 symptom checked")


def test_a_glass_reads_in_the_unit_chosen():
    from companion.core import wording
    wording.choose_water_unit("fl oz")  # (put back after the test: tests/conftest.py)
    assert say(EventKind.WATER_LOGGED, {"ml": 237}) == "Drank a glass of water (8 fl oz)"
