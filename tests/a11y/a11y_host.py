"""Runs the real app on a real display for the AT-SPI tests; takes orders on stdin.

Each line in is one order, each line out one JSON answer:
``run <action>`` (as from the command line), ``prompt <kind>`` (a reminder falls due),
``break <kind>`` (a break screen comes up, as it does for a break due with the screen
asked for), ``labels`` (the text of every label on screen, to compare with what AT-SPI exposes),
``state`` (pause and the prompt answers so far), ``answers N`` (the prompt answers, once
there are N: an AT-SPI press clicks a moment later), ``home`` (every window but Today
closed, as a user closes them, and each built anew when next opened; the answers so far
forgotten; answers the titles of any still shown, the kinds of event the history holds,
whether reminders are paused and whether a setting changed since the start), ``quit``.
"""

from __future__ import annotations

import json
import re
import sys

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

APP_NAME = "companion-under-test"


def _plain(label: QLabel, text: str) -> str:
    """The words a label shows: markup rendered, a buddy's mnemonic ampersand dropped."""
    kind = label.textFormat()
    if kind == Qt.TextFormat.MarkdownText:
        doc = QTextDocument()
        doc.setMarkdown(text)
        return doc.toPlainText()
    if kind == Qt.TextFormat.RichText or (kind == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    if label.buddy() is not None:
        text = re.sub(r"&(.)", r"\1", text)
    return text


def shown_labels() -> list[dict]:
    """Every label a sighted user can read now, as plain text."""
    found = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for label in window.findChildren(QLabel):
            text = label.text()
            if not label.isVisible() or not text.strip():
                continue
            found.append({"window": window.windowTitle(), "text": _plain(label, text)})
    return found


def main() -> int:
    from companion.app import Companion
    from companion.core.kinds import Request
    from companion.services import paths

    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName(APP_NAME)
    qapp.setQuitOnLastWindowClosed(False)
    app = Companion(paths.resolve(), confirm_quit=lambda: True)
    answers: list[list] = []
    waiting: list[int] = []  # an "answers N" order not yet answered

    def answered(*answer) -> None:
        answers.append(list(answer))
        if waiting and len(answers) >= waiting[0]:
            waiting.clear()
            print(json.dumps(answers), flush=True)

    app.start()
    # Toasts, not desktop notifications: the toast is the app's own window, read here.
    app.prompt_center.native = False
    app.prompt_center.answered.connect(answered)
    app.home.show_today()

    def order(line: str) -> object:
        verb, _, arg = line.strip().partition(" ")
        if verb == "run":
            # Later, not now: a modal dialog would hold the answer until it closes.
            QTimer.singleShot(0, lambda: app.commands.run(Request.parse(arg)))
            return "ok"
        if verb == "prompt":
            app.show_prompt(arg)
            return "ok"
        if verb == "break":
            app._show_break_screen(arg)
            app.break_screen.answered.connect(answered)
            return "ok"
        if verb == "answers":
            if len(answers) >= int(arg):
                return answers
            waiting.append(int(arg))
            return None  # answered later, by answered()
        if verb == "labels":
            return shown_labels()
        if verb == "state":
            until = app.reminders.paused_until()
            return {"answers": answers, "paused": until is not False,
                    "paused_until": until.isoformat() if until not in (None, False) else None}
        if verb == "home":
            return back_home()
        if verb == "quit":
            qapp.quit()  # the app is shut down once the event loop has stopped
            return "bye"
        return f"unknown order {verb!r}"

    def back_home() -> dict:
        """As just started: Today alone on screen, the next window opened built anew."""
        for kind in list(app.prompt_center.open_kinds()):
            app.prompt_center.withdraw(kind)
        app._end_break_screen()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window is not app.home.today:
                window.close()  # a session under way ends and is recorded, as on close
        # The app's own way to rebuild a window when next opened (and centre it again).
        app.features.language_changed()
        app.home.show_today()
        answers.clear()
        waiting.clear()
        shown = [window.windowTitle() for window in QApplication.topLevelWidgets()
                 if window.isVisible() and window is not app.home.today]
        return {"shown": shown, "recorded": sorted({event.kind for event in app.history.events()}),
                "paused": app.reminders.paused_until() is not False,
                "settings_changed": app.settings != first_settings}

    def read() -> None:
        line = sys.stdin.readline()
        if not line:
            qapp.quit()
            return
        try:
            answer = order(line)
        except Exception as exc:  # the test shows it; the app stays up for the next order
            answer = {"error": repr(exc)}
        if answer is not None:
            print(json.dumps(answer), flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(read)
    first_settings = app.settings  # as a new user has them
    print(json.dumps("ready"), flush=True)
    code = qapp.exec()
    app.features.close_all()
    app.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
