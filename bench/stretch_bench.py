"""Stretch session benchmark: time to the first step on screen, and CPU while playing.

    python bench/stretch_bench.py [--seconds 20]

1. Cold: load the routine files, build the window and start "hand-wrist", until the
   session screen has been painted (what the first "Start stretches" click costs).
2. Warm: start() again on the existing window, until painted. Target: < 150 ms.
3. CPU: process CPU time while a session runs with the real 100 ms ticker for N
   seconds of wall time, next to a bare PySide6 baseline (an empty QWidget shown for
   the same time) in the same process.
Runs under QT_QPA_PLATFORM=offscreen unless a platform is already chosen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


class PaintWatch(QObject):
    """Remembers when a widget was first painted after arm()."""

    def __init__(self, widget: QWidget):
        super().__init__()
        self.painted_at: float | None = None
        widget.installEventFilter(self)

    def arm(self) -> None:
        self.painted_at = None

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


def wait_for_paint(app: QApplication, watch: PaintWatch, limit: float = 5.0) -> None:
    end = time.perf_counter() + limit
    while watch.painted_at is None and time.perf_counter() < end:
        app.processEvents()


def run_for(app: QApplication, seconds: float) -> float:
    """Spin the event loop for `seconds` of wall time; return the CPU seconds used."""
    cpu = time.process_time()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    return time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)

    baseline = QWidget()
    baseline.resize(720, 640)
    baseline.show()
    app.processEvents()
    base_cpu = run_for(app, args.seconds)
    baseline.close()

    from companion.core.history import History
    from companion.services.ticker import Ticker

    home = Path(tempfile.mkdtemp(prefix="stretch-bench-"))
    history = History(home / "history.db")
    ticker = Ticker()

    t0 = time.perf_counter()
    from companion.core.routines import load_routines
    from companion.ui.stretch.window import StretchWindow
    routines, problems = load_routines(ROOT / "assets" / "routines", None)
    window = StretchWindow(routines, history, ticker, cues=None, safety_seen=True)
    window.resize(720, 640)
    watch = PaintWatch(window.session.picture)
    window.start("hand-wrist")
    window.show()
    wait_for_paint(app, watch)
    cold = (watch.painted_at or float("nan")) - t0

    window.stop()
    app.processEvents()
    warm = []
    for _ in range(5):
        watch.arm()
        t1 = time.perf_counter()
        window.start("hand-wrist")
        wait_for_paint(app, watch)
        warm.append((watch.painted_at or float("nan")) - t1)
        window.stop()
        window.start(None)
        app.processEvents()

    window.start("hand-wrist")
    session_cpu = run_for(app, args.seconds)
    heading = window.session.heading.text()
    window.stop()

    print(f"routines loaded: {len(routines)} ({len(problems)} problems)")
    print(f"cold: load + build + start('hand-wrist') -> first step painted: {cold * 1000:.1f} ms")
    print(f"warm: start('hand-wrist') -> first step painted: median {sorted(warm)[2] * 1000:.1f} ms "
          f"(min {min(warm) * 1000:.1f}, max {max(warm) * 1000:.1f}); target < 150 ms")
    print(f"CPU over {args.seconds:.0f} s wall: session {session_cpu:.3f} s "
          f"({session_cpu / args.seconds * 100:.2f}% of one core), "
          f"empty QWidget baseline {base_cpu:.3f} s ({base_cpu / args.seconds * 100:.2f}%)")
    print(f"session was at: {heading!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
