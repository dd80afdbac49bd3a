"""The "Check a symptom" window: the questions, past checks and the twitch diary."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QTabWidget, QVBoxLayout, QWidget

from companion.core.checklist import Checklist, Level
from companion.core.clock import Clock, utc_now
from companion.core.i18n import translate
from companion.core.report import CHECK_KIND
from companion.core.wording import moment_text
from companion.ui.check.diary import DiaryPage, EntryDelegate
from companion.ui.check.questions import ChecklistPage, ClickableLabel
from companion.ui.widgets.keys import dialog_keys
from companion.ui.widgets.labels import wrapping_label
from companion.ui.widgets.layout import fit_screen
from companion.ui.widgets.theme import window_title

__all__ = ["CheckWindow", "ClickableLabel", "PastChecksPage"]


class PastChecksPage(QWidget):
    """Saved checks, newest first."""

    def __init__(self, checklist: Checklist, history, parent: QWidget | None = None):
        super().__init__(parent)
        self.checklist, self.history = checklist, history
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(translate("Check", "Past checks"))
        self.list.setSpacing(4)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when resized
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(EntryDelegate(self.list))  # when and result in bold, as the diary
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping_label(translate("Check", "Checks you saved, newest first. The report in "
                                                           "the Diary tab includes the recent ones.")))
        layout.addWidget(self.list)

    def refresh(self) -> None:
        """Reload the list from history."""
        self.list.clear()
        for event in self.history.events([CHECK_KIND], newest_first=True, limit=100):
            self.list.addItem(QListWidgetItem(self._describe(event)))
        if not self.list.count():
            self.list.addItem(QListWidgetItem(translate("Check", "No saved checks yet. Use 'Save this "
                                                                 "check' on the Check tab.")))

    def _describe(self, event) -> str:
        key = event.data.get("level", "")
        try:
            title = self.checklist.levels[Level.from_key(key)][0]
        except KeyError:
            title = key
        if event.data.get("answers") == []:  # as the result said when it was saved
            title = self.checklist.nothing_ticked[0]
        lines = [translate("Check", "{when}: {result}").format(when=moment_text(event.at.astimezone()), result=title)]
        lines += [f"• {reason}" for reason in event.data.get("reasons", [])]
        return "\n".join(lines)


class CheckWindow(QWidget):
    """Questions, past checks and diary in one window; asks the app to carry out actions."""

    action_requested = Signal(object)  # the tip's Action

    def __init__(self, checklist: Checklist, history, clock: Clock = utc_now,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(window_title(translate("Check", "Check a symptom")))
        self.checklist_page = ChecklistPage(checklist, history, clock)
        self.past_checks = PastChecksPage(checklist, history)
        self.diary = DiaryPage(checklist, history, clock)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("Check", "Check a symptom: sections"))
        self.tabs.addTab(self.checklist_page, translate("Check", "&Check"))
        self.tabs.addTab(self.past_checks, translate("Check", "&Past checks"))
        self.tabs.addTab(self.diary, translate("Check", "&Diary"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.checklist_page.result.action_requested.connect(self.action_requested)
        self.checklist_page.save_button.clicked.connect(self.past_checks.refresh)
        self.checklist_page.carry_to_diary.connect(self.carry_to_diary)
        # A new diary entry can change the checklist's result (the two-week rule).
        self.diary.changed.connect(self.checklist_page.update_result)
        self.past_checks.refresh()
        dialog_keys(self, escape=self.close)
        em = self.fontMetrics().horizontalAdvance("M")
        # Roomy where there is room (an urgent result, the urgent signs and the diary's
        # column show whole at the normal font), on screen where not; wider where the
        # language's longer words need it for the Check tab's two even columns.
        fit_screen(self, max(em * 75, self.checklist_page.even_width() + self._chrome()), em * 68)

    def _chrome(self) -> int:
        """How much wider the window is than a tab's page: the tabs' frame and the margins."""
        pages = max(page.minimumSizeHint().width() for page in (self.checklist_page, self.past_checks, self.diary))
        layout = self.layout()
        assert layout is not None  # (made in __init__)
        margins = layout.contentsMargins()
        return self.tabs.minimumSizeHint().width() - pages + margins.left() + margins.right()

    def _tab_shown(self, index: int) -> None:
        # History can change behind the window's back (tray, another window, time passing).
        page = self.tabs.widget(index)
        if page is self.past_checks:
            self.past_checks.refresh()
        elif page is self.diary:
            self.diary.refresh()
        elif page is self.checklist_page:
            self.checklist_page.update_result()

    def carry_to_diary(self, triggers: list[str], note: str) -> None:
        """Open the diary with a new entry prefilled from the check (nothing saved yet)."""
        self.diary.form.prefill(triggers, note)
        self.tabs.setCurrentWidget(self.diary)
        self.diary.form.area.setFocus()

    def show_checklist(self) -> None:
        """Bring the window up on the Check tab."""
        self.tabs.setCurrentWidget(self.checklist_page)
        self.checklist_page.update_result()
        self.show()
        self.raise_()
        self.activateWindow()

    def export_pdf(self, path, since: datetime, until: datetime) -> None:
        """Write the diary report for [since, until) to ``path`` (no dialog)."""
        self.diary.export_pdf(path, since, until)
