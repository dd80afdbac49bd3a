"""The tray icon and its menu. Every item asks the app for something via ``requested``."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from companion.core.i18n import tr, translate
from companion.core.kinds import Action, Request


def pauses() -> tuple[tuple[str, str], ...]:
    """The pauses offered: each one's words (in the language now) and its argument of
    Action.PAUSE."""
    return ((tr("%n minutes", "pause length", 30), "30"), (tr("%n hours", "pause length", 1), "60"),
            (tr("%n hours", "pause length", 2), "120"),
            (translate("Tray", "Until this call ends"), "call"),
            (translate("Tray", "Until the next active day"), "next-day"),
            (translate("Tray", "Until I resume"), "forever"))


class TrayMenu(QObject):
    """The menu (usable with or without a system tray) and, where possible, the icon."""

    requested = Signal(object)  # a Request
    activated = Signal()  # the icon itself was clicked

    def __init__(self, icon: QIcon, paused_icon: QIcon, parent: QObject | None = None):
        super().__init__(parent)
        self.menu = QMenu()
        self.actions: dict[Request, QAction] = {}
        self._icons = (icon, paused_icon)
        self.icon: QSystemTrayIcon | None = None
        self._paused = False
        self.tooltip = ""
        self._fill()
        self.dock()
        self.set_paused(False)

    def _fill(self) -> None:
        """The menu's items, in the language in use now."""
        self.menu.setAccessibleName(translate("Tray", "Companion menu"))
        # Where Companion stands ("Reminders on · next: water at 11:00"): read, not clicked.
        self.status = self.menu.addAction(translate("Tray", "Reminders on"))
        self.status.setEnabled(False)
        self.menu.addSeparator()
        self._add(translate("Tray", "Open Companion"), Request(Action.SHOW))
        self.menu.addSeparator()
        self._add(translate("Tray", "Log a glass of water"), Request(Action.LOG_WATER))
        self._add(translate("Tray", "Undo last glass"), Request(Action.UNDO_WATER))
        self._add(translate("Tray", "Stretch session…"), Request(Action.STRETCH))
        self._add(translate("Tray", "Breathing exercise…"), Request(Action.BREATHE))
        self._add(translate("Tray", "Check a symptom…"), Request(Action.CHECK))
        self._add(translate("Tray", "Statistics…"), Request(Action.STATS))
        self.menu.addSeparator()
        self.pause_menu = self.menu.addMenu(translate("Tray", "Pause reminders"))
        for text, how in pauses():
            self._add(text, Request(Action.PAUSE, how), self.pause_menu)
        self._add(translate("Tray", "Resume reminders"), Request(Action.RESUME))
        self.menu.addSeparator()
        self._add(translate("Tray", "Settings…"), Request(Action.SETTINGS))
        self._add(translate("Tray", "Quit Companion"), Request(Action.QUIT))

    def rebuild(self) -> None:
        """Every item afresh, in the language in use now: the same icon and menu, the same
        pause state (the first line and Undo's state come with the next Status)."""
        self.menu.clear()
        self.pause_menu.deleteLater()
        self.actions.clear()
        self._fill()
        self.set_paused(self._paused)

    def dock(self) -> bool:
        """Put the icon in the tray if there is one now (a panel may start after us)."""
        if self.icon is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(self._icons[1] if self._paused else self._icons[0], self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._clicked)
            self.icon.setToolTip(self.tooltip)
            self.icon.show()
        return self.icon is not None

    def _add(self, text: str, request: Request, menu: QMenu | None = None) -> QAction:
        item = (menu or self.menu).addAction(text)
        item.triggered.connect(lambda: self.requested.emit(request))
        self.actions[request] = item
        return item

    def _clicked(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.activated.emit()

    @property
    def available(self) -> bool:
        return self.icon is not None

    def set_paused(self, paused: bool) -> None:
        """Show the pause state in the menu and the icon."""
        self._paused = paused
        self.actions[Request(Action.RESUME)].setEnabled(paused)
        self.pause_menu.setEnabled(True)
        if self.icon:
            self.icon.setIcon(self._icons[1] if paused else self._icons[0])

    def set_status(self, text: str) -> None:
        """The menu's first line: reminders on or paused, and what comes next."""
        self.status.setText(text)

    def set_tooltip(self, text: str) -> None:
        self.tooltip = text
        if self.icon:
            self.icon.setToolTip(text)

    def notify(self, title: str, text: str) -> None:
        """A one-off balloon message (used for the first hide-to-tray hint)."""
        if self.icon:
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
