"""The history window describes any readable event without raising."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from companion.core.history import Event
from companion.ui.shell.history_view import describe

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6)


@given(kind=st.text(max_size=12).filter(lambda k: not k.startswith(("water", "stretch",
                                                                      "breathing", "symptom",
                                                                      "reminder", "twitch"))),
       data=st.dictionaries(st.sampled_from(["kind", "ml", "seconds"]) | st.text(max_size=6),
                            json_values, max_size=4))
def test_an_event_of_a_kind_from_a_newer_companion_is_described(kind, data):
    # Known kinds are checked by History before they reach the window; others are not.
    assert isinstance(describe(Event(kind, datetime(2026, 3, 2, tzinfo=UTC), data)),
                      str)


def test_a_reminder_is_described_in_words():
    event = Event("reminder_shown", datetime(2026, 3, 2, tzinfo=UTC),
                  {"kind": "hydration"})
    assert describe(event) == "water"


def test_presence_events_are_described_with_their_reason_and_length():
    at = datetime(2026, 3, 2, tzinfo=UTC)
    assert describe(Event("reminder_held", at, {"kind": "stretch", "reason": "in a call"})) \
        == "stretch break: in a call"
    assert describe(Event("reminder_missed", at, {"kind": "hydration", "reason": "away"})) \
        == "water: away"
    assert describe(Event("reminder_covered", at, {"kind": "stretch"})) \
        == "stretch break, covered by a natural break"
    assert describe(Event("reminder_shown", at, {"kind": "stretch", "held": True})) \
        == "stretch break, after being held"
    assert describe(Event("natural_break", at, {"minutes": 70.2, "cause": "locked"})) \
        == "1 h 10 min (screen locked), counted as a stretch break"
