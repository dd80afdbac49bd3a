"""Stretch routines: what each step asks of the user, loaded from TOML files.

A routine file holds one routine. Built-in files ship in ``assets/routines``; users
may drop their own into their data folder. Every file is checked on load, and a bad
file is skipped with messages naming the file, the routine and the field, so one
typo never hides the other routines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .datafile import read_toml

SIDES = ("left", "right", "both", "each")
ROUTINE_KEYS = {"id", "name", "description", "body_part", "steps"}
STEP_KEYS = {"title", "instruction", "side", "hold", "reps", "seconds_per_rep",
             "illustration", "caution"}
# Generous upper bounds: they catch typos such as 300 reps, not choices.
MAX_HOLD = 600
MAX_REPS = 100
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


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
        if side == "both":
            return "" if self.body_part == "side" else f"Both {self.body_part}s"
        return f"{side.capitalize()} {self.body_part}"

    def switch_cue(self) -> str:
        """What the player says between the two sides of a per-side step."""
        return f"Switch {self.body_part}s."


class RoutineError(ValueError):
    """A routine file that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def _is_number(value) -> bool:
    # bool is an int in Python, but `hold = true` is a mistake, not one second.
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_step(raw, where: str, find_picture) -> tuple[dict, list[str]]:
    """Validate one [[steps]] table; return the Step fields and the problems found."""
    if not isinstance(raw, dict):
        return {}, [f"{where}: must be a table with a title and an instruction"]
    problems = [f"{where}, field '{key}': unknown field" for key in sorted(set(raw) - STEP_KEYS)]
    fields: dict = {}
    for key in ("title", "instruction", "illustration"):
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}, field '{key}': must be non-empty text")
        else:
            fields[key] = value.strip()
    if "caution" in raw:
        if isinstance(raw["caution"], str):
            fields["caution"] = raw["caution"].strip()
        else:
            problems.append(f"{where}, field 'caution': must be text")
    side = raw.get("side", "both")
    if side not in SIDES:
        problems.append(f"{where}, field 'side': must be one of {', '.join(SIDES)}, not {side!r}")
    fields["side"] = side
    problems += _check_timing(raw, where, fields)
    if "illustration" in fields:
        picture = find_picture(fields["illustration"])
        if picture is None:
            problems.append(f"{where}, field 'illustration': no file named {fields['illustration']!r}")
        fields["illustration"] = picture
    return fields, problems


def _check_timing(raw: dict, where: str, fields: dict) -> list[str]:
    """A step is either held (``hold`` seconds) or repeated (``reps`` x ``seconds_per_rep``)."""
    has_hold, has_reps = "hold" in raw, "reps" in raw or "seconds_per_rep" in raw
    if has_hold == has_reps:
        return [f"{where}, field 'hold': give either hold, or reps with seconds_per_rep"]
    if has_hold:
        hold = raw["hold"]
        if not _is_number(hold) or not 0 < hold <= MAX_HOLD:
            return [f"{where}, field 'hold': must be seconds between 1 and {MAX_HOLD}, not {hold!r}"]
        fields["hold"] = float(hold)
        return []
    problems = []
    reps, per_rep = raw.get("reps"), raw.get("seconds_per_rep")
    if not isinstance(reps, int) or isinstance(reps, bool) or not 0 < reps <= MAX_REPS:
        problems.append(f"{where}, field 'reps': must be a whole number from 1 to {MAX_REPS}, not {reps!r}")
    if not _is_number(per_rep) or not 0 < per_rep <= MAX_HOLD:
        problems.append(f"{where}, field 'seconds_per_rep': must be a positive number of seconds, not {per_rep!r}")
    if not problems:
        fields["reps"], fields["seconds_per_rep"] = reps, float(per_rep)
    return problems


def parse_routine(data: dict, source: Path, picture_dirs: list[Path]) -> Routine:
    """Build a Routine from a decoded TOML table, or raise RoutineError naming every problem."""
    name = source.name
    routine_id = data.get("id")
    label = f"routine {routine_id!r}" if isinstance(routine_id, str) else "routine (no id)"
    where = f"{name}, {label}"
    problems = [f"{where}, field '{key}': unknown field" for key in sorted(set(data) - ROUTINE_KEYS)]
    if not isinstance(routine_id, str) or not _ID.match(routine_id):
        problems.append(f"{where}, field 'id': must be lower-case letters, digits and dashes, not {routine_id!r}")
    for key, required in (("name", True), ("description", False), ("body_part", False)):
        value = data.get(key)
        if (value is None and required) or (value is not None and (not isinstance(value, str) or not value.strip())):
            problems.append(f"{where}, field '{key}': must be non-empty text")

    def find_picture(filename: str) -> Path | None:
        # A user's routine may bring its own pictures or reuse the built-in ones.
        for folder in picture_dirs:
            candidate = folder / filename
            if candidate.is_file():
                return candidate
        return None

    raw_steps = data.get("steps")
    steps = []
    if not isinstance(raw_steps, list) or not raw_steps:
        problems.append(f"{where}, field 'steps': needs at least one [[steps]] table")
        raw_steps = []
    for number, raw in enumerate(raw_steps, start=1):
        title = raw.get("title") if isinstance(raw, dict) else None
        step_where = f"{where}, step {number}" + (f" ({title!r})" if isinstance(title, str) else "")
        fields, step_problems = _check_step(raw, step_where, find_picture)
        problems += step_problems
        if not step_problems:
            steps.append(Step(**fields))
    if problems:
        raise RoutineError(problems)
    return Routine(id=routine_id, name=data["name"].strip(), steps=tuple(steps),
                   description=data.get("description", "").strip(),
                   body_part=data.get("body_part", "side").strip(), source=source)


def load_routine_file(path: Path, picture_dirs: list[Path]) -> Routine:
    """Read and validate one routine file; raise RoutineError if it cannot be used."""
    data, problem = read_toml(path)
    if data is None:
        raise RoutineError([problem.replace(":", ", routine (unknown):", 1)])
    return parse_routine(data, path, [path.parent, *picture_dirs])


def load_routines(builtin_dir: Path, user_dir: Path | None = None,
                  illustrations_dir: Path | None = None) -> tuple[list[Routine], list[str]]:
    """Load built-in then user routines; return the usable ones and one message per problem."""
    pictures = [illustrations_dir or Path(builtin_dir).parent / "illustrations"]
    routines: list[Routine] = []
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for folder in (builtin_dir, user_dir):
        if folder is None or not Path(folder).is_dir():
            continue
        for path in sorted(Path(folder).glob("*.toml")):
            try:
                routine = load_routine_file(path, pictures)
            except RoutineError as error:
                problems += error.problems
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
