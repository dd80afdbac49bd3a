"""Content in other languages: a translation file beside each original, checked text by
text; what is wrong or missing stays English, said once in the log, never the whole file."""

from __future__ import annotations

import logging
import shutil
import tomllib
from pathlib import Path

import pytest

from companion.core import breathing_files, checklist, routines
from companion.core.breathing_files import load_cautions, load_patterns
from companion.core.checklist import load_checklist
from companion.core.checks import text
from companion.core.content_translations import check_texts, read_note, source_texts, translation_file
from companion.core.routines import load_routines

ASSETS = Path(__file__).resolve().parents[2] / "assets"
SHIPPED = ("de", "id")
# Every original, with the fields its translations give.
ORIGINALS = [*((path, routines.TEXT_FIELDS) for path in sorted((ASSETS / "routines").glob("*.toml"))),
             (ASSETS / "breathing" / "patterns.toml", breathing_files.TEXT_FIELDS),
             (ASSETS / "checklist.toml", checklist.TEXT_FIELDS)]


def read(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def content(tmp_path):
    """A copy of the shipped content, to break a translation in."""
    shutil.copytree(ASSETS / "routines", tmp_path / "routines")
    shutil.copytree(ASSETS / "illustrations", tmp_path / "illustrations")
    shutil.copytree(ASSETS / "breathing", tmp_path / "breathing")
    for language in SHIPPED:
        (tmp_path / language).mkdir()
        shutil.copy(ASSETS / language / "checklist.toml", tmp_path / language)
    shutil.copy(ASSETS / "checklist.toml", tmp_path)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    words = path.read_text(encoding="utf-8")
    assert words.count(old) == 1, old
    path.write_text(words.replace(old, new), encoding="utf-8")


def warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


# -- the shipped translations ----------------------------------------------------------
@pytest.mark.parametrize("language", SHIPPED)
@pytest.mark.parametrize(("original", "fields"), ORIGINALS, ids=lambda v: getattr(v, "name", ""))
def test_every_shipped_translation_has_every_text_of_its_original(original, fields, language):
    english = read(original)
    translation = read(translation_file(original, language))
    good, wrong = check_texts(translation, english, fields, lambda field: text())
    assert wrong == []
    assert set(good) == set(source_texts(english, fields)) != set()
    # A translation, not a copy: most texts differ from the English.
    same = [place for place, words in good.items() if words == source_texts(english, fields)[place]]
    assert len(same) <= len(good) // 10, same


@pytest.mark.parametrize("language", SHIPPED)
def test_the_shipped_content_loads_in_each_language_without_a_message(language, caplog):
    found, problems = load_routines(ASSETS / "routines", language=language)
    english, _ = load_routines(ASSETS / "routines")
    assert problems == [] and [r.id for r in found] == [r.id for r in english]
    # Only the words changed: the same steps, timings, sides and pictures.
    for mine, theirs in zip(found, english, strict=True):
        assert [(s.side, s.duration, s.illustration) for s in mine.steps] == \
               [(s.side, s.duration, s.illustration) for s in theirs.steps]
        assert mine.name != theirs.name
    patterns, problems = load_patterns(ASSETS / "breathing" / "patterns.toml", language=language)
    assert problems == [] and len(patterns) == 5
    assert len(load_cautions(ASSETS / "breathing" / "patterns.toml", language)) == 5
    assert load_checklist(ASSETS / "checklist.toml", language).items()
    assert read_note(ASSETS / "stretch_safety.md", language) != (ASSETS / "stretch_safety.md").read_text()
    assert warnings(caplog) == []


def test_the_german_text_is_what_the_loaders_give():
    [hand, *_], _ = load_routines(ASSETS / "routines", language="de")
    assert hand.name == "Hand und Handgelenk lockern"
    assert hand.steps[1].title == "Handgelenke kreisen"
    sigh = load_patterns(ASSETS / "breathing" / "patterns.toml", language="de")[0][-1]
    assert [p.label for p in sigh.phases][1] == "Noch etwas nachatmen"
    assert load_checklist(ASSETS / "checklist.toml", "id").item("face_droop").question == \
        "Satu sisi wajah turun, atau senyum tidak simetris"


def test_english_and_an_unshipped_language_read_the_originals_quietly(caplog):
    english, _ = load_routines(ASSETS / "routines")
    assert load_routines(ASSETS / "routines", language="fr")[0] == english
    assert load_checklist(ASSETS / "checklist.toml", "fr") == load_checklist(ASSETS / "checklist.toml")
    assert warnings(caplog) == []


def test_a_users_routine_stays_in_the_words_its_author_wrote(content, tmp_path):
    user = tmp_path / "mine"
    shutil.copytree(content / "routines", user)  # a user's folder with a de/ in it
    for path in user.glob("*.toml"):
        edit(path, 'id = "', 'id = "my-')
    found, problems = load_routines(content / "routines", user, language="de")
    assert problems == []
    by_id = {r.id: r.name for r in found}
    assert by_id["hand-wrist"] == "Hand und Handgelenk lockern"
    assert by_id["my-hand-wrist"] == "Hand & wrist relief"


# -- what a translator can get wrong: that text stays English, with a message --------------
def test_a_broken_german_text_falls_back_to_english_for_that_text_only(content, caplog):
    german = content / "routines" / "de" / "01-hand-wrist.toml"
    edit(german, 'title = "Handgelenke kreisen"', 'title = ""')
    [hand, *_], problems = load_routines(content / "routines", language="de")
    assert problems == []
    assert hand.steps[1].title == "Wrist circles"  # the broken one
    assert hand.steps[1].instruction.startswith("Lassen Sie die Hände")  # its neighbours stay German
    assert hand.steps[0].title == "Finger spreizen und an den Knöcheln beugen"
    assert hand.name == "Hand und Handgelenk lockern"
    assert warnings(caplog) == ["de/01-hand-wrist.toml, field 'steps.2.title': should be non-empty "
                                "text; the English text is shown"]


def test_a_missing_text_is_english_and_said(content, caplog):
    german = content / "breathing" / "de" / "patterns.toml"
    edit(german, 'name = "Box-Atmung (4-4-4-4)"\n', "")
    patterns, problems = load_patterns(content / "breathing" / "patterns.toml", language="de")
    assert problems == []
    names = {p.id: p.name for p in patterns}
    assert names["box"] == "Box breathing (4-4-4-4)" and names["slow-belly"] == "Langsame Bauchatmung"
    assert warnings(caplog) == ["de/patterns.toml, field 'pattern.box.name': is missing; "
                                "the English text is shown"]


def test_an_added_id_or_timing_is_refused_and_changes_nothing(content, caplog):
    german = content / "routines" / "de" / "01-hand-wrist.toml"
    edit(german, "[steps.9]\n", "[steps.9]\nhold = 99\n")  # a timing has no place here
    german.write_text(german.read_text() + '\n[steps.10]\ntitle = "Eine neue Übung"\n', encoding="utf-8")
    [hand, *_], problems = load_routines(content / "routines", language="de")
    english = load_routines(ASSETS / "routines")[0][0]
    assert problems == [] and len(hand.steps) == 9
    assert hand.steps[8].duration == english.steps[8].duration
    assert hand.steps[8].title == "Handflächen- und Handgelenkmassage"
    assert sorted(warnings(caplog)) == [
        "de/01-hand-wrist.toml, field 'steps.10.title': is not a text of the original (unknown id "
        "or field); the English text is shown",
        "de/01-hand-wrist.toml, field 'steps.9.hold': is not a text of the original (unknown id "
        "or field); the English text is shown"]


def test_a_changed_structure_keeps_the_english_of_what_it_replaced(content, caplog):
    german = content / "breathing" / "de" / "patterns.toml"
    # The cautions written as a list, not as numbered texts; a label as a table.
    edit(german, '[cautions]\n1 = ', 'cautions = [\n')
    edit(german, '\n2 = "Atmen', ',\n"Atmen')
    for n in (3, 4, 5):
        edit(german, f'\n{n} = ', ',\n')
    edit(german, '\n\n[pattern.slow-belly]', '\n]\n\n[pattern.slow-belly]')
    edit(german, 'label = "Noch etwas nachatmen"', 'label = { text = "Noch etwas nachatmen" }')
    cautions = load_cautions(content / "breathing" / "patterns.toml", "de")
    assert cautions == load_cautions(ASSETS / "breathing" / "patterns.toml")  # English
    sigh = load_patterns(content / "breathing" / "patterns.toml", language="de")[0][-1]
    assert sigh.name == "Zyklisches Seufzen" and sigh.phases[1].label == "Sip in a little more"
    said = warnings(caplog)
    assert "de/patterns.toml, field 'cautions': should be a table of texts keyed by id or number, " \
           "not a list; the English text is shown" in said
    assert "de/patterns.toml, field 'cautions.1': is missing; the English text is shown" in said
    assert "de/patterns.toml, field 'pattern.cyclic-sigh.phases.2.label.text': is not a text of the " \
           "original (unknown id or field); the English text is shown" in said


def test_a_dropped_placeholder_is_refused():
    english = {"name": "Every {minutes} min", "steps": [{"title": "Hold for %n s"}, {"title": "Go"}]}
    translation = {"name": "Alle paar Minuten", "steps": {"1": {"title": "%n s halten"},
                                                          "2": {"title": "Los {now}"}}}
    good, wrong = check_texts(translation, english, ("name", "title"), lambda field: text(60))
    assert good == {("steps", "1", "title"): "%n s halten"}
    assert wrong == [(("name",), "should keep the placeholders {minutes}, not (none)"),
                     (("steps", "2", "title"), "should keep the placeholders (none), not {now}")]


def test_a_text_longer_than_the_field_allows_stays_english(content, caplog):
    german = content / "routines" / "de" / "02-quick-hand.toml"
    edit(german, 'name = "Kurze Handpause"', f'name = "{"Sehr " * 20}lang"')
    quick = {r.id: r for r in load_routines(content / "routines", language="de")[0]}["quick-hand"]
    assert quick.name == "Quick hand break" and quick.steps[0].title.startswith("Finger spreizen")
    assert warnings(caplog) == ["de/02-quick-hand.toml, field 'name': should be at most 60 characters "
                                "long (it has 104); the English text is shown"]


def test_an_unreadable_or_missing_translation_leaves_the_file_english(content, caplog):
    (content / "de" / "checklist.toml").write_text("intro = [unclosed", encoding="utf-8")
    (content / "routines" / "de" / "04-legs.toml").unlink()
    assert load_checklist(content / "checklist.toml", "de") == load_checklist(content / "checklist.toml")
    legs = load_routines(content / "routines", language="de")[0][-1]
    assert legs.name == "Legs: calves & hamstrings"
    said = warnings(caplog)
    assert said[0].startswith("de/checklist.toml: not valid TOML") and said[0].endswith(
        "; checklist.toml is shown in English")
    assert said[1] == "de/04-legs.toml: missing, so 04-legs.toml is shown in English"


def test_a_broken_checklist_translation_never_drops_a_question(content, caplog):
    german = content / "de" / "checklist.toml"
    edit(german, '[groups.urgent.items.face_droop]\nquestion = "Eine Gesichtshälfte hängt herab, oder das '
                 'Lächeln ist schief"\n', '[groups.urgent.items.face_droop]\n')
    edit(german, 'title = "Jetzt Hilfe holen"', 'title = 112')
    found = load_checklist(content / "checklist.toml", "de")
    assert [i.id for i in found.items()] == [i.id for i in load_checklist(ASSETS / "checklist.toml").items()]
    face = found.item("face_droop")
    assert face.question == "One side of the face has dropped, or the smile is uneven"
    assert face.reason.startswith("Eine hängende Gesichtshälfte")
    assert found.levels[checklist.Level.URGENT] == (
        "Get help now", load_checklist(ASSETS / "checklist.toml", "de").levels[checklist.Level.URGENT][1])
    assert len(warnings(caplog)) == 2


# -- the safety note -----------------------------------------------------------------------
def test_the_safety_note_keeps_every_point_or_is_english(tmp_path, caplog):
    original = tmp_path / "stretch_safety.md"
    shutil.copy(ASSETS / "stretch_safety.md", original)
    (tmp_path / "de").mkdir()
    german = (ASSETS / "de" / "stretch_safety.md").read_text(encoding="utf-8")
    (tmp_path / "de" / "stretch_safety.md").write_text(german, encoding="utf-8")
    assert read_note(original, "de") == german
    # A point left out: the whole note is one text, so it is shown in English.
    shorter = "\n".join(line for line in german.splitlines() if "Atmen Sie weiter" not in line)
    (tmp_path / "de" / "stretch_safety.md").write_text(shorter, encoding="utf-8")
    assert read_note(original, "de") == original.read_text(encoding="utf-8")
    assert warnings(caplog) == ["de/stretch_safety.md: should have 1 headings and 4 list items like the "
                                "original, not 1 and 3; the English note is shown"]


# -- the words the code puts around the content ----------------------------------------------
def test_sides_and_breath_phases_read_in_the_installed_language(language):
    language("de")
    hand, quick, neck, legs = load_routines(ASSETS / "routines", language="de")[0]
    assert (hand.side_label("left"), hand.side_label("both"), hand.switch_cue()) == \
        ("Linke Hand", "Beide Hände", "Hand wechseln.")
    assert (legs.side_label("right"), neck.side_label("left"), neck.side_label("both")) == \
        ("Rechtes Bein", "Linke Seite", "")
    box = {p.id: p for p in load_patterns(ASSETS / "breathing" / "patterns.toml", language="de")[0]}["box"]
    assert [p.label for p in box.phases] == ["Einatmen", "Halten", "Ausatmen", "Halten"]
    # A user's own body part has no translation: its side is put together in English.
    arm = routines.Routine("mine", "Mine", hand.steps, body_part="upper arm")
    assert arm.side_label("left") == "Left upper arm"
