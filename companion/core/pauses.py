"""How long the user may pause reminders: the argument of ``Action.PAUSE``.

Checked wherever a pause is asked for, since one can also come from another launch. Kept
apart from the reminder board so the command line checks it without loading the board.
"""

from __future__ import annotations

import re

# A pause longer than a week is better done by turning reminders off in Settings; the
# limit also keeps the end time far from datetime's range (5000000000 minutes overflowed).
MAX_PAUSE_MINUTES = 7 * 24 * 60
PAUSE_ALLOWED = f"a pause is whole minutes from 1 to {MAX_PAUSE_MINUTES} (one week)"
#: The pauses that are not a number of minutes (the argument of Action.PAUSE).
PAUSE_UNTIL = ("forever", "next-day", "call")
_DIGITS = re.compile(r"\s*([0-9]{1,12})\s*")  # ASCII digits only: "²".isdigit() is True


def pause_minutes_or_none(text: str) -> int | None:
    """The minutes in ``text`` if it is an allowed pause, else None."""
    match = _DIGITS.fullmatch(text)
    if match is None or not 1 <= (minutes := int(match.group(1))) <= MAX_PAUSE_MINUTES:
        return None
    return minutes


def pause_allowed(how: str) -> bool:
    """Whether ``how`` is a pause Companion takes: minutes in range, or one of PAUSE_UNTIL."""
    return how in PAUSE_UNTIL or pause_minutes_or_none(how) is not None
