"""What each presence source can do on this desktop, in words Settings and --diagnose show."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceStatus:
    """One source: whether it works here, and how (or why not, and what happens instead)."""

    what: str        # "idle", "screen lock", "sleep", "do not disturb", "call", "fullscreen"
    available: bool
    how: str

    def __str__(self) -> str:
        return f"{self.what}: {self.how}"
