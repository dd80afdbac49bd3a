"""Settings → Break screen: which breaks cover the screen, their daily limits, strict mode
and the warning before. Its own page, added to the Settings dialog by ``add_to``."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QSpinBox, QTabWidget, QWidget

from companion.core.settings import Settings
from companion.ui.widgets.colors import warning
from companion.ui.widgets.labels import muted, wrapping_label
from companion.ui.widgets.layout import ContentScroll

STRICT_WARNING = ("Strict breaks cannot be postponed or skipped. If you really must leave one, "
                  "hold Esc for 3 seconds. It still waits while you are in a call, presenting "
                  "or have do not disturb on.")


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

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        about = muted(wrapping_label(
            "Instead of a notification, a calm screen covers every monitor when the break is "
            "due, and leads you through it."))
        self.stretch = _check("Stretch breaks &cover the screen", settings.break_screen_stretch)
        self.breathing = _check("Breathing breaks co&ver the screen", settings.break_screen_breathing)
        self.postpone = _spin(1, 60, settings.break_postpone_minutes, " min", "Postpone for")
        self.postpone_limit = _spin(0, 10, settings.break_postpone_limit, " a day",
                                    "Postpones allowed a day")
        self.skip_limit = _spin(0, 10, settings.break_skip_limit, " a day", "Skips allowed a day")
        self.strict = _check("Strict &breaks: no postponing or skipping", settings.break_strict)
        self.strict_warning = warning(wrapping_label(STRICT_WARNING))
        self.warn = _check("&Warn me shortly before", settings.break_warning)
        self.warn_seconds = _spin(10, 300, settings.break_warning_seconds, " s", "Warn this long before")
        self.warn_seconds.setSingleStep(10)
        form.addRow(about)
        form.addRow(self.stretch)
        form.addRow(self.breathing)
        for text, spin in (("Postpone &for", self.postpone), ("Postpones &allowed", self.postpone_limit),
                           ("S&kips allowed", self.skip_limit), ("Warn t&his long before", self.warn_seconds)):
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


def add_to(dialog: QDialog, tabs: QTabWidget, settings: Settings) -> BreakSettings:
    """Add the page to the Settings dialog; its values join the dialog's result on OK."""
    page = BreakSettings(settings)
    tabs.addTab(ContentScroll(page), "Break scr&een")
    # After the dialog's own accept() made its result: this page's fields are its own.
    dialog.accepted.connect(lambda: setattr(dialog, "_result", page.result(dialog._result)))  # type: ignore[attr-defined]
    return page
