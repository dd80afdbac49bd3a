from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.core import diary
from companion.core.clock import FakeClock
from companion.core.history import History

T0 = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    return FakeClock(T0)


@pytest.fixture
def history(tmp_path, clock):
    h = History(tmp_path / "history.db", clock)
    yield h
    h.close()


def test_add_edit_delete_survive_a_restart(tmp_path, clock):
    path = tmp_path / "history.db"
    h = History(path, clock)
    kept = diary.add(h, "palm", "left", "seconds", "faint", ["caffeine"], "after coffee")
    clock.advance(minutes=1)
    gone = diary.add(h, "calf", "right")
    clock.advance(minutes=1)
    diary.edit(h, kept, strength="visible", note="after two coffees")
    clock.advance(minutes=1)
    diary.delete(h, gone)
    h.close()

    again = History(path, clock)
    [entry] = diary.entries(again)
    assert entry.entry_id == kept
    assert (entry.area, entry.side, entry.duration) == ("palm", "left", "seconds")
    assert entry.strength == "visible" and entry.note == "after two coffees"
    assert entry.triggers == ("caffeine",)
    assert entry.occurred_at == T0
    assert entry.where() == "Palm, left"
    again.close()


def test_edit_in_the_same_instant_as_logging_still_applies(history):
    entry_id = diary.add(history, "thumb", "right")  # the clock does not move
    diary.edit(history, entry_id, side="both")
    assert diary.entries(history)[0].side == "both"


def test_later_edits_win(history, clock):
    entry_id = diary.add(history, "thumb", "right")
    for note in ("first", "second", "third"):
        clock.advance(seconds=1)
        diary.edit(history, entry_id, note=note)
    assert diary.entries(history)[0].note == "third"


def test_entries_are_chosen_by_when_the_twitch_happened_not_when_it_was_logged(history, clock):
    clock.advance(days=5)
    late = diary.add(history, "eyelid", "left", occurred_at=T0 + timedelta(days=1))
    now = diary.add(history, "palm", "right")
    first_days = diary.entries(history, since=T0, until=T0 + timedelta(days=2))
    assert [e.entry_id for e in first_days] == [late]
    assert [e.entry_id for e in diary.entries(history)] == [late, now]  # oldest first


def test_moving_an_entry_in_time_moves_it_between_periods(history, clock):
    entry_id = diary.add(history, "palm", "left")
    clock.advance(minutes=1)
    diary.edit(history, entry_id, occurred_at=T0 - timedelta(days=3))
    assert diary.entries(history, since=T0) == []
    assert len(diary.entries(history, since=T0 - timedelta(days=4))) == 1


@pytest.mark.parametrize("fields", [
    {"area": "elbowpit"}, {"side": "up"}, {"duration": "forever"}, {"strength": "huge"},
    {"occurred_at": datetime(2026, 3, 1, 12)},  # naive: which time zone?
])
def test_bad_values_are_refused_before_anything_is_stored(history, fields):
    with pytest.raises(ValueError):
        diary.add(history, **{"area": "palm", "side": "left", **fields})
    assert history.events() == []


def test_palm_is_the_first_choice_and_sides_include_centre():
    assert list(diary.AREAS)[0] == "palm"
    assert {"left", "right", "both", "centre"} == set(diary.SIDES)


def _log_on_days(history, *days):
    for day in days:
        diary.add(history, "palm", "left", occurred_at=T0 + timedelta(days=day))


def test_fourteen_days_of_twitching_is_not_yet_a_reason_to_see_a_doctor(history):
    _log_on_days(history, 0, 13)  # 2 March to 15 March: 14 calendar days
    now = T0 + timedelta(days=13, hours=1)
    assert diary.twitch_days_span(history, now, tz=UTC) == 14
    assert diary.diary_alert(history, now, tz=UTC) is None


def test_fifteen_days_of_twitching_raises_see_a_doctor_soon(history):
    _log_on_days(history, 0, 6, 14)  # 2 March to 16 March: 15 calendar days
    now = T0 + timedelta(days=14, hours=1)
    assert diary.twitch_days_span(history, now, tz=UTC) == 15
    alert = diary.diary_alert(history, now, tz=UTC)
    assert "15 days" in alert and "doctor" in alert


def test_deleting_the_early_entry_clears_the_alert(history):
    _log_on_days(history, 0, 14)
    now = T0 + timedelta(days=14, hours=1)
    first = diary.entries(history)[0].entry_id
    diary.delete(history, first)
    assert diary.diary_alert(history, now, tz=UTC) is None


def test_old_settled_episodes_do_not_count(history):
    _log_on_days(history, 0, 70)  # ten weeks apart: two separate episodes
    now = T0 + timedelta(days=70, hours=1)
    assert diary.twitch_days_span(history, now, tz=UTC) == 1
    assert diary.diary_alert(history, now, tz=UTC) is None


def test_an_empty_diary_has_no_span_and_no_alert(history):
    assert diary.twitch_days_span(history, T0) is None
    assert diary.diary_alert(history, T0) is None


def test_an_entry_reads_as_when_and_where_then_how_then_the_note(history):
    paris = ZoneInfo("Europe/Paris")
    diary.add(history, "eyelid", "left", duration="minute", strength="visible",
              triggers=("caffeine", "stress"), note="during a long meeting",
              occurred_at=datetime(2026, 3, 3, 14, 20, tzinfo=paris))
    [entry] = diary.entries(history)
    labels = {"caffeine": "Caffeine", "stress": "Stress"}
    assert diary.summary(entry, labels, T0, paris) == [
        "Tue 3 March, 14:20 — Eyelid, left",
        "Up to a minute, visible. Suspected triggers: Caffeine, Stress.",
        "Note: during a long meeting"]


def test_an_entry_without_triggers_or_note_is_two_lines_and_an_old_one_says_its_year(history):
    diary.add(history, "palm", "right", occurred_at=datetime(2025, 12, 30, 21, 5, tzinfo=UTC))
    [entry] = diary.entries(history)
    assert diary.summary(entry, {}, T0, UTC) == ["Tue 30 December 2025, 21:05 — Palm, right",
                                                 "A few seconds, faint."]
