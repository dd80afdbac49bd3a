"""Stretch routines: what each step asks of the user, loaded from TOML files.

A routine file holds one routine. Built-in files ship in ``assets/routines``; users
may drop their own into their data folder. Every file is checked on load, and a bad
file is skipped with messages naming the file, the routine and the field, so one
typo never hides the other routines.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import checks
from .checks import ContentError, Field, describe
from .content_translations import ENGLISH, translated
from .datafile import read_toml
from .i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

SIDES = ("left", "right", "both", "each")
ROUTINE_KEYS = {"id", "name", "description", "body_part", "steps"}
STEP_KEYS = {"title", "instruction", "side", "hold", "reps", "seconds_per_rep",
             "illustration", "caution"}
# Limits, as a physiotherapist would set them for a desk break:
# - a step (a hold, or all its repetitions on one side) lasts 3 to 120 seconds.
#   Static stretches are usually held 10 to 30 seconds and rarely beyond 60; two
#   minutes in one position is no longer a stretch break. Under 3 seconds (the
#   length of the get-ready) the user cannot read the step before it is over.
# - a repetition lasts 1 to 30 seconds: quicker is a jerk rather than a controlled
#   move, slower is a hold. At most 30 repetitions of one move, since repeating a
#   move many times is the kind of strain the breaks are meant to relieve.
# - a routine has 1 to 30 steps and lasts at most 30 minutes played through.
MIN_STEP_SECONDS = 3
MAX_HOLD = 120
MIN_REP_SECONDS = 1
MAX_REP_SECONDS = 30
MAX_REPS = 30
MAX_STEPS = 30
MAX_ROUTINE_MINUTES = 30
# Text lengths: about twice the longest built-in text, so they bound, not constrain.
LONGEST = {"id": 40, "name": 60, "description": 600, "body_part": 20, "title": 80,
           "instruction": 600, "caution": 400, "illustration": 100}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*\Z")
# One word or two ("hand", "upper arm"): it is read in "Left hand" and "Switch hands".
_BODY_PART = re.compile(r"^[a-z]+( [a-z]+)?\Z")
# A plain file name: no folders (which would reach outside the picture folders) and
# only SVG, the one format the session view draws.
_PICTURE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.svg\Z")


# How a side reads for the body parts of the built-in routines, whole, so that a
# translator can put the words in their own order ("Linke Hand", "Hände wechseln.").
# Another body part (a user's routine) is put together in English.
SIDE_WORDS = {
    ("hand", "left"): QT_TRANSLATE_NOOP("Routines", "Left hand"),
    ("hand", "right"): QT_TRANSLATE_NOOP("Routines", "Right hand"),
    ("hand", "both"): QT_TRANSLATE_NOOP("Routines", "Both hands"),
    ("hand", "switch"): QT_TRANSLATE_NOOP("Routines", "Switch hands."),
    ("leg", "left"): QT_TRANSLATE_NOOP("Routines", "Left leg"),
    ("leg", "right"): QT_TRANSLATE_NOOP("Routines", "Right leg"),
    ("leg", "both"): QT_TRANSLATE_NOOP("Routines", "Both legs"),
    ("leg", "switch"): QT_TRANSLATE_NOOP("Routines", "Switch legs."),
    ("side", "left"): QT_TRANSLATE_NOOP("Routines", "Left side"),
    ("side", "right"): QT_TRANSLATE_NOOP("Routines", "Right side"),
    ("side", "switch"): QT_TRANSLATE_NOOP("Routines", "Switch sides."),
}


@dataclass(frozen=True)
class Step:
    """One stretch as written in a routine file."""

    title: str
    instruction: str
    illustration: Path
    side: str = "both"
    hold: float | None = None
    reps: int | None = None
    seconds_per_rep: float | None = None
    caution: str = ""

    @property
    def duration(self) -> float:
        """Seconds for one side (or for both hands together)."""
        if self.hold is not None:
            return float(self.hold)
        assert self.reps is not None and self.seconds_per_rep is not None  # held, or repeated
        return float(self.reps * self.seconds_per_rep)


@dataclass(frozen=True)
class StepRun:
    """A step as the player runs it: a per-side step becomes a left and a right run."""

    step: Step
    side: str  # left, right or both; never "each"
    switched: bool = False  # the second side of a per-side step

    @property
    def title(self) -> str:
        return self.step.title

    @property
    def duration(self) -> float:
        return self.step.duration


@dataclass(frozen=True)
class Routine:
    """A named sequence of steps, e.g. "Hand & wrist relief"."""

    id: str
    name: str
    steps: tuple[Step, ...]
    description: str = ""
    body_part: str = "side"  # word used for sides: "Left hand", "Switch hands"
    source: Path | None = None

    def runs(self) -> tuple[StepRun, ...]:
        """The steps in playing order, with each per-side step split into left then right."""
        runs: list[StepRun] = []
        for step in self.steps:
            if step.side == "each":
                runs += [StepRun(step, "left"), StepRun(step, "right", switched=True)]
            else:
                runs.append(StepRun(step, step.side))
        return tuple(runs)

    def side_label(self, side: str) -> str:
        """How a side reads on screen: "Left hand", "Both hands"; empty for a centred move."""
        if (self.body_part, side) in SIDE_WORDS:
            return translate("Routines", SIDE_WORDS[self.body_part, side])
        if side == "both":
            return "" if self.body_part == "side" else f"Both {self.body_part}s"
        return f"{side.capitalize()} {self.body_part}"

    def switch_cue(self) -> str:
        """What the player says between the two sides of a per-side step."""
        if (self.body_part, "switch") in SIDE_WORDS:
            return translate("Routines", SIDE_WORDS[self.body_part, "switch"])
        return f"Switch {self.body_part}s."


def _text(key: str, required: bool = True) -> Field:
    return Field(checks.text(LONGEST[key], required), required)


ROUTINE_FIELDS = {"name": _text("name"), "description": _text("description", False),
                  "body_part": _text("body_part", False)}
STEP_FIELDS = {"title": _text("title"), "instruction": _text("instruction"),
               "illustration": _text("illustration"), "caution": _text("caution", False),
               "side": Field(checks.one_of(SIDES))}
# The fields a translation file gives in another language (content_translations).
TEXT_FIELDS = ("name", "description", "title", "instruction", "caution")
HOLD = checks.number(MIN_STEP_SECONDS, MAX_HOLD, "seconds")
REPS = checks.whole(1, MAX_REPS)
SECONDS_PER_REP = checks.number(MIN_REP_SECONDS, MAX_REP_SECONDS, "seconds")


def _checked(raw: dict[str, Any], fields: dict[str, Field], where: str) -> tuple[dict[str, Any], list[str]]:
    """The good values of ``fields`` in ``raw`` (text stripped), and a message per bad one."""
    wrong = dict(checks.problems(raw, fields))
    good = {name: raw[name].strip() if isinstance(raw[name], str) else raw[name]
            for name in fields if name in raw and name not in wrong}
    return good, [f"{where}, field '{name}': {problem}" for name, problem in wrong.items()]


def _check_step(raw: object, where: str, find_picture: Callable[[str], Path | None]
                ) -> tuple[dict[str, Any], list[str]]:
    """Validate one [[steps]] table; return the Step fields and the problems found."""
    if not isinstance(raw, dict):
        return {}, [f"{where}: should be a [[steps]] table with a title and an instruction, "
                    f"not {describe(raw)}"]
    problems = [f"{where}, field {describe(key)}: unknown field" for key in sorted(set(raw) - STEP_KEYS)]
    fields, wrong = _checked(raw, STEP_FIELDS, where)
    problems += wrong
    problems += _check_timing(raw, where, fields)
    if "illustration" in fields:
        filename = fields["illustration"]
        picture = find_picture(filename) if _PICTURE.match(filename) else None
        if not _PICTURE.match(filename):
            problems.append(f"{where}, field 'illustration': should be the name of an .svg file "
                            f"(no folders), not {describe(filename)}")
        elif picture is None:
            problems.append(f"{where}, field 'illustration': no file named {describe(filename)}")
        fields["illustration"] = picture
    return fields, problems


def _check_timing(raw: dict[str, Any], where: str, fields: dict[str, Any]) -> list[str]:
    """A step is either held (``hold`` seconds) or repeated (``reps`` x ``seconds_per_rep``)."""
    has_hold, has_reps = "hold" in raw, "reps" in raw or "seconds_per_rep" in raw
    if has_hold == has_reps:
        return [f"{where}, field 'hold': give either hold, or reps with seconds_per_rep"]
    if has_hold:
        if (wrong := HOLD(raw["hold"])) is not None:
            return [f"{where}, field 'hold': {wrong}"]
        fields["hold"] = float(raw["hold"])
        return []
    reps: Any = raw.get("reps")  # both checked below
    per_rep: Any = raw.get("seconds_per_rep")
    problems = [f"{where}, field '{name}': {wrong}"
                for name, check, value in (("reps", REPS, reps),
                                           ("seconds_per_rep", SECONDS_PER_REP, per_rep))
                if (wrong := check(value)) is not None]
    if not problems and not MIN_STEP_SECONDS <= reps * per_rep <= MAX_HOLD:
        problems.append(f"{where}, field 'reps': {reps} x {per_rep:g} seconds should come to "
                        f"{MIN_STEP_SECONDS} to {MAX_HOLD} seconds, not {reps * per_rep:g}")
    if not problems:
        fields["reps"], fields["seconds_per_rep"] = reps, float(per_rep)
    return problems


def parse_routine(data: dict[str, Any], source: Path, picture_dirs: list[Path]) -> Routine:
    """Build a Routine from a decoded TOML table, or raise ContentError naming every problem."""
    name = source.name
    routine_id: Any = data.get("id")  # checked below
    good_id = isinstance(routine_id, str) and len(routine_id) <= LONGEST["id"] and bool(_ID.match(routine_id))
    where = f"{name}, routine {routine_id!r}" if good_id else f"{name}, routine (no id)"
    problems = [f"{where}, field {describe(key)}: unknown field" for key in sorted(set(data) - ROUTINE_KEYS)]
    if not good_id:
        problems.append(f"{where}, field 'id': should be up to {LONGEST['id']} lower-case letters, "
                        f"digits and dashes, not {describe(routine_id)}")
    fields, wrong = _checked(data, ROUTINE_FIELDS, where)
    problems += wrong
    if "body_part" in fields and not _BODY_PART.match(fields["body_part"]):
        problems.append(f"{where}, field 'body_part': should be one or two lower-case words, "
                        f"such as \"hand\", not {describe(fields['body_part'])}")

    def find_picture(filename: str) -> Path | None:
        # A user's routine may bring its own pictures or reuse the built-in ones.
        for folder in picture_dirs:
            candidate = folder / filename
            if candidate.is_file():
                return candidate
        return None

    raw_steps = data.get("steps")
    steps = []
    if not isinstance(raw_steps, list) or not 1 <= len(raw_steps) <= MAX_STEPS:
        problems.append(f"{where}, field 'steps': should be 1 to {MAX_STEPS} [[steps]] tables")
        raw_steps = []
    for number, raw in enumerate(raw_steps, start=1):
        title = raw.get("title") if isinstance(raw, dict) else None
        step_where = f"{where}, step {number}"
        if isinstance(title, str) and title.strip() and len(title) <= LONGEST["title"]:
            step_where += f" ({title.strip()!r})"
        fields_, step_problems = _check_step(raw, step_where, find_picture)
        problems += step_problems
        if not step_problems:
            steps.append(Step(**fields_))
    if problems:
        raise ContentError(problems)
    routine = Routine(id=routine_id, name=fields["name"], steps=tuple(steps),
                      description=fields.get("description", ""),
                      body_part=fields.get("body_part", "side"), source=source)
    total = sum(run.duration for run in routine.runs())
    if total > MAX_ROUTINE_MINUTES * 60:
        raise ContentError([f"{where}, field 'steps': the steps add up to {total / 60:.0f} minutes; "
                            f"a routine should take at most {MAX_ROUTINE_MINUTES}"])
    return routine


def load_routine_file(path: Path, picture_dirs: list[Path], language: str = ENGLISH) -> Routine:
    """Read and validate one routine file, its texts in ``language`` where its translation
    has them; raise ContentError if it cannot be used."""
    data, problem = read_toml(path)
    if data is None:
        assert problem is not None  # read_toml says why it read nothing
        # read_toml's sentence starts with "<file name>: "; say which routine is missing.
        raise ContentError([f"{path.name}, routine (unknown): {problem[len(path.name) + 2:]}"])
    data = translated(data, path, language, TEXT_FIELDS, lambda field: checks.text(LONGEST[field]))
    return parse_routine(data, path, [path.parent, *picture_dirs])


def load_routines(builtin_dir: Path, user_dir: Path | None = None,
                  illustrations_dir: Path | None = None, language: str = ENGLISH
                  ) -> tuple[list[Routine], list[str]]:
    """Load built-in then user routines; return the usable ones and one message per problem.

    The built-in ones speak ``language`` where their translations do (a user's routine is
    in the words its author wrote). Never raises: a damaged built-in file (a packaging
    bug) is reported like a user's.
    """
    pictures = [illustrations_dir or Path(builtin_dir).parent / "illustrations"]
    routines: list[Routine] = []
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for folder, words in ((builtin_dir, language), (user_dir, ENGLISH)):
        if folder is None or not Path(folder).is_dir():
            continue
        for path in sorted(Path(folder).glob("*.toml")):
            try:
                routine = load_routine_file(path, pictures, words)
            except ContentError as error:
                problems += error.problems
                continue
            except Exception:  # a bug here must cost one file, not every routine
                log.exception("could not load %s", path)
                problems.append(f"{path.name}, routine (unknown): could not be used (an "
                                f"unexpected error; the log has the details)")
                continue
            if routine.id in seen:
                problems.append(f"{path.name}, routine {routine.id!r}, field 'id': "
                                f"already used by {seen[routine.id].name}")
                continue
            seen[routine.id] = path
            routines.append(routine)
    return routines, problems


def find_routine(routines: list[Routine], routine_id: str) -> Routine | None:
    """The routine with this id, if loaded."""
    return next((routine for routine in routines if routine.id == routine_id), None)
