"""Settings → Break screen: which breaks cover the screen, their daily limits, strict mode
and the warning before. Its own page, in the Settings dialog's PAGES."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QWidget

from companion.core.i18n import QT_TRANSLATE_NOOP, translate
from companion.core.settings import Settings
from companion.ui.widgets.colors import warning
from companion.ui.widgets.labels import muted, wrapping_label

# Marked here, translated where shown (context "Settings").
STRICT_WARNING = QT_TRANSLATE_NOOP("Settings", "Strict breaks cannot be postponed or skipped. If you "
                                   "really must leave one, hold Esc for 3 seconds. It still waits "
                                   "while you are in a call, presenting or have do not disturb on.")


def _spin(low: int, high: int, value: int, suffix: str, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    return spin


def _check(text: str, value: bool) -> QCheckBox:
    box = QCheckBox(text)
    box.setChecked(value)
    box.setAccessibleName(text.replace("&", ""))
    return box


class BreakSettings(QWidget):
    """Edits the break screen's settings; ``result(settings)`` puts them into a copy."""

    changed = Signal()  # any of its values (Settings applies them at once)

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        about = muted(wrapping_label(translate(
            "Settings", "Instead of a notification, a calm screen covers every monitor when the "
            "break is due, and leads you through it.")))
        self.stretch = _check(translate("Settings", "Stretch breaks &cover the screen"),
                              settings.break_screen_stretch)
        self.breathing = _check(translate("Settings", "Breathing breaks co&ver the screen"),
                                settings.break_screen_breathing)
        a_day = translate("Settings", " a day")
        self.postpone = _spin(1, 60, settings.break_postpone_minutes, translate("Settings", " min"),
                              translate("Settings", "Postpone for"))
        self.postpone_limit = _spin(0, 10, settings.break_postpone_limit, a_day,
                                    translate("Settings", "Postpones allowed a day"))
        self.skip_limit = _spin(0, 10, settings.break_skip_limit, a_day,
                                translate("Settings", "Skips allowed a day"))
        self.strict = _check(translate("Settings", "Strict &breaks: no postponing or skipping"),
                             settings.break_strict)
        self.strict_warning = warning(wrapping_label(translate("Settings", STRICT_WARNING)))
        self.warn = _check(translate("Settings", "&Warn me shortly before"), settings.break_warning)
        self.warn_seconds = _spin(10, 300, settings.break_warning_seconds, translate("Settings", " s"),
                                  translate("Settings", "Warn this long before"))
        self.warn_seconds.setSingleStep(10)
        form.addRow(about)
        form.addRow(self.stretch)
        form.addRow(self.breathing)
        for text, spin in ((translate("Settings", "Postpone &for"), self.postpone),
                           (translate("Settings", "Postpones &allowed"), self.postpone_limit),
                           (translate("Settings", "S&kips allowed"), self.skip_limit),
                           (translate("Settings", "Warn t&his long before"), self.warn_seconds)):
            label = QLabel(text)
            label.setBuddy(spin)
            form.addRow(label, spin)
            if spin is self.skip_limit:
                form.addRow(self.strict)
                form.addRow(self.strict_warning)
                form.addRow(self.warn)
        self.strict.toggled.connect(self._sync)
        self.warn.toggled.connect(self._sync)
        self._sync()
        for box in (self.stretch, self.breathing, self.strict, self.warn):
            box.toggled.connect(self.changed)
        for spin in (self.postpone, self.postpone_limit, self.skip_limit, self.warn_seconds):
            spin.setKeyboardTracking(False)  # "15" is applied as 15, never 1 first
            spin.valueChanged.connect(self.changed)

    def _sync(self) -> None:
        strict = self.strict.isChecked()
        for spin in (self.postpone, self.postpone_limit, self.skip_limit):
            spin.setEnabled(not strict)
        self.strict_warning.setVisible(strict)  # the warning stands beside the choice it is about
        self.warn_seconds.setEnabled(self.warn.isChecked())

    def result(self, settings: Settings) -> Settings:
        """``settings`` with this page's values."""
        return replace(settings, break_screen_stretch=self.stretch.isChecked(),
                       break_screen_breathing=self.breathing.isChecked(),
                       break_postpone_minutes=self.postpone.value(),
                       break_postpone_limit=self.postpone_limit.value(),
                       break_skip_limit=self.skip_limit.value(), break_strict=self.strict.isChecked(),
                       break_warning=self.warn.isChecked(),
                       break_warning_seconds=self.warn_seconds.value())
