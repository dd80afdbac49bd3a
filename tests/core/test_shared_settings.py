"""Settings shared through the folder (issue 25): per field, the latest change wins."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from companion.core import shared_settings as shared
from companion.core.settings import Settings

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def test_per_field_the_latest_change_wins_whichever_machine_made_it():
    base = Settings()
    work = shared.note_changes({}, base, T0)
    home = shared.note_changes({}, base, T0)
    assert shared.latest(work, [home]) == {}  # nothing changed anywhere yet
    # Home changes the goal at 10:00, Work the glass at 11:00 and the goal at 09:30.
    home = shared.note_changes(home, replace(base, water_goal_glasses=10), T0 + timedelta(hours=1))
    work = shared.note_changes(work, replace(base, glass_ml=300, water_goal_glasses=6),
                               T0 + timedelta(minutes=30))
    work = shared.note_changes(work, replace(base, glass_ml=330, water_goal_glasses=6),
                               T0 + timedelta(hours=2))
    take_at_work = shared.latest(work, [home])
    assert list(take_at_work) == ["water_goal_glasses"]
    new, problems = shared.apply(replace(base, glass_ml=330, water_goal_glasses=6), take_at_work)
    assert (new.water_goal_glasses, new.glass_ml, problems) == (10, 330, [])
    assert list(shared.latest(home, [work])) == ["glass_ml"]


def test_what_belongs_to_one_computer_is_never_shared():
    other = {"start_at_login": [False, T0.isoformat()], "share_folder": ["/x", T0.isoformat()],
             "keep_history_days": [30, T0.isoformat()], "watch_calls": [False, T0.isoformat()]}
    assert shared.latest(shared.note_changes({}, Settings(), T0), [other]) == {}


def test_a_bad_value_from_elsewhere_keeps_the_one_in_use():
    new, problems = shared.apply(Settings(glass_ml=300), {"glass_ml": [5000, T0.isoformat()]})
    assert new.glass_ml == 300 and problems


def test_a_file_from_another_settings_version_is_not_taken_from():
    stamps = shared.note_changes({}, Settings(), T0)
    assert shared.read_file(shared.file_bytes(stamps)) == stamps
    assert shared.read_file(shared.file_bytes(stamps).replace(b'"schema_version": ',
                                                              b'"schema_version": 9')) is None
    assert shared.read_file(b"{") is None
