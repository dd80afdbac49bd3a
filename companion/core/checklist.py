"""Symptom checklist: questions loaded from assets/checklist.toml and a pure assessment.

The assessment errs on the side of caution: the highest level among the ticked answers
wins, and no set of answers ever produces an empty result or an "all is well".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from pathlib import Path
from typing import Iterable, NoReturn

from .datafile import read_toml
from .diary import LONG_RUNNING_DAYS, long_running_reason

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "assets" / "checklist.toml"
ACTIONS = ("stretch", "breathe", "enable_hydration", "log_water")


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
    def from_key(cls, key: str) -> "Level":
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
    actions: tuple[str, ...] = ()


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
    actions: tuple[str, ...] = ()


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
    levels: dict  # Level -> (title, advice)
    nothing_ticked: tuple[str, str, str]  # title, advice, reason
    general_tips: tuple[Tip, ...]
    action_labels: dict  # action name -> button text
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
           checklist: Checklist | None = None) -> Assessment:
    """Assess ticked answers against ``checklist`` (the bundled one by default)."""
    return (checklist or load_default()).assess(checked_ids, diary_days_span)


@cache
def load_default() -> Checklist:
    """The checklist shipped in assets/ (read once)."""
    return load_checklist(DEFAULT_PATH)


class ChecklistError(ValueError):
    """The checklist file is missing, unreadable or has a bad entry."""


def load_checklist(path: Path) -> Checklist:
    """Read and validate a checklist file; errors name the file, the entry and the field."""
    path = Path(path)
    raw, problem = read_toml(path)
    if raw is None:
        raise ChecklistError(f"cannot read the checklist: {problem}")
    return _Reader(path).checklist(raw)


class _Reader:
    """Turns the parsed TOML into a Checklist, complaining precisely about bad entries."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, where: str, field: str, problem: str) -> NoReturn:
        raise ChecklistError(f"{self.path}: {where}: field '{field}' {problem}")

    def text(self, table: dict, field: str, where: str, required: bool = True) -> str:
        value = table.get(field, "")
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(where, field, "must be a non-empty text")
        # Tidy the spacing left by TOML line continuations; keep paragraph breaks.
        return "\n".join(" ".join(line.split()) for line in value.strip().splitlines())

    def table(self, raw: dict, field: str, where: str) -> dict:
        value = raw.get(field)
        if not isinstance(value, dict):
            self.fail(where, field, "must be a table")
        return value

    def actions(self, table: dict, where: str) -> tuple[str, ...]:
        value = table.get("actions", [])
        if not isinstance(value, list) or any(a not in ACTIONS for a in value):
            self.fail(where, "actions", f"must be a list of {', '.join(ACTIONS)}")
        return tuple(value)

    def level(self, table: dict, where: str) -> Level:
        value = table.get("level")
        if value not in [lvl.key for lvl in Level]:
            self.fail(where, "level", f"must be one of {', '.join(lvl.key for lvl in Level)}")
        return Level.from_key(value)

    def checklist(self, raw: dict) -> Checklist:
        if raw.get("schema_version") != 1:
            self.fail("top level", "schema_version", "must be 1")
        levels_raw = self.table(raw, "levels", "top level")
        levels = {}
        for lvl in Level:
            entry = self.table(levels_raw, lvl.key, "levels")
            where = f"levels.{lvl.key}"
            levels[lvl] = (self.text(entry, "title", where), self.text(entry, "advice", where))
        nothing = self.table(raw, "nothing_ticked", "top level")
        helper = self.table(raw, "twitch_or_tremor", "top level")
        labels = self.table(raw, "actions", "top level")
        for name in ACTIONS:
            self.text(labels, name, "actions")
        general = [Tip(self.text(t, "tip", f"general_tips[{n}]"),
                       self.actions(t, f"general_tips[{n}]"))
                   for n, t in enumerate(raw.get("general_tips", []))]
        if not general:
            self.fail("top level", "general_tips", "must list at least one tip")
        return Checklist(
            intro=self.text(raw, "intro", "top level"),
            groups=self.groups(raw),
            levels=levels,
            nothing_ticked=tuple(self.text(nothing, f, "nothing_ticked")
                                 for f in ("title", "advice", "reason")),
            general_tips=tuple(general),
            action_labels={name: labels[name] for name in ACTIONS},
            twitch_or_tremor=(self.text(helper, "title", "twitch_or_tremor"),
                              self.text(helper, "text", "twitch_or_tremor")),
            when_to_get_help=self.text(raw, "when_to_get_help", "top level"),
            note=self.text(raw, "note", "top level"))

    def groups(self, raw: dict) -> tuple[Group, ...]:
        groups, seen = [], set()
        for n, g in enumerate(raw.get("groups", [])):
            where = f"group '{g.get('id', n)}'"
            gid, title, level = self.text(g, "id", where), self.text(g, "title", where), \
                self.level(g, where)
            items = []
            for m, it in enumerate(g.get("items", [])):
                iwhere = f"item '{it.get('id', m)}' in group '{gid}'"
                item_id = self.text(it, "id", iwhere)
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
            if not items:
                self.fail(where, "items", "must list at least one question")
            groups.append(Group(gid, title, level, tuple(items)))
        if {g.level for g in groups} != set(Level):
            self.fail("top level", "groups", "must include a group for every level")
        return tuple(groups)
