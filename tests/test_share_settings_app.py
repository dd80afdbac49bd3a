"""The app follows the share settings as they change (issue 25): sharing starts when a
folder is chosen, the history written out (the past included), follows a new machine name
and stops when the folder is cleared; a glass from elsewhere shows in Today."""

from dataclasses import replace

from companion.core import journal
from companion.core.history import Event
from companion.core.kinds import EventKind as K


def test_choosing_a_folder_starts_sharing_and_clearing_it_stops(make_app, tmp_path, qtbot):
    app = make_app()
    app.history.record(K.WATER_LOGGED, {"ml": 250})  # before sharing: written out too
    assert app.share is None  # nothing shared, nothing loaded
    folder = tmp_path / "Sync"
    folder.mkdir()
    app.apply_settings(replace(app.settings, share_folder=str(folder), machine_name="Desk"))
    own = folder / app.share.machine
    [written] = own.glob("*.jsonl")
    assert [e.kind for e in journal.read(written.read_bytes(), app.share.machine).events] == [
        "water_logged"]
    assert journal.read_machine_file((own / "machine.json").read_bytes()) == "Desk"
    app.apply_settings(replace(app.settings, machine_name="Attic"))
    assert journal.read_machine_file((own / "machine.json").read_bytes()) == "Attic"
    # A glass from another computer arrives: Today counts it.
    other = "e" * 32
    (folder / other).mkdir()
    with qtbot.waitSignal(app.share.arrived, timeout=5000):
        (folder / other / journal.journal_name(app.clock())).write_bytes(journal.line(
            Event(K.WATER_LOGGED, app.clock(), {"ml": 250}, id="from-home"), other))
    assert app.home.today.water_label.text() == "2 of 8 glasses"
    app.apply_settings(replace(app.settings, share_folder=""))
    app.history.record(K.WATER_LOGGED, {"ml": 250})
    assert len(journal.read(written.read_bytes(), app.share.machine).events) == 1


def test_a_pause_made_on_another_computer_pauses_that_one_only(make_app, clock):
    first = make_app()
    first.history.merge([Event(K.REMINDERS_PAUSED, clock(), {"until": None}, id="p",
                               machine="e" * 32)])
    first.shutdown()
    second = make_app()
    assert second.home.today.next_labels["hydration"].text() == "10:00"
    assert [e.machine for e in second.history.events([K.REMINDERS_PAUSED])] == ["e" * 32]


def test_with_shared_settings_a_later_change_elsewhere_is_taken_over(make_app, tmp_path,
                                                                    qtbot, clock):
    from datetime import timedelta

    from companion.core import shared_settings
    folder = tmp_path / "Sync"
    folder.mkdir()
    app = make_app()
    app.apply_settings(replace(app.settings, share_folder=str(folder), share_settings=True))
    own = folder / app.share.machine / "settings.json"
    assert shared_settings.read_file(own.read_bytes())["water_goal_glasses"] == [8, ""]
    other = folder / ("f" * 32)
    other.mkdir()
    theirs = shared_settings.note_changes({}, app.settings, clock())
    theirs = shared_settings.note_changes(theirs, replace(app.settings, water_goal_glasses=11,
                                                          share_folder="/elsewhere"),
                                          clock() + timedelta(minutes=1))
    with qtbot.waitSignal(app.share.settings_arrived, timeout=5000):
        (other / "settings.json").write_bytes(shared_settings.file_bytes(theirs))
    assert app.settings.water_goal_glasses == 11 and app.settings.share_folder == str(folder)
    assert app.home.today.water_detail.text().endswith("Goal: 11.")
