"""Following GNOME's break reminders (org.gnome.Shell.ScreenTime), with an injected clock."""

from datetime import UTC, datetime, timedelta

from companion.core.desktop_breaks import (
    ACTIVE,
    BREAK_DUE,
    IDLE,
    IN_BREAK,
    BreakBegan,
    BreakTaken,
    ScreenTimeFollower,
    movement_on,
    stretch_led_by_desktop,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def epoch(when: datetime) -> int:
    return int(when.timestamp())


def test_a_movement_break_begins_and_is_counted_when_gnome_says_it_ended():
    f = ScreenTimeFollower(movement_seconds=300)
    assert f.update(at(0), state=ACTIVE, last_end=0) == []  # the first reading begins nothing
    assert f.update(at(30), state=BREAK_DUE) == []
    assert f.update(at(31), state=IDLE) == []               # the person stepped away
    assert f.update(at(31.5), state=IN_BREAK) == [BreakBegan(at(31.5))]
    # GNOME moves LastBreakEndTime and goes back to active in one change, as it does.
    out = f.update(at(37), state=ACTIVE, last_end=epoch(at(37)))
    [taken] = out
    assert isinstance(taken, BreakTaken)
    assert taken.start == at(31) - timedelta(seconds=10)   # GNOME counts from the last input
    assert taken.end == at(37) and 6.1 < taken.minutes < 6.2


def test_the_end_time_arriving_after_the_state_still_counts_once():
    f = ScreenTimeFollower(movement_seconds=300)
    f.update(at(0), state=ACTIVE, last_end=0)
    f.update(at(10), state=IN_BREAK)
    assert f.update(at(16), state=ACTIVE) == []
    assert [type(e) for e in f.update(at(16), last_end=epoch(at(16)))] == [BreakTaken]
    assert f.update(at(17), last_end=epoch(at(17))) == []  # no new absence: nothing to count


def test_an_eyesight_break_of_seconds_is_not_a_stretch_break():
    f = ScreenTimeFollower(movement_seconds=300)
    f.update(at(0), state=ACTIVE, last_end=0)
    f.update(at(20), state=IDLE)
    assert f.update(at(20.5), state=ACTIVE, last_end=epoch(at(20.5))) == []
    # The next absence is measured from its own start, not the eyesight break's.
    f.update(at(40), state=IDLE)
    assert f.update(at(43), state=ACTIVE, last_end=epoch(at(43))) == []


def test_starting_during_a_break_offers_nothing_and_a_backwards_end_time_counts_nothing():
    f = ScreenTimeFollower()
    assert f.update(at(0), state=IN_BREAK, last_end=epoch(at(-60))) == []
    assert f.update(at(10), state=ACTIVE, last_end=epoch(at(-90))) == []


def test_who_leads():
    assert movement_on(["eyesight", "movement"]) and not movement_on(["eyesight"])
    assert not movement_on("movement") and not movement_on(None)
    assert stretch_led_by_desktop("desktop", True, True)
    assert not stretch_led_by_desktop("companion", True, True)
    assert not stretch_led_by_desktop("desktop", False, True)   # GNOME's movement breaks off
    assert not stretch_led_by_desktop("desktop", True, False)   # no ScreenTime: nobody would remind


def test_an_eyesight_break_before_a_movement_break_can_be_due_offers_no_stretch():
    f = ScreenTimeFollower(movement_seconds=300, interval_seconds=1800)
    f.update(at(0), state=ACTIVE, last_end=0)
    assert f.update(at(20), state=IN_BREAK) == []   # 20 s for the eyes, 20 minutes in
    f.update(at(20.4), state=ACTIVE, last_end=epoch(at(20.4)))
    assert f.update(at(30), state=IN_BREAK) == [BreakBegan(at(30))]  # the movement break
    f.update(at(36), state=ACTIVE, last_end=epoch(at(36)))
    assert f.update(at(50), state=IN_BREAK) == []   # counted from the movement break's end
