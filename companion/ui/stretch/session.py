"""The session screen: it only draws a PlayerState and reports button presses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from companion.core.i18n import translate
from companion.core.routines import Routine
from companion.core.stretch_session import Phase, PlayerState
from companion.core.wording import clock_text, whole_seconds
from companion.ui.stretch import pictures
from companion.ui.stretch.countdown_ring import CountdownRing, ring_caption
from companion.ui.widgets.colors import is_dark, tile_surface
from companion.ui.widgets.controls import primary_button, quiet_button, secondary_button
from companion.ui.widgets.focus import show_focus
from companion.ui.widgets.fonts import scaled_font
from companion.ui.widgets.labels import muted
from companion.ui.widgets.theme import button_row, units


class Illustration(QWidget):
    """Draws a step's SVG, mirrored for the left side (pictures show the right side), in
    the window's light or dark scheme."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._renderers: dict[tuple[Path, bool, int], QSvgRenderer] = {}
        self._path: Path | None = None
        self._current: QSvgRenderer | None = None
        self._mirrored = False
        self._cache: QPixmap | None = None
        self._cache_key: tuple | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_picture(self, path: Path | None, mirrored: bool, description: str) -> None:
        """Switch to the picture at `path` (cached after the first load)."""
        self._path = path
        renderer = self._renderer(path)
        if renderer is not self._current or mirrored != self._mirrored:
            self._current, self._mirrored = renderer, mirrored
            # The name says what it is; the description is what a sighted user sees in it.
            self.setAccessibleName(translate("Stretch", "Picture of this stretch"))
            self.setAccessibleDescription(description)
            self.update()

    def _renderer(self, path: Path | None) -> QSvgRenderer | None:
        if path is None:
            return None
        key = (path, is_dark(self.palette()), tile_surface(self.palette()).rgba())
        if (found := self._renderers.get(key)) is None:
            found = self._renderers[key] = pictures.renderer(path, self.palette(), self)
        return found

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        # The desktop went dark or light: the same picture in the other scheme.
        if event.type() == QEvent.Type.PaletteChange and self._path is not None:
            self._current = self._renderer(self._path)
            self._cache_key = None
            self.update()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 14
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 7
        return QSize(side, side)

    def paintEvent(self, event) -> None:
        if self._current is None or not self._current.isValid():
            return
        side = min(self.width(), self.height())
        ratio = self.devicePixelRatioF()
        key = (id(self._current), side, self._mirrored, ratio)
        if key != self._cache_key:
            # Render the SVG once per picture and size; repaints (every tick near the
            # ring) then only copy a pixmap.
            self._cache = QPixmap(int(side * ratio), int(side * ratio))
            self._cache.setDevicePixelRatio(ratio)
            self._cache.fill(Qt.GlobalColor.transparent)
            painter = QPainter(self._cache)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if self._mirrored:
                painter.translate(side, 0)
                painter.scale(-1, 1)
            self._current.render(painter, QRectF(0, 0, side, side))
            painter.end()
            self._cache_key = key
        assert self._cache is not None  # (drawn above for this key)
        QPainter(self).drawPixmap(int((self.width() - side) / 2), int((self.height() - side) / 2), self._cache)


class SessionView(QWidget):
    """Instruction, picture, countdown ring, progress and the four controls."""

    back_clicked = Signal()
    pause_clicked = Signal()
    skip_clicked = Signal()
    stop_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._routine: Routine | None = None
        self.routine_label = muted(QLabel())
        self.progress_label = QLabel()
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.addWidget(self.routine_label, 1)
        top.addWidget(self.progress_label)

        self.picture = Illustration()
        self.ring = CountdownRing()
        self.side_label = QLabel()
        self.side_label.setFont(scaled_font(self, 1.3, bold=True))
        self.side_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rep_label = muted(QLabel())
        self.rep_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        beside = QVBoxLayout()
        beside.addStretch(1)
        beside.addWidget(self.ring, 3)
        beside.addWidget(self.side_label)
        beside.addWidget(self.rep_label)
        beside.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.picture, 3)
        middle.addLayout(beside, 2)

        self.heading = QLabel()
        self.heading.setFont(scaled_font(self, 1.7, bold=True))
        self.heading.setWordWrap(True)
        self.instruction = QLabel()
        self.instruction.setFont(scaled_font(self, 1.3))
        self.instruction.setWordWrap(True)
        self.instruction.setMinimumHeight(self.instruction.fontMetrics().height() * 4)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.caution = muted(QLabel())
        self.caution.setWordWrap(True)
        self.next_label = muted(QLabel())

        # Pause is the main control; going back and skipping are minor, stopping is there.
        # (A flat button shows no focus of its own in the style: show_focus draws it.)
        self.back_button = self._button(show_focus(quiet_button(translate("Stretch", "&Back"))),
                                        translate("Stretch", "Back to the previous step (Left arrow)"),
                                        self.back_clicked)
        self.pause_button = self._button(primary_button(translate("Stretch", "&Pause")),
                                         translate("Stretch", "Pause (Space)"), self.pause_clicked)
        self.skip_button = self._button(show_focus(quiet_button(translate("Stretch", "&Skip"))),
                                        translate("Stretch", "Skip to the next step (Right arrow)"),
                                        self.skip_clicked)
        self.stop_button = self._button(secondary_button(translate("Stretch", "S&top")),
                                        translate("Stretch", "Stop the session (Esc)"), self.stop_clicked)
        controls = button_row(self.back_button, self.skip_button,
                              end=(self.stop_button, self.pause_button))

        layout = QVBoxLayout(self)
        # The window gives the margins; lines sit close so that twice the text still fits
        # a 768 px screen with the picture and the ring.
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(units(self, 1))
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.heading)
        layout.addWidget(self.instruction)
        layout.addWidget(self.caution)
        layout.addWidget(self.next_label)
        layout.addLayout(controls)

    def _button(self, button: QPushButton, accessible: str, signal) -> QPushButton:
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.clicked.connect(signal)
        return button

    def set_routine(self, routine: Routine) -> None:
        self._routine = routine
        self.routine_label.setText(routine.name)

    def render(self, state: PlayerState) -> None:  # type: ignore[override]  # not QWidget.render
        """Show one moment of the session."""
        if state.phase is Phase.DONE or state.run is None:
            return
        run, routine = state.run, self._routine
        assert routine is not None  # (shown before its first moment)
        side = routine.side_label(state.side)
        left = clock_text(state.total_left)
        self._set_text(self.progress_label, translate("Stretch", "Step {number} of {count} · {left} left").format(
            number=state.number, count=state.count, left=left))
        caption = ""
        if state.phase is Phase.STEP:
            heading = run.title
            caption = (translate("Stretch", "Round {rep} of {reps}").format(rep=state.rep, reps=state.reps)
                       if state.reps else translate("Stretch", "Hold"))
        elif run.switched:  # the routine's own words for changing sides
            heading = translate("Stretch", "{switch}: {step}").format(
                switch=routine.switch_cue().rstrip("."), step=run.title)
        elif state.phase is Phase.READY:
            heading = translate("Stretch", "Get ready: {step}").format(step=run.title)
        else:
            heading = translate("Stretch", "Next: {step}").format(step=run.title)
        self._set_text(self.heading, heading)
        self._set_text(self.instruction, run.step.instruction)
        self._set_text(self.caution, translate("Stretch", "Take care: {caution}").format(caution=run.step.caution)
                       if run.step.caution else "")
        self.caution.setVisible(bool(run.step.caution))
        self._set_text(self.side_label, side)
        self.side_label.setVisible(bool(side))
        self._set_text(self.rep_label, "" if state.phase is not Phase.STEP else caption)
        following = ""
        if state.next_run is not None:
            following = translate("Stretch", "Then: {step}").format(step=state.next_run.title)
            if state.next_run.switched:
                following = translate("Stretch", "Then: {step}, {side}").format(
                    step=state.next_run.title, side=routine.side_label(state.next_run.side).lower())
        elif state.phase is Phase.STEP:
            following = translate("Stretch", "Last step")
        self._set_text(self.next_label, following)
        self.ring.set_state(1.0 - state.progress, str(whole_seconds(state.time_left)),
                            ring_caption(state.paused, state.phase is Phase.STEP),
                            active=state.phase is Phase.STEP and not state.paused)
        self.picture.show_picture(run.step.illustration, run.side == "left", run.title)
        if self._set_text(self.pause_button, translate("Stretch", "&Resume") if state.paused
                          else translate("Stretch", "&Pause")):
            self.pause_button.setAccessibleName(translate("Stretch", "Resume (Space)") if state.paused
                                                else translate("Stretch", "Pause (Space)"))

    @staticmethod
    def _set_text(widget, text: str) -> bool:
        """Set text only when it changed: re-setting relayouts, and ticks come 10 times a second."""
        if widget.text() == text:
            return False
        widget.setText(text)
        return True
