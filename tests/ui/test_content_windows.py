"""Broken content files, through the real app: the windows still open and the user is told why."""

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion import assets
from companion import assets as companion_assets
from companion.core.kinds import Action, Request

TZ = ZoneInfo("Europe/Paris")
ASSETS = companion_assets.root()
BUILTIN_PATTERNS = ["Slow belly breathing", "Even breathing (5 in, 5 out)", "Box breathing (4-4-4-4)"]

BROKEN_PATTERNS = '''
[[pattern]]
id = "calm"
name = "Calm"
phases = [{ kind = ["inhale"], seconds = 4 }, { kind = "exhale", seconds = 6 }]

[[pattern]]
id = "tiny"
name = "Tiny"
phases = [{ kind = "inhale", seconds = 5e-324 }, { kind = "exhale", seconds = 4 }]
'''

BROKEN_ROUTINE = '''
id = "mine"
name = "My routine"

[[steps]]
title = "Wrist circles"
instruction = "Circle the wrists slowly."
hold = "ten"
illustration = "wrist-circles.svg"
'''


def put(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def notice(app) -> str:
    return app.home.today.notice.text()


def test_broken_user_files_leave_the_built_in_breathing_and_stretches_usable_and_name_the_field(
        companion_home, make_app):
    put(companion_home / "data" / "breathing", "my-breath.toml", BROKEN_PATTERNS)
    put(companion_home / "data" / "routines", "mine.toml", BROKEN_ROUTINE)
    app = make_app()

    app.commands.run(Request(Action.BREATHE))
    breathing = app.features.windows["breathing"]
    assert breathing.isVisible()
    names = [breathing.pattern_box.itemText(i) for i in range(breathing.pattern_box.count())]
    assert names[:3] == BUILTIN_PATTERNS and len(names) == 5
    assert breathing.start_button.isEnabled()  # the user chooses pattern and length first
    assert not breathing.stop_button.isEnabled()

    app.commands.run(Request(Action.STRETCH))
    stretch = app.features.windows["stretch"]
    assert stretch.isVisible() and stretch.pages.currentWidget() is stretch.picker
    assert set(stretch.picker.start_buttons) == {"hand-wrist", "quick-hand", "neck-shoulders", "legs"}

    text = notice(app)
    assert ("Some breathing patterns were skipped:\n"
            "my-breath.toml, pattern 'calm', phase 1, field 'kind': should be one of inhale, hold, "
            "exhale, hold-empty, not a list; skipped\n"
            "my-breath.toml, pattern 'tiny', phase 1, field 'seconds': should be a number from 1 to 20, "
            "or 0 to leave the phase out, not 5e-324; skipped\n") in text
    assert ("Some stretch routines were skipped:\n"
            "mine.toml, routine 'mine', step 1 ('Wrist circles'), field 'hold': should be a number of "
            "seconds from 3 to 120, not 'ten'\n") in text
    assert f"Your own files are in {companion_home / 'data' / 'routines'}" in text
    assert "Could not open" not in text

    app.commands.run(Request(Action.BREATHE))  # opened again: the same problems are not told twice
    app.commands.run(Request(Action.STRETCH))
    assert notice(app).count("my-breath.toml, pattern 'calm'") == 1
    assert notice(app).count("mine.toml, routine 'mine'") == 1


def test_a_folder_full_of_broken_routines_is_summed_up_not_listed_in_full(companion_home, make_app):
    for n in range(20):
        put(companion_home / "data" / "routines", f"r{n:02d}.toml", "this is = = not toml")
    app = make_app()
    app.commands.run(Request(Action.STRETCH))
    text = notice(app)
    assert "r07.toml" in text and "r08.toml" not in text
    assert "...and 12 more (the log file lists them all)." in text
    assert len(app.features.windows["stretch"].picker.start_buttons) == 4


@pytest.fixture
def damaged_assets(tmp_path, monkeypatch):
    """A copy of the built-in content the test may damage, standing in for the installed one."""
    import shutil
    copy = tmp_path / "assets"
    shutil.copytree(ASSETS, copy, ignore=shutil.ignore_patterns("png", "sounds"))
    monkeypatch.setattr(assets, "root", lambda: copy)
    return copy


def test_without_any_usable_breathing_pattern_the_app_says_so_once_and_carries_on(
        damaged_assets, make_app):
    (damaged_assets / "breathing" / "patterns.toml").write_text("[[pattern]\n", encoding="utf-8")
    app = make_app()
    app.commands.run(Request(Action.BREATHE))
    assert "breathing" not in app.features.windows
    text = notice(app)
    assert text.startswith("Could not open this part of Companion: no breathing pattern could be "
                           "loaded:\npatterns.toml: not valid TOML")
    assert "Some breathing patterns were skipped" not in text  # one message, not two
    app.commands.run(Request(Action.LOG_WATER))  # the rest of Companion works on
    assert app.history.count("water_logged") == 1
    app.commands.run(Request(Action.STRETCH))
    assert app.features.windows["stretch"].isVisible()


def test_a_damaged_checklist_is_reported_with_its_entry_and_the_app_carries_on(damaged_assets, make_app):
    path = damaged_assets / "checklist.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('level = "urgent"', "level = 2"),
                    encoding="utf-8")
    app = make_app()
    app.commands.run(Request(Action.CHECK))
    assert "check" not in app.features.windows
    assert ("Could not open this part of Companion: the questions of Check a symptom have a problem: "
            "checklist.toml, group 'urgent', field 'level': should be one of self_care, "
            "see_doctor_soon, urgent, not 2. This file comes with Companion, so reinstalling "
            "Companion should put it right.") in notice(app)
    app.commands.run(Request(Action.BREATHE))
    assert app.features.windows["breathing"].isVisible()
