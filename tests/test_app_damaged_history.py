"""The whole app over a history file with damaged rows: it starts, counts, says so once."""

import sqlite3
from datetime import datetime
from zoneinfo import ZoneInfo

from companion.app import Companion
from companion.core.clock import FakeClock
from companion.core.history import History
from companion.core.kinds import Action, Request
from companion.services import paths

TZ = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 2, 9, 50, tzinfo=TZ)


def test_the_app_starts_over_damaged_rows_counts_the_good_ones_and_says_so_once(qtbot,
                                                                                monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # toasts, not D-Bus
    places = paths.resolve()
    clock = FakeClock(NOW)
    history = History(places.history_file, clock)
    for minutes in (0, 20):
        history.record("water_logged", {"ml": 250, "via": "tray"},
                       at=datetime(2026, 3, 2, 8, minutes, tzinfo=TZ))
    history.close()
    db = sqlite3.connect(places.history_file)
    db.executemany("INSERT INTO events(id, at, kind, data) VALUES (?, ?, ?, CAST(? AS TEXT))", [
        ("a", "2026-03-02T07:30:00.000000Z", "water_logged", b'{"ml": "a lot"}'),
        ("b", "2026-03-02T07:40:00.000000Z", "water_logged", b'{"via": "\xff"}'),
        ("c", "2026-03-02 07:45:00", "water_logged", b"{}"),
        ("d", "2026-03-02T07:50:00.000000Z", "stretch_session", b"not json"),
        ("e", "2025-12-24T07:50:00.000000Z", "symptom_check", b'{"reasons": "tired"}'),
    ])
    db.commit()
    db.close()

    app = Companion(places, clock=clock, tz=TZ, start_paused=True, confirm_quit=lambda: False)
    qtbot.addWidget(app.home.today)
    app.start()
    try:
        assert app.home.today.water_label.text().startswith("2 of 8 glasses")
        assert "2/8 glasses" in app.home.tray.tooltip
        for _ in range(3):
            app.refresh()
        app.home.show_today()
        app.commands.run(Request(Action.HISTORY))  # reads everything, the old damaged row too
        about_skipped = [n for n in app.home.notices if "could not be read" in n]
        assert about_skipped == ["5 entries in your history could not be read and are left "
                                 "out; your file is left as it is."]
        assert about_skipped[0] in app.home.today.notice.text()
        app.commands.log_water("tray")  # and history still works
        assert app.home.today.water_label.text().startswith("3 of 8 glasses")
    finally:
        app.shutdown()
    with sqlite3.connect(places.history_file) as db:
        stored = {row[0] for row in db.execute("SELECT id FROM events")}
    assert {"a", "b", "c", "d", "e"} <= stored  # nothing deleted
