"""One history event: what kind, when (UTC), its details, its id, and where it was recorded.

Apart from the history that stores them, so that merging (``core.merge``) and the history
(which merges with it) can both build on events without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Event:
    """One thing that happened: what kind, when (UTC), and its details."""

    kind: str
    at: datetime
    data: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=lambda: new_id())
    #: The id of the machine it was recorded on, when that is another one (a shared
    #: folder, issue 25); None: recorded here.
    machine: str | None = None


def new_id() -> str:
    """A random unique id (a UUID's 32 hex digits) for an event."""
    import uuid  # with the first event, not at start-up: it loads ``platform`` (3 ms)
    return uuid.uuid4().hex
