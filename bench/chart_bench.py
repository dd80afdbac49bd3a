"""How to draw the statistics: the painted chart against Qt Charts, and the window itself.

    python bench/chart_bench.py [--shots DIR] [--years 3] [--density 10]

1. Chart against chart, each in a fresh process: a dense year of daily stacked bars (365
   bars, two parts each). Time from nothing to the first paint (imports included), the
   memory it added (RSS and the Python heap), and what a screen reader is given (the
   accessible children under the chart). ``--shots`` saves each in light, dark and high
   contrast.
2. The Statistics window over ``--years`` of synthetic history ``--density`` times as busy
   as bench/history_bench.py's (10: about 145,000 events a year), against an empty history
   in the same run: opening it, each view, and switching views.
Runs on Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 2, 14, 30, tzinfo=TZ)


def _rss_kib() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def _year(seed: int = 3) -> list[tuple[date, float, float]]:
    rnd = random.Random(seed)
    first = date(2026, 1, 1)
    return [(first + timedelta(days=n), rnd.randrange(0, 12), rnd.randrange(0, 4)) for n in range(365)]


def _palette(look: str):
    from PySide6.QtGui import QColor, QPalette

    from companion.ui.widgets.colors import fusion_palette
    if look == "light":
        return fusion_palette(dark=False)
    if look == "dark":
        return fusion_palette(dark=True)
    palette = QPalette(QColor("black"), QColor("white"))  # high contrast: pure ink on paper
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    return palette


def _painted(year):
    from companion.core.wording import date_text
    from companion.ui.stats.chart import Bar, BarChart
    chart = BarChart("Water per day", ("taken when prompted", "natural breaks"))
    chart.set_bars([Bar(str(d.day), date_text(d), f"{a:.0f} taken, {b:.0f} natural", (a, b))
                    for d, a, b in year], goal=8, goal_text="goal 8")
    return chart


def _qtcharts(year):
    from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries
    series = QStackedBarSeries()
    for name, column in (("taken when prompted", 1), ("natural breaks", 2)):
        bars = QBarSet(name)
        bars.append([row[column] for row in year])
        series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append([d.isoformat() for d, *_ in year])  # unique: the axis merges equal names
    chart.addAxis(axis, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    chart.setTitle("Water per day")
    return QChartView(chart)


def _accessible_tree(widget) -> dict:
    from PySide6.QtGui import QAccessible
    face = QAccessible.queryAccessibleInterface(widget)
    children = [face.child(i) for i in range(face.childCount())]
    named = [c for c in children if c is not None and c.text(QAccessible.Text.Name)]
    sample = named[0] if named else None
    return {"role": face.role().name, "name": face.text(QAccessible.Text.Name),
            "children": len(children), "named_children": len(named),
            "first_child": None if sample is None else {
                "role": sample.role().name, "name": sample.text(QAccessible.Text.Name),
                "description": sample.text(QAccessible.Text.Description)}}


def one_chart(kind: str, shots: str | None) -> dict:
    """In this (fresh) process: build, show and paint one chart; what it cost."""
    from PySide6.QtWidgets import QApplication
    qapp = QApplication([])
    qapp.processEvents()
    before_rss = _rss_kib()
    started, cpu = time.perf_counter(), time.process_time()
    from companion.ui.widgets.colors import follow_system_colours
    follow_system_colours()
    widget = (_painted if kind == "painted" else _qtcharts)(_year())
    widget.resize(1000, 300)
    widget.show()
    qapp.processEvents()
    widget.grab()
    took, took_cpu = time.perf_counter() - started, time.process_time() - cpu
    found = {"kind": kind, "open_ms": round(took * 1000, 1), "cpu_ms": round(took_cpu * 1000, 1),
             "rss_added_mib": round((_rss_kib() - before_rss) / 1024, 1),
             "screen_reader": _accessible_tree(widget)}
    if shots:
        for look in ("light", "dark", "contrast"):
            palette = _palette(look)
            QApplication.setPalette(palette)
            widget.setPalette(palette)
            if kind == "qtcharts":
                from PySide6.QtCharts import QChart
                widget.chart().setTheme(QChart.ChartTheme.ChartThemeDark if look == "dark"
                                        else QChart.ChartTheme.ChartThemeLight)
            qapp.processEvents()
            widget.grab().save(str(Path(shots) / f"bench-{kind}-{look}.png"))
    return found


def _bulk_fill(path: Path, years: int, density: int) -> int:
    """history_bench's realistic days, ``density`` times over, written in one go."""
    import history_bench

    from companion.core.history import Event, History

    class Bulk(History):
        def record(self, kind, data=None, at=None):
            event = Event(kind=kind, at=at, data=dict(data or {}))
            self._pending.append(event)  # written by one _flush below: a year in seconds
            return event
    history = Bulk(path, clock=lambda: NOW)
    count = sum(history_bench.fill(history, 365 * years, NOW.astimezone(UTC), TZ, seed=seed)
                for seed in range(density))
    history.close()
    return count


def window_runs(path: Path, runs: int) -> dict[str, float]:
    """Median ms to open the window (this week), then each view and a step back."""
    from PySide6.QtWidgets import QApplication

    from companion.core.history import History
    from companion.core.statistics import View
    from companion.ui.stats.window import StatisticsWindow
    qapp = QApplication.instance() or QApplication([])
    times: dict[str, list[float]] = {}

    def timed(name, action, made):
        started, cpu = time.perf_counter(), time.process_time()
        action()
        qapp.processEvents()
        made[0].grab()
        times.setdefault(name, []).append((time.perf_counter() - started) * 1000)
        times.setdefault(name + " cpu", []).append((time.process_time() - cpu) * 1000)
    for _ in range(runs):
        history = History(path, clock=lambda: NOW)
        made: list[StatisticsWindow] = []

        def build(history=history, made=made):
            made.append(StatisticsWindow(history, TZ, lambda: NOW, lambda: 8, lambda: (5, 6)))
            made[0].reload()
            made[0].show()
        timed("open (week)", build, made)
        window = made[0]
        for view in (View.MONTH, View.YEAR, View.WEEK):
            timed(f"switch to {view}", lambda v=view, w=window: w.set_view(v), made)
        window.set_view(View.YEAR)
        timed("previous year", lambda w=window: w.step(-1), made)
        window.close()
        window.deleteLater()
        qapp.processEvents()
        history.close()
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", choices=("painted", "qtcharts"), help=argparse.SUPPRESS)
    parser.add_argument("--shots", default=None)
    parser.add_argument("--years", type=int, default=3, help="0: compare the charts only")
    parser.add_argument("--density", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_chart(args.one, args.shots)))
        return
    print("1. A dense year of stacked daily bars (365), each in a fresh process, median of 3:")
    for kind in ("painted", "qtcharts"):
        found = []
        for run in range(3):
            out = subprocess.run([sys.executable, __file__, "--one", kind]
                                 + (["--shots", args.shots] if args.shots and run == 0 else []),
                                 capture_output=True, text=True, check=True)
            found.append(json.loads(out.stdout.strip().splitlines()[-1]))
        median = {key: statistics.median(f[key] for f in found)
                  for key in ("open_ms", "cpu_ms", "rss_added_mib")}
        print(f"  {kind:<9} open {median['open_ms']:.0f} ms (cpu {median['cpu_ms']:.0f} ms), "
              f"RSS +{median['rss_added_mib']:.1f} MiB")
        print(f"            screen reader: {found[0]['screen_reader']}")
    if not args.years:
        return
    print(f"2. The Statistics window, {args.years} years at density {args.density}, "
          f"median of {args.runs} (ms):")
    with tempfile.TemporaryDirectory() as folder:
        empty, dense = Path(folder) / "empty.db", Path(folder) / "dense.db"
        started = time.perf_counter()
        count = _bulk_fill(dense, args.years, args.density)
        print(f"  {count} events ({dense.stat().st_size / 2**20:.0f} MiB), filled in "
              f"{time.perf_counter() - started:.0f} s")
        from companion.core.history import History
        History(empty).close()
        rows = {label: window_runs(path, args.runs) for label, path in (("empty", empty), ("dense", dense))}
        print("  (wall clock, then this process's CPU time: on a shared machine the wall clock")
        print("  also counts the time other programs had the processor)")
        for name in rows["empty"]:
            if not name.endswith(" cpu"):
                e, d = rows["empty"], rows["dense"]
                print(f"  {name:<18} empty {e[name]:5.0f} (cpu {e[name + ' cpu']:4.0f})   "
                      f"dense {d[name]:5.0f} (cpu {d[name + ' cpu']:4.0f})")


if __name__ == "__main__":
    main()
