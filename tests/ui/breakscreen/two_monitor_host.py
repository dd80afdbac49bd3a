"""Shows a break screen on a real X display for test_two_monitors.py; orders on stdin.

``covers N`` answers, once there are N covers (monitors come and go in their own time),
each cover's screen, kind and window id; ``shot PATH`` saves the whole display;
``lead`` opens a plain window as Start opens the routine's, led above the main cover
(its window id); ``quit``. ``--dark`` on the command line: the dark palette.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QRect, QSocketNotifier, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication


def main() -> int:
    kind = sys.argv[1] if len(sys.argv) > 1 else "stretch"
    qapp = QApplication(sys.argv[:1])
    if "--dark" in sys.argv:
        from PySide6.QtCore import Qt
        qapp.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        from PySide6.QtGui import QPalette

        from companion.ui.widgets.colors import fusion_palette
        if qapp.palette().color(QPalette.ColorRole.Window).lightness() > 128:  # no theme here
            qapp.setPalette(fusion_palette(dark=True))
    qapp.setQuitOnLastWindowClosed(False)
    from companion.core.breaks import BreakRules, Used, offer
    from companion.ui.breakscreen.content import break_content
    from companion.ui.breakscreen.cover import BreakPanel
    from companion.ui.breakscreen.screen import BreakScreen
    from companion.ui.widgets.colors import follow_system_colours
    follow_system_colours(qapp)
    rules = BreakRules()
    screen = BreakScreen(break_content(kind, None, None), rules, offer(rules, Used(1, 0)), 10,
                         reduced_motion=True)
    screen.show()
    waiting: list[int] = []
    led: list = []

    def covers() -> list[dict]:
        return [{"screen": s.name(), "main": isinstance(c, BreakPanel), "window": int(c.winId()),
                 "mapped": c.isVisible(), "full": c.isFullScreen(),
                 # What the window system says it covers (on Wayland no window can be asked
                 # for its place, only for the output it is on and its size).
                 "on": c.screen().name(), "size": [c.width(), c.height()],
                 "screen_size": [s.geometry().width(), s.geometry().height()]}
                for s, c in screen.covers.items()]

    def settle() -> None:
        # Answered only once the covers are mapped, so the test reads X's geometry after.
        if waiting and len(screen.covers) == waiting[0] and all(c.isVisible() for c in screen.covers.values()):
            waiting.clear()
            print(json.dumps(covers()), flush=True)

    check = QTimer()
    check.setInterval(0)
    check.setSingleShot(True)
    check.timeout.connect(settle)
    for changed in (qapp.screenAdded, qapp.screenRemoved):
        changed.connect(lambda *_: check.start())

    def order(line: str):
        verb, _, arg = line.strip().partition(" ")
        if verb == "covers":
            waiting[:] = [int(arg)]
            check.start()
            return None
        if verb == "shot":
            # Each cover drawn where it is, onto one picture of the whole display (drawn by
            # Qt, so it does not depend on when X got round to showing the last paint).
            # In device pixels: Qt keeps each screen's top left as the display has it and
            # scales only sizes, so this is the display as the X server holds it.
            grabs = [(cover.screen().geometry().topLeft(), cover.grab()) for cover in screen.covers.values()]
            whole = QRect()
            for corner, grab in grabs:
                whole = whole.united(QRect(corner, grab.size()))
            picture = QPixmap(whole.size())
            picture.fill(QColor("black"))
            painter = QPainter(picture)
            for corner, grab in grabs:
                painter.drawPixmap(QRect(corner - whole.topLeft(), grab.size()), grab)
            painter.end()
            picture.save(arg)
            return "ok"
        if verb == "lead":
            from PySide6.QtWidgets import QLabel
            routine = QLabel("The routine")
            routine.setWindowTitle("Stretch break")
            routine.resize(400, 300)
            screen.lead(routine)  # as the app does: marked, then shown by navigate
            routine.show()
            led.append(routine)
            return int(routine.winId())
        if verb == "quit":
            screen.end()
            qapp.quit()
            return "bye"
        return f"unknown order {verb!r}"

    def read() -> None:
        line = sys.stdin.readline()
        if not line:
            qapp.quit()
            return
        answer = order(line)
        if answer is not None:
            print(json.dumps(answer), flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(read)
    print(json.dumps("ready"), flush=True)
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(main())
