"""The pacer's widgets and layout: what the user sees, with no session logic."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.breathing_patterns import Pattern
from companion.core.i18n import tr, translate
from companion.ui.breathing.shape import BreathShape
from companion.ui.widgets.controls import primary_button, secondary_button
from companion.ui.widgets.fonts import scaled_font
from companion.ui.widgets.layout import fit_height, screen_room, widen_to_fit
from companion.ui.widgets.theme import TITLE_SCALE, title_label, units

LONGEST_SESSION = {"cycles": 40, "minutes": 30}


class BreathingPanel(QWidget):
    """Pattern and length choice, the shape, phase text and buttons."""

    def __init__(self, patterns: list[Pattern], cautions: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        if not patterns:
            raise ValueError("the breathing pacer needs at least one pattern")
        self._patterns = {p.id: p for p in patterns}
        self._build(patterns, cautions)
        self._pattern_chosen()

    def _build(self, patterns: list[Pattern], cautions: list[str]) -> None:
        self.heading = title_label(translate("Breathing", "Breathe"))
        self.heading.setAccessibleDescription(translate("Breathing", "Window heading"))
        self.pattern_box = QComboBox(accessibleName=translate("Breathing", "Breathing pattern"))
        for p in patterns:
            self.pattern_box.addItem(p.name, p.id)
        self.pattern_box.currentIndexChanged.connect(self._pattern_chosen)
        self.length_box = QSpinBox(accessibleName=translate("Breathing", "Session length"))
        self.length_box.valueChanged.connect(self._length_words)
        form = QFormLayout()
        form.addRow(translate("Breathing", "&Pattern"), self.pattern_box)
        form.addRow(translate("Breathing", "&Length"), self.length_box)

        self.about = QLabel(wordWrap=True, accessibleDescription=translate("Breathing", "About this pattern"))
        self.caution = QLabel(wordWrap=True, accessibleDescription=translate("Breathing", "Caution for this pattern"))
        self.shape = BreathShape()
        centred = Qt.AlignmentFlag.AlignCenter
        self.phase_label = QLabel(alignment=centred, wordWrap=True,
                                  accessibleDescription=translate("Breathing", "What to do now"))
        self.count_label = QLabel(alignment=centred,
                                  accessibleDescription=translate("Breathing", "Seconds left in this step"))
        self.left_label = QLabel(alignment=centred, wordWrap=True,
                                 accessibleDescription=translate("Breathing", "Session progress"))

        # Start is the main action; in a session the Pause and Stop beside it are secondary.
        self.start_button = primary_button(translate("Breathing", "&Start"))
        self.start_button.setAccessibleName(translate("Breathing", "Start breathing session"))
        self.pause_button = secondary_button(translate("Breathing", "Pa&use"))
        self.pause_button.setAccessibleName(translate("Breathing", "Pause or resume"))
        self.stop_button = secondary_button(translate("Breathing", "S&top"))
        self.stop_button.setAccessibleName(translate("Breathing", "Stop breathing session"))
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button):
            buttons.addWidget(button)
        self.safety = QLabel(" ".join(cautions), wordWrap=True,
                             accessibleDescription=translate("Breathing", "Safety notes"))
        self.safety.setVisible(bool(cautions))
        # Hidden during a session but its room kept, so neither the window nor the shape
        # changes size when a session starts or stops.
        policy = self.safety.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.safety.setSizePolicy(policy)

        layout = QVBoxLayout(self)
        # Close-set lines and narrower margins than the style's: at twice the text size its
        # usual gaps between a dozen items took more height than a 768 px screen has.
        layout.setSpacing(units(self, 0.5))
        margin = units(self, 2)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.about)
        layout.addWidget(self.caution)
        # The shape takes the spare room.
        layout.addWidget(self.shape, 1)
        layout.addStretch(0)
        for widget in (self.phase_label, self.count_label, self.left_label):
            layout.addWidget(widget)
        layout.addStretch(0)
        layout.addLayout(buttons)
        layout.addSpacing(units(self, 1))
        layout.addWidget(self.safety)
        self._apply_fonts()

    # --- text size ----------------------------------------------------------------

    def _apply_fonts(self) -> None:
        # Scale from the inherited font so text follows the user's system font size.
        for widget, factor, bold in ((self.heading, TITLE_SCALE, False), (self.phase_label, 1.8, True),
                                     (self.count_label, 2.2, False), (self.left_label, 1.1, False),
                                     (self.safety, 0.9, False)):
            widget.setFont(scaled_font(self, factor, bold))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
            self.fit_height()
        super().changeEvent(event)

    def _em(self, n: float) -> int:
        return round(n * self.fontMetrics().horizontalAdvance("M"))

    def fit_height(self) -> None:
        """Keep the window tall enough for its wrapped text at the current width."""
        self.setMinimumWidth(self._em(26))
        fit_height(self, shrinkable=self._shape_slack())

    def _shape_slack(self) -> int:
        # The layout counts the shape at its preferred size, but it may shrink to its minimum.
        shape = self.shape
        return shape.sizeHint().height() - shape.minimumHeight() if shape.isVisibleTo(self) else 0

    def sizeHint(self) -> QSize:
        # Wider than usual if large text would otherwise make the window taller than the screen.
        width = widen_to_fit(self, self._em(44), shrinkable=self._shape_slack())
        layout = self.layout()
        assert layout is not None
        return QSize(width, min(layout.totalHeightForWidth(width), screen_room(self).height()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_height()

    # --- content ------------------------------------------------------------------

    def pattern(self) -> Pattern:
        """The pattern currently chosen."""
        return self._patterns[self.pattern_box.currentData()]

    def _pattern_chosen(self) -> None:
        # The choice is locked during a session, so a change always means "idle".
        p = self.pattern()
        unit = "cycles" if p.counts_cycles else "minutes"
        self.length_box.setRange(1, min(p.max_cycles or LONGEST_SESSION[unit], LONGEST_SESSION[unit]))
        self.length_box.setValue(int(p.cycles or 1) if p.counts_cycles else round(p.minutes or 1))
        self._length_words()
        self.about.setText(p.description)
        self.caution.setText(p.caution)
        self.caution.setVisible(bool(p.caution))
        steps = " · ".join(translate("Breathing", "{phase} {seconds} s").format(
            phase=ph.label, seconds=f"{ph.seconds:g}") for ph in p.phases if ph.seconds > 0)
        pace = f"{p.breaths_per_minute:.1f}".removesuffix(".0")
        self.show_message(translate("Breathing", "Ready when you are"),
                          translate("Breathing", "{steps} — about {pace} breaths a minute").format(
                              steps=steps, pace=pace))
        self.fit_height()

    def _length_words(self) -> None:
        """The unit beside the length, in the form its number takes ("1 breath", "5 breaths")."""
        value = self.length_box.value()
        if self.pattern().counts_cycles:
            words = tr("%n breaths", "length of a breathing session", value)
        else:
            words = tr("%n min", "length of a breathing session in minutes", value)
        # The words around the number: a language may put the unit first.
        before, _, after = words.partition(str(value))
        if (self.length_box.prefix(), self.length_box.suffix()) != (before, after):
            self.length_box.setPrefix(before)
            self.length_box.setSuffix(after)

    def show_message(self, headline: str, detail: str) -> None:
        """Text with the shape at rest: before a session and after it."""
        self.phase_label.setText(headline)
        self.count_label.setText(" ")  # keeps its line so nothing jumps when counting starts
        self.left_label.setText(detail)
        self.shape.set_level(0.0)

    def lock_choice(self, active: bool, running: bool) -> None:
        """Enable the controls that make sense for the session state."""
        self.pattern_box.setEnabled(not active)
        self.length_box.setEnabled(not active)
        self.start_button.setEnabled(not active)
        self.pause_button.setEnabled(active)
        self.stop_button.setEnabled(active)
        self.pause_button.setText(translate("Breathing", "Pa&use") if running or not active
                                  else translate("Breathing", "Res&ume"))
        # Safety notes are read before starting; during the breath the shape needs the room.
        self.safety.setVisible(bool(self.safety.text()) and not active)
        if active and not self.pause_button.hasFocus():
            self.pause_button.setFocus()
        self.fit_height()
