"""Settings' water unit and glass size: the glass is typed in the unit chosen, stored in ml.

The stored millilitres change only when the person changes the glass: a 250 ml glass
shown as 8 fl oz stays 250 ml when something else is edited, and 8 fl oz typed is stored
as 237 ml, which shows as 8 again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QSpinBox

from companion.core import wording
from companion.core.i18n import translate
from companion.core.settings import Settings

GLASS_ML = (50, 1000)   # the settings file's range (settings_schema)
GLASS_FL_OZ = (2, 34)   # about the same glasses: 59 ml to 1000 ml


class WaterUnit(QObject):
    """The Unit row (``unit``) and the Glass size spin box in it (``glass``); ``changed``
    after each finished edit of either."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self._ml = settings.glass_ml
        self.unit = QComboBox()
        self.unit.addItem(translate("Settings", "Follow the desktop ({unit})").format(
            unit=wording.formats().water_unit), "")
        self.unit.addItem(translate("Settings", "Millilitres (ml)"), "ml")
        self.unit.addItem(translate("Settings", "US fluid ounces (fl oz)"), "fl oz")
        self.unit.setCurrentIndex(max(0, self.unit.findData(settings.water_unit)))
        self.unit.setAccessibleName(translate("Settings", "Water unit"))
        self.glass = QSpinBox()
        self.glass.setAccessibleName(translate("Settings", "Glass size"))
        # Applied when the number is finished, not at each digit typed (as every spin box).
        self.glass.setKeyboardTracking(False)
        self._show_glass()
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.glass.valueChanged.connect(self._glass_changed)

    def value(self) -> str:
        """The unit chosen: "" to follow the desktop's region, "ml" or "fl oz"."""
        return str(self.unit.currentData())

    def glass_ml(self) -> int:
        """The glass size as it is stored: whole millilitres."""
        return self._ml

    def shown_unit(self) -> str:
        """The unit the glass size is typed in: the one chosen, or the region's."""
        return self.value() or wording.formats().water_unit

    def _show_glass(self) -> None:
        self.glass.blockSignals(True)  # showing the same glass in another unit is no edit
        if self.shown_unit() == "fl oz":
            self.glass.setRange(*GLASS_FL_OZ)
            self.glass.setSingleStep(1)
            self.glass.setSuffix(translate("Settings", " fl oz"))
            self.glass.setValue(wording.fl_oz(self._ml))
        else:
            self.glass.setRange(*GLASS_ML)
            self.glass.setSingleStep(25)
            self.glass.setSuffix(translate("Settings", " ml"))
            self.glass.setValue(self._ml)
        self.glass.blockSignals(False)

    def _unit_changed(self) -> None:
        self._show_glass()
        self.changed.emit()

    def _glass_changed(self, value: int) -> None:
        ml = wording.ml_from_fl_oz(value) if self.shown_unit() == "fl oz" else value
        self._ml = min(max(ml, GLASS_ML[0]), GLASS_ML[1])  # 34 fl oz is 1005 ml: 1000
        self.changed.emit()
