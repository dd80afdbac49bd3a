"""The "Wellbeing" tab of Settings: which reminder is in charge of stretch breaks where the
desktop has its own (GNOME 48's movement breaks), and the daily computer-time limit.

It hooks itself into the Settings dialog (``ScreenTimeEditor.attach``): a tab of its own,
and its fields folded into what the dialog's OK returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.desktop_breaks import COMPANION_LEADS, DESKTOP_LEADS
from companion.core.settings import Settings
from companion.ui.widgets.labels import muted
from companion.ui.widgets.layout import ContentScroll

WHAT = "desktop breaks"  # the SourceStatus the app adds for GNOME's break reminders
DEFAULT_LIMIT_HOURS = 8.0


def in_charge(choice: str, sources: Sequence | None) -> tuple[str, bool]:
    """Who reminds about stretch breaks here, in words; and whether GNOME's breaks run."""
    status = next((s for s in sources or () if s.what == WHAT), None)
    if status is None or not status.available:
        why = f" ({status.how})" if status is not None else ""
        return f"Companion reminds you to stretch{why}.", False
    if choice == DESKTOP_LEADS:
        return ("GNOME's movement breaks remind you to stretch, so Companion does not remind "
                "you a second time. When GNOME's break begins, Companion offers its guided "
                "hand and wrist stretch, and each GNOME break counts as a stretch break."), True
    return ("Companion reminds you to stretch. GNOME's movement breaks are on as well, so you "
            "may be reminded by both; a GNOME break still counts as a stretch break."), True


class ScreenTimeEditor(QWidget):
    """Edits ``desktop_breaks`` and ``computer_time_limit_minutes``."""

    def __init__(self, settings: Settings, sources: Sequence | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.sources = sources
        layout = QVBoxLayout(self)
        layout.addWidget(_heading("Stretch reminders"))
        self.gnome = QRadioButton("Let GNOME's movement breaks remind me, when they are &on")
        self.companion = QRadioButton("&Companion reminds me")
        self.leader = QButtonGroup(self)
        for button in (self.gnome, self.companion):
            button.setAccessibleName(button.text().replace("&", ""))
            self.leader.addButton(button)
            layout.addWidget(button)
        (self.gnome if settings.desktop_breaks == DESKTOP_LEADS else self.companion).setChecked(True)
        self.now = QLabel()
        self.now.setWordWrap(True)
        self.now.setContentsMargins(24, 0, 0, 6)
        layout.addWidget(self.now)
        self.leader.buttonToggled.connect(self._say_who)
        self._say_who()

        layout.addWidget(_heading("Daily computer time"))
        row = QHBoxLayout()
        self.limit_on = QCheckBox("Tell me when I have been at the comp&uter for")
        self.limit_on.setAccessibleName("Tell me when I have been at the computer for")
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSuffix(" hours today")
        self.hours.setAccessibleName("Daily computer time limit in hours")
        limit = settings.computer_time_limit_minutes
        self.limit_on.setChecked(limit > 0)
        self.hours.setValue(limit / 60 if limit > 0 else DEFAULT_LIMIT_HOURS)
        self.hours.setEnabled(limit > 0)
        self.limit_on.toggled.connect(self.hours.setEnabled)
        row.addWidget(self.limit_on)
        row.addWidget(self.hours)
        row.addStretch(1)
        layout.addLayout(row)
        note = muted(QLabel("Only time at the computer counts: time away, with the screen "
                            "locked or the computer asleep does not. You are told when you "
                            "reach it, and once every further hour."))
        note.setWordWrap(True)
        note.setContentsMargins(24, 0, 0, 6)
        layout.addWidget(note)
        layout.addStretch(1)

    def _say_who(self, *_) -> None:
        choice = DESKTOP_LEADS if self.gnome.isChecked() else COMPANION_LEADS
        words, running = in_charge(choice, self.sources)
        self.now.setText(words)
        if running:
            self.now.setForegroundRole(QPalette.ColorRole.WindowText)
        else:
            muted(self.now)  # nothing for the choice to decide on this desktop

    def result(self, settings: Settings) -> Settings:
        """``settings`` with this tab's fields as edited."""
        minutes = round(self.hours.value() * 60) if self.limit_on.isChecked() else 0
        return replace(settings, computer_time_limit_minutes=minutes,
                       desktop_breaks=DESKTOP_LEADS if self.gnome.isChecked() else COMPANION_LEADS)

    @classmethod
    def attach(cls, dialog: QDialog, settings: Settings, sources: Sequence | None) -> ScreenTimeEditor:
        """Add the tab to the Settings ``dialog`` (its ``tabs``) and fold the fields into its
        ``result_settings()``: the one hook the dialog needs."""
        editor = cls(settings, sources)
        dialog.tabs.addTab(ContentScroll(editor), "Wellbei&ng")  # type: ignore[attr-defined]
        edited = dialog.result_settings  # type: ignore[attr-defined]
        dialog.result_settings = lambda: editor.result(edited())  # type: ignore[attr-defined]
        return editor


def _heading(text: str) -> QLabel:
    return QLabel(f"<b>{text}</b>")
