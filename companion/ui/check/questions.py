"""Check a symptom: the urgent signs first (with a clear "None of these"), then the
questions about the twitch, with the result beside them as they are ticked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.core import diary as diary_core
from companion.core.checklist import Assessment, Checklist, Group, Level
from companion.core.clock import Clock
from companion.core.i18n import QT_TRANSLATE_NOOP, translate
from companion.core.report import CHECK_KIND
from companion.core.wording import time_of_day
from companion.ui.check.result import ResultPanel
from companion.ui.widgets.announce import announce
from companion.ui.widgets.controls import primary_button, quiet_button, secondary_button
from companion.ui.widgets.focus import keep_focus_in_view, show_focus
from companion.ui.widgets.labels import muted, wrapping_label
from companion.ui.widgets.theme import heading_label

WHY_FIRST = QT_TRANSLATE_NOOP("Check", "These signs need help straight away, so they come first. If none "
                                        "of them applies, the next questions are about the twitch itself, "
                                        "and what fits you shows here as you answer.")


class ClickableLabel(QLabel):
    """A wrapping label that ticks its check box when clicked (QCheckBox cannot wrap)."""

    def __init__(self, text: str, box: QCheckBox):
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()


def _scrolling(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)  # sections of the page, not boxes in it
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setAccessibleName(name)
    return keep_focus_in_view(area)


class ChecklistPage(QWidget):
    """Step one asks about urgent signs, step two about the twitch; the result is beside them.

    ``carry_to_diary(trigger ids, note)`` asks for a diary entry prefilled from this check.
    """

    carry_to_diary = Signal(list, str)

    def __init__(self, checklist: Checklist, history, clock: Clock,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.checklist, self.history, self.clock = checklist, history, clock
        self.boxes: dict[str, QCheckBox] = {}
        self.result = ResultPanel(checklist.action_labels)
        urgent = [g for g in checklist.groups if g.level is Level.URGENT]
        rest = [g for g in checklist.groups if g.level is not Level.URGENT]
        self.urgent_ids = [item.id for group in urgent for item in group.items]

        self.steps = QStackedWidget()
        self.urgent_step = self._urgent_step(urgent)
        self.twitch_step = self._twitch_step(rest)
        for step, name in ((self.urgent_step, translate("Check", "Urgent signs")),
                           (self.twitch_step, translate("Check", "Questions about the twitch"))):
            area = _scrolling(step, name)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the questions in it
            self.steps.addWidget(area)

        self.why_first = muted(wrapping_label(translate("Check", WHY_FIRST),
                                              role=translate("Check", "Why these come first")))
        self.why_first.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.why_first.setMargin(self.fontMetrics().height())
        # The result can be longer than its column: a keyboard user scrolls it from here.
        self.result_area = show_focus(_scrolling(self.result, translate("Check", "Result")))
        self.side = QStackedWidget()
        self.side.addWidget(self.why_first)
        self.side.addWidget(self.result_area)

        # One main action at a time: "None of these" on the first step, then Save.
        self.save_button = primary_button(translate("Check", "&Save this check"))
        self.save_button.setAccessibleName(translate("Check", "Save this check to your history"))
        self.save_button.clicked.connect(self.save)
        self.diary_button = secondary_button(translate("Check", "&Add to the diary…"))
        self.diary_button.setAccessibleName(translate("Check", "Add this check to the twitch diary"))
        self.diary_button.setToolTip(translate("Check", "Log a twitch in the diary, with the triggers you ticked"))
        self.diary_button.clicked.connect(self._carry)
        self.clear_button = show_focus(quiet_button(translate("Check", "Start &over")))
        self.clear_button.setAccessibleName(translate("Check", "Clear all answers and start over"))
        self.clear_button.clicked.connect(self.clear)
        self.saved_label = muted(QLabel(""))
        self.saved_label.setAccessibleDescription(translate("Check", "Save status"))
        buttons = QHBoxLayout()
        for widget in (self.save_button, self.diary_button, self.clear_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.side, 1)
        right.addLayout(buttons)
        right.addWidget(self.saved_label)
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(right, 1)
        self._right = right
        self.update_result()

    def even_width(self) -> int:
        """How wide the page must be for its two columns to be equal: the buttons under the
        result (long in some languages) would otherwise squeeze the questions' column."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        column = max(self.steps.minimumSizeHint().width(), self._right.minimumSize().width())
        return 2 * column + layout.spacing() + margins.left() + margins.right()

    # -- building --------------------------------------------------------------------
    def _urgent_step(self, groups: list[Group]) -> QWidget:
        step = QWidget()
        column = QVBoxLayout(step)
        column.addWidget(wrapping_label(translate("Check", "First, one question."),
                                        role=translate("Check", "Step one of two")))
        for group in groups:
            column.addWidget(self._group(group))
        self.none_button = primary_button(translate("Check", "&None of these"))
        self.none_button.setAccessibleName(translate("Check", "None of these: go on to the questions about the twitch"))
        self.none_button.setDefault(True)
        self.none_button.clicked.connect(self.go_on)
        self.on_button = secondary_button(translate("Check", "Go on to the &twitch questions"))
        self.on_button.setAccessibleName(translate("Check", "Go on to the questions about the twitch"))
        self.on_button.clicked.connect(self.go_on)
        row = QHBoxLayout()
        row.addWidget(self.none_button)
        row.addWidget(self.on_button)
        row.addStretch(1)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addLayout(row)
        column.addStretch(1)
        return step

    def _twitch_step(self, groups: list[Group]) -> QWidget:
        step = QWidget()
        column = QVBoxLayout(step)
        self.back_button = show_focus(quiet_button(translate("Check", "&Back to the urgent signs")))
        self.back_button.clicked.connect(self.go_back)
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(wrapping_label(self.checklist.intro, role=translate("Check", "How this works")))
        for group in groups:
            column.addWidget(self._group(group))
        column.addStretch(1)
        return step

    def _group(self, group: Group) -> QWidget:
        # A heading label rather than a QGroupBox: its title cannot wrap at large font sizes.
        box = QWidget()
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, self.fontMetrics().height() // 2, 0, 0)
        heading = heading_label(group.title)
        rows.addWidget(heading)
        indent = self.fontMetrics().height() // 2
        for item in group.items:
            check = show_focus(QCheckBox())  # no text of its own, so no focus frame either
            check.setAccessibleName(item.question)
            check.toggled.connect(self.update_result)
            label = ClickableLabel(item.question, check)
            row = QHBoxLayout()
            row.setContentsMargins(indent, 0, 0, 0)
            row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            rows.addLayout(row)
            self.boxes[item.id] = check
        if any(item.id == "tremor" for item in group.items):
            rows.addWidget(self._tremor_helper())
        return box

    def _tremor_helper(self) -> QWidget:
        title, text = self.checklist.twitch_or_tremor
        toggle = QToolButton()
        toggle.setText("&" + title.replace("&", "&&"))
        toggle.setAccessibleName(translate("Check", "Show or hide: {title}").format(title=title))
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        body = wrapping_label(text.replace("\n", "\n\n"), role=title)
        body.setVisible(False)

        def flip(shown: bool) -> None:
            body.setVisible(shown)
            toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

        toggle.toggled.connect(flip)
        self.tremor_toggle, self.tremor_text = toggle, body
        helper = QWidget()
        layout = QVBoxLayout(helper)
        layout.setContentsMargins(0, self.fontMetrics().height() // 3, 0, 0)
        layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        return helper

    # -- the two steps -----------------------------------------------------------------
    @property
    def on_twitch_step(self) -> bool:
        return self.steps.currentIndex() == 1

    def go_on(self) -> None:
        """On to the questions about the twitch; the result shows from now on."""
        self.steps.setCurrentIndex(1)
        self.update_result()
        self.back_button.setFocus()

    def go_back(self) -> None:
        """Back to the urgent signs, from the top: the question, then its first sign."""
        self.steps.setCurrentIndex(0)
        self.update_result()
        self.boxes[self.urgent_ids[0]].setFocus()
        area = self.steps.currentWidget()
        if isinstance(area, QScrollArea):
            area.verticalScrollBar().setValue(0)

    # -- answers and result ------------------------------------------------------------
    def checked_ids(self) -> list[str]:
        """Ids of the ticked questions, in the order asked."""
        return [item_id for item_id, box in self.boxes.items() if box.isChecked()]

    def assessment(self) -> Assessment:
        """The result for the current answers and what the diary shows."""
        span = diary_core.twitch_days_span(self.history, self.clock())
        return self.checklist.assess(self.checked_ids(), diary_days_span=span)

    def update_result(self) -> None:
        """Re-assess and show the result (called on every tick)."""
        urgent = any(self.boxes[i].isChecked() for i in self.urgent_ids)
        # "None of these" would not be true with one ticked; going on stays possible.
        self.none_button.setVisible(not urgent)
        self.on_button.setVisible(urgent)
        answered = urgent or self.on_twitch_step
        self.side.setCurrentWidget(self.result_area if answered else self.why_first)
        for button in (self.save_button, self.diary_button):
            button.setEnabled(answered)
        assessment = self.assessment()
        changed = self.result.assessment is None or self.result.assessment.title != assessment.title
        self.result.show_assessment(assessment)
        # New tip buttons would come last in Tab order; they are read before the buttons.
        chain = [self.result_area, *self.result.action_buttons, self.save_button,
                 self.diary_button, self.clear_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self.saved_label.setText("")
        if changed and answered and self.isVisible():
            # Only a new result is news; re-reading the same one on every tick would be noise.
            announce(self, translate("Check", "Result: {result}").format(result=assessment.title))

    def save(self) -> None:
        """Store the current answers and result in history."""
        result = self.assessment()
        self.history.record(CHECK_KIND, {"answers": self.checked_ids(),
                                         "level": result.level.key,
                                         "reasons": list(result.reasons)})
        self.saved_label.setText(translate("Check", "Saved at {time}.").format(
            time=time_of_day(self.clock().astimezone())))

    def clear(self) -> None:
        """Untick everything and begin again with the urgent signs."""
        for box in self.boxes.values():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.go_back()

    def _carry(self) -> None:
        triggers = {item.id for item in self.checklist.triggers()}
        ticked = [i for i in self.checked_ids() if i in triggers]
        self.carry_to_diary.emit(ticked, translate("Check", "Checked: {result}").format(
            result=self.assessment().title.lower()))
