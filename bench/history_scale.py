"""Long histories against an empty one, in the same run (issue 23).

    .venv/bin/python bench/history_bench.py --scale [--sets empty,year,3years,million]
        [--runs 5] [--startup-runs 3] [--compare CHECKOUT] [--keep FOLDER]

Data sets, made up but dense (``dense_events``): ``year`` is 100,000 events over a year
(working days 08:00-19:00: glasses, water, stretch and breathing prompts with their
answers, holds, natural breaks, sessions, pauses, a diary entry every working day, checks,
and noise: events of a kind from a newer Companion); ``3years`` three such years;
``million`` about a million events over three years (the same day, prompts more often,
and breathing reminders off, so the Breathing filter matches nothing: the worst case for
History's "All time").

For each set, with this checkout (and ``--compare``'s, the "before"):
- start-up: the real app (``main.py``) under Xvfb with a system tray (trayer), from launch
  to the tray icon docked, and RSS 3 s later (median of ``--startup-runs``);
- in a child process on the offscreen platform, the app built over the set: Today opened,
  refreshed and a glass logged with Today open (medians of ``--runs``), History opened,
  "All time" for each filter (the slowest), scrolled back two months, RSS after History;
- export (CSV by event, CSV by day, JSON backup) and import of the backup into an empty
  history, then again (nothing new): ``year`` only, the targets' "a year".
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
TZ = ZoneInfo("Europe/Berlin")
SETS = {"empty": (0, 0, True), "year": (365, 100_000, True), "3years": (3 * 365, 100_000, True),
        "million": (3 * 365, 370_000, False)}  # days, events a year, breathing on
SCROLL_DAYS = 60


# -- the data ------------------------------------------------------------------------
def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat()


def dense_events(days: int, per_year: int, now: datetime, tz: tzinfo, breathing: bool = True,
                 seed: int = 23) -> Iterator[tuple[str, datetime, str, dict]]:
    """(id, at, kind, data) for ``days`` days of dense use ending today, about
    ``per_year`` events a year, in time order."""
    rnd = random.Random(seed)
    # Prompts per working hour at 100,000 a year; more often for a denser set.
    if not days:
        return
    scale = per_year / 100_000
    water_step = max(1, round(15 / scale))
    stretch_step = max(1, round(15 / scale))
    breathe_step = max(2, round(30 / scale))
    noise = round(90 * scale)
    today = now.astimezone(tz).date()

    def new_id() -> str:
        return f"{rnd.getrandbits(128):032x}"

    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        rows: list[tuple[str, datetime, str, dict]] = []

        def add(kind: str, data: dict, at: datetime, _rows=rows) -> None:
            if at <= now:
                _rows.append((new_id(), at, kind, data))

        def t(minute: int, second: int = 0, _day: date = day) -> datetime:
            return datetime(_day.year, _day.month, _day.day, minute // 60, minute % 60,
                            second, tzinfo=tz)
        if day.weekday() >= 5:  # a weekend: a few glasses, now and then a twitch
            for _ in range(rnd.randrange(3, 8)):
                add("water_logged", {"ml": 250, "via": "tray"}, t(rnd.randrange(600, 1300)))
            if rnd.random() < 0.3:
                _twitch(add, rnd, t(rnd.randrange(600, 1300)), new_id())
        else:
            _working_day(add, rnd, t, water_step, stretch_step, breathe_step, breathing)
            _twitch(add, rnd, t(rnd.randrange(480, 1140)), new_id())  # the diary, every day
            if rnd.random() < 0.05:
                add("symptom_check", {"answers": ["tired", "coffee"], "level": "self_care",
                                      "reasons": ["Tiredness can bring twitches on."]},
                    t(rnd.randrange(900, 1100)))
            for _ in range(noise):  # what a newer Companion records, that this one passes over
                add("presence_changed", {"state": rnd.choice(["idle", "active", "locked"])},
                    t(rnd.randrange(480, 1140), rnd.randrange(60)))
        rows.sort(key=lambda row: row[1])
        yield from rows


def _working_day(add, rnd, t, water_step, stretch_step, breathe_step, breathing) -> None:
    for minute in range(480, 1140, water_step):
        at = t(minute)
        add("reminder_shown", {"kind": "hydration"}, at)
        roll = rnd.random()
        if roll < 0.65:
            add("reminder_done", {"kind": "hydration"}, at + timedelta(seconds=40))
            add("water_logged", {"ml": 250, "via": "prompt"}, at + timedelta(seconds=40))
        elif roll < 0.8:
            add("reminder_snoozed", {"kind": "hydration", "minutes": 10,
                                     "until": _iso(at + timedelta(minutes=10))}, at)
        elif roll < 0.9:
            add("reminder_skipped", {"kind": "hydration"}, at + timedelta(seconds=20))
        else:
            add("reminder_missed", {"kind": "hydration"}, at + timedelta(minutes=5))
    for n, minute in enumerate(range(487, 1140, stretch_step)):
        at, roll = t(minute), rnd.random()
        if roll < 0.08:
            add("reminder_held", {"kind": "stretch", "reason": "in a call", "due": _iso(at)}, at)
            add("reminder_shown", {"kind": "stretch", "held": True}, at + timedelta(minutes=9))
            add("reminder_skipped", {"kind": "stretch"}, at + timedelta(minutes=10))
            continue
        if roll < 0.12:
            start, end = at - timedelta(minutes=4), at + timedelta(minutes=7)
            add("reminder_held", {"kind": "stretch", "reason": "away", "due": _iso(at)}, at)
            add("natural_break", {"start": _iso(start), "end": _iso(end), "minutes": 11.0,
                                  "cause": rnd.choice(["locked", "idle"])}, end)
            add("reminder_covered", {"kind": "stretch", "due": _iso(at),
                                     "break_start": _iso(start)}, end)
            continue
        add("reminder_shown", {"kind": "stretch"}, at)
        if roll < 0.5:
            add("reminder_done", {"kind": "stretch"}, at + timedelta(seconds=30))
            total = 8 if n % 2 else 5
            add("stretch_session", {"routine": "hand-wrist" if n % 2 else "quick-hand",
                                    "steps_done": total, "steps_total": total,
                                    "seconds": total * 31, "completed": True},
                at + timedelta(seconds=30 + total * 31))
        elif roll < 0.7:
            add("reminder_snoozed", {"kind": "stretch", "minutes": 15,
                                     "until": _iso(at + timedelta(minutes=15))}, at)
        elif roll < 0.9:
            add("reminder_skipped", {"kind": "stretch"}, at + timedelta(seconds=30))
        else:
            add("reminder_missed", {"kind": "stretch"}, at + timedelta(minutes=5))
    if breathing:
        for minute in range(495, 1140, breathe_step):
            at = t(minute)
            add("reminder_shown", {"kind": "breathing"}, at)
            if rnd.random() < 0.6:
                add("reminder_done", {"kind": "breathing"}, at + timedelta(seconds=10))
                add("breathing_session", {"pattern": "box", "cycles_done": 10, "seconds": 100,
                                          "completed": True}, at + timedelta(seconds=110))
            else:
                add("reminder_skipped", {"kind": "breathing"}, at + timedelta(seconds=20))
    for _ in range(3):  # natural breaks between prompts
        start = t(rnd.randrange(500, 1100))
        add("natural_break", {"start": _iso(start), "end": _iso(start + timedelta(minutes=6)),
                              "minutes": 6.0, "cause": "idle"}, start + timedelta(minutes=6))
    at = t(750)
    add("reminders_paused", {"until": _iso(at + timedelta(hours=1))}, at)
    add("reminders_resumed", {}, at + timedelta(minutes=45))


def _twitch(add, rnd, at: datetime, entry_id: str) -> None:
    add("twitch_logged", {"entry_id": entry_id, "area": rnd.choice(["palm", "eyelid", "calf"]),
                          "side": rnd.choice(["left", "right"]), "duration": "seconds",
                          "strength": "faint", "triggers": ["coffee"], "note": "",
                          "occurred_at": _iso(at)}, at + timedelta(minutes=2))
    if rnd.random() < 0.2:
        add("twitch_edited", {"entry_id": entry_id, "note": "After typing all morning"},
            at + timedelta(minutes=30))


def make_set(name: str, folder: Path, now: datetime) -> tuple[Path, int]:
    """A COMPANION_HOME with the set's history (written straight, in one transaction:
    the app's own format, as History writes it); its folder and event count."""
    days, per_year, breathing = SETS[name]
    home = folder / name
    sys.path.insert(0, str(ROOT))
    from companion.core.history import History
    from companion.services import paths
    os.environ["COMPANION_HOME"] = str(home)
    places = paths.resolve()
    _returning_user(places.settings_file)
    history = History(places.history_file)
    history.close()
    db = sqlite3.connect(places.history_file)
    count = 0
    with db:
        rows = ((i, at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z",
                 kind, json.dumps(data, sort_keys=True))
                for i, at, kind, data in dense_events(days, per_year, now, TZ, breathing))
        for row in rows:
            db.execute("INSERT INTO events(id, at, kind, data) VALUES (?, ?, ?, ?)", row)
            count += 1
    db.close()
    return home, count


def _returning_user(settings_file: Path) -> None:
    from companion.core.settings_schema import SCHEMA_VERSION
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(json.dumps({"schema_version": SCHEMA_VERSION, "welcome_done": True,
                                         "start_at_login": False}))


def copy_for(home: Path, checkout: Path, into: Path) -> Path:
    """A copy of ``home`` that ``checkout`` can open: an older Companion refuses a history
    file of a newer schema, so this one's additions are taken out for it."""
    shutil.copytree(home, into)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); "
            "from companion.core.history import SCHEMA_VERSION; print(SCHEMA_VERSION)")
    theirs = int(subprocess.run([PY, "-c", code, str(checkout)], capture_output=True, text=True,
                                check=True).stdout)
    db_path = next(into.rglob("history.db"))
    db = sqlite3.connect(db_path)
    if db.execute("PRAGMA user_version").fetchone()[0] > theirs:
        for (index,) in db.execute("SELECT name FROM sqlite_master WHERE type='index' AND "
                                   "name IN ('events_diary_when', 'events_diary_entry', "
                                   "'events_prompt_about')").fetchall():
            db.execute(f"DROP INDEX {index}")
        db.execute(f"PRAGMA user_version={theirs}")
        db.commit()
    db.close()
    return into


# -- in a child process: the app over one set ------------------------------------------
def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(home: Path, checkout: Path, runs: int, transfer: bool) -> dict:
    os.environ["COMPANION_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)  # toasts, not a bus that is not there
    sys.path.insert(0, str(checkout))
    from PySide6.QtWidgets import QApplication
    qapp = QApplication([])
    from companion.app import Companion
    from companion.core.history_filters import FILTERS, PERIODS
    from companion.core.kinds import Action, Request
    from companion.services import paths
    out: dict = {}

    cpu: dict[str, list[float]] = {}

    def timed(work, name: str = "") -> float:
        # Wall time, and CPU time beside it (``<name>_cpu``): on a machine shared with
        # other work the wall time also counts waiting for a core.
        started, cpu_started = time.perf_counter(), time.process_time()
        work()
        qapp.processEvents()
        if name:
            cpu.setdefault(name, []).append((time.process_time() - cpu_started) * 1000)
        return (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    app = Companion(paths.resolve(), tz=TZ, start_paused=True, confirm_quit=lambda: False)
    app.start()
    qapp.processEvents()
    out["built_ms"] = (time.perf_counter() - started) * 1000
    out["rss_built"] = rss_mb()
    out["today_open_ms"] = timed(app.home.show_today, "today_open_ms")
    out["refresh_ms"] = statistics.median(timed(app.refresh, "refresh_ms") for _ in range(runs))
    out["log_ms"] = statistics.median(timed(lambda: app.commands.log_water("tray"), "log_ms")
                                      for _ in range(runs))
    out["history_open_ms"] = timed(lambda: app.commands.run(Request(Action.HISTORY)),
                                   "history_open_ms")
    view = app.features.windows["history"]
    view.grab()
    out["rss_history"] = rss_mb()
    worst = (0.0, "")
    everything = PERIODS[-1]
    for chosen in FILTERS:
        view.set_filter(chosen)
        ms = timed(lambda: (view.set_period(everything), view.grab()), f"all:{chosen.key}")
        view.set_period(PERIODS[0])
        if ms > worst[0]:
            worst = (ms, chosen.label)
    out["all_time_ms"], out["all_time_worst"] = worst
    view.set_filter(FILTERS[0])
    view.set_period(everything)
    pages = []
    # Scrolling back two months, a page at a time (to the end of a dense history would
    # be hundreds of pages; the window reads a page as the list nears its end).
    back = (datetime.now(UTC) - timedelta(days=SCROLL_DAYS)).astimezone(TZ).date()
    while not view.model.complete and view.model.days and view.model.days[-1].day > back:
        pages.append(timed(lambda: (view.model.read_older(), view.grab()), "scroll_page_ms"))
    out["scroll_pages"] = len(pages)
    out["scroll_page_ms"] = statistics.median(pages) if pages else 0.0
    out["scroll_total_ms"] = sum(pages)
    out["rss_after_scroll"] = rss_mb()
    out |= {f"{name}_cpu": statistics.median(found) for name, found in cpu.items()}
    out["all_time_ms_cpu"] = max(found[0] for name, found in cpu.items() if name.startswith("all:"))
    if transfer:
        out |= _transfer(app, home)
    app.shutdown()
    return out


def _transfer(app, home: Path) -> dict:
    from companion.core.exchange_files import Format, export, import_file
    from companion.core.history import History
    out = {}
    for chosen in Format:
        path = home / f"export-{chosen}"
        started, cpu_started = time.perf_counter(), time.process_time()
        export(app.history, path, chosen, app.clock(), TZ)
        out[f"export_{chosen}_s"] = time.perf_counter() - started
        out[f"export_{chosen}_cpu_s"] = time.process_time() - cpu_started
        out[f"export_{chosen}_mb"] = path.stat().st_size / 1e6
    other = History(home / "other.db")
    for name in ("import", "reimport"):
        started, cpu_started = time.perf_counter(), time.process_time()
        told = import_file(other, home / f"export-{Format.BACKUP}")
        out[f"{name}_s"] = time.perf_counter() - started
        out[f"{name}_cpu_s"] = time.process_time() - cpu_started
        out[f"{name}_told"] = told
    other.close()
    return out


# -- the real app's start-up ------------------------------------------------------------
def startup(home: Path, checkout: Path, runs: int, display: str) -> dict:
    sys.path.insert(0, str(ROOT / "bench"))
    from startup_idle import measure, tray_icon_up
    found = []
    for _ in range(runs):
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "COMPANION_HOME": str(home), "XDG_RUNTIME_DIR": str(home)}
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        found.append(measure([PY, str(checkout / "main.py")], lambda: tray_icon_up(display),
                             env, settle=3, idle=0))
    return {"start_s": statistics.median(r["start_s"] for r in found),
            "start_rss": statistics.median(r["rss_mb"] for r in found)}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="history_bench.py --scale")
    parser.add_argument("--sets", default="empty,year,3years,million")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--startup-runs", type=int, default=3)
    parser.add_argument("--compare", type=Path, help="also measure this checkout (before)")
    parser.add_argument("--keep", type=Path, help="make (or reuse) the sets in this folder")
    parser.add_argument("--child", nargs=3, metavar=("HOME", "CHECKOUT", "TRANSFER"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        home, checkout, transfer = args.child
        print(json.dumps(child(Path(home), Path(checkout), args.runs, transfer == "1")))
        return
    now = datetime.now(UTC)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="companion-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    names = args.sets.split(",")
    homes = {}
    for name in names:
        if (folder / name).exists():  # made by an earlier run (--keep)
            homes[name] = folder / name
            continue
        started = time.perf_counter()
        homes[name], count = make_set(name, folder, now)
        size = next(homes[name].rglob("history.db")).stat().st_size / 1e6
        print(f"{name}: {count:,} events, {size:.0f} MB (made in "
              f"{time.perf_counter() - started:.0f} s)", file=sys.stderr)
    checkouts = {"after": ROOT, **({"before": args.compare} if args.compare else {})}
    display = ":96"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    tray = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--height", "32"],
                            env={**os.environ, "DISPLAY": display},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    results: dict[tuple[str, str], dict] = {}
    try:
        for name in names:
            for label, checkout in checkouts.items():
                work = Path(tempfile.mkdtemp(prefix="companion-scale-run-"))
                try:
                    home = copy_for(homes[name], checkout, work / "home")
                    row = startup(home, checkout, args.startup_runs, display)
                    transfer = "1" if name == "year" and label == "after" else "0"
                    done = subprocess.run(
                        [PY, __file__, "--child", str(home), str(checkout), transfer,
                         "--runs", str(args.runs)], capture_output=True, text=True, check=True)
                    row |= json.loads(done.stdout.strip().splitlines()[-1])
                finally:
                    shutil.rmtree(work, ignore_errors=True)
                results[(name, label)] = row
                print(f"{name} {label}: {row}", file=sys.stderr)
    finally:
        tray.terminate()
        xvfb.terminate()
    _table(results, names, list(checkouts))


def _table(results: dict, names: list[str], labels: list[str]) -> None:
    columns = (("tray icon (s)", "start_s", "{:.3f}"), ("RSS at start (MB)", "start_rss", "{:.0f}"),
               ("Today open (ms)", "today_open_ms", "{:.0f}"), ("refresh (ms)", "refresh_ms", "{:.0f}"),
               ("log a glass (ms)", "log_ms", "{:.0f}"), ("History open (ms)", "history_open_ms", "{:.0f}"),
               ("All time, slowest filter (ms)", "all_time_ms", "{:.0f}"),
               (f"scroll back {SCROLL_DAYS} days: page (ms) / pages", None, None),
               ("RSS after History (MB)", "rss_history", "{:.0f}"))
    print("| set | " + " | ".join(c[0] for c in columns) + " |")
    print("| --- " * (len(columns) + 1) + "|")
    for name in names:
        for label in labels:
            row = results[(name, label)]
            cells = []
            for _, key, fmt in columns:
                if key is None:
                    cells.append(f"{row['scroll_page_ms']:.0f} / {row['scroll_pages']}")
                else:
                    cells.append(fmt.format(row[key]))
            print(f"| {name} ({label}) | " + " | ".join(cells) + " |")
    if ("year", "after") in results:
        row = results[("year", "after")]
        print("\nA year: " + ", ".join(f"{key} {value:.2f}" if isinstance(value, float) else
                                       f"{key}: {value}" for key, value in row.items()
                                       if key.startswith(("export", "import", "reimport"))))


if __name__ == "__main__":
    main(sys.argv[1:])
