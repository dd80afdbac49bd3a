"""Screenshots of the Statistics window over an empty, a sparse and a dense year.

    python tests/stats_shots.py OUTDIR [--dark] [--scale 2] [--screen 1366x768]

Each view (week, month, year, the table) becomes OUTDIR/<year>-<view>-<light|dark>-<scale>x.png
on Qt's offscreen platform, and the layout problems window_tour finds are printed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import window_tour  # noqa: E402 - found through the lines above when run as a script

VIEWS = ("week", "month", "year", "table")


def _sparse(history, now: datetime) -> None:
    """A dozen days of use scattered over the year, a few breaks and three twitches."""
    from companion.core import diary
    from companion.core.kinds import EventKind as K
    for n, back in enumerate((1, 2, 6, 9, 20, 33, 47, 80, 120, 150, 200, 300)):
        day = now - timedelta(days=back)
        for glass in range(1 + n % 7):
            history.record(K.WATER_LOGGED, {"ml": 250}, at=day.replace(hour=9 + glass))
        history.record(K.REMINDER_DONE, {"kind": "stretch"}, at=day.replace(hour=11))
        if n % 3 == 0:
            history.record(K.REMINDER_HELD, {"kind": "stretch", "reason": "in a call"},
                           at=day.replace(hour=14))
            history.record(K.STRETCH_SESSION, {"routine": "quick-hand", "steps_done": 5,
                                               "seconds": 160}, at=day.replace(hour=11, minute=5))
    for back, area, triggers in ((2, "eyelid", ["caffeine"]), (6, "eyelid", ["stress", "caffeine"]),
                                 (33, "palm", [])):
        diary.add(history, area, "left", triggers=triggers,
                  occurred_at=(now - timedelta(days=back)).replace(hour=16))


def _history(kind: str, folder: Path, now: datetime):
    from companion.core.history import History
    path = folder / f"{kind}.db"
    if kind == "dense":
        import chart_bench
        chart_bench._bulk_fill(path, 1, 3)
    history = History(path, clock=lambda: now)
    if kind == "sparse":
        _sparse(history, now)
    return history


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--screen", default="1366x768")
    args = parser.parse_args(argv)
    window_tour.reexec_on_screen(*window_tour.parse_screen(args.screen))
    qapp = window_tour.start_qt(args.scale, dark=args.dark)
    from zoneinfo import ZoneInfo

    from companion.core.statistics import View
    from companion.ui.stats.window import StatisticsWindow, trigger_words
    from companion.ui.widgets.colors import follow_system_colours
    follow_system_colours(qapp)
    tz = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 12, 2, 14, 30, tzinfo=tz)
    args.outdir.mkdir(parents=True, exist_ok=True)
    look = f"{'dark' if args.dark else 'light'}-{args.scale:g}x"
    with tempfile.TemporaryDirectory() as folder:
        for kind in ("empty", "sparse", "dense"):
            history = _history(kind, Path(folder), now.astimezone(UTC))
            window = StatisticsWindow(history, tz, lambda: now, lambda: 8, lambda: (5, 6),
                                      trigger_labels=trigger_words())
            window.reload()
            window.show()
            for view in VIEWS:
                window.as_table.setChecked(view == "table")
                window.set_view(View.WEEK if view == "table" else View(view))
                window_tour.settle()
                path = args.outdir / f"{kind}-{view}-{look}.png"
                window.grab().save(str(path))
                problems = window_tour.window_problems(window)
                print(path, *problems, sep="\n    ")
            window.close()
            history.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
