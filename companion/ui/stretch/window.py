"""Guided stretch sessions: picker -> (safety note) -> session -> well done.

The window owns one RoutinePlayer at a time and feeds it the ticker's time; the
session screen only draws what the player says. The ticker runs only while a
session is running and visible, so an idle or paused window costs nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from companion import assets
from companion.core.content_translations import read_note
from companion.core.kinds import EventKind
from companion.core.routines import Routine, find_routine
from companion.core.stretch_session import Phase, PlayerState, RoutinePlayer
from companion.ui.stretch.done import DonePage
from companion.ui.stretch.picker import RoutinePicker, SafetyNote
from companion.ui.stretch.session import SessionView
from companion.ui.widgets.announce import announce
from companion.ui.widgets.keys import bind_keys, dialog_keys
from companion.ui.widgets.layout import fit_content, widen_to_fit
from companion.ui.widgets.theme import window_title

log = logging.getLogger(__name__)


class StretchWindow(QWidget):
    """Routine picker and guided session player for hand, wrist and body stretches."""

    session_ended = Signal(dict)
    safety_acknowledged = Signal()

    def __init__(self, routines: list[Routine], history, ticker, cues=None,
                 assets_dir: Path | None = None, safety_seen: bool = False, parent: QWidget | None = None,
                 language: str = "en"):
        super().__init__(parent)
        self.setWindowTitle(window_title("Stretch break"))
        self.routines, self.history, self.ticker, self.cues = routines, history, ticker, cues
        self.safety_seen = safety_seen
        self.player: RoutinePlayer | None = None
        self._pending: str | None = None  # routine waiting for the safety note
        self._shown: tuple | None = None  # (phase, step number) last announced
        self._last_routine_id: str | None = None

        self.picker = RoutinePicker(routines)
        safety_file = Path(assets_dir or assets.root()) / "stretch_safety.md"
        try:
            safety_text = read_note(safety_file, language)  # in English where not translated
        except OSError:
            log.warning("safety note missing: %s", safety_file)
            safety_text = ("Stretch only to a mild pull, never to pain. Stop if you feel tingling or "
                           "numbness. This is for comfort, not treatment, and not medical advice.")
        self.safety = SafetyNote(safety_text)
        self.session = SessionView()
        self.done = DonePage()
        self.pages = QStackedWidget()
        for page in (self.picker, self.safety, self.session, self.done):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.picker.chosen.connect(self.start)
        self.picker.safety_requested.connect(self.show_safety)
        self.safety.accepted.connect(self._safety_done)
        self.session.pause_clicked.connect(self.toggle_pause)
        self.session.skip_clicked.connect(self.skip)
        self.session.back_clicked.connect(self.back)
        self.session.stop_clicked.connect(self.stop)
        self.done.again_button.clicked.connect(lambda: self.start(self._last_routine_id))
        self.done.picker_button.clicked.connect(lambda: self.start(None))
        self.done.close_button.clicked.connect(self.close)
        self.ticker.ticked.connect(self._tick)
        # Window-wide keys. Esc always does something (stop, back or close); the others
        # only mean something in a session, and are switched off outside one so that a
        # focused button on the other pages still gets Space (see _sync_keys).
        self._keys = bind_keys(self, {Qt.Key.Key_Space: self.toggle_pause, Qt.Key.Key_Left: self.back,
                                      Qt.Key.Key_Right: self.skip, Qt.Key.Key_Escape: self._escape})
        self._sync_keys()
        # Enter presses each page's main button (or the focused one), as in a dialog.
        dialog_keys(self.safety, default=self.safety.button)
        dialog_keys(self.done, default=self.done.close_button)
        self.pages.currentChanged.connect(self._focus_page)
        # As wide as a session or the picker wants (wider when large text would not fit the screen's
        # height); as tall as the tallest page (every routine in the picker) needs, as far
        # as the screen allows.
        margins = layout.contentsMargins()
        pages = max(self.session.sizeHint().width(), self.picker.sizeHint().width())
        width = max(pages + margins.left() + margins.right(), self.minimumSizeHint().width())
        width = widen_to_fit(self, width)
        fit_content(self, width)

    # -- public ---------------------------------------------------------------------

    def start(self, routine_id: str | None = None) -> None:
        """Begin a routine (after the safety note the first time); None shows the picker.

        A session already under way is kept: a reminder or the tray asking again only
        brings the window forward, it never throws away the user's progress.
        """
        if self.player is not None and not self.player.finished:
            return
        routine = find_routine(self.routines, routine_id) if routine_id else None
        if routine_id and routine is None:
            log.warning("no stretch routine %r; showing the picker", routine_id)
        if routine is None:
            self.pages.setCurrentWidget(self.picker)
            return
        if not self.safety_seen:
            self._pending = routine.id
            self.show_safety()
            return
        self._last_routine_id = routine.id
        self.player = RoutinePlayer(routine, self.ticker.now())
        self._shown = None
        self.session.set_routine(routine)
        self.pages.setCurrentWidget(self.session)
        self._sync_keys()
        self._render(self.player.update(self.ticker.now()))
        self.ticker.start()

    def set_reduced_motion(self, reduced: bool) -> None:
        """Move the countdown ring in whole-second steps instead of smoothly."""
        self.session.ring.set_reduced_motion(reduced)

    def show_safety(self) -> None:
        """Show the safety note (before a first session, or on request)."""
        self.safety.set_first_time(not self.safety_seen)
        self.pages.setCurrentWidget(self.safety)

    def toggle_pause(self) -> None:
        """Pause or resume the running session."""
        if not self._in_session():
            return
        assert self.player is not None  # (in a session)
        self.player.toggle_pause(self.ticker.now())
        self.ticker.stop() if self.player.paused else self.ticker.start()
        self._render(self.player.update(self.ticker.now()))

    def skip(self) -> None:
        """Go on to the next step."""
        if self._in_session():
            assert self.player is not None  # (in a session)
            self.player.skip(self.ticker.now())
            self._render(self.player.update(self.ticker.now()))

    def back(self) -> None:
        """Go back one step."""
        if self._in_session():
            assert self.player is not None  # (in a session)
            self.player.back(self.ticker.now())
            self._render(self.player.update(self.ticker.now()))

    def stop(self) -> None:
        """End the session early; it still counts and is recorded."""
        self.end_session()

    def end_session(self) -> dict | None:
        """End a running session now, recorded as stopped with the steps done; its summary.

        None when no session is running (nothing is recorded then).
        """
        if not self._in_session():
            return None
        assert self.player is not None  # (in a session)
        self.player.stop(self.ticker.now())
        return self._finish()

    stop_session = stop  # what the app calls (companion --stop); nothing when none runs

    # -- inside ---------------------------------------------------------------------

    def _in_session(self) -> bool:
        return self.player is not None and not self.player.finished

    def _focus_page(self) -> None:
        """Focus the control a keyboard user wants first on the page now shown."""
        page = self.pages.currentWidget()
        firsts: dict[QWidget | None, QWidget] = {
            self.safety: self.safety.button, self.session: self.session.pause_button,
            self.done: self.done.close_button}
        first = firsts.get(page)
        if page is self.picker:
            first = next(iter(self.picker.start_buttons.values()), None)
        if first is not None:
            first.setFocus()

    def _sync_keys(self) -> None:
        in_session = self._in_session()
        for key in (Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._keys[key].setEnabled(in_session)

    def _escape(self) -> None:
        if self._in_session():
            self.stop()
        elif self.pages.currentWidget() is self.safety and self.safety_seen:
            self.pages.setCurrentWidget(self.picker)
        else:
            self.close()

    def _safety_done(self) -> None:
        if not self.safety_seen:
            self.safety_seen = True
            self.safety_acknowledged.emit()
        pending, self._pending = self._pending, None
        self.start(pending)

    def _tick(self, now: float) -> None:
        if self._in_session():
            assert self.player is not None  # (in a session)
            self._render(self.player.update(now))

    def _render(self, state: PlayerState) -> None:
        if state.phase is Phase.DONE:
            self._finish()
            return
        self.session.render(state)
        self._announce(state)

    def _announce(self, state: PlayerState) -> None:
        """Cue once per phase change: a spoken heads-up in a lead-in, a chime to begin."""
        key = (state.phase, state.number)
        if key == self._shown:
            return
        self._shown = key
        assert self.player is not None and state.run is not None  # (a moment of a session)
        run, routine = state.run, self.player.routine
        side = routine.side_label(state.side)
        if state.phase is Phase.STEP:
            text, chime = run.step.instruction, True
        elif run.switched:
            text, chime = f"{routine.switch_cue()} {side}.", False
        else:
            lead = "Get ready." if state.phase is Phase.READY else "Next:"
            text, chime = f"{lead} {run.title}. {side}".strip(), False
        # A screen reader hears every step change even with spoken cues off.
        announce(self, text)
        if self.cues is not None:
            self.cues.announce(text, chime=chime)

    def _finish(self) -> dict:
        assert self.player is not None  # (its session ended)
        self.ticker.stop()
        self._sync_keys()
        ended = self.player.summary
        assert ended is not None  # (the session is over)
        summary = ended.as_record()
        self.history.record(EventKind.STRETCH_SESSION, dict(summary))
        self.done.show_summary(self.player.routine, summary)
        assert self.done.ending is not None  # (just shown)
        if summary["completed"]:
            announce(self, "Well done. That's the end of the session.")
            if self.cues is not None:
                self.cues.announce("Well done. That's the end of the session.", chime=True)
        else:  # the user chose to stop: heard on a screen reader, no chime
            announce(self, self.done.ending.spoken)
        self.pages.setCurrentWidget(self.done)
        self.session_ended.emit(summary)
        return summary

    def hideEvent(self, event) -> None:
        # Nobody can follow a hidden session: hold it where it is.
        if self._in_session() and self.player is not None and not self.player.paused:
            self.toggle_pause()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:
        # Closing mid-session ends it, so the time spent still counts as a break.
        self.stop()
        super().closeEvent(event)
