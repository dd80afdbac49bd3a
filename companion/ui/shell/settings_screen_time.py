"""The "Wellbeing" tab of Settings: which reminder is in charge of stretch breaks where the
desktop has its own (GNOME 48's movement breaks), and the daily computer-time limit.

A page of the Settings window (its PAGES): ``changed`` and ``result`` apply its fields at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette, QValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.desktop_breaks import COMPANION_LEADS, DESKTOP_LEADS
from companion.core.i18n import translate
from companion.core.settings import Settings
from companion.core.wording import describe_minutes
from companion.ui.widgets.labels import muted

WHAT = "desktop breaks"  # the SourceStatus the app adds for GNOME's break reminders
DEFAULT_LIMIT_MINUTES = 8 * 60


def in_charge(choice: str, sources: Sequence | None) -> tuple[str, bool]:
    """Who reminds about stretch breaks here, in words; and whether GNOME's breaks run."""
    status = next((s for s in sources or () if s.what == WHAT), None)
    if status is None or not status.available:
        if status is None:
            return translate("Settings", "In charge now: Companion."), False
        why = f"{status.how[:1].upper()}{status.how[1:]}"  # the desktop's state, in a sentence
        return translate("Settings", "In charge now: Companion. {why}.").format(why=why), False
    if choice == DESKTOP_LEADS:
        return translate("Settings", "In charge now: GNOME's movement breaks. Companion does not "
                         "remind you a second time; when GNOME's break begins it offers its "
                         "guided hand and wrist stretch, and each GNOME break counts as a stretch "
                         "break."), True
    return translate("Settings", "In charge now: Companion. GNOME's movement breaks are on as "
                     "well, so you may be reminded by both; a GNOME break still counts as a "
                     "stretch break."), True


class ScreenTimeEditor(QWidget):
    """Edits ``desktop_breaks`` and ``computer_time_limit_minutes``."""

    changed = Signal()

    def __init__(self, settings: Settings, sources: Sequence | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.sources = sources
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(translate("Settings", "Stretch reminders where the desktop has its own")))
        # Who is in charge first, then the choice: the words follow the choice as it changes.
        self.now = QLabel()
        self.now.setWordWrap(True)
        layout.addWidget(self.now)
        self.gnome = QRadioButton(translate("Settings", "Let GNOME's movement breaks remind me, when "
                                            "they are &on"))
        self.companion = QRadioButton(translate("Settings", "&Companion reminds me"))
        self.leader = QButtonGroup(self)
        for button in (self.gnome, self.companion):
            button.setAccessibleName(button.text().replace("&", ""))
            self.leader.addButton(button)
            layout.addWidget(button)
        (self.gnome if settings.desktop_breaks == DESKTOP_LEADS else self.companion).setChecked(True)
        self.leader.buttonToggled.connect(self._say_who)
        self._say_who()
        layout.addSpacing(self.fontMetrics().height() // 2)

        layout.addWidget(_heading(translate("Settings", "Daily computer time")))
        row = QHBoxLayout()
        self.limit_on = QCheckBox(translate("Settings", "&Tell me when I have been at the computer for"))
        self.limit_on.setAccessibleName(self.limit_on.text().replace("&", ""))
        self.hours = DurationSpin()
        self.hours.setAccessibleName(translate("Settings", "Daily computer time limit"))
        limit = settings.computer_time_limit_minutes
        self.limit_on.setChecked(limit > 0)
        self.hours.setValue(limit if limit > 0 else DEFAULT_LIMIT_MINUTES)
        self.hours.setEnabled(limit > 0)
        self.limit_on.toggled.connect(self.hours.setEnabled)
        row.addWidget(self.limit_on)
        row.addWidget(self.hours)
        row.addStretch(1)
        layout.addLayout(row)
        note = muted(QLabel(translate("Settings", "Only time at the computer counts, not time away, "
                                      "with the screen locked or with the computer asleep. You "
                                      "are told when you reach it, and again after each further "
                                      "hour.")))
        note.setWordWrap(True)
        note.setContentsMargins(24, 0, 0, 6)
        layout.addWidget(note)
        layout.addStretch(1)
        self.hours.setKeyboardTracking(False)  # "7 h 30" applied when typed, not at each key
        self.leader.buttonToggled.connect(lambda *_: self.changed.emit())
        self.limit_on.toggled.connect(self.changed)
        self.hours.valueChanged.connect(self.changed)

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
        minutes = self.hours.value() if self.limit_on.isChecked() else 0
        return replace(settings, computer_time_limit_minutes=minutes,
                       desktop_breaks=DESKTOP_LEADS if self.gnome.isChecked() else COMPANION_LEADS)


class DurationSpin(QSpinBox):
    """Minutes in half-hour steps, shown as "8 h" or "7 h 30 min"; typed the same way (or
    as a bare number of hours)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(30, 24 * 60)
        self.setSingleStep(30)
        # Qt sizes a spin box for its first and last values; the widest text is in between.
        metrics = self.fontMetrics()
        widest = metrics.horizontalAdvance(describe_minutes(23 * 60 + 30))
        self.setMinimumWidth(super().sizeHint().width() + widest
                             - metrics.horizontalAdvance(describe_minutes(24 * 60)))

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt naming
        return describe_minutes(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt naming
        return self._shown(text) or _minutes(text) or self.value()

    def validate(self, text: str, pos: int):  # noqa: ANN201 - Qt's (state, text, pos)
        state = QValidator.State
        if self._shown(text) is not None or _minutes(text) is not None:
            return state.Acceptable, text, pos
        typed = " ".join(text.split())
        started = any(shown.startswith(typed) for shown in self._texts())
        return (state.Intermediate if started or _PARTIAL.fullmatch(text) else state.Invalid), text, pos

    def _texts(self) -> list[str]:
        return [self.textFromValue(value) for value in range(self.minimum(), self.maximum() + 1, 30)]

    def _shown(self, text: str) -> int | None:
        """The value whose words are ``text``, in whatever language they are shown (the
        typed forms below are English)."""
        typed = " ".join(text.split())
        return next((value for value in range(self.minimum(), self.maximum() + 1, 30)
                     if self.textFromValue(value) == typed), None)


_DURATION = re.compile(r"\s*(?:(\d{1,2})\s*h(?:ours?)?)?\s*(?:(\d{1,3})\s*min)?\s*")
_PARTIAL = re.compile(r"[\d\shminours]*")


def _minutes(text: str) -> int | None:
    """"7 h 30 min", "8 h", "90 min" or "8" (hours) as minutes; None if it is not one."""
    if text.strip().isdigit():
        return int(text) * 60
    found = _DURATION.fullmatch(text)
    if not found or not any(found.groups()):
        return None
    return int(found.group(1) or 0) * 60 + int(found.group(2) or 0)


def _heading(text: str) -> QLabel:
    return QLabel(f"<b>{text}</b>")
