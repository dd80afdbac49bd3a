"""Colours taken from the palette and kept readable: WCAG 2 contrast in light, dark and high contrast.

Text needs 4.5:1 against what it is drawn on, large text and the outlines of controls 3:1
(WCAG 1.4.3 and 1.4.11). Every colour here is worked out from the palette in force, so it
follows the desktop's light or dark choice and a high-contrast theme without a restart.
"""

from __future__ import annotations

import functools
from typing import TypeAlias

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QWidget

from companion.ui.widgets.style import CompanionStyle, use_companion_style

TEXT = 4.5        # body text
LARGE_TEXT = 3.0  # 18 pt, or 14 pt bold, and up
GRAPHIC = 3.0     # outlines of controls, meaningful shapes
# Aim a little above the line, so a colour rounded to 8 bits per channel still passes.
_MARGIN = 0.1

Role = QPalette.ColorRole
Group: TypeAlias = QPalette.ColorGroup
WARNING_HUE = QColor("#b3261e")  # problems the user should fix (a red that reads on light)
# The app's one accent: the teal of its icon. Progress, the countdown ring, the breathing
# shape and the main button of a view use it; nothing else is coloured.
ACCENT_HUE = QColor("#2f8f83")
# Health alerts only (e.g. twitching over two weeks): amber, never for decoration.
ALERT_HUE = QColor("#b26a00")
WHITE, BLACK = QColor(255, 255, 255), QColor(0, 0, 0)


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def over(colour: QColor, background: QColor) -> QColor:
    """What a (possibly translucent) ``colour`` looks like painted on ``background``."""
    return mix(colour, background, colour.alphaF())


def mix(colour: QColor, background: QColor, amount: float) -> QColor:
    """``colour`` laid over ``background`` at ``amount`` opacity, as an opaque colour."""
    return QColor.fromRgbF(*(a * amount + b * (1 - amount) for a, b in (
        (colour.redF(), background.redF()), (colour.greenF(), background.greenF()),
        (colour.blueF(), background.blueF()))))


def contrast(colour: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of ``colour`` (painted on ``background``) against ``background``."""
    high, low = sorted((luminance(over(colour, background)), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _key(value):
    if isinstance(value, QColor):
        return value.rgba()
    if isinstance(value, tuple):
        return tuple(_key(item) for item in value)
    return value


def _remembered(func):
    """Cache a colour rule by its arguments' values: painters ask on every frame."""
    cache: dict = {}

    @functools.wraps(func)
    def by_value(*args, **kwargs):
        key = (_key(args), tuple(sorted(kwargs.items())))
        if key not in cache:
            if len(cache) > 512:
                cache.clear()
            cache[key] = func(*args, **kwargs)
        return QColor(cache[key])
    return by_value


def _rounded(colour: QColor) -> QColor:
    return QColor(colour.red(), colour.green(), colour.blue())


def _passes(colour: QColor, backgrounds: tuple[QColor, ...], ratio: float) -> bool:
    return all(contrast(colour, background) >= ratio + _MARGIN for background in backgrounds)


@_remembered
def faded(ink: QColor, backgrounds: tuple[QColor, ...], ratio: float = TEXT) -> QColor:
    """``ink`` blended toward the first background as far as ``ratio`` against each allows."""
    ink, paper = _rounded(ink), _rounded(backgrounds[0])
    if not _passes(ink, backgrounds, ratio):
        return ink  # already as strong as this palette's ink gets
    low, high = 0.0, 1.0  # fraction of the way to the paper
    for _ in range(20):
        middle = (low + high) / 2
        if _passes(_rounded(mix(paper, ink, middle)), backgrounds, ratio):
            low = middle
        else:
            high = middle
    return _rounded(mix(paper, ink, low))


@_remembered
def readable(colour: QColor, background: QColor, ratio: float = TEXT) -> QColor:
    """``colour``, darkened on a light background or lightened on a dark one until it reads."""
    colour, background = _rounded(colour), _rounded(background)
    if _passes(colour, (background,), ratio):
        return colour
    extreme = QColor(0, 0, 0) if contrast(QColor(0, 0, 0), background) > contrast(
        QColor(255, 255, 255), background) else QColor(255, 255, 255)
    low, high = 0.0, 1.0  # fraction of the way to black or white
    for _ in range(20):
        middle = (low + high) / 2
        if _passes(_rounded(mix(extreme, colour, middle)), (background,), ratio):
            high = middle
        else:
            low = middle
    return _rounded(mix(extreme, colour, high))


def high_contrast(palette: QPalette) -> bool:
    """The desktop asks for high contrast, or ``palette`` is pure ink on pure paper already."""
    hints = QGuiApplication.styleHints()  # held: PySide drops a chained call's children
    asked = hints.accessibility().contrastPreference()
    return (asked == Qt.ContrastPreference.HighContrast
            or contrast(palette.color(Role.WindowText), palette.color(Role.Window)) >= 19)


def aim(palette: QPalette, ratio: float) -> float:
    """The ratio to aim for: WCAG AA, or AAA (7:1 text, 4.5:1 shapes) under high contrast."""
    return {TEXT: 7.0, GRAPHIC: TEXT}.get(ratio, ratio) if high_contrast(palette) else ratio


@_remembered
def soft(colour: QColor, background: QColor, opacity: float, ratio: float = GRAPHIC) -> QColor:
    """``colour`` at ``opacity`` over ``background``, made more opaque (then darker or lighter)
    only as far as it needs to stand out at ``ratio``."""
    for step in range(round(opacity * 20), 21):
        tone = _rounded(mix(colour, background, step / 20))
        if _passes(tone, (background,), ratio):
            return tone
    return readable(colour, background, ratio)


def surfaces(palette: QPalette, group: Group = Group.Active) -> tuple[QColor, ...]:
    """What text and controls are drawn on: the window, a base-coloured list or field, and
    a raised pane (Fusion's tab pages shade up to about 25% lighter than the window)."""
    window = palette.color(group, Role.Window)
    return window, palette.color(group, Role.Base), window.lighter(130)


def secondary_text(palette: QPalette, group: Group = Group.Active) -> QColor:
    """Greyed text for ``palette``: as faint as it can be while reading at 4.5:1 on its surfaces.

    Under high contrast it keeps 7:1: still told apart from normal text (a placeholder from
    a typed value), but barely greyed.
    """
    return faded(palette.color(group, Role.WindowText), surfaces(palette, group), aim(palette, TEXT))


def outline(palette: QPalette, group: Group = Group.Active) -> QColor:
    """A control's border that stands out at 3:1 from what it sits on (full ink under high contrast)."""
    ink = palette.color(group, Role.WindowText)
    if high_contrast(palette):
        return ink
    return faded(ink, surfaces(palette, group), GRAPHIC)


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is light text on a dark window."""
    return luminance(palette.color(Role.Window)) < luminance(palette.color(Role.WindowText))


def tile_surface(palette: QPalette, group: Group = Group.Active) -> QColor:
    """The background of a tile (a card): a step lighter than the window, or the window
    itself under high contrast, where the tile is drawn by its outline."""
    window = palette.color(group, Role.Window)
    if high_contrast(palette):
        return window
    if is_dark(palette):
        return _rounded(mix(WHITE, window, 0.06))  # (not the ink: a tinted label changes that)
    return _rounded(mix(palette.color(group, Role.Base), window, 0.7))


def accent(palette: QPalette, ratio: float = GRAPHIC, group: Group = Group.Active) -> QColor:
    """The icon's teal, made to stand out at ``ratio`` (AAA under high contrast) on both the
    window and a tile, whether the palette is light or dark."""
    ratio = aim(palette, ratio)
    # Both surfaces lie on the same side (light or dark), so darkening (or lightening) for
    # one only adds contrast against the other.
    on_window = readable(ACCENT_HUE, palette.color(group, Role.Window), ratio)
    return readable(on_window, tile_surface(palette, group), ratio)


def accent_fill(palette: QPalette) -> tuple[QColor, QColor]:
    """The fill and text colour of a view's main button: the accent, with text on it at 4.5:1
    (7:1 under high contrast, where the theme's own highlight colours are used if they read)."""
    if high_contrast(palette):
        fill, ink = palette.color(Role.Highlight), palette.color(Role.HighlightedText)
        if contrast(ink, fill) >= 7.0:
            return fill, ink
        return palette.color(Role.WindowText), palette.color(Role.Window)
    # White text on a teal deep enough to carry it: in a light and a dark window alike.
    return readable(ACCENT_HUE, WHITE, TEXT), WHITE


def alert_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """A health alert's background, text and edge: amber, kept readable in every palette."""
    window, ink = palette.color(Role.Window), palette.color(Role.WindowText)
    if high_contrast(palette):
        return window, ink, ink
    background = _rounded(mix(ALERT_HUE, window, 0.28 if is_dark(palette) else 0.16))
    return background, readable(ink, background, TEXT), readable(ALERT_HUE, background, GRAPHIC)


# -- labels in a colour of their own -------------------------------------------------------------

class _Tint(QObject):
    """Keeps a label's text in ``hue`` made readable on whatever window it sits on now."""

    def __init__(self, label: QLabel, hue: QColor):
        super().__init__(label)
        self._hue = hue
        label.installEventFilter(self)
        self.apply(label)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.PaletteChange:
            self.apply(watched)
        return False

    def apply(self, label: QLabel) -> None:
        palette = label.palette()
        changed = False
        for group in (Group.Active, Group.Inactive, Group.Disabled):
            # On the window and on a tile alike (a tile is a step lighter in dark palettes).
            ratio = aim(palette, TEXT)
            colour = readable(readable(self._hue, palette.color(group, Role.Window), ratio),
                              tile_surface(palette, group), ratio)
            if palette.color(group, Role.WindowText) != colour:
                palette.setColor(group, Role.WindowText, colour)
                changed = True
        if changed:  # the PaletteChange this sends finds nothing left to change
            label.setPalette(palette)


def warning(label: QLabel) -> QLabel:
    """Show a label's text in a warning red that reads in light, dark and high contrast."""
    _Tint(label, WARNING_HUE)
    return label


# -- the whole app ------------------------------------------------------------------------------

class ReadableStyle(CompanionStyle):
    """The app's style, with check box outlines that stand out at 3:1 in every palette.

    Fusion draws the outline a shade darker than the window: on a dark window that is
    almost invisible, and on a light one about 1.6:1. Over another style (a desktop's own)
    its outlines are that style's business.
    """

    def __init__(self, base: str):
        super().__init__(base)
        self._fusion = base.lower() == "fusion"

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        super().drawPrimitive(element, option, painter, widget)
        if element != QStyle.PrimitiveElement.PE_IndicatorCheckBox or not self._fusion:
            return
        state = option.state
        if not state & QStyle.StateFlag.State_Enabled:
            return  # a disabled box may stay faint
        if state & QStyle.StateFlag.State_HasFocus and state & QStyle.StateFlag.State_KeyboardFocusChange:
            return  # Fusion's focus outline stays
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        painter.translate(0.5, 0.5)  # the same square Fusion stroked
        painter.setPen(outline(option.palette))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


class SystemColours(QObject):
    """The app's colours: readable greys, visible check boxes, and the desktop's light or dark.

    Qt swaps the palette itself when the desktop's theme changes (every widget gets a
    PaletteChange and repaints); this keeps the palette's secondary text readable after
    each change, and when the desktop reports a colour scheme its theme gives no palette
    for, switches between Fusion's light and dark palettes instead.
    """

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.setObjectName("companion-system-colours")
        self._app = app
        self._own_palette = False  # a palette we chose for the scheme, not the desktop's
        use_companion_style(app, ReadableStyle)
        self._watch = _PaletteWatch(self.keep_readable)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.follow_scheme)
        hints.accessibility().contrastPreferenceChanged.connect(self.keep_readable)
        self.keep_readable()

    def keep_readable(self) -> None:
        """Make the app palette's placeholder (secondary) text read at 4.5:1."""
        palette = QGuiApplication.palette()
        changed = False
        for group in (Group.Active, Group.Inactive):
            colour = secondary_text(palette, group)
            if palette.color(group, Role.PlaceholderText) != colour:
                palette.setColor(group, Role.PlaceholderText, colour)
                changed = True
        if changed:  # the change this causes comes back here and finds nothing to do
            QApplication.setPalette(palette)

    def follow_scheme(self, scheme: Qt.ColorScheme) -> None:
        """The desktop switched light/dark: use its palette, or Fusion's for that scheme."""
        # Looked at once the event loop is back: a theme that has a palette for the scheme
        # has handed it to Qt by then, and that palette is the one to keep.
        QTimer.singleShot(0, self, lambda: self._use_scheme(scheme))

    def _use_scheme(self, scheme: Qt.ColorScheme) -> None:
        palette = QGuiApplication.palette()
        if self._own_palette:  # back to the desktop's own first
            self._own_palette = False
            palette = QPalette(palette)
            palette.setResolveMask(0)
            QApplication.setPalette(palette)
            palette = QGuiApplication.palette()
        want_dark = scheme == Qt.ColorScheme.Dark
        if scheme != Qt.ColorScheme.Unknown and is_dark(palette) != want_dark:
            self._own_palette = True
            QApplication.setPalette(fusion_palette(dark=want_dark))
        self.keep_readable()


class _PaletteWatch(QWidget):
    """Never shown; told, like every widget, when the app palette changes."""

    def __init__(self, changed):
        super().__init__()
        self.setObjectName("companion-palette-watch")  # app-wide: lives as long as the app
        self._changed = changed

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.PaletteChange:
            self._changed()
        super().changeEvent(event)


def fusion_palette(dark: bool) -> QPalette:
    """Qt's Fusion palette for a light or dark desktop (Qt does not export it)."""
    window_text, window = ((QColor(240, 240, 240), QColor(50, 50, 50)) if dark
                           else (QColor(0, 0, 0), QColor(239, 239, 239)))
    mid, shade = window.darker(130), window.darker(150)
    base = window.darker(140) if dark else QColor(255, 255, 255)
    palette = QPalette(window_text, window, window.lighter(150), shade, mid, window_text, base)
    palette.setColor(Role.Midlight, mid.lighter(110))
    palette.setColor(Role.Button, window)
    palette.setColor(Role.Shadow, shade.darker(135))
    palette.setColor(Role.HighlightedText, window_text if dark else QColor(255, 255, 255))
    for role in (Role.Highlight, Role.Accent):
        palette.setColor(role, QColor(48, 140, 198))
    disabled = QColor(130, 130, 130) if dark else QColor(190, 190, 190)
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(Group.Disabled, role, disabled)
    palette.setColor(Group.Disabled, Role.Base, window)
    return palette


def follow_system_colours(app: QApplication | None = None) -> SystemColours:
    """Set up the app's colours once; later calls reuse it.

    Called by whatever builds Companion's first window (Today, a feature window, a toast,
    Settings, History, the welcome), not at start-up: the colour code builds PySide6's
    ``Qt`` enum namespace (about 0.8 MiB and 35 ms), which a tray that is never opened
    need not pay.
    """
    found = app or QApplication.instance()
    assert isinstance(found, QApplication)  # (windows need one)
    existing = found.findChild(SystemColours, "companion-system-colours")
    return existing if existing is not None else SystemColours(found)
