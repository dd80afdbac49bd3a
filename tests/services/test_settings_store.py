"""settings.json edited by hand while Companion runs: taken up, or kept and said; never lost."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from companion.core import settings_file
from companion.core.settings import Settings
from companion.services.settings_store import SettingsStore

WAIT_MS = 10_000


@pytest.fixture
def path(tmp_path) -> Path:
    path = tmp_path / "config" / "settings.json"
    settings_file.save(Settings(snooze_minutes=15), path)
    return path


@pytest.fixture
def store(qtbot, path):
    return SettingsStore(path)


def edit(path: Path, **values) -> bytes:
    """Change values as an editor does: write a new file, then rename it over the old one."""
    raw = json.loads(path.read_text())
    raw.update(values)
    data = json.dumps(raw, indent=4).encode()
    tmp = path.with_name(".settings.json.swp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return data


def kept_copies(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if ".bad-" in p.name)


def test_a_valid_edit_is_taken_up_as_if_chosen_in_settings(qtbot, store, path):
    with qtbot.waitSignal(store.changed, timeout=WAIT_MS) as changed:
        mine = edit(path, glass_ml=300)
    new, old = changed.args
    assert new.glass_ml == 300 and old.glass_ml == 250 and store.current == new
    assert path.read_bytes() == mine  # taken up, not rewritten in our own layout
    # An editor's second save is a new file again: still watched.
    with qtbot.waitSignal(store.changed, timeout=WAIT_MS) as changed:
        edit(path, snooze_minutes=20)
    assert changed.args[0].snooze_minutes == 20 and changed.args[0].glass_ml == 300


def test_an_edit_in_place_is_noticed_too(qtbot, store, path):
    raw = json.loads(path.read_text())
    with qtbot.waitSignal(store.changed, timeout=WAIT_MS) as changed:
        with open(path, "w") as out:  # same file, new content (echo > settings.json)
            json.dump({**raw, "water_goal_glasses": 10}, out)
    assert changed.args[0].water_goal_glasses == 10


def test_a_bad_edit_is_kept_said_and_not_written_over(qtbot, store, path):
    changes = []
    store.changed.connect(lambda new, old: changes.append(new))
    with qtbot.waitSignal(store.problem, timeout=WAIT_MS) as told:
        mine = edit(path, snooze_minutes="twenty", glass_ml=300)
    message = told.args[0]
    [copy] = kept_copies(path)
    assert message.startswith("settings.json was changed outside Companion; not all of it "
                              "could be used:")
    assert ("snooze_minutes should be a whole number from 1 to 120, not 'twenty'; "
            "left as it was") in message
    assert f"Your file is kept as {copy.name}." in message
    assert copy.read_bytes() == mine and path.read_bytes() == mine
    # The good part is used; the bad one stays as it was in use (15, not the default 10).
    assert [(c.glass_ml, c.snooze_minutes) for c in changes] == [(300, 15)]
    assert store.take_up_edit() is False  # the same file is not reported twice


def test_a_file_that_cannot_be_read_leaves_every_setting_as_it_was(qtbot, store, path):
    with qtbot.waitSignal(store.problem, timeout=WAIT_MS) as told:
        path.write_text('{"snooze_minutes": 20,')
    assert "could not be read" in told.args[0] and "stay as they were" in told.args[0]
    assert store.current == Settings(snooze_minutes=15)
    assert [c.read_text() for c in kept_copies(path)] == ['{"snooze_minutes": 20,']


def test_a_save_goes_on_top_of_an_edit_not_seen_yet(qtbot, store, path):
    """Closing Today the first time saves the tray hint: the edit made a moment before stays
    (the watcher has not fired: no event loop ran in between)."""
    edit(path, glass_ml=300, hydration={"interval_minutes": 90})
    changes = []
    store.changed.connect(lambda new, old: changes.append((new, old)))
    store.apply(replace(store.current, tray_hint_shown=True))
    saved = json.loads(path.read_text())
    assert saved["tray_hint_shown"] is True
    assert saved["glass_ml"] == 300 and saved["hydration"]["interval_minutes"] == 90
    assert saved["snooze_minutes"] == 15
    [(new, old)] = changes  # one change, the edit and the app's together
    assert new.glass_ml == 300 and new.tray_hint_shown and old == Settings(snooze_minutes=15)
    assert store.take_up_edit() is False  # our own save is not taken for an edit


def test_a_dialog_opened_before_an_edit_saves_only_what_was_changed_in_it(qtbot, store, path):
    shown = store.current  # Settings opens
    with qtbot.waitSignal(store.changed, timeout=WAIT_MS):
        edit(path, glass_ml=300)  # meanwhile, by hand
    store.apply(replace(shown, sound_cues=False), made_from=shown)  # OK, one box unticked
    saved = settings_file.load(path).settings
    assert saved.sound_cues is False and saved.glass_ml == 300
    assert store.current == saved


def test_the_same_setting_changed_both_ways_keeps_the_last_choice(qtbot, store, path):
    edit(path, snooze_minutes=20)
    store.apply(replace(store.current, snooze_minutes=30))  # chosen in Settings just after
    assert settings_file.load(path).settings.snooze_minutes == 30


def test_a_file_removed_by_hand_is_written_again_at_the_next_change(qtbot, store, path):
    path.unlink()
    assert store.take_up_edit() is False and store.current.snooze_minutes == 15
    store.apply(replace(store.current, glass_ml=200))
    assert settings_file.load(path).settings == Settings(snooze_minutes=15, glass_ml=200)
    assert kept_copies(path) == []


def test_an_edit_after_companion_stopped_watching_is_left_alone(tmp_path, qtbot):
    """While Companion says goodbye, a hand edit is neither taken up nor written over."""
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.apply(replace(store.current, water_goal_glasses=6))
    store.stop_watching()
    heard = []
    store.changed.connect(lambda new, old: heard.append(new))
    path.write_text(path.read_text().replace('"water_goal_glasses": 6', '"water_goal_glasses": 9'))
    # The watch is let go, with its inotify handle: nothing about the file can arrive now.
    assert store._watcher is None
    QCoreApplication.processEvents()  # (anything inotify had already said)
    assert not store._settle.isActive()
    assert heard == [] and store.current.water_goal_glasses == 6
    assert '"water_goal_glasses": 9' in path.read_text()
