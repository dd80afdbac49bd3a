"""A finding, and the plain-text report made of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from companion import __version__
from companion.core.i18n import tr, translate


@dataclass(frozen=True)
class Fact:
    """One finding: what was checked, whether it works, what was seen, and what to do."""

    topic: str
    ok: bool
    detail: str
    advice: str = ""


def short(exc: BaseException) -> str:
    """An error in a few words, for a fact's detail."""
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def guarded(check: Callable[[], Fact | list[Fact]]) -> list[Fact]:
    """The facts ``check`` finds; a check that breaks becomes a failed fact (a diagnosis
    must finish, whatever it finds)."""
    try:
        found = check()
    except Exception as exc:
        found = Fact(check.__name__.strip("_").replace("_", " ").capitalize(), False,
                     translate("diagnose", "the check itself failed: {problem}").format(problem=short(exc)))
    return found if isinstance(found, list) else [found]


def report(facts: list[Fact]) -> str:
    """The facts as plain text, one block per fact, ready to paste into a bug report."""
    lines = [translate("diagnose", "Companion {version}: what works on this desktop").format(
        version=__version__), ""]
    for fact in facts:
        lines.append(f"[{'ok' if fact.ok else '!!'}] {fact.topic}: {fact.detail}")
        if fact.advice and not fact.ok:
            lines.append(f"     -> {fact.advice}")
    problems = sum(not f.ok for f in facts)
    lines += ["", translate("diagnose", "Everything works.") if not problems else
              tr("%n things to look at; Companion still runs without them.", "diagnosis", problems)]
    return "\n".join(lines)
