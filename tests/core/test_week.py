"""A working week as data: ranges read from text, joined, and a day copied to others."""

import pytest

from companion.core.week import Day, Hours, Week, default_week, describe_week, hours, joined, uniform_week


@pytest.mark.parametrize(("text", "want"), [
    ("08:30-12:00", Hours(510, 720)), ("00:00-24:00", Hours(0, 1440)),
    ("23:00–23:59", Hours(1380, 1439)),  # an en dash, as a person may type it
])
def test_a_range_reads_from_its_text_and_back(text, want):
    assert hours(text) == want
    assert str(want) == text.replace("–", "-")


@pytest.mark.parametrize("text", ["12:00-08:00", "09:00-09:00", "24:00-24:00", "8:30-12:00",
                                  "08:30", "08:60-09:00", "08:30-24:01", "٠٨:٣٠-12:00"])
def test_a_range_that_is_not_one_is_refused(text):
    with pytest.raises(ValueError):
        hours(text)


def test_overlapping_and_touching_ranges_are_joined():
    assert joined([Hours(780, 1050), Hours(510, 720), Hours(700, 780)]) == (Hours(510, 1050),)
    assert joined([Hours(780, 1050), Hours(510, 720)]) == (Hours(510, 720), Hours(780, 1050))


def test_copying_a_day_to_others_copies_on_off_and_hours():
    friday = Day(True, (Hours(510, 780),))
    week = default_week().with_day(4, friday).copy_day(4, [0, 5])
    assert week.days[0] == week.days[5] == friday
    assert week.days[1] == default_week().days[1]


def test_a_week_with_no_day_on_is_empty():
    assert uniform_week([Hours(540, 1080)], []).empty
    assert uniform_week([], range(7)).empty
    assert not default_week().empty


def test_a_week_is_described_with_days_in_a_row_said_once():
    lunch = Week(tuple([Day(True, (Hours(510, 720), Hours(780, 1050)))] * 4
                       + [Day(True, (Hours(510, 780),)), Day(False, ()), Day(True, (Hours(600, 720),))]))
    assert describe_week(lunch) == ("Mon–Thu 08:30-12:00, 13:00-17:30; Fri 08:30-13:00; "
                                    "Sun 10:00-12:00")
    assert describe_week(uniform_week([Hours(0, 1440)], [])) == "no day is on"
