"""The activity model alone, then beside the reminder board over simulated weeks."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.core.activity import ActivityModel, Covered, Missed, NaturalBreak, PresenceRules, Show

TZ = ZoneInfo("Europe/London")
RULES = PresenceRules()


def at(hh, mm=0, ss=0):
    return datetime(2026, 3, 2, hh, mm, ss, tzinfo=TZ)


@pytest.fixture
def model():
    return ActivityModel(RULES, at(8))


def test_present_and_free_shows_at_once(model):
    asked = []
    verdict = model.may_show("hydration", at(10), at(10), lambda: asked.append(1))
    assert verdict.show and asked == [1]
    assert model.next_check() is None  # nothing held: no timer while present


def test_due_while_away_is_held_without_asking_busy(model):
    model.idle_since(at(9, 50), at(9, 55))
    verdict = model.may_show("hydration", at(10), at(10), lambda: pytest.fail("asked busy while away"))
    assert (verdict.action, verdict.reason) == ("hold", "away")
    assert model.held() == {"hydration": "away"}
    assert model.next_check() is None  # nothing to do until the person is back


def test_return_shows_held_prompt_once_after_the_delay(model):
    model.idle_since(at(9, 50), at(9, 55))
    model.may_show("hydration", at(10), at(10))
    model.may_show("hydration", at(11), at(11))  # a second due joins the held one
    out = model.active(at(11, 30))
    assert out == [NaturalBreak(at(9, 50), at(11, 30), "idle")]
    assert model.next_check() == at(11, 32)
    assert model.settle(at(11, 31)) == []
    assert model.settle(at(11, 32)) == [Show("hydration", (at(10), at(11)), "away")]
    assert model.held() == {} and model.next_check() is None


def test_long_absence_covers_a_held_stretch_and_is_a_natural_break(model):
    model.locked(at(9, 40))
    model.may_show("stretch", at(9, 45), at(9, 45))
    out = model.unlocked(at(10, 0))
    brk = NaturalBreak(at(9, 40), at(10), "locked")
    assert out == [brk, Covered("stretch", (at(9, 45),), brk)]
    assert brk.minutes == 20
    assert model.held() == {}


def test_short_lock_is_no_break_and_the_stretch_still_comes(model):
    model.locked(at(9, 44))
    model.may_show("stretch", at(9, 45), at(9, 45))
    assert model.unlocked(at(9, 46)) == []
    assert model.settle(at(9, 48)) == [Show("stretch", (at(9, 45),), "screen locked")]


def test_strongest_cause_names_the_break(model):
    model.idle_since(at(9), at(9, 5))
    model.locked(at(9, 6))
    model.suspended(at(9, 10))
    assert model.away_reason() == "asleep"
    assert model.resumed(at(12)) == []  # still locked after waking
    assert model.unlocked(at(12, 1)) == [NaturalBreak(at(9), at(12, 1), "suspended")]


def test_input_on_the_lock_screen_is_not_a_return(model):
    model.locked(at(9))
    assert model.active(at(9, 30)) == []
    assert model.away()


def test_due_just_after_return_waits_for_the_delay(model):
    model.idle_since(at(9), at(9, 5))
    model.active(at(9, 59))
    verdict = model.may_show("hydration", at(10), at(10))
    assert (verdict.action, verdict.reason) == ("hold", "just back")
    assert model.settle(at(10, 1)) == [Show("hydration", (at(10),), "just back")]


def test_kinds_released_together_come_one_at_a_time(model):
    model.suspended(at(9))
    model.may_show("hydration", at(10), at(10))
    model.may_show("breathing", at(11), at(11))
    model.resumed(at(12))
    first = model.settle(at(12, 2))
    assert [s.kind for s in first] == ["hydration"]
    assert model.next_check() == at(12, 3)
    assert model.settle(at(12, 2, 30)) == []
    assert [s.kind for s in model.settle(at(12, 3))] == ["breathing"]


def test_busy_holds_then_shows_when_it_ends(model):
    busy = ["in a call"]
    asks = []

    def ask():
        asks.append(1)
        return busy[0]

    verdict = model.may_show("hydration", at(10), at(10), ask)
    assert (verdict.action, verdict.reason) == ("hold", "in a call")
    assert model.held() == {"hydration": "in a call"}
    assert model.next_check() == at(10, 2)  # asked again at a slow pace
    assert model.settle(at(10, 1), ask) == [] and len(asks) == 1  # not yet time to ask
    assert model.settle(at(10, 2), ask) == [] and len(asks) == 2
    busy[0] = None
    assert model.settle(at(10, 4), ask) == [Show("hydration", (at(10),), "in a call")]


def test_busy_past_the_limit_is_missed_with_the_reason(model):
    model.may_show("breathing", at(11), at(11), lambda: "showing something fullscreen")
    assert model.next_check() == at(11, 2)
    for minute in range(2, 60, 2):
        assert model.settle(at(11, minute), lambda: "showing something fullscreen") == []
    assert model.settle(at(12), lambda: "showing something fullscreen") == [
        Missed("breathing", (at(11),), "showing something fullscreen")]
    assert model.held() == {}


def test_pushed_busy_counts_without_asking(model):
    model.busy("do not disturb is on", at(9))
    verdict = model.may_show("hydration", at(10), at(10), lambda: pytest.fail("asked"))
    assert verdict.reason == "do not disturb is on"
    model.free(at(10, 1))
    assert [s.kind for s in model.settle(at(10, 2))] == ["hydration"]


def test_a_source_saying_busy_ended_brings_held_prompts_back_at_once(model):
    model.may_show("hydration", at(10), at(10), lambda: "do not disturb is on")
    assert model.next_check() == at(10, 2)
    assert model.free(at(10, 0, 30)) == []
    assert model.next_check() == at(10, 0, 30)
    # Still in a call: held again for that, looked at after the usual re-check.
    assert model.settle(at(10, 0, 30), lambda: "in a call") == []
    assert model.held() == {"hydration": "in a call"} and model.next_check() == at(10, 2, 30)
    model.free(at(10, 1))
    assert model.settle(at(10, 1)) == [Show("hydration", (at(10),), "in a call")]


def test_busy_hold_becomes_an_away_hold_when_the_person_leaves(model):
    model.may_show("hydration", at(10), at(10), lambda: "in a call")
    model.idle_since(at(10, 30), at(10, 35))
    assert model.held() == {"hydration": "away"}
    assert model.next_check() is None  # the busy limit no longer runs while away
    model.active(at(12))
    assert model.settle(at(12, 2)) == [Show("hydration", (at(10),), "away")]


def test_forget_drops_held_prompts(model):
    model.locked(at(9))
    model.may_show("hydration", at(10), at(10))
    model.forget()
    assert model.held() == {}
    assert model.unlocked(at(9, 1)) == []


# -- beside the reminder board, over simulated weeks -------------------------------
AWAY_KINDS, BUSY_KINDS = ("idle", "lock", "suspend"), {"call": "in a call",
                                                      "fullscreen": "showing something fullscreen"}


def _episodes(rng, start, days):
    """Random stretches of a working life: away (idle, locked, asleep) and busy ones."""
    out = []
    for day in range(days):
        t = start + timedelta(days=day, hours=1, minutes=rng.uniform(0, 60))
        evening = start + timedelta(days=day, hours=12)
        while t < evening:
            t += timedelta(minutes=rng.uniform(5, 120))
            kind = rng.choice(AWAY_KINDS + tuple(BUSY_KINDS) + ("idle",))
            length = timedelta(minutes=rng.choice([rng.uniform(0.5, 8), rng.uniform(8, 150)]))
            out.append((kind, t, t + length))
            t += length
    return out


def _facts(episodes, threshold):
    """The presence facts a desktop would report for those episodes, in time order."""
    facts = []
    for kind, s, e in episodes:
        if kind == "idle" and e - s > threshold:
            facts += [(s + threshold, "idle", s), (e, "active", None)]
        elif kind == "lock":
            facts += [(s, "locked", None), (e, "unlocked", None)]
        elif kind == "suspend":
            facts += [(s, "suspended", None), (e, "resumed", None)]
    return sorted(facts, key=lambda f: f[0])


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_two_weeks_of_presence_beside_the_board(seed):
    """Nobody is prompted while away or busy, no burst on return, no due time is lost."""
    import random

    from companion.core.clock import FakeClock
    from companion.core.reminders import ReminderBoard
    from companion.core.schedule import fire_times
    from companion.core.settings import Settings

    rng = random.Random(seed)
    settings, start, days = Settings(), at(7), 14
    clock = FakeClock(start)
    board, model = ReminderBoard(settings, TZ, start), ActivityModel(RULES, start)
    threshold = timedelta(minutes=RULES.idle_minutes)
    episodes = _episodes(rng, start, days)
    facts = _facts(episodes, threshold)

    def truly(kinds, when, detect=timedelta(0)):
        return next((k for k, s, e in episodes if k in kinds and s + detect <= when < e), None)

    def away(when):
        return truly(("lock", "suspend"), when) or truly(("idle",), when, threshold)

    def ask_busy():
        assert not away(clock()), "asked what the person is doing while nobody is there"
        return BUSY_KINDS.get(truly(BUSY_KINDS, clock()))

    accounted: dict[tuple[str, datetime], str] = {}
    shown, released, returns, breaks = [], [], [], []

    def account(kind, dues, how):
        for due in dues:
            assert (kind, due) not in accounted, f"{kind} at {due} handled twice"
            accounted[(kind, due)] = how

    def show(kind, now):
        assert not away(now), f"{kind} shown into an empty room at {now}"
        assert not truly(BUSY_KINDS, now), f"{kind} shown during a call at {now}"
        shown.append((kind, now))
        if kind == "stretch" and rng.random() < 0.5:
            board.restart_interval("stretch", now)  # the user did the session

    def handle(outcomes, now):
        for o in outcomes:
            if isinstance(o, NaturalBreak):
                assert o.minutes >= RULES.stretch_break_minutes and o.end == now
                breaks.append(o)
                board.restart_interval("stretch", now)
            elif isinstance(o, Show):
                show(o.kind, now)
                released.append((o.kind, now))
                account(o.kind, o.dues, "shown")
            elif isinstance(o, Missed):
                assert o.reason in BUSY_KINDS.values()
                account(o.kind, o.dues, "missed: " + o.reason)
            elif isinstance(o, Covered):
                assert o.kind == "stretch"
                account(o.kind, o.dues, "covered")

    asleep, end = False, start + timedelta(days=days)
    while clock() < end:
        times = [t for t in (None if asleep else board.next_wake(clock()), model.next_check(),
                             facts[0][0] if facts else None) if t is not None]
        clock.set(max(clock(), min(times, default=end)))
        now = clock()
        while facts and facts[0][0] <= now:
            _, name, since = facts.pop(0)
            was_away = model.away()
            outcomes = model.idle_since(since, now) if name == "idle" else getattr(model, name)(now)
            asleep = {"suspended": True, "resumed": False}.get(name, asleep)
            if was_away and not model.away():
                returns.append(now)
            handle(outcomes, now)
        if (check := model.next_check()) is not None and check <= now:
            handle(model.settle(now, ask_busy), now)
        if not asleep and (wake := board.next_wake(now)) is not None and wake <= now:
            for w in board.wake_all(now):
                account(w.kind, w.missed, "missed")
                if w.show:
                    due = w.covers or now
                    verdict = model.may_show(w.kind, due, now, ask_busy)
                    if verdict.show:
                        show(w.kind, now)
                        if w.covers is not None:
                            account(w.kind, [w.covers], "shown")
                    elif w.covers is None:
                        pass  # a snooze coming back: not a regular time to account for
                    if rng.random() < 0.2:
                        board.snooze(w.kind, now, 10)
        if not times:
            break

    # Every regular hydration and breathing time was shown, held, missed or covered.
    still_held = {k for k in model.held()}
    for kind in ("hydration", "breathing"):
        for t in fire_times(settings.plan(kind), settings.week_for(kind), start,
                            end - timedelta(days=1), TZ):
            assert (kind, t) in accounted or kind in still_held, (kind, t)
    # No burst on return: nothing in the first minutes back, then one kind at a time.
    delay = timedelta(minutes=RULES.return_delay_minutes)
    for back in returns:
        assert not [s for s in shown if back <= s[1] < back + delay], f"burst at {back}"
    times_released = sorted(t for _, t in released)
    gaps = [b - a for a, b in zip(times_released, times_released[1:])]
    assert all(g >= timedelta(seconds=RULES.release_gap_seconds) for g in gaps)
    # The simulation really exercised every path.
    how = set(accounted.values())
    assert {"shown", "missed", "covered"} <= how and any(h.startswith("missed: ") for h in how)
    assert len(released) > 5 and len(breaks) > 10 and len(shown) > 100


# -- a pause until the call ends -------------------------------------------------------
def test_a_call_pause_ends_once_a_seen_call_is_over():
    from companion.core.activity import CallPause
    start = datetime(2026, 6, 2, 10, 0, tzinfo=TZ)
    pause = CallPause(until=start + timedelta(hours=2))
    # Paused a moment before joining: no call yet is not "the call is over".
    assert not pause.over(False, start + timedelta(minutes=1))
    assert not pause.over(True, start + timedelta(minutes=2))
    assert not pause.over(True, start + timedelta(minutes=50))
    assert pause.over(False, start + timedelta(minutes=51))


def test_a_call_pause_ends_at_its_limit_when_no_call_is_ever_seen_or_none_can_be():
    from companion.core.activity import CallPause
    start = datetime(2026, 6, 2, 10, 0, tzinfo=TZ)
    for answer in (False, None, True):
        pause = CallPause(until=start + timedelta(hours=2))
        assert not pause.over(answer, start + timedelta(hours=1, minutes=59))
        assert pause.over(answer, start + timedelta(hours=2))


def test_a_call_pause_without_call_sources_never_ends_early():
    from companion.core.activity import CallPause
    start = datetime(2026, 6, 2, 10, 0, tzinfo=TZ)
    pause = CallPause(until=start + timedelta(hours=2))
    assert not any(pause.over(None, start + timedelta(minutes=m)) for m in range(0, 120, 5))
