import random
from pathlib import Path

import pytest

from companion.core.checklist import (
    ACTIONS,
    DEFAULT_PATH,
    Level,
    assess,
    load_checklist,
    load_default,
)
from companion.core.checks import ContentError

CHECKLIST = load_default()
ITEMS = CHECKLIST.items()
BY_LEVEL = {level: [i for i in ITEMS if i.level is level] for level in Level}
GROUP_LEVEL = {item.id: group.level for group in CHECKLIST.groups for item in group.items}


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i.id)
def test_each_item_on_its_own_reaches_its_groups_level_and_says_why(item):
    result = assess([item.id])
    assert result.level is GROUP_LEVEL[item.id]
    assert result.reasons == (item.reason,)
    assert result.title == CHECKLIST.levels[result.level][0]


@pytest.mark.parametrize("urgent", BY_LEVEL[Level.URGENT], ids=lambda i: i.id)
def test_any_urgent_sign_makes_the_result_urgent_whatever_else_is_ticked(urgent):
    everything_else = [i.id for i in ITEMS if i.level is not Level.URGENT]
    result = assess(everything_else + [urgent.id], diary_days_span=30)
    assert result.level is Level.URGENT
    assert result.reasons == (urgent.reason,)
    assert "emergency" in result.advice
    assert result.tips == ()  # nothing to distract from calling for help


def test_triggers_alone_give_self_care_with_their_tips_and_actions():
    ticked = ["caffeine", "stress", "dehydration", "hand_use"]
    result = assess(ticked)
    assert result.level is Level.SELF_CARE
    assert result.reasons == tuple(CHECKLIST.item(i).reason for i in ticked)
    tips = {tip.text: tip.actions for tip in result.tips}
    assert list(tips) == [CHECKLIST.item(i).tip for i in ticked]
    assert tips[CHECKLIST.item("stress").tip] == ("breathe",)
    assert set(tips[CHECKLIST.item("dehydration").tip]) == {"log_water", "enable_hydration"}
    assert tips[CHECKLIST.item("hand_use").tip] == ("stretch",)


def test_every_trigger_has_a_tip_and_a_diary_label():
    for item in BY_LEVEL[Level.SELF_CARE]:
        assert assess([item.id]).tips[0].text == item.tip and item.label


def test_a_red_flag_with_triggers_means_see_a_doctor_and_keeps_the_tips():
    result = assess(["caffeine", "weakness", "poor_sleep"])
    assert result.level is Level.SEE_DOCTOR_SOON
    assert result.reasons == (CHECKLIST.item("weakness").reason,)
    assert len(result.tips) == 2


def test_nothing_ticked_still_gives_guidance_and_when_to_get_help():
    result = assess([])
    assert result.level is Level.SELF_CARE
    assert result.reasons and result.tips and result.advice
    assert "emergency" in result.when_to_get_help and "two weeks" in result.when_to_get_help
    assert "not medical advice" in result.note


def test_any_answer_set_gets_the_highest_level_and_a_full_result():
    rng = random.Random(6)
    for _ in range(300):
        ticked = rng.sample([i.id for i in ITEMS], rng.randint(0, 8))
        result = assess(ticked)
        expected = max((GROUP_LEVEL[i] for i in ticked), default=Level.SELF_CARE)
        assert result.level is expected, ticked
        assert result.title and result.advice and result.reasons, ticked
        assert result.note and result.when_to_get_help, ticked
        has_trigger = any(GROUP_LEVEL[i] is Level.SELF_CARE for i in ticked)
        if result.level is not Level.URGENT and (has_trigger or not ticked):
            assert result.tips, ticked


def test_diary_spanning_more_than_two_weeks_raises_see_a_doctor_soon():
    assert assess(["caffeine"], diary_days_span=14).level is Level.SELF_CARE
    result = assess(["caffeine"], diary_days_span=15)
    assert result.level is Level.SEE_DOCTOR_SOON
    assert any("15 days" in reason for reason in result.reasons)
    assert assess([], diary_days_span=15).level is Level.SEE_DOCTOR_SOON


def test_unknown_answer_is_an_error_not_silently_ignored():
    with pytest.raises(KeyError):
        assess(["no_such_question"])


def test_every_in_app_action_is_offered_somewhere():
    offered = {a for item in ITEMS for a in item.actions}
    assert offered == set(ACTIONS)
    assert set(CHECKLIST.action_labels) == set(ACTIONS)


def test_palm_relevant_and_stroke_signs_are_present_with_stable_ids():
    ids = {i.id for i in ITEMS}
    assert {"face_droop", "limb_weakness_sudden", "speech_trouble", "breathing_swallowing",
            "over_two_weeks", "wasting", "tremor", "family_history", "hand_use"} <= ids


def _broken(tmp_path, old, new) -> Path:
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "checklist.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new, words", [
    ('question = "Stress or anxiety"\n', "", ["item 'stress'", "'question'"]),
    ('settle."""\nactions = ["breathe"]', 'settle."""\nactions = ["dance"]',
     ["item 'stress'", "'actions'"]),
    ('id = "alcohol"', 'id = "caffeine"', ["item 'caffeine'", "'id'", "twice"]),
    ('level = "see_doctor_soon"', 'level = "soonish"', ["group 'red_flags'", "'level'"]),
    ('label = "Caffeine"\n', "", ["item 'caffeine'", "'label'"]),
])
def test_bad_entries_are_reported_with_file_item_and_field(tmp_path, old, new, words):
    path = _broken(tmp_path, old, new)
    with pytest.raises(ContentError) as error:
        load_checklist(path)
    assert f"{path.name}, " in str(error.value)
    for word in words:
        assert word in str(error.value)


def test_unreadable_file_names_the_file(tmp_path):
    path = tmp_path / "checklist.toml"
    path.write_text("this is = = not toml", encoding="utf-8")
    with pytest.raises(ContentError, match="checklist.toml"):
        load_checklist(path)
