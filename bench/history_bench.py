"""History window benchmark: time to open it over a year of realistic history.

    python bench/history_bench.py [--days 365] [--runs 5]
    python bench/history_bench.py --scale [--sets empty,year,3years,million] [--compare CHECKOUT]

The second form is the round for long histories (issue 23), in bench/history_scale.py.

Fills a history file in a temp folder with ``--days`` of made-up but realistic use
(working days 09:00-18:00: glasses, reminders answered, snoozed, skipped, held and
missed, stretch and breathing sessions, natural breaks, pauses, a few diary entries and
symptom checks; about 10,000 events a year), then, for each period the window offers,
times building the window, loading it and painting it once (what opening it costs).
Runs under QT_QPA_PLATFORM=offscreen unless a platform is already chosen.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from companion.core import diary  # noqa: E402
from companion.core.history import History  # noqa: E402
from companion.core.kinds import EventKind as K  # noqa: E402

ROUTINES = ("hand-wrist", "quick-hand", "neck-shoulders")
PATTERNS = ("slow-belly", "box", "even-5-5")


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat()


def fill(history: History, days: int, now: datetime, tz: tzinfo, seed: int = 7) -> int:
    """Record ``days`` days of use ending at ``now`` (local ``tz``); returns how many events."""
    rnd = random.Random(seed)
    rows: list[tuple[str, dict, datetime]] = []

    def add(kind: str, data: dict, at: datetime) -> None:
        if at <= now:
            rows.append((kind, data, at))

    today = now.astimezone(tz).date()
    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        if day.weekday() >= 5:
            if rnd.random() < 0.3:  # a weekend twitch
                at = datetime(day.year, day.month, day.day, 11, rnd.randrange(60), tzinfo=tz)
                add(K.TWITCH_LOGGED, _twitch(rnd, at), at)
            continue

        def t(hour: int, minute: int, _day=day) -> datetime:
            return datetime(_day.year, _day.month, _day.day, hour, minute, tzinfo=tz)
        for hour in range(10, 18):  # water every hour
            at = t(hour, rnd.randrange(3))
            add(K.REMINDER_SHOWN, {"kind": "hydration"}, at)
            roll = rnd.random()
            if roll < 0.65:
                drink = at + timedelta(minutes=rnd.randrange(1, 4))
                add(K.REMINDER_DONE, {"kind": "hydration"}, drink)
                add(K.WATER_LOGGED, {"ml": 250, "via": "prompt"}, drink)
            elif roll < 0.8:
                add(K.REMINDER_SNOOZED, {"kind": "hydration", "minutes": 10,
                                         "until": _iso(at + timedelta(minutes=10))}, at)
            elif roll < 0.9:
                add(K.REMINDER_SKIPPED, {"kind": "hydration"}, at)
            else:
                add(K.REMINDER_MISSED, {"kind": "hydration"}, at + timedelta(minutes=5))
        for _ in range(rnd.randrange(0, 3)):  # a glass on their own
            at = t(rnd.randrange(9, 18), rnd.randrange(60))
            add(K.WATER_LOGGED, {"ml": 250, "via": "tray"}, at)
        for n, minute in enumerate(range(9 * 60 + 45, 18 * 60, 45)):  # stretch every 45 min
            at = t(minute // 60, minute % 60)
            roll = rnd.random()
            if roll < 0.1:
                add(K.REMINDER_HELD, {"kind": "stretch", "reason": "in a call", "due": _iso(at)}, at)
                later = at + timedelta(minutes=25)
                add(K.REMINDER_SHOWN, {"kind": "stretch", "held": True}, later)
                add(K.REMINDER_SKIPPED, {"kind": "stretch"}, later + timedelta(minutes=1))
                continue
            if roll < 0.16:
                start = at - timedelta(minutes=10)
                add(K.REMINDER_HELD, {"kind": "stretch", "reason": "away", "due": _iso(at)}, at)
                end = at + timedelta(minutes=rnd.randrange(20, 50))
                minutes = (end - start).total_seconds() / 60
                add(K.NATURAL_BREAK, {"start": _iso(start), "end": _iso(end),
                                      "minutes": round(minutes, 1),
                                      "cause": rnd.choice(["locked", "idle"])}, end)
                add(K.REMINDER_COVERED, {"kind": "stretch", "due": _iso(at),
                                         "break_start": _iso(start)}, end)
                continue
            add(K.REMINDER_SHOWN, {"kind": "stretch"}, at)
            if roll < 0.55:
                start = at + timedelta(minutes=1)
                add(K.REMINDER_DONE, {"kind": "stretch"}, start)
                total = 8 if n % 2 else 5
                routine = ROUTINES[0] if n % 2 else ROUTINES[1]
                if rnd.random() < 0.85:
                    add(K.STRETCH_SESSION, {"routine": routine, "steps_done": total,
                                            "steps_total": total, "seconds": total * 31,
                                            "completed": True}, start + timedelta(seconds=total * 31))
                else:
                    done = rnd.randrange(0, total)
                    add(K.STRETCH_SESSION, {"routine": routine, "steps_done": done,
                                            "steps_total": total, "seconds": done * 31 + 5,
                                            "completed": False}, start + timedelta(seconds=done * 31 + 5))
            elif roll < 0.75:
                add(K.REMINDER_SNOOZED, {"kind": "stretch", "minutes": 15,
                                         "until": _iso(at + timedelta(minutes=15))}, at)
            elif roll < 0.9:
                add(K.REMINDER_SKIPPED, {"kind": "stretch"}, at + timedelta(seconds=30))
            else:
                add(K.REMINDER_MISSED, {"kind": "stretch"}, at + timedelta(minutes=5))
        for hour, minute in ((11, 0), (15, 30)):  # breathing
            at = t(hour, minute)
            add(K.REMINDER_SHOWN, {"kind": "breathing"}, at)
            if rnd.random() < 0.6:
                add(K.REMINDER_DONE, {"kind": "breathing"}, at)
                completed = rnd.random() < 0.8
                cycles = 10 if completed else rnd.randrange(1, 10)
                add(K.BREATHING_SESSION, {"pattern": rnd.choice(PATTERNS), "cycles_done": cycles,
                                          "seconds": cycles * 10, "completed": completed},
                    at + timedelta(seconds=cycles * 10))
            else:
                add(K.REMINDER_SKIPPED, {"kind": "breathing"}, at + timedelta(seconds=20))
        if rnd.random() < 0.15:  # lunch pause
            at = t(12, 30)
            add(K.REMINDERS_PAUSED, {"until": _iso(at + timedelta(hours=1))}, at)
            add(K.REMINDERS_RESUMED, {}, at + timedelta(minutes=50))
        if rnd.random() < 0.2:
            at = t(rnd.randrange(9, 18), rnd.randrange(60))
            add(K.TWITCH_LOGGED, _twitch(rnd, at), at)
        if rnd.random() < 0.04:
            at = t(16, rnd.randrange(60))
            add(K.SYMPTOM_CHECK, {"answers": ["tired", "coffee"], "level": "self_care",
                                  "reasons": ["Tiredness can bring twitches on."]}, at)
    rows.sort(key=lambda row: row[2])
    for kind, data, at in rows:
        history.record(kind, data, at=at)
    return len(rows)


def _twitch(rnd: random.Random, at: datetime) -> dict:
    return {"entry_id": f"{rnd.getrandbits(64):016x}",
            "area": rnd.choice(["palm", "eyelid", "thumb", "calf"]),
            "side": rnd.choice(["left", "right"]),
            "duration": rnd.choice(list(diary.DURATIONS)),
            "strength": rnd.choice(["faint", "visible"]),
            "triggers": rnd.choice([[], ["coffee"], ["tired", "stress"]]),
            "note": rnd.choice(["", "", "After typing all morning"]),
            "occurred_at": _iso(at)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale", action="store_true",
                        help="the issue 23 round: dense years and a million events against an "
                             "empty history (see bench/history_scale.py)")
    args, rest = parser.parse_known_args()
    if args.scale:
        from bench import history_scale
        history_scale.main(rest)
        return

    from PySide6.QtWidgets import QApplication
    qapp = QApplication.instance() or QApplication([])
    from companion.core.history_days import PAGE_DAYS
    from companion.core.history_filters import PERIODS
    from companion.ui.shell.history.window import HistoryView

    tz = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 12, 2, 14, 30, tzinfo=tz).astimezone(UTC)
    with tempfile.TemporaryDirectory() as folder:
        history = History(Path(folder) / "history.db", clock=lambda: now)
        started = time.perf_counter()
        count = fill(history, args.days, now, tz)
        print(f"{count} events over {args.days} days (filled in "
              f"{time.perf_counter() - started:.1f} s)")
        history.close()
        for period in PERIODS:
            times = []
            for _ in range(args.runs):
                history = History(Path(folder) / "history.db", clock=lambda: now)
                started = time.perf_counter()
                view = HistoryView(history, tz, clock=lambda: now)
                view.period_box.blockSignals(True)  # one reload, below, as the app does
                view.set_period(period)
                view.period_box.blockSignals(False)
                view.reload()
                view.show()
                qapp.processEvents()
                view.grab()  # paint once
                times.append(time.perf_counter() - started)
                shown = view.model.entry_count()
                pages = []
                while not view.model.complete:  # scrolling to the end, a page at a time
                    started = time.perf_counter()
                    view.tree.scrollToBottom()  # reads the next page
                    qapp.processEvents()
                    view.grab()
                    pages.append(time.perf_counter() - started)
                view.close()
                view.deleteLater()
                qapp.processEvents()
                history.close()
            print(f"{period.label:<14} {shown:>6} entries shown  open: median "
                  f"{statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f}, "
                  f"max {max(times) * 1000:.0f})")
            if pages:
                print(f"{'':<14} then {len(pages)} older pages of {PAGE_DAYS} days as one scrolls "
                      f"down: median {statistics.median(pages) * 1000:.0f} ms each (max "
                      f"{max(pages) * 1000:.0f}), {view.model.entry_count()} entries in all")


if __name__ == "__main__":
    main()
