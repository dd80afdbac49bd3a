"""The export and import formats: CSV by event (and back), CSV by day, the JSON backup."""

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.core import exchange
from companion.core.history import Event

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def some_events() -> list[Event]:
    at = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    return [
        Event("water_logged", at, {"ml": 250, "via": "tray"}, id="a1"),
        Event("reminder_snoozed", at + timedelta(minutes=5),
              {"kind": "stretch", "minutes": 10, "until": "2026-03-02T08:15:00+00:00"}, id="a2"),
        Event("twitch_logged", at + timedelta(hours=1, microseconds=7),
              {"entry_id": "e1", "area": "palm", "side": "left", "duration": "seconds",
               "strength": "faint", "triggers": ["coffee"], "note": 'a "quoted", note\nover two lines',
               "occurred_at": "2026-03-02T08:50:00+00:00"}, id="a3"),
        Event("symptom_check", at + timedelta(hours=2),
              {"answers": ["tired"], "level": "self_care", "reasons": ["Üben, €"]}, id="a4"),
        Event("presence_changed", at + timedelta(hours=3), {"state": "idle"}, id="a5"),  # newer kind
    ]


def test_events_csv_reads_back_as_the_same_events_with_ids_times_and_details():
    events = some_events()
    text = exchange.events_csv(events, BERLIN)
    assert text.splitlines()[0] == "id,time_utc,local_time,kind,details"
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["time_utc"] == "2026-03-02T08:00:00.000000Z"
    assert rows[0]["local_time"] == "2026-03-02T09:00:00+01:00"  # what a spreadsheet user reads
    assert exchange.read_events_csv(text) == events


@pytest.mark.parametrize("text, says", [
    ("date,glasses\n2026-03-02,3\n", "not the column names"),
    ("id,time_utc,local_time,kind,details\na1,2026-03-02T08:00:00.000000Z,x,water_logged\n",
     "Line 2 of the file is damaged"),
    ("id,time_utc,local_time,kind,details\na1,yesterday,x,water_logged,{}\n", "its time"),
    ("id,time_utc,local_time,kind,details\na1,2026-03-02T08:00:00Z,x,water_logged,{\"ml\": -1}\n",
     "ml should be"),
])
def test_a_csv_that_is_not_companions_is_refused_saying_where(text, says):
    with pytest.raises(exchange.NotImportable, match=says):
        exchange.read_events_csv(text)


def test_a_backup_holds_every_event_and_reads_back_the_same():
    events = some_events()
    data = exchange.backup_json(events, NOW)
    document = json.loads(data)
    assert (document["format"], document["version"]) == ("companion-backup", 1)
    assert document["exported_at"] == "2026-12-04T12:00:00.000000Z"
    assert len(document["events"]) == 5
    assert exchange.read_backup(data) == events


@pytest.mark.parametrize("data, says", [
    (b"\xff\xfe\x00garbage", "not text"),
    (b'{"format": "companion-backup", "version": 1, "events": [', "not complete JSON"),
    (b'{"name": "some other program"}', "not a Companion backup"),
    (b"[1, 2, 3]", "not a Companion backup"),
    (b'{"format": "companion-backup", "version": 2, "events": []}', "newer Companion"),
    (b'{"format": "companion-backup", "events": []}', "version is missing"),
    (b'{"format": "companion-backup", "version": 1}', "list of entries is missing"),
    (b'{"format": "companion-backup", "version": 1, "events": [7]}', "Entry 1 of the backup"),
    (b'{"format": "companion-backup", "version": 1, "events": [{"id": "x", "at": '
     b'"2026-03-02T08:00:00", "kind": "water_logged", "data": {}}]}', "its time"),
    (b'{"format": "companion-backup", "version": 1, "events": [{"id": "x", "at": '
     b'"2026-03-02T08:00:00+02:00Z", "kind": "water_logged", "data": {}}]}', "its time"),
    (b'{"format": "companion-backup", "version": 1, "events": [{"id": "x", "at": '
     b'"2026-03-02T08:00:00Z", "kind": "natural_break", "data": {}}]}', "start is missing"),
    (b'{"format": "companion-backup", "version": 1, "events": [{"at": '
     b'"2026-03-02T08:00:00Z", "kind": "water_logged", "data": {}}]}', "has no id"),
])
def test_a_damaged_or_foreign_backup_is_refused_with_a_plain_reason(data, says):
    with pytest.raises(exchange.NotImportable, match=says):
        exchange.read_backup(data)


def day(rows, date):
    return next(row for row in rows if row["date"] == date)


def test_days_are_local_days_a_glass_at_2359_and_one_at_0001_fall_on_two_days():
    glass = {"ml": 250, "via": "tray"}
    events = [Event("water_logged", datetime(2026, 3, 2, 23, 59, tzinfo=BERLIN), glass),
              Event("water_logged", datetime(2026, 3, 3, 0, 1, tzinfo=BERLIN), glass)]
    rows = exchange.day_rows(events, BERLIN)
    assert [(r["date"], r["glasses"]) for r in rows] == [("2026-03-02", 1), ("2026-03-03", 1)]
    # In UTC both are on 2 March: the user's own midnight decides.
    assert {e.at.astimezone(UTC).date().isoformat() for e in events} == {"2026-03-02"}


def test_a_week_with_a_clock_change_has_seven_day_rows_and_every_day_is_there():
    # Berlin moves to summer time on Sunday 29 March 2026; an event each local noon of that week,
    # none on the Wednesday.
    events = [Event("water_logged", datetime(2026, 3, d, 12, 0, tzinfo=BERLIN), {"ml": 250})
              for d in (23, 24, 26, 27, 28, 29)]
    events.append(Event("water_logged", datetime(2026, 3, 29, 23, 30, tzinfo=BERLIN), {"ml": 250}))
    rows = exchange.day_rows(events, BERLIN)
    assert [r["date"] for r in rows] == [f"2026-03-{d}" for d in range(23, 30)]
    assert [r["glasses"] for r in rows] == [1, 1, 0, 1, 1, 1, 2]


def test_day_rows_count_as_today_does():
    at = datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN)
    events = [
        Event("water_logged", at, {"ml": 250}, id="w1"),
        Event("water_logged", at, {"ml": 300}, id="w2"),
        Event("water_undone", at + timedelta(minutes=1), {"event": "w2"}),
        Event("stretch_session", at, {"steps_done": 5, "seconds": 150}),
        Event("stretch_session", at, {"steps_done": 0, "seconds": 4}),  # stopped at once: no break
        Event("breathing_session", at, {"cycles_done": 10, "seconds": 120}),
        Event("natural_break", at, {"start": "2026-03-02T07:00:00+00:00",
                                    "end": "2026-03-02T07:12:30+00:00", "minutes": 12.5}),
        Event("reminder_done", at, {"kind": "hydration"}),
        Event("reminder_snoozed", at, {"kind": "stretch"}),
        Event("reminder_skipped", at, {"kind": "breathing"}),
        Event("reminder_missed", at, {"kind": "stretch"}),
        Event("reminder_held", at, {"kind": "stretch", "reason": "away"}),
        Event("twitch_logged", at, {"entry_id": "e"}),
        Event("symptom_check", at, {}),
    ]
    [row] = exchange.day_rows(events, BERLIN)
    assert row == {"date": "2026-03-02", "glasses": 1, "water_ml": 250, "stretch_breaks": 1,
                   "stretch_minutes": 2.5, "breathing_sessions": 1, "breathing_minutes": 2.0,
                   "natural_breaks": 1, "natural_break_minutes": 12.5, "prompts_done": 1,
                   "prompts_snoozed": 1, "prompts_skipped": 1, "prompts_missed": 1,
                   "prompts_held": 1, "twitches_logged": 1, "symptom_checks": 1}
    text = exchange.days_csv(events, BERLIN)
    assert text.splitlines()[0] == ",".join(exchange.DAY_COLUMNS)
    assert text.splitlines()[1].startswith("2026-03-02,1,250,1,2.5,")
    assert exchange.day_rows([], BERLIN) == [] and exchange.days_csv([], BERLIN).count("\n") == 1
