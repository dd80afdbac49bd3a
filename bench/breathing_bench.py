"""What the breathing pacer costs: CPU during a session and after it, and frame pacing.

    .venv/bin/python bench/breathing_bench.py [--seconds 60] [--idle-seconds 10]

Runs the real window with a real Ticker under QT_QPA_PLATFORM=offscreen (unless another
platform is set) and compares the idle cost after closing it with an empty shown QWidget
measured in the same process. Exits 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import PySide6  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from companion.core.breathing_files import load_cautions, load_patterns  # noqa: E402
from companion.core.history import History  # noqa: E402
from companion.services.ticker import Ticker  # noqa: E402
from companion.ui.breathing.window import BreathingWindow  # noqa: E402

PATTERNS = ROOT / "assets" / "breathing" / "patterns.toml"
CPU_TARGET = 10.0  # % of one core during a session
LATE_TARGET = 0.05  # share of frames later than twice the frame interval



class PaintClock(QObject):
    """Notes when a widget actually paints: the frames the user would see."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.times: list[float] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.perf_counter())
        return False


def run_for(seconds: float) -> float:
    """Run the Qt event loop for `seconds`; returns the CPU used as % of one core."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    loop.exec()
    return 100.0 * (time.process_time() - cpu0) / (time.perf_counter() - wall0)


def pacing(times: list[float], frame_ms: float, settle: float = 1.0) -> tuple[int, float, float, float]:
    """Frames counted, share later than 2x the interval, median and 99th percentile gap (ms)."""
    steady = [t for t in times if t - times[0] >= settle] if times else []
    gaps = [(b - a) * 1000 for a, b in zip(steady, steady[1:])]
    if not gaps:
        return 0, 1.0, 0.0, 0.0
    late = sum(g > 2 * frame_ms for g in gaps) / len(gaps)
    p99 = statistics.quantiles(gaps, n=100)[98] if len(gaps) >= 100 else max(gaps)
    return len(gaps), late, statistics.median(gaps), p99


def main(argv: list[str] | None = None) -> int:
    """Measure and print; 0 if every target is met."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="session length measured")
    parser.add_argument("--idle-seconds", type=float, default=10.0, help="idle window measured")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])

    bare = QWidget()
    bare.resize(400, 600)
    bare.show()
    baseline = run_for(args.idle_seconds)
    bare.close()

    patterns, errors = load_patterns(PATTERNS, None)
    assert not errors, errors
    with tempfile.TemporaryDirectory() as home:
        ticker = Ticker()
        window = BreathingWindow(patterns, History(Path(home) / "h.db"), ticker,
                                 cautions=load_cautions(PATTERNS))
        frames = PaintClock(window.shape)
        ticks: list[float] = []
        ticker.ticked.connect(lambda _now: ticks.append(time.perf_counter()))
        window.show()
        window.pattern_box.setCurrentIndex(window.pattern_box.findData("slow-belly"))
        # Longer than the measurement, so the shape is always moving (no holds, no end).
        window.length_box.setValue(int(args.seconds // 60) + 1)
        window.start()
        frame_ms = ticker._timer.interval()
        session = run_for(args.seconds)
        window.close()
        still_ticking = ticker.is_running()
        after = run_for(args.idle_seconds)
        app.processEvents()

    count, late, median, p99 = pacing(ticks, frame_ms)
    painted, _, paint_median, paint_p99 = pacing(frames.times, frame_ms)
    print(f"platform: {app.platformName()}, PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}")
    print(f"session ({args.seconds:g} s, {frame_ms} ms frames): CPU {session:.1f}% of one core "
          f"(target < {CPU_TARGET:g}%)")
    print(f"frame pacing (steady state): {count} frames, {late:.2%} later than {2 * frame_ms} ms; "
          f"median gap {median:.1f} ms, 99th percentile {p99:.1f} ms")
    # A frame whose disc would move less than 0.05 px (the still ends of each breath) is not painted.
    print(f"repaints: {painted} (median gap {paint_median:.1f} ms, 99th percentile {paint_p99:.1f} ms)")
    print(f"after closing ({args.idle_seconds:g} s): CPU {after:.2f}%, ticker running: {still_ticking}")
    print(f"bare PySide6 baseline ({args.idle_seconds:g} s, empty shown QWidget): CPU {baseline:.2f}%")
    ok = session < CPU_TARGET and late <= LATE_TARGET and not still_ticking and after < baseline + 1.0
    print("all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
