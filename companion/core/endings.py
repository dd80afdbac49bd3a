"""What the end of a stretch or breathing session says: what was done, never "stopped".

Stopping early is the user's choice and still time well spent, so the words lead with
what they did ("45 seconds of stretching"); a session that ended before anything
began says so kindly. Pure words from a session's history record, for the windows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .i18n import tr, translate
from .wording import clock_text, duration_words

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
        return translate("endings", "{headline}. {detail}").format(
            headline=self.headline.rstrip("."), detail=self.detail)


def stretch_ending(record: dict[str, Any], routine_name: str) -> Ending:
    """The words for a stretch session's record (core.stretch_session.StretchSummary)."""
    done, total = int(record["steps_done"]), int(record["steps_total"])
    seconds = float(record["seconds"])
    if record["completed"]:
        return Ending(translate("endings", "Well done"),
                      translate("endings", "{routine}: all {steps} in {time}. That counts as your "
                                "stretch break.").format(routine=routine_name,
                                                         steps=tr("%n steps", "steps", total),
                                                         time=clock_text(seconds)))
    if done == 0 and seconds < CHANGE_OF_MIND_SECONDS:
        return Ending(translate("endings", "Another time, then"),
                      translate("endings", "{routine} is here whenever you want it.").format(
                          routine=routine_name))
    headline = translate("endings", "{time} of stretching").format(time=duration_words(seconds))
    if done == 0:
        return Ending(headline, translate("endings", "You made a start on {routine}. Every bit of "
                                          "movement helps.").format(routine=routine_name))
    return Ending(headline, translate("endings", "{done} of {steps} of {routine}. That counts as "
                                      "your stretch break.").format(
        done=done, steps=tr("%n steps", "steps, after on/of/after", total), routine=routine_name))


def breathing_ending(record: dict[str, Any]) -> Ending:
    """The words for a breathing session's record (core.breathing_session.BreathingSummary)."""
    breaths, seconds = int(record["cycles_done"]), float(record["seconds"])
    took = dict(breaths=tr("%n breaths", "breaths", breaths), time=clock_text(seconds))
    if record["completed"]:
        return Ending(translate("endings", "Well done"),
                      translate("endings", "{breaths} in {time}. Notice how you feel now.").format(**took))
    if breaths == 0:  # a breath takes seconds: none yet is a change of mind
        return Ending(translate("endings", "Ready when you are"),
                      translate("endings", "Start again whenever you like."))
    return Ending(translate("endings", "{time} of calm breathing").format(time=duration_words(seconds)),
                  translate("endings", "{breaths} in {time}. Every breath counts.").format(**took))
