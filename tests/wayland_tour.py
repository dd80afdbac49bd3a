"""Opens Today, a reminder toast, a stretch session and Settings in a real app on the
Wayland compositor named by WAYLAND_DISPLAY, and reports what the compositor did with them.

    QT_QPA_PLATFORM=wayland WAYLAND_DISPLAY=... python tests/wayland_tour.py OUTDIR

Each window is saved as OUTDIR/<name>.png (the window's own pixels, from widget.grab():
the compositor's placement and shadows are not in it). One JSON object per window goes to
stdout: whether the compositor showed it (exposed), whether it got the keyboard, and for
the toast whether Enter typed as it appeared answered it. tests/test_wayland_gnome.py runs it.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import window_tour  # noqa: E402 - found through the line above when run as a script

NAMES = ("today", "toast-stretch", "stretch-session", "settings-away", "settings-general",
         "settings-wellbeing")
WAIT_MS = 15_000


def wait_until(ready) -> bool:
    """Run the event loop until ``ready()`` or WAIT_MS: the compositor answers in its own time."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication
    deadline = QDeadlineTimer(WAIT_MS)
    while not ready():
        if deadline.hasExpired():
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    return True


def main(outdir: Path) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    window_tour.start_qt(1.0)
    outdir.mkdir(parents=True, exist_ok=True)
    tour = window_tour.Tour(Path(tempfile.mkdtemp(prefix="companion-wayland-home-")))
    wait_until(lambda: tour.app.presence is not None and tour.app.presence.started)
    try:
        for name in NAMES:
            with window_tour.opened(tour, name) as window:
                report = {"name": name, "platform": QGuiApplication.platformName()}
                if name.startswith("toast"):
                    report["armed_at_first"] = window.armed
                    # Enter typed into another window just as the toast took the keyboard.
                    QTest.keyClick(window, Qt.Key.Key_Return)
                    report["open_after_enter"] = window.isVisible()
                    report["armed_later"] = wait_until(lambda w=window: w.armed)
                handle = window.windowHandle()
                report["exposed"] = wait_until(lambda h=handle: h is not None and h.isExposed())
                report["active"] = window.isActiveWindow()
                window_tour.settle()
                window.grab().save(str(outdir / f"{name}.png"))
                report["size"] = [window.width(), window.height()]
                report["problems"] = window_tour.window_problems(window)
                if name == "settings-away":
                    report["sources"] = [str(s) for s in tour.app.presence.describe()]
                print(json.dumps(report), flush=True)
    finally:
        tour.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
