"""Merging machines' histories (issue 25): a union by event id that gives the same history
whatever order the journals' bytes arrive in, however they are cut, and however often.

The journals are written as the shared folder's writer writes them (``journal.line``),
and read as its reader reads them: each delivery makes a journal longer (cut anywhere, even
inside a line or a character), and the reader reads on from where it stopped.
"""

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core import diary, journal, merge
from companion.core.clock import FakeClock
from companion.core.exchange import backup_json, read_backup
from companion.core.history import Event, History
from companion.core.kinds import EventKind as K
from companion.core.today import summarize

NOW = datetime(2026, 5, 4, 16, 0, tzinfo=UTC)
MACHINES = ["a" * 32, "b" * 32, "c" * 32]
ENTRIES = ["e1", "e2", "e3"]
property_test = settings(suppress_health_check=[HealthCheck.function_scoped_fixture],
                         max_examples=60, deadline=None)


def diary_logged(entry, at):
    return Event(K.TWITCH_LOGGED, at, {"entry_id": entry, "area": "palm", "side": "left",
                                       "duration": "seconds", "strength": "faint",
                                       "triggers": [], "note": "",
                                       "occurred_at": at.isoformat()}, id=f"log-{entry}")


# One machine's events: water (and undoing one), breaks, and diary entries logged, edited
# and deleted, on any machine (an edit made on B of an entry logged on A). Each machine's
# clock may be hours off.
@st.composite
def machine_events(draw, index):
    skew = timedelta(minutes=draw(st.integers(-300, 300)))
    events = []
    for n in range(draw(st.integers(0, 8))):
        at = NOW - timedelta(hours=6) + timedelta(minutes=draw(st.integers(0, 340))) + skew
        what = draw(st.sampled_from(["water", "undo", "stretch", "log", "edit", "delete"]))
        eid = f"m{index}-{n}"
        if what == "water":
            events.append(Event(K.WATER_LOGGED, at, {"ml": 250}, id=eid))
        elif what == "undo" and any(e.kind == K.WATER_LOGGED for e in events):
            glass = next(e for e in events if e.kind == K.WATER_LOGGED)
            events.append(Event(K.WATER_UNDONE, at, {"event": glass.id}, id=eid))
        elif what == "stretch":
            events.append(Event(K.STRETCH_SESSION, at, {"steps_done": 3, "seconds": 120.0},
                                id=eid))
        elif what == "log":
            entry = draw(st.sampled_from(ENTRIES))
            events.append(diary_logged(entry, at))  # one id: logged on one machine, once
        elif what == "edit":
            events.append(Event(K.TWITCH_EDITED, at, {"entry_id": draw(st.sampled_from(ENTRIES)),
                                                     "note": f"note {eid}"}, id=eid))
        elif what == "delete":
            events.append(Event(K.TWITCH_DELETED, at,
                                {"entry_id": draw(st.sampled_from(ENTRIES))}, id=eid))
    return events


@st.composite
def journals(draw):
    count = draw(st.integers(2, 3))
    per_machine = [draw(machine_events(i)) for i in range(count)]
    # An entry is logged once in all: keep each diary_logged on the first machine having it.
    logged: set[str] = set()
    for events in per_machine:
        events[:] = [e for e in events if e.kind != K.TWITCH_LOGGED or not (
            e.id in logged or logged.add(e.id))]
    return {MACHINES[i]: b"".join(journal.line(e, MACHINES[i]) for e in events)
            for i, events in enumerate(per_machine)}


@st.composite
def deliveries(draw, data):
    """The order the sync tool delivers: a list of (machine, bytes it has now), each
    machine's lengths growing to the whole journal, interleaved any way, some repeated."""
    steps = []
    for machine, whole in data.items():
        cuts = sorted(draw(st.lists(st.integers(0, len(whole)), max_size=4)))
        steps += [[machine, cut] for cut in [*cuts, len(whole)]]
    order = draw(st.permutations(range(len(steps))))
    # Each machine's prefixes arrive in growing order, interleaved with the others'.
    by_machine: dict[str, list[int]] = {}
    for machine, cut in steps:
        by_machine.setdefault(machine, []).append(cut)
    queues = {m: sorted(cuts) for m, cuts in by_machine.items()}
    result = []
    for i in order:
        machine = steps[i][0]
        result.append((machine, queues[machine].pop(0)))
    return result


def read_in(data, delivered, history):
    """Read the journals as the shared folder's reader does: on from each offset."""
    offsets = dict.fromkeys(data, 0)
    for machine, length in delivered:
        chunk = journal.read(data[machine][offsets[machine]:length], machine, offsets[machine])
        assert not chunk.bad and not chunk.newer
        offsets[machine] += chunk.used
        history.merge(chunk.events, checked=True)
    return offsets


def what_shows(history):
    """What the person sees: every event, today's glasses and the diary."""
    events = {(e.id, e.at, e.kind, repr(sorted(e.data.items())), e.machine)
              for e in history.events()}
    day = summarize(history, NOW, UTC, 8)
    return events, (day.glasses, day.breaks), diary.entries(history)


@property_test
@given(st.data())
def test_any_interleaving_of_the_machines_journals_gives_the_same_history(data):
    whole = data.draw(journals())
    first, second = data.draw(deliveries(whole)), data.draw(deliveries(whole))
    with tempfile.TemporaryDirectory() as folder:
        one = History(Path(folder) / "one.db", FakeClock(NOW))
        two = History(Path(folder) / "two.db", FakeClock(NOW))
        offsets = read_in(whole, first, one)
        read_in(whole, second, two)
        assert offsets == {m: len(b) for m, b in whole.items()}  # everything was read
        assert what_shows(one) == what_shows(two)
        # ...and it is the plain union of the journals, each event once.
        union = merge.union(*(journal.read(b, m).events for m, b in whole.items()))
        assert sorted(e.id for e in one.events()) == sorted(e.id for e in union)
        # Reading everything again changes nothing (idempotent).
        read_in(whole, [(m, len(b)) for m, b in whole.items()], one)
        assert what_shows(one) == what_shows(two)
        one.close()
        two.close()


def test_a_deletion_and_an_edit_that_arrive_before_their_entry_still_apply(tmp_path):
    history = History(tmp_path / "h.db", FakeClock(NOW))
    logged = diary_logged("e1", NOW - timedelta(hours=2))
    # B's clock is an hour behind: its edit is stamped before A logged the entry.
    edit = Event(K.TWITCH_EDITED, NOW - timedelta(hours=3), {"entry_id": "e1", "note": "B"},
                 id="edit", machine=MACHINES[1])
    history.merge([edit])
    assert diary.entries(history) == []
    history.merge([logged])
    assert [e.note for e in diary.entries(history)] == ["B"]
    history.merge([Event(K.TWITCH_DELETED, NOW - timedelta(hours=4), {"entry_id": "e2"},
                         id="del", machine=MACHINES[2])])
    history.merge([diary_logged("e2", NOW - timedelta(hours=1))])
    assert [e.entry_id for e in diary.entries(history)] == ["e1"]


def test_one_id_with_two_contents_keeps_the_same_one_whichever_came_first():
    a = Event(K.WATER_LOGGED, NOW, {"ml": 250}, id="x")
    b = Event(K.WATER_LOGGED, NOW, {"ml": 300}, id="x", machine=MACHINES[1])
    assert merge.union([a], [b]) == merge.union([b], [a]) == [a]
    assert merge.new_events([], [b, a]) == merge.new_events([], [a, b]) == [a]
    assert merge.new_events(["x"], [a, b]) == []


def test_a_backup_and_a_journal_of_the_same_events_merge_into_one(tmp_path):
    history = History(tmp_path / "h.db", FakeClock(NOW))
    glass = Event(K.WATER_LOGGED, NOW, {"ml": 250}, id="g1")
    assert history.merge(read_backup(backup_json([glass], NOW)), checked=True) == 1
    assert history.merge(journal.read(journal.line(glass, MACHINES[0]), MACHINES[0]).events) == 0
    assert history.merge(read_backup(backup_json([glass], NOW)), checked=True) == 0
    assert len(history.events()) == 1


def test_a_clock_hours_ahead_is_noticed_and_never_counts_after_now():
    ahead = Event(K.STRETCH_SESSION, NOW + timedelta(hours=3), {"steps_done": 3})
    assert merge.ahead_by([ahead], NOW) == timedelta(hours=3)
    assert merge.ahead_by([ahead], NOW + timedelta(hours=3, minutes=5)) is None
    assert merge.effective_time(ahead, NOW) == NOW


def test_a_backup_keeps_which_machine_a_shared_entry_came_from():
    shared = Event(K.WATER_LOGGED, NOW, {"ml": 250}, id="g1", machine=MACHINES[1])
    mine = Event(K.WATER_LOGGED, NOW, {"ml": 250}, id="g2")
    back = read_backup(backup_json([shared, mine], NOW))
    assert [(e.id, e.machine) for e in back] == [("g1", MACHINES[1]), ("g2", None)]


def test_what_a_break_or_glass_elsewhere_answers_here():
    def answers(what, **data):
        return merge.answers(Event(what, NOW, data))
    assert answers(K.WATER_LOGGED, ml=250) == "hydration"
    assert answers(K.STRETCH_SESSION, steps_done=3) == "stretch"
    assert answers(K.STRETCH_SESSION, steps_done=0) is None  # stopped before it began
    assert answers(K.DESKTOP_BREAK) == "stretch"
    # Time away from that computer may have been time at this one.
    assert answers(K.NATURAL_BREAK, minutes=30.0) is None
    assert answers(K.REMINDER_SKIPPED, kind="stretch") is None
