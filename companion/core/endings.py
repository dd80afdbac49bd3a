"""What the end of a stretch or breathing session says: what was done, never "stopped".

Stopping early is the user's choice and still time well spent, so the words lead with
what they did ("45 seconds of stretching"); a session that ended before anything
began says so kindly. Pure words from a session's history record, for the windows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .wording import clock_text, duration_words, plural

# Shorter than this before the first step or breath is a change of mind, not a session.
CHANGE_OF_MIND_SECONDS = 10


@dataclass(frozen=True)
class Ending:
    """The headline and the line under it."""

    headline: str
    detail: str

    @property
    def spoken(self) -> str:
        """One sentence for a screen reader or the voice cue."""
        return f"{self.headline.rstrip('.')}. {self.detail}"


def stretch_ending(record: dict[str, Any], routine_name: str) -> Ending:
    """The words for a stretch session's record (core.stretch_session.StretchSummary)."""
    done, total = int(record["steps_done"]), int(record["steps_total"])
    seconds = float(record["seconds"])
    if record["completed"]:
        return Ending("Well done", f"{routine_name}: all {plural(total, 'step')} in "
                                   f"{clock_text(seconds)}. That counts as your stretch break.")
    if done == 0 and seconds < CHANGE_OF_MIND_SECONDS:
        return Ending("Another time, then", f"{routine_name} is here whenever you want it.")
    headline = f"{duration_words(seconds)} of stretching"
    if done == 0:
        return Ending(headline, f"You made a start on {routine_name}. Every bit of movement helps.")
    return Ending(headline, f"{done} of {plural(total, 'step')} of {routine_name}. "
                            "That counts as your stretch break.")


def breathing_ending(record: dict[str, Any]) -> Ending:
    """The words for a breathing session's record (core.breathing_session.BreathingSummary)."""
    breaths, seconds = int(record["cycles_done"]), float(record["seconds"])
    took = f"{plural(breaths, 'breath')} in {clock_text(seconds)}"
    if record["completed"]:
        return Ending("Well done", f"{took}. Notice how you feel now.")
    if breaths == 0:  # a breath takes seconds: none yet is a change of mind
        return Ending("Ready when you are", "Start again whenever you like.")
    return Ending(f"{duration_words(seconds)} of calm breathing", f"{took}. Every breath counts.")
