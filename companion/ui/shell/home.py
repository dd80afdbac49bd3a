"""Where the user finds Companion: the tray icon and the Today window, and what they show.

The Today window is built the first time it is needed: in the tray, most sessions never
open it, so it costs nothing until then. Messages for the user (``tell``) stack on the
Today window and pop up once (``notify``: the desktop's notification server where there
is one, else a tray balloon), and are cleared when the local day changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from companion.core.i18n import translate
from companion.core.kinds import Action, Request
from companion.core.local_days import day_bounds
from companion.ui.shell.tray import TrayMenu
from companion.ui.widgets import icons

if TYPE_CHECKING:
    from companion.core.today import DaySummary
    from companion.ui.shell.today import TodayWindow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Status:
    """Everything the tooltip and the Today window show, as of ``now``."""

    now: datetime
    day: DaySummary
    next_times: dict[str, datetime | None]
    paused: datetime | None | bool   # False: running; None: until resumed; else until then
    alert: str | None
    held: dict[str, str] = field(default_factory=dict)  # kind -> why its prompt waits
    paused_for_call: bool = False    # the pause ends with the user's call (``paused``: at the latest)


class Home(QObject):
    """The tray menu and the Today window, kept up to date from one ``Status``."""

    requested = Signal(object)       # a Request from the tray or the Today window
    refresh_needed = Signal()        # the local day changed, or the window first opened
    quit_requested = Signal()
    tray_hint_given = Signal()       # the "still running in the tray" hint was shown once

    def __init__(self, tz: tzinfo, tray_hint_shown: Callable[[], bool],
                 confirm_quit: Callable[[], bool] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.tz = tz
        self.notices: list[str] = []
        self._tray_hint_shown = tray_hint_shown
        self._confirm_quit = confirm_quit or self._ask_quit
        self.icon = icons.load("companion")
        self.tray = TrayMenu(*icons.tray_icons(), self)
        self.tray.requested.connect(self.requested)
        self.tray.activated.connect(self.show_today)
        self._today: TodayWindow | None = None
        self._today_outdated = False  # in the language before the last change: rebuilt when reopened
        self.welcome: QWidget | None = None  # the first-run welcome while open (companion.first_run)
        # Shows a message on the desktop's notification server; False when there is none
        # (set once the services start: ``DesktopNotifier.inform``).
        self.inform: Callable[[str, str], bool] | None = None
        self._day: datetime | None = None
        # Re-read today's counts when the local day changes (one timer, re-armed daily).
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.refresh_needed)

    @property
    def today_built(self) -> bool:
        """Whether the Today window exists yet (it is built on first use)."""
        return self._today is not None

    @property
    def today(self) -> TodayWindow:
        """The Today window, built the first time it is needed (and when reopened after
        the language changed)."""
        if self._today is not None and self._today_outdated and not self._today.isVisible():
            self._today.deleteLater()
            self._today, self._today_outdated = None, False
        if self._today is None:
            from companion.ui.shell.today import TodayWindow
            from companion.ui.widgets.colors import follow_system_colours
            follow_system_colours()  # the first window may be this one
            window = TodayWindow(self.tz)
            window.requested.connect(self.requested)
            window.close_requested.connect(self._today_closed)
            window.escape_pressed.connect(self._today_escaped)
            window.show_notice("\n\n".join(self.notices) or None)
            self._today = window
            self.refresh_needed.emit()
        return self._today

    def language_changed(self) -> None:
        """New words from now on: the tray menu at once; Today when it is next opened."""
        self.tray.rebuild()
        self._today_outdated = self._today is not None
        self.refresh_needed.emit()  # the menu's first line and the tooltip, in the new words

    def show_today(self) -> None:
        """Bring the Today window up, current."""
        self.refresh_needed.emit()
        self.today.show()
        self.today.raise_()
        self.today.activateWindow()

    def tell(self, message: str, title: str = "Companion") -> None:
        """Show something the user should read, below today's earlier messages."""
        log.warning("%s", message)
        self.notices.append(message)
        if self._today is not None:
            self._today.show_notice("\n\n".join(self.notices))
        self.notify(title, message)

    def notify(self, title: str, message: str) -> None:
        """A message that pops up once: a desktop notification where a notification server
        runs (tray balloons look foreign there), else the tray's balloon, if there is a tray."""
        if self.inform is None or not self.inform(title, message):
            self.tray.notify(title, message)

    def show(self, status: Status) -> None:
        """Bring the tray (icon, tooltip) and the Today window, if built, up to date."""
        # Imported here, not above: they bring the history's module, which the tray icon
        # need not wait for (ui.shell.shown_first).
        from companion.core.status_line import status_line
        from companion.core.today import status_lines
        self.tray.set_paused(status.paused is not False)
        self.tray.actions[Request(Action.UNDO_WATER)].setEnabled(status.day.can_undo)
        self.tray.set_tooltip("\n".join(status_lines(status.day, status.next_times,
                                                     status.paused, status.now, self.tz,
                                                     status.held, status.paused_for_call)))
        today, midnight = day_bounds(status.now, self.tz)
        if self._day is not None and today != self._day:
            self.notices.clear()  # yesterday's messages are done with
            if self._today is not None:
                self._today.show_notice(None)
        self._day = today
        if self._today is not None:
            self._today.show_day(status.day, status.now)
            self._today.show_schedule(status.next_times, status.paused, status.now,
                                      status.held, status.paused_for_call)
            self._today.show_alert(status.alert)
        wait_ms = int((midnight - status.now).total_seconds() * 1000) + 1000
        self._midnight.start(max(1000, wait_ms))
        self.tray.set_status(status_line(status.next_times, status.paused, status.now, self.tz,
                                         status.held, status.paused_for_call))

    def _today_closed(self) -> None:
        if self.tray.available:
            self.today.hide()
            if not self._tray_hint_shown():
                self.notify(translate("Tray", "Companion is still here"),
                            translate("Tray", "Companion keeps running in the tray. Use Quit in "
                                      "its menu to close it."))
                self.tray_hint_given.emit()
        elif self._confirm_quit():
            self.quit_requested.emit()

    def _today_escaped(self) -> None:
        # Esc puts the window away, as closing does, but never asks to quit: without a
        # tray it minimises instead.
        if self.tray.available:
            self._today_closed()
        else:
            self.today.showMinimized()

    def _ask_quit(self) -> bool:
        from companion.ui.widgets.ask import ask  # QMessageBox: PySide6 builds it on first import (1 ms)
        return ask(self.today, translate("Today", "Quit Companion?"),
                   translate("Today", "There is no system tray here, so closing this window "
                             "stops your reminders. Quit Companion?"),
                   translate("Home", "&Quit"), translate("Home", "&Keep running"))
