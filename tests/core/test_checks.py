"""One style of validation: a check says what a value should be and what it is, or None."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core import checks, event_data
from companion.core.checks import ContentError, Field

ANYTHING = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner,
                                                                max_size=3),
    max_leaves=10) | st.just(10**5000)
ALL = [checks.whole(0), checks.whole(1, 30), checks.number(0), checks.number(3, 120, "seconds"),
       checks.flag, checks.text(40), checks.text(40, required=False), checks.any_text,
       checks.texts, checks.one_of(("a", "b")), checks.moment, checks.clock_time,
       checks.optional(checks.moment), checks.each(checks.whole(0, 6), "a list of days")]


@given(ANYTHING)
def test_no_check_raises_whatever_the_value(value):
    for check in ALL:
        said = check(value)
        assert said is None or (isinstance(said, str) and len(said) < 200)


@pytest.mark.parametrize(("check", "value", "said"), [
    (checks.whole(1, 30), 45, "should be a whole number from 1 to 30, not 45"),
    (checks.whole(0), True, "should be a whole number of 0 or more, not true"),
    (checks.number(3, 120, "seconds"), "ten", "should be a number of seconds from 3 to 120, "
                                              "not 'ten'"),
    (checks.flag, "yes", "should be true or false, not 'yes'"),
    (checks.one_of(("interval", "times")), None, "should be one of interval, times, not nothing"),
    (checks.text(5), "far too long", "should be at most 5 characters long (it has 12)"),
    (checks.moment, "2026-03-02T09:50:00", "should be a time with its UTC offset"),
    (checks.each(checks.clock_time, "a list of times"), ["10:00", "x"],
     "should be a list of times ('x' is not one)"),
])
def test_a_problem_says_what_the_value_should_be_and_what_it_is(check, value, said):
    assert check(value) == said


def test_fields_name_what_is_missing_and_what_is_wrong():
    fields = {"a": Field(checks.flag, required=True), "b": Field(checks.whole(0)),
              "c": Field(checks.texts)}
    assert list(checks.problems({"b": -1, "c": ["x"]}, fields)) == [
        ("a", "is missing"), ("b", "should be a whole number of 0 or more, not -1")]


def test_history_events_are_checked_the_same_way():
    assert event_data.problem("water_logged", {"ml": -5}) == (
        "ml should be a whole number of 0 or more, not -5")
    assert event_data.problem("water_undone", {}) == "event is missing"


def test_a_content_error_holds_every_problem():
    error = ContentError(["one.toml, field 'a': is missing", "one.toml, field 'b': bad"])
    assert error.problems == ["one.toml, field 'a': is missing", "one.toml, field 'b': bad"]
    assert str(error) == "one.toml, field 'a': is missing; one.toml, field 'b': bad"
