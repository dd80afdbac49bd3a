"""A break screen on every monitor, for as long as the break lasts.

One fullscreen cover per ``QScreen``: the main screen's carries the break, the others a
quiet line. Monitors plugged in or out, and a new main monitor, are followed while it is
up. It reports the person's answer as ``answered(kind, answer, minutes)``, the way the
prompt centre reports a prompt's, and the app records it like any prompt answer.

It is shown from the app's prompt path, after the presence gate: it never appears during a
call, a fullscreen presentation or do not disturb, because the gate holds it as it holds
every prompt.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from companion.core.breaks import BreakAnswer, BreakRules, Offer
from companion.ui.breakscreen.content import BreakContent
from companion.ui.breakscreen.cover import BreakPanel, Cover, QuietCover
from companion.ui.breakscreen.hold import EscapeHold
from companion.ui.widgets.announce import announce


class _PlainAgain(QObject):
    """Turns a window led by a break screen back into a plain window once it is hidden."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and not watched.isVisible():
            watched.removeEventFilter(self)
            handle = watched.windowHandle()
            if handle is not None:
                handle.setTransientParent(None)  # type: ignore[arg-type]  # (None: none, as Qt allows)
            flags = watched.windowFlags() & ~Qt.WindowType.WindowType_Mask
            watched.setWindowFlags(flags | Qt.WindowType.Window)
            self.deleteLater()
        return False


class BreakScreen(QObject):
    """The covers of one break. ``answered(kind, answer, minutes)``; ``ended()`` once gone."""

    answered = Signal(str, str, int)
    ended = Signal()

    def __init__(self, content: BreakContent, rules: BreakRules, offer: Offer,
                 timeout_minutes: float, reduced_motion: bool = False,
                 new_timer: Callable | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.content, self.rules, self.offer = content, rules, offer
        self.reduced_motion = reduced_motion
        self.started = False   # Start pressed: the routine leads, Done ends the break
        self.covers: dict[QScreen, Cover] = {}
        self.escape = EscapeHold(**({"new_timer": new_timer} if new_timer else {}), parent=self)
        self.escape.held.connect(lambda: self._answer(BreakAnswer.ESCAPE))
        self.escape.holding.connect(self._holding)
        # Nobody there to answer: the break is missed when a prompt would be.
        self.timeout = QTimer(self)
        self.timeout.setSingleShot(True)
        self.timeout.setTimerType(Qt.TimerType.PreciseTimer)
        self.timeout.setInterval(round(timeout_minutes * 60_000))
        self.timeout.timeout.connect(lambda: self._answer(BreakAnswer.TIMEOUT))
        self._led: QWidget | None = None
        self._watched: set[QScreen] = set()  # screens whose size and place are followed
        self.up = False

    @property
    def kind(self) -> str:
        return self.content.kind

    @property
    def panel(self) -> BreakPanel | None:
        """The main screen's cover."""
        return next((c for c in self.covers.values() if isinstance(c, BreakPanel)), None)

    def show(self) -> None:
        """Cover every monitor, and tell a screen reader what the break is."""
        self.up = True
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)
        app.primaryScreenChanged.connect(self._screens_changed)
        self._screens_changed()
        self.timeout.start()
        panel = self.panel
        if panel is not None:
            panel.activateWindow()
            panel.start_button.setFocus()
            announce(panel, panel.spoken())

    def _screens_changed(self, *_screen: object) -> None:
        """One cover per screen now; the break itself on the main one."""
        if not self.up:
            return
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        self._watched &= set(screens)  # a screen that went away took its connection with it
        for screen in list(self.covers):
            cover = self.covers[screen]
            if screen not in screens or isinstance(cover, BreakPanel) != (screen is primary):
                del self.covers[screen]
                cover.leave()
        for screen in screens:
            if screen not in self.covers:
                cover = self._cover(screen, screen is primary)
                self.covers[screen] = cover
                if screen not in self._watched:
                    self._watched.add(screen)
                    screen.geometryChanged.connect(self._screens_changed)
                cover.cover()
            else:
                self.covers[screen].place(screen)
        if self._led is not None:
            self.lead(self._led)  # the panel may be new: keep the routine above it

    def _cover(self, screen: QScreen, main: bool) -> Cover:
        cover: Cover
        if main:
            cover = BreakPanel(screen, self.content, self.offer, self.rules.postpone_minutes,
                               self.reduced_motion)
            cover.chosen.connect(self._chosen)
            if self.started:
                cover.under_way()
        else:
            cover = QuietCover(screen, self.content.title)
        self.escape.watch(cover)
        return cover

    def lead(self, window: QWidget) -> None:
        """Keep ``window`` (the routine Start opens) above the main screen's cover.

        A window transient for the cover is kept above it by the window manager, even
        though the cover is fullscreen and stays on top. X11 reads that when the window is
        mapped, so this comes before the window is shown.
        """
        self._led = window
        panel = self.panel
        if panel is None:
            return
        if not window.isVisible() and window.windowType() == Qt.WindowType.Window:
            # Qt marks only dialog-like windows as transient on X11; the window goes back
            # to a plain one once it is closed (_PlainAgain).
            window.setWindowFlag(Qt.WindowType.Dialog, True)
            _PlainAgain(window)
        window.winId()  # its native window, to be marked before it is mapped
        handle, cover_handle = window.windowHandle(), panel.windowHandle()
        if handle is not None and cover_handle is not None:
            handle.setTransientParent(cover_handle)

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        if (panel := self.panel) is not None:
            panel.set_reduced_motion(reduced)

    def end(self) -> None:
        """Take every cover down (the break ended: answered, finished, or Companion closing)."""
        if not self.up:
            return
        self.up = False
        self.timeout.stop()
        self.escape.release()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            for changed in (app.screenAdded, app.screenRemoved, app.primaryScreenChanged):
                changed.disconnect(self._screens_changed)
        for screen in self._watched & set(QGuiApplication.screens()):  # (gone ones took theirs)
            screen.geometryChanged.disconnect(self._screens_changed)
        self._watched.clear()
        if self._led is not None and (handle := self._led.windowHandle()) is not None:
            handle.setTransientParent(None)  # type: ignore[arg-type]  # (None: no parent, as Qt allows)
        covers, self.covers = list(self.covers.values()), {}
        for cover in covers:
            cover.leave()
        self.ended.emit()

    # -- answers ---------------------------------------------------------------------
    def _chosen(self, answer: str) -> None:
        if answer == BreakAnswer.START:
            self.started = True
            self.timeout.stop()  # the break is under way: it ends with the routine or Done
            if (panel := self.panel) is not None:
                panel.under_way()
            self.answered.emit(self.kind, BreakAnswer.START.value, 0)
            return
        if answer == BreakAnswer.DONE and self.started:
            self.end()  # its answer was Start; the app ends the routine with the break
            return
        self._answer(BreakAnswer(answer))

    def _answer(self, answer: BreakAnswer) -> None:
        if not self.up:
            return
        if answer is BreakAnswer.ESCAPE and self.started:
            self.end()  # already answered with Start: leaving only ends it
            return
        minutes = self.rules.postpone_minutes if answer is BreakAnswer.POSTPONE else 0
        self.end()
        self.answered.emit(self.kind, answer.value, minutes)

    def _holding(self, holding: bool) -> None:
        for cover in self.covers.values():
            if isinstance(cover, (BreakPanel, QuietCover)):
                cover.set_holding(holding)
