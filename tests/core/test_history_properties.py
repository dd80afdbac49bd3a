"""Property-based: whatever a history file holds, reading it never raises.

Rows are written with plain sqlite3, as a damaged disk, another program or a hand edit
could leave them: any bytes or text in any column. Every reader of history must then
work, and every stored row is either handed out or counted as skipped.
"""

import json
import sqlite3
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core import diary, event_data, report
from companion.core.checklist import load_default
from companion.core.clock import FakeClock
from companion.core.history import History
from companion.core.today import log_glass, summarize, undo_last_glass

TZ = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 2, 18, 0, tzinfo=TZ)
KINDS = sorted(event_data.FIELDS)
FIELD_NAMES = sorted({name for fields in event_data.FIELDS.values() for name in fields})
# The autouse COMPANION_HOME fixture is per test, not per example; these tests make
# their own folder per example and never use it.
property_test = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])

# -- what a stored row may hold -------------------------------------------------------

times = st.datetimes(min_value=datetime(2026, 3, 1), max_value=datetime(2026, 3, 3),
                     timezones=st.just(UTC))
canonical_times = times.map(lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
plausible = (st.sampled_from([*diary.AREAS, *diary.SIDES, *diary.DURATIONS,
                              *diary.STRENGTHS, "self_care", "urgent"])
             | times.map(datetime.isoformat) | times.map(lambda t: t.replace(tzinfo=None)
                                                            .isoformat()))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats()
    | st.text(max_size=12) | plausible,
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8)
objects = st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=6), json_values,
                          max_size=8)
# bytes are stored as TEXT holding exactly those bytes, valid UTF-8 or not.
anything = (st.text(max_size=30) | st.binary(max_size=30) | st.integers(-2**63, 2**63 - 1)
            | st.floats())
stored_data = objects.map(json.dumps) | json_values.map(json.dumps) | anything
stored_times = canonical_times | anything
stored_kinds = st.sampled_from(KINDS) | anything
stored_ids = st.text(min_size=1, max_size=8) | st.binary(max_size=8) | st.none()


def insert_raw(path, rows) -> int:
    """Store rows as they come; how many the table then holds."""
    db = sqlite3.connect(path)
    for row in rows:
        marks = ", ".join("CAST(? AS TEXT)" if isinstance(v, bytes) else "?" for v in row)
        db.execute(f"INSERT OR IGNORE INTO events(id, at, kind, data) VALUES ({marks})", row)
    db.commit()
    stored = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    db.close()
    return stored


@property_test
@given(rows=st.lists(st.tuples(stored_ids, stored_times, stored_kinds, stored_data),
                     max_size=8))
def test_no_stored_row_makes_a_reader_raise(rows):
    clock = FakeClock(NOW)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.db"
        History(path, clock).close()
        stored = insert_raw(path, rows)
        told = []
        h = History(path, clock, on_error=told.append)

        everything = h.events()
        assert len(everything) + h.skipped == stored  # each row handed out or counted
        assert len(told) == (1 if h.skipped else 0)
        h.events(newest_first=True, limit=3)
        summarize(h, NOW, TZ, goal_glasses=8)
        diary.entries(h)
        diary.diary_alert(h, NOW, TZ)
        report.report_html(h, load_default(), NOW - timedelta(days=60),
                           NOW + timedelta(days=1), NOW, TZ)
        undo_last_glass(h, NOW, TZ)
        log_glass(h, 250, NOW, "tray")
        assert len(told) <= 1
        h.close()


# -- what Companion records comes back unchanged ----------------------------------------

any_times = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1),
                         timezones=st.sampled_from([UTC, TZ,
                                                    timezone(timedelta(hours=5, minutes=30)),
                                                    ZoneInfo("America/New_York")]))
counts, texts = st.integers(0, 10**9), st.text(max_size=20)
FIELD_VALUES = {
    "ml": counts, "via": texts, "event": texts, "routine": texts, "pattern": texts,
    "steps_done": counts, "steps_total": counts, "cycles_done": counts,
    "seconds": counts | st.floats(0, 10**6), "completed": st.booleans(), "level": texts,
    "reasons": st.lists(texts, max_size=3), "answers": st.lists(texts, max_size=3),
    "until": st.none() | any_times.map(datetime.isoformat), "kind": texts, "entry_id": texts,
    "area": st.sampled_from(list(diary.AREAS)), "side": st.sampled_from(list(diary.SIDES)),
    "duration": st.sampled_from(list(diary.DURATIONS)),
    "strength": st.sampled_from(list(diary.STRENGTHS)),
    "triggers": st.lists(texts, max_size=3), "note": texts,
    "occurred_at": any_times.map(datetime.isoformat),
    # Presence: held, missed and covered prompts, natural breaks.
    "due": any_times.map(datetime.isoformat), "reason": texts, "held": st.booleans(),
    "break_start": any_times.map(datetime.isoformat), "start": any_times.map(datetime.isoformat),
    "end": any_times.map(datetime.isoformat), "minutes": counts | st.floats(0, 10**6),
    "cause": st.sampled_from(["idle", "locked", "suspended"]), "for_call": st.booleans(),
    # The desktop's breaks and the daily computer-time limit.
    "by": texts, "limit": counts | st.floats(0, 10**6),
}
finite_json = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20)
    | st.floats(allow_nan=False, allow_infinity=False) | texts,
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6)


def valid_data(kind: str):
    fields = event_data.FIELDS.get(kind, {})
    if kind == diary.EDITED:  # an edit carries some fields, never the ones it cannot change
        fields = {name: spec for name, spec in fields.items() if name != "until"}
    required = {name: FIELD_VALUES[name] for name, spec in fields.items() if spec.required}
    optional = {name: FIELD_VALUES[name] for name, spec in fields.items() if not spec.required}
    extra = st.dictionaries(st.text(max_size=6).filter(lambda k: k not in fields), finite_json,
                            max_size=2)
    return st.tuples(st.fixed_dictionaries(required, optional=optional), extra).map(
        lambda parts: {**parts[1], **parts[0]})


valid_events = (st.sampled_from(KINDS) | st.text(max_size=12)).flatmap(
    lambda kind: st.tuples(st.just(kind), valid_data(kind), any_times))


@property_test
@given(events=st.lists(valid_events, max_size=6))
def test_what_is_recorded_reads_back_the_same(events):
    clock = FakeClock(NOW)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.db"
        h = History(path, clock)
        recorded = [h.record(kind, data, at=at) for kind, data, at in events]
        h.close()
        again = History(path, clock)
        # Times come back in UTC: the same instants (== across zones is unreliable for a
        # time that occurs twice as clocks go back, hence the explicit conversion).
        expected = [replace(e, at=e.at.astimezone(UTC)) for e in recorded]
        assert again.events() == sorted(expected, key=lambda e: (e.at, e.id))
        assert again.skipped == 0
        again.close()
