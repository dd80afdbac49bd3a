"""Durations as the user reads them on a countdown."""

from __future__ import annotations

from companion.core.session import whole_seconds


def clock_text(seconds: float) -> str:
    """Seconds as m:ss (3:05), rounded up as a countdown shows them."""
    # Rounded up, as the big per-step and per-phase counters are: 0.2 s left still reads
    # 0:01, so "0:00" appears only when the time is really over, at the same moment the
    # step counter reaches 0. whole_seconds also forgives float noise (60.0000001 s is
    # 1:00, not 1:01) and never shows a negative time.
    total = whole_seconds(seconds)
    return f"{total // 60}:{total % 60:02d}"
