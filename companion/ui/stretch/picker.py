"""The routine picker and the safety note: the two pages around a stretch session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.i18n import tr, translate
from companion.core.routines import Routine
from companion.core.stretch_session import planned_seconds
from companion.ui.widgets.controls import Tile, primary_button, quiet_button, secondary_button
from companion.ui.widgets.focus import show_focus
from companion.ui.widgets.fonts import scaled_font
from companion.ui.widgets.labels import muted, wrapping_label
from companion.ui.widgets.layout import ContentScroll
from companion.ui.widgets.theme import heading_label, page_layout, title_label, units


def minutes_text(seconds: float) -> str:
    """'About 4 min' style length for a routine."""
    return translate("Stretch", "{minutes} min").format(minutes=max(1, round(seconds / 60)))


def steps_text(steps: int) -> str:
    """'5 steps'."""
    return tr("%n steps", "steps of a stretch routine", steps)


class RoutinePicker(QWidget):
    """One row per routine: name, length and number of steps, and a Start button."""

    chosen = Signal(str)
    safety_requested = Signal()

    def __init__(self, routines: list[Routine], parent: QWidget | None = None):
        super().__init__(parent)
        layout = page_layout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(units(self, 1.5))  # every routine on a 768 px screen at twice the text
        heading = title_label(translate("Stretch", "Stretch break"))
        heading.setAccessibleDescription(translate("Stretch", "Choose a routine"))
        layout.addWidget(heading)
        layout.addWidget(muted(wrapping_label(translate("Stretch", "Pick a routine and follow along. Each step "
                                                                 "shows you what to do."))))

        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.setSpacing(units(self, 1.5))
        self.start_buttons: dict[str, QPushButton] = {}
        for routine in routines:
            rows_layout.addWidget(self._row(routine))
        if not routines:
            rows_layout.addWidget(QLabel(translate("Stretch", "No stretch routines could be loaded.")))
        rows_layout.addStretch(1)
        # Asks for room for every routine: the window shows them all when the screen
        # allows (a plain scroll area cut the fourth one off by a few pixels).
        layout.addWidget(ContentScroll(rows), 1)

        safety = quiet_button(translate("Stretch", "Stretch safely: read the safety &note"))
        show_focus(safety)  # the style draws no focus on a flat button
        safety.setAccessibleName(translate("Stretch", "Read the stretch safety note"))
        safety.clicked.connect(self.safety_requested)
        layout.addWidget(safety, 0, Qt.AlignmentFlag.AlignLeft)

    def _row(self, routine: Routine) -> QFrame:
        frame = Tile()
        # A little less room above and below than a tile's usual: four routines fit a
        # 768 px screen at twice the text.
        frame.column.setContentsMargins(units(self, 4), units(self, 2), units(self, 4), units(self, 2))
        row = QHBoxLayout()
        frame.column.addLayout(row)
        text = QVBoxLayout()
        name = heading_label(routine.name)
        steps = len(routine.runs())
        length = minutes_text(planned_seconds(routine))
        details = f"{length} · {steps_text(steps)}"
        if routine.description:
            details += f" · {routine.description}"
        info = muted(QLabel(details))
        info.setWordWrap(True)
        text.addWidget(name)
        text.addWidget(info)
        row.addLayout(text, 1)
        button = secondary_button(translate("Stretch", "Start"))
        button.setAutoDefault(True)  # Enter starts the routine whose button has focus
        button.setAccessibleName(translate("Stretch", "Start {routine}, {length}, {steps}").format(
            routine=routine.name, length=length, steps=steps_text(steps)))
        button.clicked.connect(lambda: self.chosen.emit(routine.id))
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.start_buttons[routine.id] = button
        return frame


class SafetyNote(QWidget):
    """The short safety note, with a button to carry on (or go back)."""

    accepted = Signal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the window gives the margins
        # Rendered to HTML here: Qt's accessibility strips HTML from a label's name but
        # would hand Markdown to a screen reader as it is, asterisks and all.
        document = QTextDocument()
        document.setMarkdown(text)
        body = QLabel()
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setText(document.toHtml())
        body.setWordWrap(True)
        body.setFont(scaled_font(self, 1.1))
        body.setAccessibleDescription(translate("Stretch", "Stretch safety note"))
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(body)
        layout.addStretch(1)
        self.button = primary_button("")
        self.button.clicked.connect(self.accepted)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.set_first_time(True)

    def set_first_time(self, first: bool) -> None:
        """Before a first session the button starts it; later it just goes back."""
        if first:
            self.button.setText(translate("Stretch", "&Got it, let's start"))
            self.button.setAccessibleName(translate("Stretch", "I understand, start the session"))
        else:
            self.button.setText(translate("Stretch", "&Back"))
            self.button.setAccessibleName(translate("Stretch", "Back to the routines"))
