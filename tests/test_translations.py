"""The shipped translations are complete, keep every placeholder, and are in step with the
code: each .ts holds exactly the strings lupdate finds now, and each committed .qm is what
lrelease builds from its .ts (README: "Adding a language")."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from companion.core.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "assets" / "translations"
# {name} for str.format, %1 for Qt's arg(), %n for a count. "{{" is a literal brace.
PLACEHOLDER = re.compile(r"(?<!\{)\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:[1-9]|n|L[1-9])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # the translation, or each plural form

    def __str__(self) -> str:
        return f"{self.context or '(counts)'}: {self.source!r}"


def messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message without a translation element"
            numerus = message.get("numerus") == "yes"
            forms = tuple((form.text or "") for form in translation.iter("numerusform")) \
                if numerus else (translation.text or "",)
            found.append(Message(context.findtext("name") or "", message.findtext("source") or "",
                                 message.findtext("comment") or "", numerus,
                                 translation.get("type") in ("unfinished", "vanished", "obsolete"),
                                 forms))
    return found


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def shipped_ts() -> list[Path]:
    return [FOLDER / f"companion_{code}.ts" for code in LANGUAGES]


def test_every_shipped_language_has_its_files_and_says_which_language_it_is():
    assert sorted(FOLDER.glob("companion_*.ts")) == sorted(shipped_ts())
    for path in shipped_ts():
        code = path.stem.removeprefix("companion_")
        assert ET.parse(path).getroot().get("language") == code, path.name
        assert path.with_suffix(".qm").is_file(), f"{path.name} has no .qm beside it"


@pytest.mark.parametrize("path", shipped_ts(), ids=lambda path: path.stem)
def test_every_translation_is_finished_and_not_empty(path):
    # English is the source: its file holds only the plural forms ("%n glass"), which
    # must be there too.
    missing = [str(m) for m in messages(path)
               if m.unfinished or not m.forms or any(not form.strip() for form in m.forms)]
    assert not missing, f"{path.name}: unfinished or empty: {missing}"


@pytest.mark.parametrize("path", shipped_ts(), ids=lambda path: path.stem)
def test_every_translation_keeps_the_placeholders_of_its_source(path):
    wrong = []
    for m in messages(path):
        for form in m.forms:
            if not form:
                continue  # an empty one fails the test above
            # A count's every form keeps %n: "1 Sekunde" without it would hide the number
            # where a language uses that form for 21 or 0.
            expected = placeholders(m.source)
            if m.numerus and "%n" not in expected:
                wrong.append(f"{m}: a count without %n in its source")
            if placeholders(form) != expected:
                wrong.append(f"{m} -> {form!r}: {placeholders(form)} instead of {expected}")
    assert not wrong, f"{path.name}: " + "; ".join(wrong)


def test_the_placeholder_check_catches_a_lost_or_renamed_placeholder(tmp_path):
    """The check above can fail: a translation that drops or renames one is caught."""
    broken = tmp_path / "companion_de.ts"
    broken.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>
<TS version="2.1" language="de"><context><name>Today</name>
<message><source>Paused until {when}</source><translation>Pausiert bis {wann}</translation></message>
<message numerus="yes"><source>%n glasses</source><translation>
<numerusform>ein Glas</numerusform><numerusform>%n Gläser</numerusform></translation></message>
</context></TS>""")
    with pytest.raises(AssertionError, match=r"\{wann\}.*ein Glas"):
        test_every_translation_keeps_the_placeholders_of_its_source(broken)


def test_the_ts_files_hold_every_string_the_code_has_now(tmp_path):
    """lupdate run now, into copies, finds nothing new and nothing gone: run
    `bash .ci/translations` and translate what it added, when this fails."""
    subprocess.run(["bash", str(ROOT / ".ci" / "translations"), "--into", str(tmp_path)],
                   check=True, timeout=120, capture_output=True)
    for path in shipped_ts():
        def keys(file: Path) -> set[tuple[str, str, str]]:
            return {(m.context, m.source, m.comment) for m in messages(file)}
        committed, fresh = keys(path), keys(tmp_path / path.name)
        assert not fresh - committed, f"{path.name} lacks {sorted(fresh - committed)}"
        assert not committed - fresh, f"{path.name} still has {sorted(committed - fresh)}"


def test_each_committed_qm_is_what_its_ts_builds_now(tmp_path):
    """Compared byte for byte with a fresh build (file times say nothing after a checkout)."""
    subprocess.run(["bash", str(ROOT / ".ci" / "translations"), "--release-only", "--into",
                    str(tmp_path)], check=True, timeout=120, capture_output=True)
    stale = [path.name for path in FOLDER.glob("companion_*.qm")
             if path.read_bytes() != (tmp_path / path.name).read_bytes()]
    assert not stale, f"rebuild with `bash .ci/translations` and commit: {stale}"


def test_no_code_asks_qt_for_a_translation_by_its_class():
    """self.tr() takes its context from the object's class at run time, so a subclass
    looks the text up where lupdate never put it: core.i18n's translate/tr instead."""
    found = [f"{path.relative_to(ROOT)}:{number}"
             for path in sorted((ROOT / "companion").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\bself\.tr\(|\bQObject\.tr\(", line)]
    assert not found, found
