"""Check a symptom's result panel: level banner, reasons, tips with action buttons, safety net."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.checklist import Assessment, Level
from companion.core.kinds import Action
from companion.ui.widgets.fonts import scaled_font
from companion.ui.widgets.labels import wrapping_label

# Fixed background/text pairs with strong contrast, so the banner reads the same on light
# and dark palettes. Self-care is a calm neutral slate, deliberately not an "all clear" green.
BANNER_COLOURS = {
    Level.URGENT: ("#b3261e", "#ffffff"),
    Level.SEE_DOCTOR_SOON: ("#f4b400", "#1a1a1a"),
    Level.SELF_CARE: ("#3c5a6e", "#ffffff"),
}


class ResultPanel(QWidget):
    """Shows one Assessment; tip buttons emit ``action_requested(name)``."""

    action_requested = Signal(object)  # the tip's Action

    def __init__(self, action_labels: dict[Action, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.action_labels = action_labels
        self.assessment: Assessment | None = None
        self.action_buttons: list[QPushButton] = []

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setAccessibleName("Result")
        self.title = wrapping_label(role="Result level")
        self.title.setFont(scaled_font(self, 1.6, bold=True))
        self.advice = wrapping_label(role="What to do")
        self.advice.setFont(scaled_font(self, 1.1))
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.addWidget(self.title)
        banner_layout.addWidget(self.advice)

        self.reasons = wrapping_label(role="Why")
        self.tips_box = QVBoxLayout()
        self.tips_heading = self._heading("What may help")
        self.help_text = wrapping_label(role="When to get help")
        self.note = wrapping_label(role="Not medical advice")
        self.note.setObjectName("note")
        self.note.setFrameShape(QFrame.Shape.StyledPanel)
        self.note.setMargin(8)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self._heading("Why"))
        layout.addWidget(self.reasons)
        layout.addWidget(self.tips_heading)
        layout.addLayout(self.tips_box)
        layout.addWidget(self._heading("When to get help"))
        layout.addWidget(self.help_text)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(scaled_font(self, 1.15, bold=True))
        return label

    def show_assessment(self, assessment: Assessment) -> None:
        """Render ``assessment``: banner colour and words, reasons, tips, safety net, note."""
        self.assessment = assessment
        background, foreground = BANNER_COLOURS[assessment.level]
        self.banner.setStyleSheet(
            f"#banner {{ background-color: {background}; border-radius: 6px; }}"
            f"#banner QLabel {{ color: {foreground}; background: transparent; }}")
        self.title.setText(assessment.title)
        self.advice.setText(assessment.advice)
        self.reasons.setText("\n".join(f"• {reason}" for reason in assessment.reasons))
        self.help_text.setText(assessment.when_to_get_help)
        self.note.setText(f"Not medical advice. {assessment.note}")
        self._show_tips(assessment)

    def _show_tips(self, assessment: Assessment) -> None:
        while self.tips_box.count():
            item = self.tips_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the screen now, not at the next event loop
                widget.deleteLater()
        self.action_buttons = []
        self.tips_heading.setVisible(bool(assessment.tips))
        for tip in assessment.tips:
            row = QWidget()
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 6)
            row_layout.addWidget(wrapping_label(f"• {tip.text}", role="Tip"))
            # One button per line: side by side they overflow the column at large font sizes.
            buttons = QVBoxLayout()
            for action in tip.actions:
                button = QPushButton(self.action_labels[action])
                button.setAccessibleName(self.action_labels[action])
                button.setProperty("action", action)
                button.clicked.connect(lambda _=False, a=action: self.action_requested.emit(a))
                buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                self.action_buttons.append(button)
            row_layout.addLayout(buttons)
            self.tips_box.addWidget(row)
