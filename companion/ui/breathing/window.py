"""The breathing pacer window: pick a pattern, then breathe with the shape."""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from companion.core.breathing_patterns import Pattern, Position, shape_size
from companion.core.breathing_session import RUNNING, BreathingSession
from companion.core.endings import breathing_ending
from companion.core.i18n import translate
from companion.core.kinds import EventKind
from companion.core.wording import clock_text
from companion.ui.breathing.panel import BreathingPanel
from companion.ui.widgets.announce import announce
from companion.ui.widgets.keys import bind_keys, dialog_keys
from companion.ui.widgets.theme import window_title

log = logging.getLogger(__name__)

REDUCED_MOTION_MS = 100  # the shape steps once a second; the count needs no more frames


class BreathingWindow(BreathingPanel):
    """Paces a breathing session; emits `session_ended(record)` when it completes or is stopped.

    `cues` (optional) has `announce(text, chime=True)`; `cautions` are the general safety notes.
    """

    session_ended = Signal(dict)

    def __init__(self, patterns: list[Pattern], history, ticker, cues=None,
                 reduced_motion: bool = False, parent: QWidget | None = None,
                 cautions: list[str] | None = None):
        super().__init__(patterns, cautions or [], parent)
        self._history, self._ticker, self._cues = history, ticker, cues
        self._session: BreathingSession | None = None
        self._phase_key: tuple[int, int] | None = None
        self._reduced = False
        self.setWindowTitle(window_title(translate("Breathing", "Breathe")))
        self.start_button.clicked.connect(lambda: self.start())
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        # Window-wide keys, each enabled only when it makes sense (see _sync).
        self._keys = bind_keys(self, {
            Qt.Key.Key_Space: self.toggle_pause,
            Qt.Key.Key_Escape: self.stop,
        })
        # Enter starts (the Start button is the default; it is disabled in a session) unless
        # another button has focus, as in a dialog; a shortcut would also beat the combo box.
        dialog_keys(self, default=self.start_button)
        ticker.ticked.connect(self._on_tick)
        self.set_reduced_motion(reduced_motion)
        self._sync()
        hint = self.sizeHint()
        self.resize(hint.width(), self.height())
        self.fit_height()  # the minimum height at that width, not at Qt's first guess
        self.resize(hint)

    def set_reduced_motion(self, reduced: bool) -> None:
        """Change the shape's size once a second, in steps, instead of smoothly.

        The pace stays there to follow (the shape, the count and the phase words);
        only the gliding motion goes.
        """
        self._reduced = reduced
        if self._session is not None and self._session.active:
            self._render(self._ticker.now())  # the newly shown view must not wait for a tick
        if self._ticker.is_running():
            self._ticker.set_interval(self._frame_ms())

    # --- session control ------------------------------------------------------------

    def open(self, pattern_id: str | None = None) -> None:
        """Bring the window up: straight into `pattern_id` if one was named, else to the choice."""
        if pattern_id is not None:
            self.start(pattern_id)
            return
        self.show()
        self.raise_()
        self.activateWindow()
        if self._session is None or not self._session.active:
            self.start_button.setFocus()  # Enter starts; pattern and length are a Tab away

    def start(self, pattern_id: str | None = None) -> None:
        """Begin a session (with `pattern_id` if given); brings the window up if hidden."""
        if not self.isVisible():
            self.show()
        self.raise_()
        if self._session is not None and self._session.active:
            return
        if pattern_id is not None:
            index = self.pattern_box.findData(pattern_id)
            if index < 0:
                log.warning("unknown breathing pattern %r; using %s", pattern_id, self.pattern().id)
            else:
                self.pattern_box.setCurrentIndex(index)
        pattern = self.pattern()
        self._session = BreathingSession(pattern, pattern.session_cycles(self.length_box.value()))
        self._phase_key = None
        self._session.start(self._ticker.now())
        self._sync()
        self._render(self._ticker.now())

    def toggle_pause(self) -> None:
        """Pause a running session or resume a paused one."""
        s = self._session
        if s is None or not s.active:
            return
        now = self._ticker.now()
        if s.state == RUNNING:
            s.pause(now)
        else:
            s.resume(now)
        self._render(now)
        self._sync()

    def stop(self) -> None:
        """End the session early (it still goes to history); closes the window when idle."""
        if self._session is None or not self._session.active:
            self.close()
            return
        self._session.stop(self._ticker.now())
        self._ended()

    def stop_session(self) -> None:
        """End the session under way (companion --stop); unlike stop(), never closes the window."""
        if self._session is not None and self._session.active:
            self.stop()

    def end_session(self) -> dict | None:
        """End a running (or paused) session now, without a cue: Companion is closing.

        It is recorded as stopped with the breaths done; returns that record, or None
        when no session is running.
        """
        if self._session is None or not self._session.active:
            return None
        self._session.stop(self._ticker.now())
        return self._ended(quiet=True)

    def _ended(self, quiet: bool = False) -> dict:
        assert self._session is not None  # (it ended)
        ended = self._session.summary()
        assert ended is not None  # (finished or stopped)
        record = ended.as_record()
        self._history.record(EventKind.BREATHING_SESSION, record)
        ending = breathing_ending(record)
        self.show_message(ending.headline, ending.detail)
        # Quiet when Companion closes: a voice at logout would only puzzle.
        if record["completed"] and not quiet:
            self._announce(translate("Breathing", "Well done. That's the end of the session."))
        elif not quiet:
            self._announce(ending.spoken, chime=False)  # the user chose this; no need to chime
        self._sync()
        self.session_ended.emit(record)
        return record

    def _sync(self) -> None:
        """Controls, shortcuts and the ticker follow the session state."""
        s = self._session
        active = s is not None and s.active
        running = s is not None and s.active and s.state == RUNNING
        self.lock_choice(active, running)
        self._keys[Qt.Key.Key_Space].setEnabled(active)
        # No frames while paused, hidden or idle: the pacer then costs nothing.
        if running and self.isVisible():
            self._ticker.set_interval(self._frame_ms())
            if not self._ticker.is_running():
                self._ticker.start()
        elif self._ticker.is_running():
            self._ticker.stop()

    # --- frames ------------------------------------------------------------------------

    def _frame_ms(self) -> int:
        if self._reduced:
            return REDUCED_MOTION_MS
        rate = self.screen().refreshRate() if self.screen() else 60.0
        return max(4, round(1000 / (rate if 20 <= rate <= 240 else 60.0)))

    def _on_tick(self, now: float) -> None:
        if self._session is not None and self._session.state == RUNNING:
            self._render(now)

    def _render(self, now: float) -> None:
        s = self._session
        assert s is not None  # (frames come only while one runs)
        at = s.position(now)
        if at.finished:
            self._ended()
            return
        key = (at.cycle, at.phase_index)
        if key != self._phase_key:
            self._phase_key = key
            self.phase_label.setText(at.phase.label)
            self._announce(at.phase.label)
        # QLabel ignores an unchanged text, so these cost nothing on most frames.
        self.count_label.setText(str(math.ceil(at.phase_seconds_left - 1e-6)))
        left = self._left_text(at)
        self.left_label.setText(left if s.state == RUNNING else translate("Breathing", "{progress} · Paused").format(
            progress=left))
        progress = at.progress
        if self._reduced:
            # The size the breath reaches by the end of this second: one step a second.
            seconds = max(1, math.ceil(at.phase.seconds - 1e-6))
            done = at.phase.seconds - at.phase_seconds_left
            progress = min(1.0, (math.floor(done + 1e-6) + 1) / seconds)
        self.shape.set_level(shape_size(s.pattern, at.phase_index, progress))

    def _left_text(self, at: Position) -> str:
        assert self._session is not None
        if self._session.pattern.counts_cycles:
            return translate("Breathing", "Breath {number} of {total}").format(number=at.cycle, total=at.cycles_total)
        return translate("Breathing", "{time} left").format(time=clock_text(at.seconds_left))

    def _announce(self, text: str, chime: bool = True) -> None:
        announce(self, text)  # for a screen reader, whether or not cues are spoken
        if self._cues is not None:
            self._cues.announce(text, chime=chime)

    # --- window life ---------------------------------------------------------------

    def hideEvent(self, event) -> None:
        # Hidden (minimised, tucked away): pause so no breaths are missed, and stop frames.
        if self._session is not None and self._session.state == RUNNING:
            self._session.pause(self._ticker.now())
            self._render(self._ticker.now())
        self._sync()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:
        if self._session is not None and self._session.active:
            self._session.stop(self._ticker.now())
            self._ended()
        self._sync()
        super().closeEvent(event)
