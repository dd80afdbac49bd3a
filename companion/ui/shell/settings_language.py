"""Settings' language row: follow the desktop, or one of the languages Companion ships.

Each language is named in itself ("Deutsch"), as the person looking for their own reads
it. A change is in force at once for what is shown afterwards (the tray menu, messages,
any window opened from then on); a window open now keeps its words until it is opened
again, and the row says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from companion.core.i18n import translate
from companion.services import language
from companion.ui.widgets.labels import muted


class LanguageChoice(QWidget):
    """A choice of language (``value``: "" for the desktop's); ``changed`` when picked."""

    changed = Signal()

    def __init__(self, setting: str, parent: QWidget | None = None):
        super().__init__(parent)
        desktop = language.NAMES[language.desktop_language()]
        self.box = QComboBox()
        self.box.addItem(translate("Settings", "Follow the desktop ({language})")
                         .format(language=desktop), "")
        for code in language.SHIPPED:
            self.box.addItem(language.NAMES[code], code)
        self.box.setCurrentIndex(max(0, self.box.findData(setting)))
        self.box.setAccessibleName(translate("Settings", "Language"))
        self.note = muted(QLabel(translate(
            "Settings", "Windows already open change when you open them again."), wordWrap=True))
        rows = QFormLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        rows.addRow(translate("Settings", "Lan&guage"), self.box)
        rows.addRow(self.note)
        self.box.currentIndexChanged.connect(self.changed)

    def value(self) -> str:
        """The language chosen: "" to follow the desktop, else its code ("de")."""
        return str(self.box.currentData())
