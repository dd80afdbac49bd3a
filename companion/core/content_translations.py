"""Content files in the person's language: one translation file per language beside the original.

The German translation of ``assets/routines/01-hand-wrist.toml`` is
``assets/routines/de/01-hand-wrist.toml``: the same file name in a folder named after the
language. It holds only the texts, each at the place it has in the original, so a
translator cannot break a timing, an id or a picture. A place is the chain of table names
and ids (``name``, ``groups.urgent.items.face_droop.reason``); in a list without ids an
entry is counted from 1 (``steps.2.title``, ``cautions.3``).

Every text is checked on load against the original: a known place, text that passes the
original field's check, the same placeholders. A text that fails, or is missing, is said
once in the log and stays English: one text, never the whole file.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from pathlib import Path
from typing import Any

from .checks import Check
from .datafile import read_toml

log = logging.getLogger(__name__)

ENGLISH = "en"  # the originals' language
Place = tuple[str, ...]
# {name} (str.format), %n (a count) and %1 (Qt's numbered arguments).
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%\d")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?\Z")


def translation_file(original: Path, language: str) -> Path:
    """Where the ``language`` translation of ``original`` lives: <folder>/<language>/<name>."""
    return original.parent / language / original.name


def place_name(place: Place) -> str:
    """A place as the translator writes it: ``steps.2.title``."""
    return ".".join(place)


def _slots(data: Any, text_fields: Collection[str], place: Place = ()
           ) -> Iterator[tuple[Place, str, dict[str, Any] | list[Any], Any]]:
    """(place, field name, holder, key) of every text of an original: holder[key] is the text."""
    if not isinstance(data, dict):
        return
    for key, value in data.items():
        here = (*place, key)
        if isinstance(value, str):
            if key in text_fields:
                yield here, key, data, key
        elif isinstance(value, dict):
            yield from _slots(value, text_fields, here)
        elif isinstance(value, list):
            for n, item in enumerate(value, 1):
                if isinstance(item, dict):
                    ident = item.get("id")
                    yield from _slots(item, text_fields, (*here, ident if isinstance(ident, str) else str(n)))
                elif isinstance(item, str) and key in text_fields:
                    yield (*here, str(n)), key, value, n - 1


def source_texts(data: Mapping[str, Any], text_fields: Collection[str]) -> dict[Place, str]:
    """Every text of an original to translate, by its place (blank texts have nothing to say)."""
    return {place: holder[key] for place, _field, holder, key in _slots(dict(data), text_fields)
            if holder[key].strip()}


def _flattened(data: Mapping[str, Any], place: Place = ()) -> Iterator[tuple[Place, Any]]:
    """(place, value) of every value in a translation file; tables are walked into."""
    for key, value in data.items():
        if isinstance(value, dict):
            yield from _flattened(value, (*place, key))
        else:
            yield (*place, key), value


def placeholders(text: str) -> list[str]:
    """The placeholders of a text, in a fixed order ({name}, %n, %1)."""
    return sorted(_PLACEHOLDER.findall(text))


def check_texts(translation: Mapping[str, Any], original: Mapping[str, Any], text_fields: Collection[str],
                check: Callable[[str], Check]) -> tuple[dict[Place, str], list[tuple[Place, str]]]:
    """The good texts of a translation file and (place, what is wrong) for each problem.

    ``check(field)`` is the check of the original field a text belongs to ("title").
    """
    fields = {place: field for place, field, _holder, _key in _slots(dict(original), text_fields)}
    source = source_texts(original, text_fields)
    good: dict[Place, str] = {}
    wrong: dict[Place, str] = {}
    for place, value in _flattened(translation):
        if isinstance(value, list):
            wrong[place] = "should be a table of texts keyed by id or number, not a list"
        elif place not in source:
            wrong[place] = "is not a text of the original (unknown id or field)"
        elif (problem := check(fields[place])(value)) is not None:
            wrong[place] = problem
        elif placeholders(value) != placeholders(source[place]):
            wrong[place] = (f"should keep the placeholders {', '.join(placeholders(source[place])) or '(none)'}"
                            f", not {', '.join(placeholders(value)) or '(none)'}")
        else:
            good[place] = value
    wrong.update((place, "is missing") for place in source if place not in good and place not in wrong)
    return good, list(wrong.items())


def with_texts(data: Mapping[str, Any], texts: Mapping[Place, str],
               text_fields: Collection[str]) -> dict[str, Any]:
    """A copy of an original with ``texts`` put in at their places."""
    result = copy.deepcopy(dict(data))
    for place, _field, holder, key in list(_slots(result, text_fields)):
        if place in texts:
            holder[key] = texts[place]
    return result


def translated(data: Mapping[str, Any], original: Path, language: str, text_fields: Collection[str],
               check: Callable[[str], Check]) -> dict[str, Any]:
    """The original's data with every good text of its ``language`` translation put in.

    Each problem is logged once, and its text stays English. No translation folder for the
    language at all (a language Companion does not ship) means English, quietly.
    """
    if language == ENGLISH or not _LANGUAGE.match(language):
        return dict(data)
    path = translation_file(original, language)
    if not path.parent.is_dir():
        return dict(data)
    where = f"{path.parent.name}/{path.name}"
    if not path.exists():
        log.warning("%s: missing, so %s is shown in English", where, original.name)
        return dict(data)
    raw, problem = read_toml(path)
    if raw is None:
        log.warning("%s/%s; %s is shown in English", path.parent.name, problem, original.name)
        return dict(data)
    good, wrong = check_texts(raw, data, text_fields, check)
    for place, what in wrong:
        log.warning("%s, field '%s': %s; the English text is shown", where, place_name(place), what)
    return with_texts(data, good, text_fields)


def read_note(original: Path, language: str) -> str:
    """A Markdown note (the stretch safety note) in ``language``, else in English.

    The note is one text: its translation must keep the headings and list items (the same
    number of each), so no point of the note can go missing. Raises OSError when even the
    English note cannot be read.
    """
    english = original.read_text(encoding="utf-8")
    if language == ENGLISH or not _LANGUAGE.match(language):
        return english
    path = translation_file(original, language)
    if not path.parent.is_dir():
        return english
    where = f"{path.parent.name}/{path.name}"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        log.warning("%s: cannot be read (%s); the English note is shown", where, error)
        return english
    if (problem := note_problem(text, english)) is not None:
        log.warning("%s: %s; the English note is shown", where, problem)
        return english
    return text


def note_problem(text: str, english: str) -> str | None:
    """What is wrong with a note's translation, or None: its shape is that of the original."""
    if not text.strip():
        return "should be non-empty text"
    if placeholders(text) != placeholders(english):
        return "should keep the original's placeholders"
    want, got = _shape(english), _shape(text)
    if want != got:
        return (f"should have {want[0]} headings and {want[1]} list items like the original, "
                f"not {got[0]} and {got[1]}")
    return None


def _shape(markdown: str) -> tuple[int, int]:
    lines = [line.lstrip() for line in markdown.splitlines()]
    return (sum(line.startswith("#") for line in lines),
            sum(line.startswith(("- ", "* ")) for line in lines))

