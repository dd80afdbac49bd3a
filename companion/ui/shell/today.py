"""The Today window: next reminders, today's counts, and the ways in to everything."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.kinds import Action, Request
from companion.core.prompts import KIND_NAMES
from companion.core.today import DaySummary, natural_breaks_line, next_text, pause_span
from companion.core.wording import date_text, plural
from companion.ui.shell.tray import PAUSES
from companion.ui.widgets.fonts import scaled_font
from companion.ui.widgets.keys import dialog_keys
from companion.ui.widgets.layout import fit_height

US_FL_OZ_PER_ML = 1 / 29.5735


def _pushed(widget: QWidget, box: QHBoxLayout | QVBoxLayout) -> QHBoxLayout | QVBoxLayout:
    """The widget at the end of a box, pushed there by a stretch.

    Used instead of Qt.AlignmentFlag: the first use of PySide6's ``Qt`` namespace builds
    all of its ~110 Python enums (about 20 ms and 1.2 MB), which nothing else on the way
    to showing this window needs.
    """
    box.setContentsMargins(0, 0, 0, 0)
    box.addStretch(1)
    box.addWidget(widget)
    return box


class TodayWindow(QWidget):
    """Shows the day; every button asks the app to do something (signals only)."""

    requested = Signal(object)    # a Request: log a glass, undo, stretch, breathe, check,
                                  # pause, resume, settings, history, quit
    close_requested = Signal()    # the user closed the window
    escape_pressed = Signal()     # Esc: put the window away (never quits)

    def __init__(self, tz: tzinfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.tz = tz
        self.setWindowTitle("Companion — Today")
        self.setAccessibleName("Companion, today")

        heading = QLabel("Today")
        heading.setFont(scaled_font(heading, 1.8))
        self.date_label = QLabel()
        self.date_label.setForegroundRole(self.date_label.foregroundRole())

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setMargin(8)
        self.notice.hide()

        self.alert = QLabel()
        self.alert.setWordWrap(True)
        self.alert.setObjectName("alert")
        self.alert.setStyleSheet("#alert { background: #fdecc8; color: #5a3b00;"
                                 " border-radius: 6px; padding: 8px; }")
        self.alert.hide()

        # Water
        water = QGroupBox("Water")
        self.water_label = QLabel()
        self.water_label.setFont(scaled_font(self.water_label, 1.3))
        self.water_bar = QProgressBar()
        self.water_bar.setTextVisible(False)
        # A slim meter: at full text height an empty bar looked like an empty text field.
        self.water_bar.setFixedHeight(max(6, self.fontMetrics().height() // 2))
        self.water_bar.setAccessibleName("Glasses of water against today's goal")
        log = self._button("&Log a glass", Action.LOG_WATER)
        undo = self._button("&Undo last", Action.UNDO_WATER)
        row = QHBoxLayout()
        row.addWidget(log)
        row.addWidget(undo)
        row.addStretch()
        wl = QVBoxLayout(water)
        wl.addWidget(self.water_label)
        wl.addWidget(self.water_bar)
        wl.addLayout(row)

        # Breaks
        breaks = QGroupBox("Breaks")
        self.breaks_label = QLabel()
        # Time away that counted as a stretch break (presence); hidden on a day without any.
        self.natural_label = QLabel()
        self.natural_label.hide()
        bl = QVBoxLayout(breaks)
        bl.addWidget(self.breaks_label)
        bl.addWidget(self.natural_label)
        brow = QHBoxLayout()
        brow.addWidget(self._button("Start &stretches", Action.STRETCH))
        brow.addWidget(self._button("&Breathe", Action.BREATHE))
        brow.addStretch()
        bl.addLayout(brow)

        # Next reminders
        upcoming = QGroupBox("Next reminders")
        below = QVBoxLayout(upcoming)
        grid = QGridLayout()
        below.addLayout(grid)
        self.next_labels: dict[str, QLabel] = {}
        for row_no, (kind, name) in enumerate(KIND_NAMES.items()):
            grid.addWidget(QLabel(name), row_no, 0)
            label = QLabel()
            self.next_labels[kind] = label
            grid.addLayout(_pushed(label, QHBoxLayout()), row_no, 1)  # right-aligned
        self.pause_label = QLabel(wordWrap=True)  # wraps, so a pause never widens the window
        self.resume_button = self._button("&Resume now", Action.RESUME)
        # Pausing from here too: without a system tray this window is the only way in. A
        # combo box and a button, not a pop-up menu, which a screen reader cannot reach.
        self.pause_choice = QComboBox(accessibleName="Pause reminders for")
        for text, how in PAUSES:
            self.pause_choice.addItem(text, how)
        self.pause_button = QPushButton("&Pause", accessibleName="Pause reminders")
        self.pause_button.clicked.connect(
            lambda: self.requested.emit(Request(Action.PAUSE, self.pause_choice.currentData())))
        # Qt names a combo box by its current item over AT-SPI, so a label (the buddy)
        # tells a screen reader what the choice is for.
        pause_for = QLabel("Pause &for")
        pause_for.setBuddy(self.pause_choice)
        prow = QHBoxLayout()
        prow.addWidget(pause_for)
        prow.addWidget(self.pause_choice)
        prow.addWidget(self.pause_button)
        prow.addWidget(self.resume_button)
        prow.addStretch(1)
        # Below the grid, not spanning its columns: a grid under-counts the height of a
        # spanning wrapped label, which then lost its second line at a large font.
        below.addWidget(self.pause_label)
        below.addLayout(prow)

        footer = QHBoxLayout()
        footer.addWidget(self._button("&Check a symptom", Action.CHECK))
        footer.addStretch()
        footer.addWidget(self._button("&History", Action.HISTORY))
        footer.addWidget(self._button("St&atistics", Action.STATS))
        footer.addWidget(self._button("Se&ttings", Action.SETTINGS))
        footer.addWidget(self._button("&Quit", Action.QUIT))  # as in the tray menu, for no tray

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        top.addLayout(_pushed(self.date_label, QVBoxLayout()))  # on the heading's baseline
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.alert)
        layout.addWidget(water)
        layout.addWidget(breaks)
        layout.addWidget(upcoming)
        layout.addStretch()
        layout.addLayout(footer)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.sizeHint().height())
        dialog_keys(self, escape=self.escape_pressed.emit)

    def _button(self, text: str, action: Action) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda: self.requested.emit(Request(action)))
        return button

    # -- rendering ---------------------------------------------------------------
    def show_day(self, day: DaySummary, now: datetime) -> None:
        """Render today's counts."""
        self.date_label.setText(date_text(now.astimezone(self.tz)))  # "Wednesday 2 December"
        self.water_label.setText(f"{day.glasses} of {day.goal_glasses} glasses  ·  {day.ml} ml"
                                 f" ({day.ml * US_FL_OZ_PER_ML:.0f} fl oz)")
        self.water_bar.setRange(0, day.goal_glasses)
        self.water_bar.setValue(min(day.glasses, day.goal_glasses))
        self.breaks_label.setText(f"{plural(day.breaks, 'stretch break')} · "
                                  f"{plural(day.breathing_sessions, 'breathing session')}")
        natural = natural_breaks_line(day)
        natural = "\n".join(line for line in (natural, day.computer_line) if line) or None
        self.natural_label.setText(natural or "")
        if self.natural_label.isVisibleTo(self) != bool(natural):
            self.natural_label.setVisible(bool(natural))
            fit_height(self, resize=True)

    def show_schedule(self, next_times: dict[str, datetime | None],
                      paused: datetime | None | bool, now: datetime,
                      held: dict[str, str] | None = None, for_call: bool = False) -> None:
        """Render the next time of each kind ("held: in a call" while it waits) and any pause."""
        for kind, label in self.next_labels.items():
            label.setText(next_text(kind, next_times.get(kind), held or {}, now, self.tz))
        if paused is False:
            self.pause_label.setText("Reminders are on.")
            self.resume_button.hide()
        else:
            until = None if paused is True else paused  # (True: paused, no end known)
            self.pause_label.setText(f"Reminders are paused{pause_span(until, now, self.tz, for_call)}.")
            self.resume_button.show()
        fit_height(self, resize=True)  # a longer pause line may wrap onto a second line

    def show_notice(self, text: str | None) -> None:
        """A message the user should read once (settings or history trouble)."""
        self.notice.setText(text or "")
        self.notice.setVisible(bool(text))
        fit_height(self, resize=True)  # grow or shrink back, never cutting a line off

    def show_alert(self, text: str | None) -> None:
        """A standing health alert, e.g. twitching logged over more than two weeks."""
        self.alert.setText(text or "")
        self.alert.setVisible(bool(text))
        fit_height(self, resize=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        event.ignore()
        self.close_requested.emit()
