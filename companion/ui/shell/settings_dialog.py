"""Settings: a list of pages on the left, rows on the right, every change applied at once.

There is no OK or Cancel: a change is handed on (``changed``) as soon as it is made; one
with a problem (a time that is not a time) says so in red beside it and is not applied.

A page is a QWidget built from the settings shown (and what this desktop offers, a
``PageContext``); it may have a ``changed`` signal and ``result(settings) -> Settings``
(the settings with its own fields as edited), and then its edits apply at once. A page
without them only shows things or acts on its own. A feature adds its page with one line
in ``PAGES`` (see docs/design.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.i18n import QT_TRANSLATE_NOOP, translate
from companion.core.prompts import KIND_NAMES
from companion.core.settings import ReminderPlan, Settings
from companion.core.week import Week
from companion.core.wording import time_of_day
from companion.ui.shell.presence_settings import PresenceEditor
from companion.ui.shell.settings_breaks import BreakSettings
from companion.ui.shell.settings_language import LanguageChoice
from companion.ui.shell.settings_screen_time import ScreenTimeEditor
from companion.ui.shell.settings_share import SharePage
from companion.ui.shell.settings_water import WaterUnit
from companion.ui.shell.settings_week import WEEK_INTRO, OwnWeek, WeekEditor
from companion.ui.widgets.colors import warning
from companion.ui.widgets.controls import Tile, secondary_button
from companion.ui.widgets.layout import ContentScroll, fit_content
from companion.ui.widgets.theme import centre, heading_label, units, window_title


@dataclass(frozen=True)
class PageContext:
    """What a page may need besides the settings: what this desktop offers."""

    sources: list | None = None        # the presence monitor's SourceStatus list (None: not yet)
    # Why spoken steps cannot work here (None: they can). Asked only when speech is on or
    # being turned on: it starts a speech engine, a second or two the first time.
    speech_problem: Callable[[], str | None] = lambda: None
    open_about: Callable[[], None] | None = None  # show About this system
    week: WeekEditor | None = None     # the shared working week, as edited now


# Each kind's switch (Alt+W, Alt+S, Alt+B) and its own-hours box, whole sentences: the
# kind's name would need its own case and article inside them in other languages.
REMIND_ME = {"hydration": QT_TRANSLATE_NOOP("Settings", "Remind me: &water"),
             "stretch": QT_TRANSLATE_NOOP("Settings", "Remind me: &stretch break"),
             "breathing": QT_TRANSLATE_NOOP("Settings", "Remind me: &breathing")}
OWN_HOURS = {"hydration": QT_TRANSLATE_NOOP("Settings", "Own hours for water reminders"),
             "stretch": QT_TRANSLATE_NOOP("Settings", "Own hours for stretch break reminders"),
             "breathing": QT_TRANSLATE_NOOP("Settings", "Own hours for breathing reminders")}


def _form(parent: QWidget | None = None) -> QFormLayout:
    """A form whose fields keep their natural width, at the left, whatever the style."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


def _spin(low: int, high: int, value: int, suffix: str, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    # Applied when the number is finished (Enter, the arrows, leaving the field), not at
    # each digit typed: "120" is never applied as 1, then 12.
    spin.setKeyboardTracking(False)
    return spin


class PlanEditor(QWidget):
    """Edits one kind's ReminderPlan; ``changed`` after each finished edit."""

    changed = Signal()

    def __init__(self, name: str, plan: ReminderPlan, shared: Callable[[], Week],
                 parent: QWidget | None = None, kind: str = ""):
        """``shared``: the shared working week as edited now (the kind's hours unless it
        has its own); ``kind`` picks the words of its switches (``name`` in them without)."""
        super().__init__(parent)
        self.plan = plan
        form = _form(self)
        form.setContentsMargins(0, 0, 0, 0)
        # Alt+W, Alt+S, Alt+B: the three reminders share a page, so the rows below them
        # (same words thrice) are reached by Tab rather than by clashing letters.
        remind = (translate("Settings", REMIND_ME[kind]) if kind in REMIND_ME
                  else translate("Settings", "Remind me: {name}").format(name=name.lower()))
        self.enabled = QCheckBox(remind)
        self.enabled.setAccessibleName(remind.replace("&", ""))
        self.enabled.setChecked(plan.enabled)
        self.mode = QComboBox()
        self.mode.addItem(translate("Settings", "Every few minutes"), "interval")
        self.mode.addItem(translate("Settings", "At set times"), "times")
        self.mode.setCurrentIndex(0 if plan.mode == "interval" else 1)
        self.interval = _spin(5, 480, plan.interval_minutes, translate("Settings", " min"),
                              translate("Settings", "{name} interval").format(name=name))
        self.interval.setSingleStep(5)
        self.times = QLineEdit(", ".join(time_of_day(t) for t in plan.times))
        self.times.setPlaceholderText(translate("Settings", "e.g. 11:00, 15:30"))
        # The working hours, or its own.
        self.week = OwnWeek(name, plan.week, shared,
                            label=translate("Settings", OWN_HOURS[kind]) if kind in OWN_HOURS else None)
        self.problem = warning(QLabel(wordWrap=True))
        self.problem.hide()
        self.times.setAccessibleName(translate("Settings", "{name} times").format(name=name))
        self.mode.setAccessibleName(translate("Settings", "{name} mode").format(name=name))
        form.addRow(self.enabled)
        form.addRow(translate("Settings", "How"), self.mode)
        form.addRow(translate("Settings", "Every"), self.interval)
        form.addRow(translate("Settings", "At"), self.times)
        form.addRow(self.week)
        form.addRow(self.problem)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()
        for signal in (self.enabled.toggled, self.mode.currentIndexChanged,
                       self.interval.valueChanged, self.times.editingFinished,
                       self.week.changed):
            signal.connect(self.changed)

    def _mode_changed(self) -> None:
        interval = self.mode.currentData() == "interval"
        self.interval.setEnabled(interval)
        self.times.setEnabled(not interval)

    def result(self) -> tuple[ReminderPlan, str | None]:
        """The edited plan, or the old one with a problem message (also shown beside it)."""
        plan, problem = self._read()
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        return plan, problem

    def _read(self) -> tuple[ReminderPlan, str | None]:
        times = []
        for part in filter(None, (p.strip() for p in self.times.text().split(","))):
            try:
                times.append(time.fromisoformat(part if len(part) > 2 else f"{part}:00"))
            except ValueError:
                return self.plan, translate("Settings", '"{text}" is not a time like 15:30.').format(text=part)
        week, problem = self.week.result()
        if problem is not None:
            return self.plan, problem
        mode = self.mode.currentData()
        if mode == "times" and not times:
            return self.plan, translate("Settings", "Give at least one time, like 11:00.")
        return replace(self.plan, enabled=self.enabled.isChecked(), mode=mode,
                       interval_minutes=self.interval.value(), times=tuple(sorted(set(times))),
                       week=week), None


class RemindersPage(QWidget):
    """Water, stretch break and breathing, each a tile of its own rows."""

    changed = Signal()

    def __init__(self, settings: Settings, shared: Callable[[], Week], parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(units(self, 3))
        self.plans: dict[str, PlanEditor] = {}
        for kind, name in KIND_NAMES.items():
            tile = Tile()
            tile.column.addWidget(heading_label(name))
            editor = PlanEditor(name, settings.plan(kind), shared, kind=kind)
            editor.changed.connect(self.changed)
            tile.column.addWidget(editor)
            column.addWidget(tile)
            self.plans[kind] = editor
        column.addStretch(1)

    def problem(self) -> str | None:
        """The first plan's problem, with its name ("Water: ..."), if any."""
        for kind, editor in self.plans.items():
            if editor.problem.text():
                return translate("Settings", "{name}: {problem}").format(
                    name=KIND_NAMES[kind], problem=editor.problem.text())
        return None

    def result(self, settings: Settings) -> Settings:
        for kind, editor in self.plans.items():
            plan, _problem = editor.result()
            settings = settings.with_plan(kind, plan)
        return settings


class WorkingHoursPage(QWidget):
    """The shared working week: the hours every reminder keeps to unless it has its own."""

    changed = Signal()
    card = False  # seven rows of controls: the page's whole width, no card around them

    def __init__(self, editor: WeekEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(editor)
        editor.changed.connect(self.changed)

    def problem(self) -> str | None:
        _week, problem = self.editor.result()
        return (translate("Settings", "Working hours: {problem}").format(problem=problem)
                if problem else None)

    def result(self, settings: Settings) -> Settings:
        week, _problem = self.editor.result()
        return settings if week is None else replace(settings, week=week)


class GeneralPage(QWidget):
    """Water amounts, how reminders behave, sessions' sound and speech, start at login."""

    changed = Signal()

    def __init__(self, settings: Settings, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        minutes = translate("Settings", " min")
        self.goal = _spin(1, 30, settings.water_goal_glasses, translate("Settings", " glasses"),
                          translate("Settings", "Daily water goal"))
        self.water = WaterUnit(settings, self)
        self.unit, self.glass = self.water.unit, self.water.glass
        self.snooze = _spin(1, 120, settings.snooze_minutes, minutes, translate("Settings", "Snooze for"))
        self.timeout = _spin(1, 120, settings.prompt_timeout_minutes, minutes,
                             translate("Settings", "Reminder stays up for"))
        self.sound = self._check(translate("Settings", "Soft s&ound at each step"), settings.sound_cues)
        self.speech = self._check(translate("Settings", "Read steps &aloud"), settings.spoken_cues)
        self.reduced = self._check(translate("Settings", "Always reduce &motion"), settings.reduced_motion)
        # Off, Companion still follows the desktop (GNOME's Animations switch, KDE's speed).
        follows = translate("Settings", "Motion is also reduced whenever your desktop's animations are off.")
        self.reduced.setToolTip(follows)
        self.reduced.setAccessibleDescription(follows)
        self.login = self._check(translate("Settings", "Start Companion when I log &in"),
                                 settings.start_at_login)
        self.language = LanguageChoice(settings.language)
        self.speech_problem = QLabel(wordWrap=True)
        self.speech_problem.setVisible(False)
        self._keep_spoken = settings.spoken_cues
        self._speech_check = context.speech_problem
        if settings.spoken_cues:
            self._check_speech()
        self.speech.toggled.connect(self._speech_toggled)

        reminders, sessions = _form(), _form()
        reminders.addRow(translate("Settings", "&Daily water goal"), self.goal)
        reminders.addRow(translate("Settings", "&Unit"), self.unit)
        reminders.addRow(translate("Settings", "G&lass size"), self.glass)
        reminders.addRow(translate("Settings", "Snoo&ze for"), self.snooze)
        reminders.addRow(translate("Settings", "&Reminder stays up for"), self.timeout)
        for box in (self.sound, self.speech, self.speech_problem, self.reduced):
            sessions.addRow(box)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(units(self, 3))
        for title, rows in ((translate("Settings", "Water and reminders"), reminders),
                            (translate("Settings", "Stretch and breathing sessions"), sessions)):
            tile = Tile()
            tile.column.addWidget(heading_label(title))
            tile.column.addLayout(rows)
            column.addWidget(tile)
        start = Tile()
        start.column.addWidget(heading_label(translate("Settings", "This computer")))
        start.column.addWidget(self.login)
        about = secondary_button(translate("Settings", "About this s&ystem…"))
        about.setAutoDefault(False)  # Enter in a field never opens it
        about.setEnabled(context.open_about is not None)
        if context.open_about is not None:
            about.clicked.connect(context.open_about)
        row = QHBoxLayout()
        row.addWidget(about)
        row.addStretch(1)
        start.column.addLayout(row)
        column.addWidget(start)
        words = Tile()
        words.column.addWidget(heading_label(translate("Settings", "Language")))
        words.column.addWidget(self.language)
        column.addWidget(words)
        column.addStretch(1)
        for signal in (self.goal.valueChanged, self.water.changed, self.snooze.valueChanged,
                       self.timeout.valueChanged, self.sound.toggled, self.speech.toggled,
                       self.reduced.toggled, self.login.toggled, self.language.changed):
            signal.connect(self.changed)

    @staticmethod
    def _check(text: str, value: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(value)
        box.setAccessibleName(text.replace("&", ""))
        return box

    def _speech_toggled(self, on: bool) -> None:
        if on:
            self._check_speech()

    def _check_speech(self) -> None:
        """Grey reading aloud out, saying why, where no speech engine works: a setting that
        cannot work says so rather than fail silently."""
        problem = self._speech_check()
        if problem:
            self.speech.setChecked(False)
            self.speech.setEnabled(False)
            self.speech_problem.setText(translate("Settings", "Reading aloud does not work here: {why}")
                                        .format(why=problem))
            self.speech_problem.setVisible(True)

    def result(self, settings: Settings) -> Settings:
        return replace(settings, water_goal_glasses=self.goal.value(),
                       glass_ml=self.water.glass_ml(), water_unit=self.water.value(),
                       snooze_minutes=self.snooze.value(),
                       prompt_timeout_minutes=self.timeout.value(),
                       sound_cues=self.sound.isChecked(),
                       # Greyed for want of a speech engine: the user's choice waits for one.
                       spoken_cues=self.speech.isChecked() if self.speech.isEnabled()
                       else self._keep_spoken,
                       reduced_motion=self.reduced.isChecked(),
                       start_at_login=self.login.isChecked(),
                       language=self.language.value())


PageFactory = Callable[[Settings, PageContext], QWidget]


def _week_editor(context: PageContext) -> WeekEditor:
    assert context.week is not None  # (the dialog makes it before the pages)
    return context.week


def _shared_week(context: PageContext) -> Callable[[], Week]:
    return _week_editor(context).week

# The pages, in the order the list shows them: a title, and how to build the page.
# A feature adds its own page with one line here. The English title names the page in
# code (``pages``, ``show_page``); the list shows it translated.
PAGES: list[tuple[str, PageFactory]] = [
    (QT_TRANSLATE_NOOP("Settings", "Reminders"),
     lambda settings, context: RemindersPage(settings, _shared_week(context))),
    (QT_TRANSLATE_NOOP("Settings", "Working hours"),
     lambda settings, context: WorkingHoursPage(_week_editor(context))),
    (QT_TRANSLATE_NOOP("Settings", "General"), GeneralPage),
    (QT_TRANSLATE_NOOP("Settings", "When you are away"),
     lambda settings, context: PresenceEditor(settings, context.sources)),
    (QT_TRANSLATE_NOOP("Settings", "Wellbeing"),
     lambda settings, context: ScreenTimeEditor(settings, context.sources)),
    (QT_TRANSLATE_NOOP("Settings", "Break screen"), lambda settings, context: BreakSettings(settings)),
    (QT_TRANSLATE_NOOP("Settings", "Share history"), lambda settings, context: SharePage(settings)),
]


class SettingsDialog(QDialog):
    """All settings, page by page; ``changed(new, made_from)`` at each edit."""

    changed = Signal(object, object)  # the new Settings, and the Settings it was made from

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 sources: list | None = None,
                 speech_problem: Callable[[], str | None] = lambda: None):
        """``sources``: the presence monitor's SourceStatus list (None: not started yet);
        ``speech_problem``: asks why spoken steps cannot work here (None: they can), once
        reading aloud is on or being turned on."""
        super().__init__(parent)
        self.setWindowTitle(window_title(translate("Settings", "Settings")))
        self.settings = settings
        self.sources = sources
        self._placed = False
        # The shared week is made first: the reminders' pages show the hours they keep to.
        self.week = WeekEditor(settings.week, intro=translate("Settings", WEEK_INTRO))
        context = PageContext(sources, speech_problem, self.open_about, self.week)
        self.sections = QListWidget()
        self.sections.setAccessibleName(translate("Settings", "Settings pages"))
        # A quiet list on the window itself, rows spaced like the rest (GNOME Settings' sidebar).
        self.sections.setFrameShape(QFrame.Shape.NoFrame)
        self.sections.setSpacing(units(self, 1))
        self.sections.viewport().setAutoFillBackground(False)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self._appliers: list = []  # the pages whose edits apply (changed + result)
        for title, build in PAGES:
            self.add_page(title, build(settings, context))
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        # A screen reader chooses a page by selecting its row (AT-SPI Selection), which
        # moves the selection but not the current row: the page follows either.
        self.sections.itemSelectionChanged.connect(self._follow_selection)
        self.sections.setCurrentRow(0)
        # Named parts, for tests and for what other code reads.
        reminders = self.pages["Reminders"]
        assert isinstance(reminders, RemindersPage)
        self.plans = reminders.plans
        self.general = self.pages["General"]
        assert isinstance(self.general, GeneralPage)
        for name in ("goal", "unit", "glass", "snooze", "timeout", "sound", "speech", "reduced", "login",
                     "speech_problem", "language"):
            setattr(self, name, getattr(self.general, name))
        self.presence = self.pages["When you are away"]
        assert isinstance(self.presence, PresenceEditor)
        self.breaks = self.pages["Break screen"]
        assert isinstance(self.breaks, BreakSettings)
        self.screen_time = self.pages["Wellbeing"]
        assert isinstance(self.screen_time, ScreenTimeEditor)
        self.problem = warning(QLabel(wordWrap=True))
        self.problem.hide()
        body = QHBoxLayout()
        body.setSpacing(units(self, 4))
        body.addWidget(self.sections)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.problem)
        self._result = settings

    def _follow_selection(self) -> None:
        chosen = self.sections.selectedItems()
        if chosen and (row := self.sections.row(chosen[0])) != self.sections.currentRow():
            self.sections.setCurrentRow(row)

    def add_page(self, title: str, page: QWidget) -> None:
        """One more page in the list; its edits apply at once if it has ``changed``/``result``.

        ``title``: the English title, as marked with QT_TRANSLATE_NOOP("Settings", ...); the
        list and the page's card show it translated."""
        self.pages[title] = page
        title = translate("Settings", title)
        self.sections.addItem(title)
        # As wide as the longest title in the language shown (German's are longer).
        longest = max(self.sections.fontMetrics().horizontalAdvance(self.sections.item(row).text())
                      for row in range(self.sections.count()))
        self.sections.setFixedWidth(longest + units(self, 8))
        shown = page
        # A page of plain rows goes on a card with its title; a wide grid (the week) keeps
        # the whole width, which at 2x text on a 1366-pixel screen it needs.
        if getattr(page, "card", True) and not page.findChildren(Tile):
            shown = QWidget()
            card = Tile()
            card.column.addWidget(heading_label(title))
            card.column.addWidget(page)
            column = QVBoxLayout(shown)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(card)
            column.addStretch(1)
            if (rows := page.layout()) is not None:
                rows.setContentsMargins(0, 0, 0, 0)  # the card has the margins
        shown.setContentsMargins(0, 0, units(self, 2), 0)  # clear of the scroll bar, should it show
        # Each page scrolls rather than pushing the window off a short screen at large text.
        self.stack.addWidget(ContentScroll(shown))
        if hasattr(page, "changed") and callable(getattr(page, "result", None)):
            self._appliers.append(page)
            page.changed.connect(self.apply_now)

    def show_page(self, title: str) -> None:
        """Turn to the page whose title, in English or as shown, contains ``title`` (any case)."""
        for row, english in enumerate(self.pages):
            if any(title.lower() in name.lower() for name in (english, self.sections.item(row).text())):
                self.sections.setCurrentRow(row)
                return

    def apply_now(self) -> None:
        """Hand on the settings as edited, unless a page has a problem (then say it)."""
        new = self._result
        for page in self._appliers:
            new = page.result(new)
        problem = next((found for page in self.pages.values()
                        if (ask := getattr(page, "problem", None)) is not None and callable(ask)
                        and (found := ask())), None)
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        if problem or new == self._result:
            return
        made_from, self._result = self._result, new
        self.changed.emit(new, made_from)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        # Tall enough for the tallest page's wrapped text where the screen allows; the
        # pages scroll where it does not.
        fit_content(self)
        shown = self.stack.currentWidget()
        assert shown is not None  # (every dialog has its pages)
        for index in range(self.stack.count()):  # hidden pages: wrap at the width they will get
            if (page := self.stack.widget(index)) is not None:
                page.resize(shown.size())
                page.updateGeometry()
        fit_content(self, self.width())
        if not self._placed:
            self._placed = True
            parent = self.parentWidget()
            centre(self, parent if parent is not None and parent.isVisible() else None)
        super().showEvent(event)

    def open_about(self) -> None:
        """Show the About this system page (the same facts as companion --diagnose)."""
        from PySide6.QtCore import Qt

        from companion.ui.shell.about_system import AboutSystemPage
        # A window of its own, a child of this one so it stays in front of it.
        # Presence as the app's own monitor found it: no second monitor is started.
        self.about = AboutSystemPage(self.sources, parent=self)
        self.about.setWindowFlag(Qt.WindowType.Window)
        self.about.show()

    def result_settings(self) -> Settings:
        """The settings as last applied (the ones it opened with if nothing changed)."""
        return self._result
