"""Symptom checklist: questions loaded from assets/checklist.toml and a pure assessment.

The assessment errs on the side of caution: the highest level among the ticked answers
wins, and no set of answers ever produces an empty result or an "all is well".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

from companion import assets

from . import checks
from .checks import ContentError, describe
from .content_translations import ENGLISH, translated
from .datafile import read_toml
from .diary import LONG_RUNNING_DAYS, long_running_reason
from .kinds import Action

log = logging.getLogger(__name__)

DEFAULT_PATH = assets.checklist_file()
ACTIONS = (Action.STRETCH, Action.BREATHE, Action.ENABLE_HYDRATION, Action.LOG_WATER)


class Level(IntEnum):
    """How soon to act; ordered so that max() picks the most serious."""

    SELF_CARE = 0
    SEE_DOCTOR_SOON = 1
    URGENT = 2

    @property
    def key(self) -> str:
        """The name used in the data file and in saved checks."""
        return self.name.lower()

    @classmethod
    def from_key(cls, key: str) -> Level:
        """The level named ``key`` ("urgent", "see_doctor_soon", "self_care")."""
        return cls[key.upper()]


@dataclass(frozen=True)
class Item:
    """One tick-box question and what ticking it means."""

    id: str
    question: str
    reason: str
    level: Level
    label: str = ""
    tip: str = ""
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class Group:
    """Questions asked together under one heading."""

    id: str
    title: str
    level: Level
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Tip:
    """Something to try, with the in-app actions that help do it."""

    text: str
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class Assessment:
    """The result of a check: how soon to act, why, and what may help."""

    level: Level
    title: str
    advice: str
    reasons: tuple[str, ...]
    tips: tuple[Tip, ...]
    when_to_get_help: str
    note: str


@dataclass(frozen=True)
class Checklist:
    """All questions and texts of the checklist."""

    intro: str
    groups: tuple[Group, ...]
    levels: dict[Level, tuple[str, str]]  # Level -> (title, advice)
    nothing_ticked: tuple[str, ...]  # title, advice, reason
    general_tips: tuple[Tip, ...]
    action_labels: dict[Action, str]  # action -> button text
    twitch_or_tremor: tuple[str, str]  # title, text
    when_to_get_help: str
    note: str

    def items(self) -> list[Item]:
        """Every question, in the order asked."""
        return [item for group in self.groups for item in group.items]

    def item(self, item_id: str) -> Item:
        """The question with this id (KeyError if there is none)."""
        for item in self.items():
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def triggers(self) -> list[Item]:
        """The everyday-trigger questions (also offered as suspected triggers in the diary)."""
        return [item for item in self.items() if item.level is Level.SELF_CARE]

    def assess(self, checked_ids: Iterable[str],
               diary_days_span: int | None = None) -> Assessment:
        """Level, reasons and tips for the ticked answers and what the diary shows."""
        checked = [self.item(i) for i in dict.fromkeys(checked_ids)]  # unknown id: KeyError
        found = [(item.level, item.reason) for item in checked]
        if diary_days_span is not None and diary_days_span > LONG_RUNNING_DAYS:
            found.append((Level.SEE_DOCTOR_SOON, long_running_reason(diary_days_span)))
        if not found:
            title, advice, reason = self.nothing_ticked
            return Assessment(Level.SELF_CARE, title, advice, (reason,), self.general_tips,
                              self.when_to_get_help, self.note)
        level = max(lvl for lvl, _ in found)
        # Self-care tips would only distract from a call for urgent help.
        tips = () if level is Level.URGENT else tuple(
            Tip(item.tip, item.actions) for item in checked if item.tip)
        title, advice = self.levels[level]
        return Assessment(level, title, advice,
                          tuple(reason for lvl, reason in found if lvl == level),
                          tips, self.when_to_get_help, self.note)


def assess(checked_ids: Iterable[str], diary_days_span: int | None = None,
           checklist: Checklist | None = None, language: str = ENGLISH) -> Assessment:
    """Assess ticked answers against ``checklist`` (the bundled one in ``language`` by default)."""
    return (checklist or load_default(language)).assess(checked_ids, diary_days_span)


@cache
def load_default(language: str = ENGLISH) -> Checklist:
    """The checklist shipped in assets/, in ``language`` (read once per language)."""
    return load_checklist(DEFAULT_PATH, language)


# The checklist is built in, not user content: it is read whole or not at all. Leaving
# out one bad question could silently drop an urgent warning sign, which is worse than
# a checklist that says plainly it cannot open.
_TOP_KEYS = {"schema_version", "intro", "note", "when_to_get_help", "twitch_or_tremor", "levels",
             "nothing_ticked", "actions", "general_tips", "groups"}
_GROUP_KEYS = {"id", "title", "level", "items"}
_ITEM_KEYS = {"id", "question", "reason", "label", "tip", "actions"}
_ID = re.compile(r"^[a-z0-9_]+\Z")
LONGEST_TEXT = 1500  # the longest built-in text (twitch or tremor) has about 650 characters
LONGEST_ID = 40
MAX_ENTRIES = 100  # groups, questions in a group, general tips: a checklist, not a survey
# The fields a translation file gives in another language (content_translations): the
# checklist's texts, and the action buttons' words.
TEXT_FIELDS = ("intro", "note", "when_to_get_help", "title", "text", "advice", "reason",
               "question", "label", "tip", *ACTIONS)


def load_checklist(path: Path, language: str = ENGLISH) -> Checklist:
    """Read and validate a checklist file; errors name the file, the entry and the field.

    The texts are in ``language`` where its translation has them, English text by text
    where not: a translation never keeps the checklist from opening, nor drops a question.
    Raises ContentError and nothing else.
    """
    path = Path(path)
    raw, problem = read_toml(path)
    if raw is None:
        raise ContentError(f"the questions of Check a symptom cannot be read: {problem}")
    english = _Reader(path).checklist(raw)  # the original must stand on its own
    if language == ENGLISH:
        return english
    text = checks.text(LONGEST_TEXT)
    try:
        return _Reader(path).checklist(translated(raw, path, language, TEXT_FIELDS, lambda _field: text))
    except ContentError:  # every translated text passed its check, so this is a bug
        log.exception("the %s checklist could not be used; it is shown in English", language)
        return english


def _label(kind: str, entry: object, n: int) -> str:
    """How an entry is named in a message: by its id when it has a sensible one."""
    entry_id = entry.get("id") if isinstance(entry, dict) else None
    if isinstance(entry_id, str) and len(entry_id) <= LONGEST_ID and _ID.match(entry_id):
        return f"{kind} '{entry_id}'"
    return f"{kind} {n}"


class _Reader:
    """Turns the parsed TOML into a Checklist, complaining precisely about bad entries."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, where: str, field: str, problem: str) -> NoReturn:
        raise ContentError(f"the questions of Check a symptom have a problem: {self.path.name}, {where}, "
                             f"field '{field}': {problem}")

    def known(self, table: dict[str, Any], keys: set[str], where: str) -> None:
        if unknown := sorted(set(table) - keys):
            self.fail(where, unknown[0], "is not a known field")

    def text(self, table: dict[str, Any], field: str, where: str, required: bool = True) -> str:
        value = table.get(field, None if required else "")
        if (problem := checks.text(LONGEST_TEXT, required)(value)) is not None:
            self.fail(where, field, problem)
        assert isinstance(value, str)  # (text_problem found none)
        # Tidy the spacing left by TOML line continuations; keep paragraph breaks.
        return "\n".join(" ".join(line.split()) for line in value.strip().splitlines())

    def entry_id(self, table: dict[str, Any], where: str) -> str:
        value = table.get("id")
        if not (isinstance(value, str) and len(value) <= LONGEST_ID and _ID.match(value)):
            self.fail(where, "id", f"should be up to {LONGEST_ID} lower-case letters, digits and "
                                   f"'_', not {describe(value)}")
        return value

    def table(self, raw: dict[str, Any], field: str, where: str) -> dict[str, Any]:
        value = raw.get(field)
        if not isinstance(value, dict):
            self.fail(where, field, f"should be a table, not {describe(value)}")
        return value

    def tables(self, raw: dict[str, Any], field: str, where: str) -> list[dict[str, Any]]:
        """A list of 1 to MAX_ENTRIES tables ([[field]] in the file)."""
        value = raw.get(field)
        if not isinstance(value, list) or not 1 <= len(value) <= MAX_ENTRIES:
            self.fail(where, field, f"should be 1 to {MAX_ENTRIES} [[{field}]] tables")
        for n, entry in enumerate(value, 1):
            if not isinstance(entry, dict):
                self.fail(where, field, f"entry {n} should be a table, not {describe(entry)}")
        return value

    def actions(self, table: dict[str, Any], where: str) -> tuple[Action, ...]:
        value = table.get("actions", [])
        if (not isinstance(value, list) or any(not isinstance(a, str) or a not in ACTIONS for a in value)
                or len(set(value)) != len(value)):
            self.fail(where, "actions", f"should be a list of different names from: {', '.join(ACTIONS)}")
        return tuple(Action(name) for name in value)

    def level(self, table: dict[str, Any], where: str) -> Level:
        value = table.get("level")
        if (problem := checks.one_of([lvl.key for lvl in Level])(value)) is not None:
            self.fail(where, "level", problem)
        return Level.from_key(str(value))  # (one of the keys: checked above)

    def checklist(self, raw: dict[str, Any]) -> Checklist:
        top = "top level"
        self.known(raw, _TOP_KEYS, top)
        if raw.get("schema_version") != 1 or isinstance(raw.get("schema_version"), bool):
            self.fail(top, "schema_version", f"should be 1, not {describe(raw.get('schema_version'))}")
        levels_raw = self.table(raw, "levels", top)
        self.known(levels_raw, {lvl.key for lvl in Level}, "levels")
        levels = {}
        for lvl in Level:
            where = f"levels.{lvl.key}"
            entry = self.table(levels_raw, lvl.key, "levels")
            self.known(entry, {"title", "advice"}, where)
            levels[lvl] = (self.text(entry, "title", where), self.text(entry, "advice", where))
        nothing = self.table(raw, "nothing_ticked", top)
        self.known(nothing, {"title", "advice", "reason"}, "nothing_ticked")
        helper = self.table(raw, "twitch_or_tremor", top)
        self.known(helper, {"title", "text"}, "twitch_or_tremor")
        labels_raw = self.table(raw, "actions", top)
        self.known(labels_raw, set(ACTIONS), "actions")
        labels = {name: self.text(labels_raw, name, "actions") for name in ACTIONS}
        general = []
        for n, tip in enumerate(self.tables(raw, "general_tips", top), 1):
            where = f"general tip {n}"
            self.known(tip, {"tip", "actions"}, where)
            general.append(Tip(self.text(tip, "tip", where), self.actions(tip, where)))
        return Checklist(
            intro=self.text(raw, "intro", top),
            groups=self.groups(raw),
            levels=levels,
            nothing_ticked=tuple(self.text(nothing, f, "nothing_ticked")
                                 for f in ("title", "advice", "reason")),
            general_tips=tuple(general),
            action_labels=labels,
            twitch_or_tremor=(self.text(helper, "title", "twitch_or_tremor"),
                              self.text(helper, "text", "twitch_or_tremor")),
            when_to_get_help=self.text(raw, "when_to_get_help", top),
            note=self.text(raw, "note", top))

    def groups(self, raw: dict[str, Any]) -> tuple[Group, ...]:
        groups, seen_groups, seen = [], set(), set()
        for n, g in enumerate(self.tables(raw, "groups", "top level"), 1):
            where = _label("group", g, n)
            self.known(g, _GROUP_KEYS, where)
            gid = self.entry_id(g, where)
            if gid in seen_groups:
                self.fail(where, "id", "is used twice")
            seen_groups.add(gid)
            title, level = self.text(g, "title", where), self.level(g, where)
            items = []
            for m, it in enumerate(self.tables(g, "items", where), 1):
                iwhere = f"{_label('item', it, m)} in group '{gid}'"
                self.known(it, _ITEM_KEYS, iwhere)
                item_id = self.entry_id(it, iwhere)
                if item_id in seen:
                    self.fail(iwhere, "id", "is used twice")
                seen.add(item_id)
                is_trigger = level is Level.SELF_CARE
                items.append(Item(
                    id=item_id, level=level,
                    question=self.text(it, "question", iwhere),
                    reason=self.text(it, "reason", iwhere),
                    label=self.text(it, "label", iwhere, required=is_trigger),
                    tip=self.text(it, "tip", iwhere, required=is_trigger),
                    actions=self.actions(it, iwhere)))
            groups.append(Group(gid, title, level, tuple(items)))
        if {g.level for g in groups} != set(Level):
            self.fail("top level", "groups", "should include a group for every level")
        return tuple(groups)
