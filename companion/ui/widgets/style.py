"""The app's style: the desktop's own (Fusion where there is none), sized from the font, with
Alt+letter underlines shown only while Alt is held (see docs/design.md).

Qt's styles pad buttons, space layouts and draw check boxes in fixed pixels: at twice the
text size a button kept 2 px around its text and a check box stayed 14 px. Here every
such measure comes from the font of the widget asked about, on one grid (``grid_unit``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionButton, QWidget

PM = QStyle.PixelMetric
_FONT_HEIGHT_PER_UNIT = 3.5  # a 14 px line (Qt's default 9 pt font) makes a 4 px unit


def unit_for(metrics: QFontMetrics) -> int:
    """One step of the spacing grid for text of these metrics: 4 px at Qt's default size."""
    return max(2, round(metrics.height() / _FONT_HEIGHT_PER_UNIT))


def grid_unit(widget: QWidget | None = None) -> int:
    """One step of the spacing grid for ``widget``'s text (the app's font without one)."""
    return unit_for(widget.fontMetrics() if widget is not None else QFontMetrics(QApplication.font()))


# Each measure, in grid units (a unit is 4 px at the default font). The parts inside a
# window keep the style's own small margins: nested, scaled ones added up to whole lines.
_WINDOW_MARGIN = 3        # around a window's content (12 px at the default font)
_BUTTON_PADDING = 1.5     # around a button's text
_BUTTON_MIN_WIDTH = 20    # Fusion's 80 px, growing with the text
_INDICATOR = 3.5          # a check box or radio button: as tall as a line of text
_LABEL_GAP = 1.5          # between an indicator and its text
_ICON = 4                 # small icons in buttons and lists

_BY_UNIT = {
    PM.PM_ButtonMargin: _BUTTON_PADDING,
    PM.PM_IndicatorWidth: _INDICATOR, PM.PM_IndicatorHeight: _INDICATOR,
    PM.PM_ExclusiveIndicatorWidth: _INDICATOR, PM.PM_ExclusiveIndicatorHeight: _INDICATOR,
    PM.PM_CheckBoxLabelSpacing: _LABEL_GAP, PM.PM_RadioButtonLabelSpacing: _LABEL_GAP,
    PM.PM_SmallIconSize: _ICON, PM.PM_ButtonIconSize: _ICON,
}
_MARGINS = (PM.PM_LayoutLeftMargin, PM.PM_LayoutTopMargin, PM.PM_LayoutRightMargin,
            PM.PM_LayoutBottomMargin)


class CompanionStyle(QProxyStyle):
    """The base style with font-sized measures and mnemonics hidden until Alt is held
    (colours.ReadableStyle adds readable check box outlines on top)."""

    def __init__(self, base: str):
        super().__init__(base)
        self.alt_held = False

    def _unit(self, option, widget) -> int:
        if widget is not None:
            return unit_for(widget.fontMetrics())
        if option is not None:
            return unit_for(option.fontMetrics)
        return grid_unit()

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 - Qt naming
        if metric in _MARGINS and widget is not None and widget.isWindow():
            return round(_WINDOW_MARGIN * self._unit(option, widget))
        if (units := _BY_UNIT.get(metric)) is not None:
            return round(units * self._unit(option, widget))
        return super().pixelMetric(metric, option, widget)

    def sizeFromContents(self, kind, option, size, widget=None) -> QSize:  # noqa: N802 - Qt naming
        found = super().sizeFromContents(kind, option, size, widget)
        # A flat (quiet) button is a word, not a slab: no minimum width.
        if kind == QStyle.ContentsType.CT_PushButton and option is not None and option.text \
                and not option.features & QStyleOptionButton.ButtonFeature.Flat:
            found.setWidth(max(found.width(), _BUTTON_MIN_WIDTH * self._unit(option, widget)))
        return found

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:  # noqa: N802
        if hint == QStyle.StyleHint.SH_UnderlineShortcut:
            # As GNOME and KDE do: Alt+letter still works, the underline shows on demand.
            return int(self.alt_held)
        return super().styleHint(hint, option, widget, returnData)


class _AltWatch(QObject):
    """Tells the style whether Alt is held, and repaints the window the keys go to."""

    def __init__(self, style: CompanionStyle, app: QApplication):
        super().__init__(app)
        self._style = style
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        # Every event of the app passes here: the class test comes first, as it is several
        # times cheaper than event.type() (which makes a Python enum each call).
        if isinstance(event, QKeyEvent):
            kind = event.type()
            if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                held = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
                if event.key() == Qt.Key.Key_Alt:
                    held = kind == QEvent.Type.KeyPress
                self._set(held)
        elif type(event) is QEvent and event.type() == QEvent.Type.ApplicationDeactivate:
            self._set(False)  # Alt+Tab away: no release comes
        return False

    def _set(self, held: bool) -> None:
        if held == self._style.alt_held:
            return
        self._style.alt_held = held
        window = QApplication.activeWindow() or QApplication.activePopupWidget()
        if window is not None:
            for widget in (window, *window.findChildren(QWidget)):
                widget.update()


def use_companion_style(app: QApplication, kind: type[CompanionStyle] = CompanionStyle) -> CompanionStyle:
    """Put ``kind`` over the app's style (once) and start watching the Alt key."""
    style = app.style()
    if isinstance(style, kind):
        return style
    base = style.baseStyle() if isinstance(style, QProxyStyle) else style  # (a proxy has no name)
    ours = kind(base.name())
    app.setStyle(ours)
    _AltWatch(ours, app)
    return ours
