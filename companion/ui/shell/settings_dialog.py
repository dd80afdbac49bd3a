"""The Settings dialog: edits a copy of Settings and hands back a new one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.prompts import KIND_NAMES
from companion.core.settings import ReminderPlan, Settings
from companion.core.week import Week
from companion.core.wording import time_of_day
from companion.ui.shell import settings_breaks
from companion.ui.shell.presence_settings import PresenceEditor
from companion.ui.shell.settings_screen_time import ScreenTimeEditor
from companion.ui.shell.settings_week import WEEK_INTRO, OwnWeek, WeekEditor
from companion.ui.widgets.colors import warning
from companion.ui.widgets.layout import ContentScroll, fit_content


def _form(parent: QWidget) -> QFormLayout:
    """A form whose fields keep their natural width, at the left, whatever the style."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


class PlanEditor(QWidget):
    """Edits one kind's ReminderPlan."""

    def __init__(self, name: str, plan: ReminderPlan, shared: Callable[[], Week],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        form = _form(self)
        self.enabled = QCheckBox(f"Remind &me ({name.lower()})")
        self.enabled.setChecked(plan.enabled)
        self.mode = QComboBox()
        self.mode.addItem("Every few minutes", "interval")
        self.mode.addItem("At set times", "times")
        self.mode.setCurrentIndex(0 if plan.mode == "interval" else 1)
        self.interval = QSpinBox()
        self.interval.setRange(5, 480)
        self.interval.setSingleStep(5)
        self.interval.setSuffix(" min")
        self.interval.setValue(plan.interval_minutes)
        self.times = QLineEdit(", ".join(time_of_day(t) for t in plan.times))
        self.times.setPlaceholderText("e.g. 11:00, 15:30")
        self.week = OwnWeek(name, plan.week, shared)
        self.problem = warning(QLabel())
        for label, widget in (("Interval", self.interval), ("Times", self.times),
                              ("Mode", self.mode)):
            widget.setAccessibleName(f"{name} {label.lower()}")
        form.addRow(self.enabled)
        form.addRow("H&ow", self.mode)
        form.addRow("E&very", self.interval)
        form.addRow("A&t", self.times)
        form.addRow(self.week)
        form.addRow(self.problem)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        interval = self.mode.currentData() == "interval"
        self.interval.setEnabled(interval)
        self.times.setEnabled(not interval)

    def result(self) -> tuple[ReminderPlan, str | None]:
        """The edited plan, or the old one with a problem message."""
        times = []
        for part in filter(None, (p.strip() for p in self.times.text().split(","))):
            try:
                times.append(time.fromisoformat(part if len(part) > 2 else f"{part}:00"))
            except ValueError:
                return self.plan, f'"{part}" is not a time like 15:30.'
        week, problem = self.week.result()
        if problem is not None:
            return self.plan, problem
        mode = self.mode.currentData()
        if mode == "times" and not times:
            return self.plan, "Give at least one time, like 11:00."
        return replace(self.plan, enabled=self.enabled.isChecked(), mode=mode,
                       interval_minutes=self.interval.value(), times=tuple(sorted(set(times))),
                       week=week), None


class SettingsDialog(QDialog):
    """All settings in tabs; OK applies at once."""

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 sources: list | None = None, speech_problem: str | None = None):
        """``sources``: the presence monitor's SourceStatus list (None: not started yet);
        ``speech_problem``: why spoken steps cannot work here (None: they can)."""
        super().__init__(parent)
        self.setWindowTitle("Companion Settings")
        self.settings = settings
        self.tabs = tabs = QTabWidget()
        self.week = WeekEditor(settings.week, intro=WEEK_INTRO)
        self.plans = {kind: PlanEditor(name, settings.plan(kind), self.week.week)
                      for kind, name in KIND_NAMES.items()}
        # Each page scrolls rather than pushing the dialog off a short screen at large text.
        for kind, editor in self.plans.items():
            tabs.addTab(ContentScroll(editor), "&" + KIND_NAMES[kind])  # Alt+W, Alt+S, Alt+B
        # As a page of its own the week gets a page's margins (inside a kind's page, none).
        style = self.style()
        self.week.layout().setContentsMargins(*(style.pixelMetric(metric) for metric in (
            QStyle.PixelMetric.PM_LayoutLeftMargin, QStyle.PixelMetric.PM_LayoutTopMargin,
            QStyle.PixelMetric.PM_LayoutRightMargin, QStyle.PixelMetric.PM_LayoutBottomMargin)))
        tabs.addTab(ContentScroll(self.week), "Worki&ng hours")
        general = QWidget()
        form = _form(general)
        self.goal = self._spin(1, 30, settings.water_goal_glasses, " glasses", "Daily water goal")
        self.glass = self._spin(50, 1000, settings.glass_ml, " ml", "Glass size")
        self.glass.setSingleStep(25)
        self.snooze = self._spin(1, 120, settings.snooze_minutes, " min", "Snooze for")
        self.timeout = self._spin(1, 120, settings.prompt_timeout_minutes, " min",
                                  "Reminder stays up for")
        self.sound = self._check("Soft s&ound at each step", settings.sound_cues)
        self.speech = self._check("Read steps &aloud", settings.spoken_cues)
        self.reduced = self._check("Always reduce &motion", settings.reduced_motion)
        # Off, Companion still follows the desktop (GNOME's Animations switch, KDE's speed).
        follows = "Motion is also reduced whenever your desktop's animations are off."
        self.reduced.setToolTip(follows)
        self.reduced.setAccessibleDescription(follows)
        self.login = self._check("Start Companion when I log &in", settings.start_at_login)
        self.speech_problem = QLabel()
        self.speech_problem.setWordWrap(True)
        if speech_problem:  # a setting that cannot work says so, instead of failing silently
            self.speech.setChecked(False)
            self.speech.setEnabled(False)
            self.speech_problem.setText(f"Reading aloud does not work here: {speech_problem}")
        self.speech_problem.setVisible(bool(speech_problem))
        widget: QWidget
        for label, widget in (("&Daily water goal", self.goal), ("G&lass size", self.glass),
                              ("Snoo&ze for", self.snooze), ("&Reminder stays up for", self.timeout)):
            form.addRow(label, widget)
        for widget in (self.sound, self.speech, self.speech_problem, self.reduced, self.login):
            form.addRow(widget)
        about = QPushButton("About this s&ystem…")
        about.clicked.connect(self.open_about)
        about_row = QHBoxLayout()
        about_row.addWidget(about)
        about_row.addStretch(1)
        form.addRow(about_row)
        tabs.addTab(ContentScroll(general), "&General")
        self.sources = sources
        self.presence = PresenceEditor(settings, sources)
        tabs.addTab(ContentScroll(self.presence), "&Presence")
        self.screen_time = ScreenTimeEditor.attach(self, settings, sources)  # the Wellbeing tab
        self.breaks = settings_breaks.add_to(self, tabs, settings)  # issue #21's page, its own module
        self.problem = warning(QLabel())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():  # words only: some desktop styles add dated icons
            button.setIcon(QIcon())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._result = settings

    def add_page(self, page: QWidget, title: str) -> None:  # e.g. Your data (settings_data)
        self.tabs.addTab(ContentScroll(page), title)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        # Tall enough for the tallest page's wrapped text where the screen allows; the
        # pages scroll where it does not.
        fit_content(self)
        shown = self.tabs.currentWidget()
        for index in range(self.tabs.count()):  # hidden pages: wrap at the width they will get
            if (page := self.tabs.widget(index)) is not None:
                page.resize(shown.size())
                page.updateGeometry()
        fit_content(self, self.width())
        super().showEvent(event)

    def _spin(self, low: int, high: int, value: int, suffix: str, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        return spin

    def _check(self, text: str, value: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(value)
        box.setAccessibleName(text.replace("&", ""))
        return box

    def accept(self) -> None:
        week, problem = self.week.result()
        if week is None:
            self.problem.setText(f"Working hours: {problem}")
            return
        new = replace(self.settings, week=week)
        for kind, editor in self.plans.items():
            plan, problem = editor.result()
            editor.problem.setText(problem or "")
            if problem:
                self.problem.setText(f"{KIND_NAMES[kind]}: {problem}")
                return
            new = new.with_plan(kind, plan)
        new = self.presence.result(new)
        self._result = replace(new, water_goal_glasses=self.goal.value(),
                               glass_ml=self.glass.value(), snooze_minutes=self.snooze.value(),
                               prompt_timeout_minutes=self.timeout.value(),
                               sound_cues=self.sound.isChecked(),
                               spoken_cues=self.speech.isChecked(),
                               reduced_motion=self.reduced.isChecked(),
                               start_at_login=self.login.isChecked())
        if not self.speech.isEnabled():  # keep the user's choice for when speech works
            self._result = replace(self._result, spoken_cues=self.settings.spoken_cues)
        super().accept()

    def open_about(self) -> None:
        """Show the About this system page (the same facts as companion --diagnose)."""
        from companion.ui.shell.about_system import AboutSystemPage
        # A window of its own, but a child of this dialog: a parentless window would be
        # blocked by the modal dialog, out of reach of mouse and keyboard alike.
        # Presence as the app's own monitor found it: no second monitor is started.
        self.about = AboutSystemPage(self.sources, parent=self)
        self.about.setWindowFlag(Qt.WindowType.Window)
        self.about.show()

    def result_settings(self) -> Settings:
        return self._result
