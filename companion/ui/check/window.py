"""The "Twitch check" window: the symptom checklist, past checks and the twitch diary."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.core import diary as diary_core
from companion.core.checklist import Assessment, Checklist, Level
from companion.core.clock import Clock, utc_now
from companion.core.report import CHECK_KIND
from companion.core.wording import moment_text, time_of_day
from companion.ui.check.diary import DiaryPage
from companion.ui.check.result import ResultPanel
from companion.ui.widgets.announce import announce
from companion.ui.widgets.focus import keep_focus_in_view, show_focus
from companion.ui.widgets.fonts import scaled_font
from companion.ui.widgets.keys import dialog_keys
from companion.ui.widgets.labels import wrapping_label
from companion.ui.widgets.layout import fit_screen


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


class ChecklistPage(QWidget):
    """Grouped questions on the left, the live result on the right."""

    def __init__(self, checklist: Checklist, history, clock: Clock,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.checklist, self.history, self.clock = checklist, history, clock
        self.boxes: dict[str, QCheckBox] = {}
        self.result = ResultPanel(checklist.action_labels)

        questions = QWidget()
        column = QVBoxLayout(questions)
        column.addWidget(wrapping_label(checklist.intro, role="How this works"))
        for group in checklist.groups:
            column.addWidget(self._group_box(group))
        column.addStretch(1)

        self.save_button = QPushButton("&Save this check")
        self.save_button.setAccessibleName("Save this check to your history")
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton("C&lear answers")
        self.clear_button.setAccessibleName("Clear all answers")
        self.clear_button.clicked.connect(self.clear)
        self.saved_label = QLabel("")
        self.saved_label.setAccessibleDescription("Save status")
        buttons = QHBoxLayout()
        for widget in (self.save_button, self.clear_button, self.saved_label):
            buttons.addWidget(widget)
        buttons.addStretch(1)

        right = QVBoxLayout()
        # The result can be longer than its column: a keyboard user scrolls it from here.
        self.result_area = show_focus(_scrolling(self.result, "Result"))
        right.addWidget(self.result_area, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        questions_area = _scrolling(questions, "Questions")
        questions_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the questions in it
        layout.addWidget(questions_area, 1)
        layout.addLayout(right, 1)
        self.update_result()

    def _group_box(self, group) -> QWidget:
        # A heading label rather than a QGroupBox: its title cannot wrap at large font sizes.
        box = QWidget()
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 8, 0, 0)
        heading = wrapping_label(group.title)
        heading.setFont(scaled_font(self, 1.15, bold=True))
        rows.addWidget(heading)
        for item in group.items:
            check = show_focus(QCheckBox())  # no text of its own, so no focus frame either
            check.setAccessibleName(item.question)
            check.toggled.connect(self.update_result)
            label = ClickableLabel(item.question, check)
            row = QHBoxLayout()
            row.setContentsMargins(8, 0, 0, 0)
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
        toggle.setAccessibleName(f"Show or hide: {title}")
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        body = wrapping_label(text.replace("\n", "\n\n"), role=title)
        body.setFont(scaled_font(self, 1.0))
        body.setVisible(False)

        def flip(shown: bool) -> None:
            body.setVisible(shown)
            toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

        toggle.toggled.connect(flip)
        self.tremor_toggle, self.tremor_text = toggle, body
        helper = QWidget()
        layout = QVBoxLayout(helper)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        return helper

    def checked_ids(self) -> list[str]:
        """Ids of the ticked questions, in the order asked."""
        return [item_id for item_id, box in self.boxes.items() if box.isChecked()]

    def assessment(self) -> Assessment:
        """The result for the current answers and what the diary shows."""
        span = diary_core.twitch_days_span(self.history, self.clock())
        return self.checklist.assess(self.checked_ids(), diary_days_span=span)

    def update_result(self) -> None:
        """Re-assess and show the result (called on every tick)."""
        assessment = self.assessment()
        changed = self.result.assessment is None or self.result.assessment.title != assessment.title
        self.result.show_assessment(assessment)
        # New tip buttons would come last in Tab order; they are read before Save and Clear.
        chain = [self.result_area, *self.result.action_buttons, self.save_button, self.clear_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self.saved_label.setText("")
        if changed and self.isVisible():
            # Only a new result is news; re-reading the same one on every tick would be noise.
            announce(self, f"Result: {assessment.title}")

    def save(self) -> None:
        """Store the current answers and result in history."""
        result = self.assessment()
        self.history.record(CHECK_KIND, {"answers": self.checked_ids(),
                                         "level": result.level.key,
                                         "reasons": list(result.reasons)})
        self.saved_label.setText(f"Saved at {time_of_day(self.clock().astimezone())}.")

    def clear(self) -> None:
        """Untick everything."""
        for box in self.boxes.values():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.update_result()


def _scrolling(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setAccessibleName(name)
    return keep_focus_in_view(area)


class PastChecksPage(QWidget):
    """Saved checks, newest first."""

    def __init__(self, checklist: Checklist, history, parent: QWidget | None = None):
        super().__init__(parent)
        self.checklist, self.history = checklist, history
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName("Past checks")
        self.list.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping_label("Checks you saved, newest first. The report in the "
                                        "Diary tab includes the recent ones."))
        layout.addWidget(self.list)

    def refresh(self) -> None:
        """Reload the list from history."""
        self.list.clear()
        for event in self.history.events([CHECK_KIND], newest_first=True, limit=100):
            self.list.addItem(QListWidgetItem(self._describe(event)))
        if not self.list.count():
            self.list.addItem(QListWidgetItem("No saved checks yet. Use 'Save this check' "
                                              "on the Checklist tab."))

    def _describe(self, event) -> str:
        key = event.data.get("level", "")
        try:
            title = self.checklist.levels[Level.from_key(key)][0]
        except KeyError:
            title = key
        lines = [f"{moment_text(event.at.astimezone())}: {title}"]
        lines += [f"   • {reason}" for reason in event.data.get("reasons", [])]
        return "\n".join(lines)


class CheckWindow(QWidget):
    """Checklist, past checks and diary in one window; asks the app to carry out actions."""

    action_requested = Signal(object)  # the tip's Action

    def __init__(self, checklist: Checklist, history, clock: Clock = utc_now,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Twitch check")
        self.checklist_page = ChecklistPage(checklist, history, clock)
        self.past_checks = PastChecksPage(checklist, history)
        self.diary = DiaryPage(checklist, history, clock)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Twitch check sections")
        self.tabs.addTab(self.checklist_page, "&Checklist")
        self.tabs.addTab(self.past_checks, "&Past checks")
        self.tabs.addTab(self.diary, "&Diary")
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.checklist_page.result.action_requested.connect(self.action_requested)
        self.checklist_page.save_button.clicked.connect(self.past_checks.refresh)
        # A new diary entry can change the checklist's result (the two-week rule).
        self.diary.changed.connect(self.checklist_page.update_result)
        self.past_checks.refresh()
        dialog_keys(self, escape=self.close)
        em = self.fontMetrics().horizontalAdvance("M")
        # Roomy where there is room (an urgent result shows whole at the normal font), on
        # screen where not.
        fit_screen(self, em * 75, em * 64)

    def _tab_shown(self, index: int) -> None:
        # History can change behind the window's back (tray, another window, time passing).
        page = self.tabs.widget(index)
        if page is self.past_checks:
            self.past_checks.refresh()
        elif page is self.diary:
            self.diary.refresh()
        elif page is self.checklist_page:
            self.checklist_page.update_result()

    def show_checklist(self) -> None:
        """Bring the window up on the Checklist tab."""
        self.tabs.setCurrentWidget(self.checklist_page)
        self.checklist_page.update_result()
        self.show()
        self.raise_()
        self.activateWindow()

    def export_pdf(self, path, since: datetime, until: datetime) -> None:
        """Write the diary report for [since, until) to ``path`` (no dialog)."""
        self.diary.export_pdf(path, since, until)
