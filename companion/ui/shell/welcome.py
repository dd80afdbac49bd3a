"""The first-run welcome: what Companion does, where it lives, and the few choices that matter.

Shown once. Everything in it is also in Settings, so skipping loses nothing.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.i18n import QT_TRANSLATE_NOOP, translate
from companion.core.prompts import KIND_NAMES
from companion.core.settings import Settings
from companion.core.week import Hours, uniform_week
from companion.ui.widgets.colors import warning
from companion.ui.widgets.controls import Tile, primary_button, quiet_button
from companion.ui.widgets.days import day_boxes
from companion.ui.widgets.focus import keep_focus_in_view
from companion.ui.widgets.keys import dialog_keys
from companion.ui.widgets.theme import heading_label, title_label

# Marked here, translated where shown (context "Welcome").
REMINDER_NAMES = {"hydration": QT_TRANSLATE_NOOP("Welcome", "Drink &water"),
                  "stretch": QT_TRANSLATE_NOOP("Welcome", "Stretch &break"),
                  "breathing": QT_TRANSLATE_NOOP("Welcome", "Breathing e&xercise")}
NOT_MEDICAL = QT_TRANSLATE_NOOP("Welcome", "Companion is not medical advice and does not diagnose "
                                "anything. If you are worried about a symptom, talk to a doctor; in "
                                "an emergency, call your local emergency number.")


def where_it_lives(tray: bool) -> str:
    """One sentence on where to find Companion, with or without a system tray."""
    if tray:
        return translate("Welcome", "Companion lives in your system tray: look for its icon near "
                         "the clock. Closing a window keeps it running there; use Quit in its "
                         "menu to stop it.")
    return translate("Welcome", "There is no system tray on this desktop, so Companion lives in "
                     "its Today window. Closing that window asks before Companion quits.")


def _buddy(text: str, field: QWidget) -> QLabel:
    """A label whose Alt+letter moves focus to ``field``."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


class WelcomeWindow(QWidget):
    """Asks for active hours and days, which reminders, and start at login."""

    #: The settings to use from now on (welcome_done is set, whichever button was used).
    chosen = Signal(object)

    def __init__(self, settings: Settings, tray: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self._answered = False
        welcome = translate("Welcome", "Welcome to Companion")
        self.setWindowTitle(welcome)
        self.setAccessibleName(welcome)

        heading = title_label(welcome)
        intro = self._text(translate("Welcome", "Companion reminds you to drink water, take a "
                                     "stretch break and breathe slowly for a minute, only inside "
                                     "the hours and days you choose. It guides you through short "
                                     "stretches and breathing, and everything stays on your "
                                     "computer."))
        self.where = self._text(where_it_lives(tray))

        # One range on chosen days here; several a day, and days of their own, in Settings.
        week = settings.week
        first = next((d.hours[0] for d in week.days if d.on and d.hours), Hours(540, 1080))
        hours = Tile()  # a card with a heading, as every window has them (docs/design.md)
        hours.column.addWidget(heading_label(translate("Welcome", "When may Companion remind you?")))
        self.start = QTimeEdit(QTime(first.start // 60, first.start % 60))
        self.end = QTimeEdit(QTime(first.end // 60 % 24, first.end % 60))
        for edit, name in ((self.start, translate("Welcome", "Active from")),
                           (self.end, translate("Welcome", "Active until"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        time_row = QHBoxLayout()
        time_row.addWidget(_buddy(translate("Welcome", "&From"), self.start))
        time_row.addWidget(self.start)
        time_row.addWidget(_buddy(translate("Welcome", "&to"), self.end))
        time_row.addWidget(self.end)
        time_row.addStretch()
        day_row, self.days = day_boxes([n for n, d in enumerate(week.days) if d.on],
                                       lambda day: translate("Welcome", "Remind on {day}").format(day=day))
        day_row.addStretch()
        hours.column.addLayout(time_row)
        hours.column.addLayout(day_row)

        kinds = Tile()
        kinds.column.addWidget(heading_label(translate("Welcome", "Which reminders?")))
        self.reminders = {}
        for kind in KIND_NAMES:
            box = QCheckBox(translate("Welcome", REMINDER_NAMES[kind]) if kind in REMINDER_NAMES
                            else KIND_NAMES[kind])
            box.setChecked(settings.plan(kind).enabled)
            self.reminders[kind] = box
            kinds.column.addWidget(box)

        self.login = QCheckBox(translate("Welcome", "Start Companion when I &log in"))
        self.login.setChecked(settings.start_at_login)
        self.problem = warning(QLabel())
        note = self._text(translate("Welcome", NOT_MEDICAL))
        note.setFrameShape(QFrame.Shape.StyledPanel)
        note.setMargin(8)
        later = self._text(translate("Welcome", "You can change all of this later in Settings."))

        self.skip_button = quiet_button(translate("Welcome", "S&kip"))
        self.skip_button.setAccessibleName(translate("Welcome", "Skip the welcome and keep the defaults"))
        self.skip_button.clicked.connect(self.skip)
        self.done_button = primary_button(translate("Welcome", "&Start using Companion"))  # the one main action
        self.done_button.clicked.connect(self.done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch()
        buttons.addWidget(self.done_button)

        # The choices scroll and the buttons stay put: with large text on a small screen
        # the window would otherwise squash every row into the screen's height.
        body = QWidget()
        content = QVBoxLayout(body)
        for widget in (heading, intro, self.where, hours, kinds, self.login, self.problem,
                       note, later):
            content.addWidget(widget)
        content.addStretch()
        self.problem.hide()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Text wraps to the width it is given: never scroll sideways (that cut the first
        # letters of each line off under a real window manager).
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        # Tab goes straight to the choices inside (and scrolls to each), not to the area.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        keep_focus_in_view(scroll)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._fit(body, buttons)
        dialog_keys(self, default=self.done_button, escape=self.close)  # Esc skips, as closing does

    def _fit(self, body: QWidget, buttons: QHBoxLayout) -> None:
        """Wide enough for the text, and tall enough for all of it if the screen allows."""
        width = QFontMetrics(self.font()).averageCharWidth() * 72
        height = body.heightForWidth(width) if body.hasHeightForWidth() else body.sizeHint().height()
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        height += (buttons.sizeHint().height() + layout.spacing()
                   + margins.top() + margins.bottom())
        # Room for a vertical scroll bar, should the screen be too short for everything.
        width += (margins.left() + margins.right()
                  + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width()), min(height, int(screen.height() * 0.9)))

    @staticmethod
    def _text(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def result_settings(self) -> Settings | None:
        """The settings as edited here, or None (and a message shown) if they do not fit."""
        start = self.start.time().hour() * 60 + self.start.time().minute()
        end = self.end.time().hour() * 60 + self.end.time().minute() or 24 * 60  # 00:00: midnight
        if start >= end:
            self.problem.setText(translate("Welcome", "The active hours must end after they start."))
            return None
        days = tuple(i for i, box in enumerate(self.days) if box.isChecked())
        if not days:
            self.problem.setText(translate("Welcome", "Choose at least one day."))
            return None
        new = replace(self.settings, week=uniform_week([Hours(start, end)], days))
        for kind, box in self.reminders.items():
            new = new.with_plan(kind, replace(new.plan(kind), enabled=box.isChecked(), week=None))
        return replace(new, start_at_login=self.login.isChecked(), welcome_done=True)

    def done(self) -> None:
        """Use what is shown here and close."""
        new = self.result_settings()
        self.problem.setVisible(new is None)
        if new is not None:
            self._answer(new)

    def skip(self) -> None:
        """Keep the settings as they were (the defaults, on a first run) and close."""
        self._answer(replace(self.settings, welcome_done=True))

    def _answer(self, new: Settings) -> None:
        if not self._answered:
            self._answered = True
            self.chosen.emit(new)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window is a skip: the welcome is not shown again either way.
        if not self._answered:
            self._answered = True
            self.chosen.emit(replace(self.settings, welcome_done=True))
        super().closeEvent(event)
