"""The same answers give the same level and the same advice in every shipped language.

Through the real ``assess()`` and the real translated checklists; each language's expected
words are read straight from its own file, so a translation that says something else for
a level, or a loader that mixes up levels, fails here.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from companion.core.checklist import DEFAULT_PATH, Level, assess, load_checklist

ASSETS = Path(__file__).resolve().parents[2] / "assets"
LANGUAGES = ("en", "de", "id")
ENGLISH = tomllib.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
URGENT_SIGNS = [item["id"] for group in ENGLISH["groups"] if group["level"] == "urgent"
                for item in group["items"]]


def words(language: str) -> dict:
    """A language's own file: the original for English, its translation otherwise."""
    path = DEFAULT_PATH if language == "en" else ASSETS / language / "checklist.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


def tidy(text: str) -> str:
    # The loader joins TOML's continued lines the way the checklist shows them.
    return "\n".join(" ".join(line.split()) for line in text.strip().splitlines())


def item_words(language: str, item_id: str) -> dict:
    for group in words(language)["groups"].values() if language != "en" else []:
        if item_id in group.get("items", {}):
            return group["items"][item_id]
    return next(item for group in ENGLISH["groups"] for item in group["items"] if item["id"] == item_id)


# Answers, and the level they must give in every language.
CASES = [
    *(((sign,), Level.URGENT) for sign in URGENT_SIGNS),
    (("face_droop", "caffeine", "stress"), Level.URGENT),  # an urgent sign beats any trigger
    (("seizure", "over_two_weeks", "weakness"), Level.URGENT),  # ... and any red flag
    (("vision_trouble", "speech_trouble", "tremor", "hand_use"), Level.URGENT),
    (("over_two_weeks", "caffeine"), Level.SEE_DOCTOR_SOON),
    (("tremor",), Level.SEE_DOCTOR_SOON),
    (("caffeine", "poor_sleep"), Level.SELF_CARE),
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("answers", "level"), CASES, ids=lambda v: "+".join(v) if isinstance(v, tuple) else v.key)
def test_the_same_answers_give_the_same_level_and_that_languages_advice(answers, level, language):
    result = assess(answers, language=language)
    assert result.level is level
    own = words(language)["levels"][level.key]
    assert (result.title, result.advice) == (tidy(own["title"]), tidy(own["advice"]))
    # Why: the ticked answers of that level, each in this language's words.
    expected = [tidy(item_words(language, i)["reason"]) for i in answers
                if load_checklist(DEFAULT_PATH).item(i).level is level]
    assert list(result.reasons) == expected
    assert result.note == tidy(words(language)["note"])
    assert result.when_to_get_help == tidy(words(language)["when_to_get_help"])
    if level is Level.URGENT:
        # Prominent and undiluted: no self-care tips beside it, the example number in it,
        # and never the words of a milder level.
        assert result.tips == ()
        assert "112" in result.advice and "112" in tidy(words(language)["levels"]["urgent"]["advice"])
        milder = words(language)["levels"]
        assert result.advice not in (tidy(milder["see_doctor_soon"]["advice"]),
                                     tidy(milder["self_care"]["advice"]))
    if language != "en":
        assert result.advice != assess(answers).advice  # really in that language


def test_every_language_asks_the_same_urgent_signs_in_the_same_order():
    orders = {language: [(i.id, i.level) for i in load_checklist(DEFAULT_PATH, language).items()]
              for language in LANGUAGES}
    assert orders["de"] == orders["id"] == orders["en"]
    assert [i for i, lvl in orders["en"] if lvl is Level.URGENT] == URGENT_SIGNS


@pytest.mark.parametrize("language", ("de", "id"))
def test_every_urgent_sign_is_asked_in_that_language(language):
    found = load_checklist(DEFAULT_PATH, language)
    for sign in URGENT_SIGNS:
        item = found.item(sign)
        assert item.question == tidy(item_words(language, sign)["question"])
        assert item.question != load_checklist(DEFAULT_PATH).item(sign).question
