"""Check a symptom's result panel: level banner, reasons, tips with action buttons, safety net."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.checklist import Assessment, Level
from companion.core.i18n import translate
from companion.core.kinds import Action
from companion.ui.widgets.colors import alert_colours, outline, tile_surface
from companion.ui.widgets.fonts import scaled_font
from companion.ui.widgets.labels import wrapping_label
from companion.ui.widgets.theme import heading_label

# Urgent signs stay red, white text on it at 6:1 in every palette: clear and prominent,
# in calm words. "See a doctor" is the design system's amber for health alerts; self-care
# is a plain tile, deliberately not an "all clear" green (docs/design.md).
URGENT_COLOURS = (QColor("#b3261e"), QColor("#ffffff"))


def banner_colours(level: Level, palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """Background, text and edge of the result's banner for ``level`` in ``palette``."""
    if level is Level.URGENT:
        background, text = URGENT_COLOURS
        return background, text, background
    if level is Level.SEE_DOCTOR_SOON:
        return alert_colours(palette)
    return tile_surface(palette), palette.color(QPalette.ColorRole.WindowText), outline(palette)


def banner_style(name: str, level: Level, palette: QPalette) -> str:
    """A style sheet giving the frame called ``name`` its banner colours."""
    background, text, edge = (colour.name() for colour in banner_colours(level, palette))
    return (f"#{name} {{ background-color: {background}; border: 1px solid {edge}; border-radius: 6px; }}"
            f"#{name} QLabel {{ color: {text}; background: transparent; }}")


class ResultPanel(QWidget):
    """Shows one Assessment; tip buttons emit ``action_requested(name)``."""

    action_requested = Signal(object)  # the tip's Action

    def __init__(self, action_labels: dict[Action, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.action_labels = action_labels
        self.assessment: Assessment | None = None
        self.action_buttons: list[QPushButton] = []

        self.banner = QFrame()
        self.banner.setAutoFillBackground(False)
        self.banner.setObjectName("banner")
        self.banner.setAccessibleName(translate("Check", "Result"))
        self.title = wrapping_label(role=translate("Check", "Result level"))
        self.title.setFont(scaled_font(self, 1.6, bold=True))
        self.advice = wrapping_label(role=translate("Check", "What to do"))
        self.advice.setFont(scaled_font(self, 1.1))
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.addWidget(self.title)
        banner_layout.addWidget(self.advice)

        self.reasons = wrapping_label(role=translate("Check", "Why"))
        self.tips_box = QVBoxLayout()
        self.tips_heading = self._heading(translate("Check", "What may help"))
        self.help_text = wrapping_label(role=translate("Check", "When to get help"))
        self.note = wrapping_label(role=translate("Check", "Not medical advice"))
        self.note.setObjectName("note")
        self.note.setFrameShape(QFrame.Shape.StyledPanel)
        self.note.setMargin(8)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self._heading(translate("Check", "Why")))
        layout.addWidget(self.reasons)
        layout.addWidget(self.tips_heading)
        layout.addLayout(self.tips_box)
        layout.addWidget(self._heading(translate("Check", "When to get help")))
        layout.addWidget(self.help_text)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def _heading(self, text: str) -> QLabel:
        return heading_label(text)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        # Light or dark, or high contrast, changed: the banner's colours follow.
        if event.type() == QEvent.Type.PaletteChange and self.assessment is not None:
            self.banner.setStyleSheet(banner_style("banner", self.assessment.level, self.palette()))
        super().changeEvent(event)

    def show_assessment(self, assessment: Assessment) -> None:
        """Render ``assessment``: banner colour and words, reasons, tips, safety net, note."""
        self.assessment = assessment
        self.banner.setStyleSheet(banner_style("banner", assessment.level, self.palette()))
        self.title.setText(assessment.title)
        self.advice.setText(assessment.advice)
        self.reasons.setText("\n".join(f"• {reason}" for reason in assessment.reasons))
        self.help_text.setText(assessment.when_to_get_help)
        self.note.setText(translate("Check", "Not medical advice. {note}").format(note=assessment.note))
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
            row_layout.addWidget(wrapping_label(f"• {tip.text}", role=translate("Check", "Tip")))
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
