"""The Today window: one calm page with where Companion stands, today's water, stretch breaks
and breathing as three tiles, what comes next, and the ways in to everything else.

Quit is not here: it lives in the tray menu (and, without a tray, in the question closing
this window asks), never beside everyday buttons.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.core.i18n import tr, translate
from companion.core.kinds import Action, Request
from companion.core.prompts import KIND_NAMES
from companion.core.status_line import status_line
from companion.core.today import DaySummary, coming_up, natural_breaks_line, next_text
from companion.core.wording import date_text, water_amount
from companion.ui.shell.tray import pauses
from companion.ui.widgets.controls import (
    Tile,
    accent_meter,
    alert_tile,
    primary_button,
    quiet_button,
    secondary_button,
)
from companion.ui.widgets.fonts import scaled_font
from companion.ui.widgets.keys import dialog_keys
from companion.ui.widgets.layout import fit_height
from companion.ui.widgets.theme import (
    button_row,
    caption_label,
    centre,
    heading_label,
    keep_on_screen,
    page_layout,
    title_label,
    units,
    window_title,
)

FIGURE_SCALE = 1.3  # the figure of a tile ("2 of 8 glasses"): between heading and body


class TodayWindow(QWidget):
    """Shows the day; every button asks the app to do something (signals only)."""

    requested = Signal(object)    # a Request: log a glass, undo, stretch, breathe, check,
                                  # pause, resume, settings, history
    close_requested = Signal()    # the user closed the window
    escape_pressed = Signal()     # Esc: put the window away (never quits)

    def __init__(self, tz: tzinfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.tz = tz
        self._placed = False
        self.setWindowTitle(window_title(translate("Today", "Today")))
        self.setAccessibleName(translate("Today", "Companion, today"))

        heading = title_label(translate("Today", "Today"))
        heading.setWordWrap(False)
        self.date_label = caption_label()
        self.date_label.setWordWrap(False)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.date_label)

        # Where Companion stands, and pausing or resuming: one place for both.
        self.pause_label = QLabel(wordWrap=True)  # the status line ("Reminders on · next: ...")
        self.pause_label.setAccessibleDescription(translate("Today", "Status"))
        # A combo box and a button, not a pop-up menu, which a screen reader cannot reach.
        self.pause_choice = QComboBox(accessibleName=translate("Today", "Pause reminders for"))
        for text, how in pauses():
            self.pause_choice.addItem(text, how)
        self.pause_button = secondary_button(translate("Today", "&Pause"))
        self.pause_button.setAccessibleName(translate("Today", "Pause reminders"))
        self.pause_button.clicked.connect(
            lambda: self.requested.emit(Request(Action.PAUSE, self.pause_choice.currentData())))
        self.resume_button = self._button(secondary_button(translate("Today", "&Resume now")), Action.RESUME)
        self.resume_button.hide()
        # Qt names a combo box by its current item over AT-SPI, so a label (the buddy)
        # tells a screen reader what the choice is for.
        self.pause_for = QLabel(translate("Today", "Pause &for"))
        self.pause_for.setBuddy(self.pause_choice)
        status = QHBoxLayout()
        status.addWidget(self.pause_label, 1)
        status.addWidget(self.pause_for)
        status.addWidget(self.pause_choice)
        status.addWidget(self.pause_button)
        status.addWidget(self.resume_button)

        # A message to read once: plain text under the status line (no tile: at large
        # text on a short screen the day needs that room).
        self.notice = QLabel(wordWrap=True)
        self.notice.hide()
        self.alert_tile = alert_tile()
        self.alert = QLabel(wordWrap=True)
        self.alert_tile.column.addWidget(self.alert)
        self.alert_tile.hide()
        self.alert.hide()

        tiles = QHBoxLayout()
        tiles.setSpacing(units(self, 3))
        self.tiles = (self._water_tile(), self._stretch_tile(), self._breathing_tile())
        # Three equal columns, each as wide as the widest needs: the stretch factors
        # alone share out the room, not what each tile's text would like.
        widest = max(tile.minimumSizeHint().width() for tile in self.tiles)
        for tile in self.tiles:
            tile.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            tile.setMinimumWidth(widest)
            tiles.addWidget(tile, 1)

        # Coming up: every reminder by the time it comes (a held one first: it is due).
        self.next_labels: dict[str, QLabel] = {}
        self._coming_names: list[QLabel] = []
        self._coming_times: list[QLabel] = []
        self._row_kind: list[str] = []
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(units(self, 6))
        for row in range(len(KIND_NAMES)):
            name, when = QLabel(), QLabel()
            grid.addWidget(name, row, 0)
            grid.addWidget(when, row, 1)
            self._coming_names.append(name)
            self._coming_times.append(when)
        grid.setColumnStretch(2, 1)
        for kind, label in zip(KIND_NAMES, self._coming_times, strict=True):
            self.next_labels[kind] = label  # re-pointed to each kind's row as the order changes
        coming = QVBoxLayout()
        coming.setSpacing(units(self, 1.5))
        coming.addWidget(heading_label(translate("Today", "Coming up")))
        coming.addLayout(grid)

        footer = button_row(self._button(secondary_button(translate("Today", "&Check a symptom")), Action.CHECK),
                            end=(self._button(quiet_button(translate("Today", "&History")), Action.HISTORY),
                                 self._button(quiet_button(translate("Today", "St&atistics")), Action.STATS),
                                 self._button(quiet_button(translate("Today", "Se&ttings")), Action.SETTINGS)))

        layout = page_layout(self)
        layout.addLayout(top)
        layout.addLayout(status)
        layout.addWidget(self.notice)
        layout.addWidget(self.alert_tile)
        layout.addLayout(tiles)
        layout.addLayout(coming)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.sizeHint().height())
        # No Enter default: a stray Enter must not record a glass nobody drank.
        dialog_keys(self, escape=self.escape_pressed.emit)
        self.log_button.setFocus()  # where the window's focus starts when it opens

    # -- the three tiles ---------------------------------------------------------------
    def _tile(self, title: str) -> tuple[Tile, QLabel]:
        tile = Tile()
        tile.column.addWidget(heading_label(title))
        figure = QLabel(wordWrap=True)
        figure.setFont(scaled_font(figure, FIGURE_SCALE))
        tile.column.addWidget(figure)
        return tile, figure

    def _water_tile(self) -> Tile:
        tile, self.water_label = self._tile(KIND_NAMES["hydration"])
        self.water_detail = caption_label()
        self.water_bar = accent_meter(translate("Today", "Glasses of water against today's goal"))
        self.log_button = self._button(primary_button(translate("Today", "&Log a glass")), Action.LOG_WATER)
        # Its words may be short in a language ("Eintragen" under "Water"): its name says it all.
        self.log_button.setAccessibleName(translate("Today", "Log a glass"))
        # Appears once there is a glass to take back; hidden and disabled with none.
        self.undo_button = self._button(quiet_button(translate("Today", "&Undo")), Action.UNDO_WATER)
        self.undo_button.setAccessibleName(translate("Today", "Undo the last glass"))
        self.undo_button.setEnabled(False)
        keep = self.undo_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # its room stays, so nothing moves when it appears
        self.undo_button.setSizePolicy(keep)
        self.undo_button.hide()
        tile.column.addWidget(self.water_detail)
        tile.column.addWidget(self.water_bar)
        tile.column.addStretch(1)
        tile.column.addLayout(button_row(self.log_button, self.undo_button))
        return tile

    def _stretch_tile(self) -> Tile:
        tile, self.breaks_label = self._tile(KIND_NAMES["stretch"])
        # Time away that counted as a stretch break (presence); hidden on a day without any.
        self.natural_label = caption_label()
        self.natural_label.hide()
        tile.column.addWidget(self.natural_label)
        tile.column.addStretch(1)
        start = secondary_button(translate("Today", "Start &stretches"))
        tile.column.addLayout(button_row(self._button(start, Action.STRETCH)))
        return tile

    def _breathing_tile(self) -> Tile:
        tile, self.breathing_label = self._tile(KIND_NAMES["breathing"])
        tile.column.addStretch(1)
        breathe = secondary_button(translate("Today", "&Breathe"))
        tile.column.addLayout(button_row(self._button(breathe, Action.BREATHE)))
        return tile

    def _button(self, button: QPushButton, action: Action) -> QPushButton:
        button.clicked.connect(lambda: self.requested.emit(Request(action)))
        return button

    # -- rendering ---------------------------------------------------------------
    def show_day(self, day: DaySummary, now: datetime) -> None:
        """Render today's counts."""
        self.date_label.setText(date_text(now.astimezone(self.tz)))  # "Wednesday 2 December"
        if day.glasses:
            self.water_label.setText(tr("{glasses} of %n glasses", "water against the goal",
                                        day.goal_glasses).format(glasses=day.glasses))
            amount = water_amount(day.ml)  # in the person's one unit: "2 l", "64 fl oz"
            self.water_detail.setText(translate("Today", "{amount} · goal reached").format(amount=amount)
                                      if day.glasses >= day.goal_glasses else amount)
        else:  # a warm start, not "0 of 8 glasses · 0 ml" over an empty bar
            self.water_label.setText(translate("Today", "No glass yet"))
            self.water_detail.setText(translate("Today", "A glass now is a good start. Goal: {goal}.")
                                      .format(goal=day.goal_glasses))
        self.water_bar.setRange(0, day.goal_glasses)
        self.water_bar.setValue(min(day.glasses, day.goal_glasses))
        self.water_bar.setVisible(day.glasses > 0)
        self.undo_button.setEnabled(day.glasses > 0)
        self.undo_button.setVisible(day.glasses > 0)
        self.breaks_label.setText(tr("%n breaks today", "stretch breaks", day.breaks) if day.breaks
                                  else translate("Today", "None yet today"))
        self.breathing_label.setText(tr("%n sessions today", "breathing sessions",
                                        day.breathing_sessions)
                                     if day.breathing_sessions else translate("Today", "None yet today"))
        natural = natural_breaks_line(day)
        natural = "\n".join(line for line in (natural, day.computer_line) if line) or None
        self.natural_label.setText(natural or "")
        self.natural_label.setVisible(bool(natural))
        self._fit()

    def show_schedule(self, next_times: dict[str, datetime | None],
                      paused: datetime | None | bool, now: datetime,
                      held: dict[str, str] | None = None, for_call: bool = False) -> None:
        """Render the status line, every reminder's next time in order ("held: in a call"
        while it waits) and the pause control."""
        held = held or {}
        for row, (kind, when) in enumerate(coming_up(next_times, held)):
            self._coming_names[row].setText(KIND_NAMES[kind])
            self._coming_times[row].setText(next_text(kind, when, held, now, self.tz))
            self.next_labels[kind] = self._coming_times[row]
        self.pause_label.setText(status_line(next_times, paused, now, self.tz, held, for_call))
        running = paused is False
        self.resume_button.setVisible(not running)
        self.pause_for.setVisible(running)
        self.pause_choice.setVisible(running)
        self.pause_button.setVisible(running)
        self._fit()  # a longer pause line may wrap onto a second line

    def show_notice(self, text: str | None) -> None:
        """A message the user should read once (settings or history trouble)."""
        self.notice.setText(text or "")
        self.notice.setVisible(bool(text))
        self._fit()  # grow or shrink back, never cutting a line off

    def show_alert(self, text: str | None) -> None:
        """A standing health alert, e.g. twitching logged over more than two weeks."""
        self.alert.setText(text or "")
        self.alert.setVisible(bool(text))
        self.alert_tile.setVisible(bool(text))
        self._fit()

    def _fit(self) -> None:
        fit_height(self, resize=True)  # grow or shrink with the text, never cutting a line off
        keep_on_screen(self)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if not self._placed:  # the first time only: after that, where the user left it
            self._placed = True
            centre(self)
        else:  # it may have grown while hidden (a notice came)
            keep_on_screen(self)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        event.ignore()
        self.close_requested.emit()
