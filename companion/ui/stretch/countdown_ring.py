"""A round countdown: an arc that empties as a hold runs down, seconds in the middle."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.i18n import tr, translate
from companion.ui.widgets.colors import accent, secondary_text


def ring_caption(paused: bool, holding: bool) -> str:
    """The words under the seconds: paused, getting ready, or none while a step runs."""
    # A word or two: the ring grows to fit its caption, and at twice the text size a long
    # one would make the session too tall for a 768 px screen.
    if paused:
        return translate("Stretch", "Paused", "the countdown ring's caption: short")
    return "" if holding else translate("Stretch", "Get ready", "the countdown ring's caption: short")


def widest_caption(metrics: QFontMetricsF) -> float:
    """How wide the widest caption a session shows is, in the person's language: the
    ring is never too small for it at the normal size."""
    return max(metrics.horizontalAdvance(ring_caption(paused, False)) for paused in (True, False))


class CountdownRing(QWidget):
    """Shows the fraction of a hold still to go, and the whole seconds left.

    With reduced motion the arc moves only when the seconds shown change: in whole-second
    steps, with the number, instead of sliding smoothly ten times a second.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._left = 1.0
        self._text = ""
        self._caption = ""
        self._active = True
        self._stepped = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("Stretch", "Time left in this step"))

    def set_reduced_motion(self, reduced: bool) -> None:
        """Step the arc with the seconds instead of moving it smoothly."""
        self._stepped = reduced

    def set_state(self, fraction_left: float, text: str, caption: str = "", active: bool = True) -> None:
        """Update the ring; `active` False draws it muted (a get-ready, or paused)."""
        fraction_left = max(0.0, min(1.0, fraction_left))
        if (self._stepped and (text, caption, active) == (self._text, self._caption, self._active)
                and fraction_left <= self._left):
            fraction_left = self._left  # same second: the arc waits for the number
        if (fraction_left, text, caption, active) == (self._left, self._text, self._caption, self._active):
            return
        if (text, caption) != (self._text, self._caption):
            # Painted text is invisible to a screen reader: say it in the description.
            left = tr("%n seconds left", "countdown of a stretch", int(text)) if text.isdigit() else text
            self.setAccessibleDescription(", ".join(part for part in (left, caption) if part))
        if caption != self._caption:
            self.updateGeometry()  # a wider caption may need a larger ring
        self._left, self._text, self._caption, self._active = fraction_left, text, caption, active
        self.update()

    def sizeHint(self) -> QSize:
        # Scale with the text size so a large system font gets a large ring.
        side = self.fontMetrics().height() * 8
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        side = self.fontMetrics().height() * 5
        width = max(widest_caption(metrics), metrics.horizontalAdvance(self._caption))
        while _caption_room(side, metrics.height()) < width + metrics.height():
            side += 2
        return QSize(side, side)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        thickness = max(4.0, side / 14)
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        box = box.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        palette = self.palette()

        track = QPen(palette.color(QPalette.ColorRole.Mid), thickness)
        track.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(track)
        painter.drawEllipse(box)
        if self._left > 0:
            colour = accent(palette) if self._active else secondary_text(palette)
            arc = QPen(colour, thickness)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            # Qt angles are 1/16 degree, counter-clockwise from 3 o'clock; start at 12.
            painter.drawArc(box, 90 * 16, int(self._left * 360 * 16))

        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        number = QFont(self.font())
        number.setPointSizeF(max(8.0, side / 4.2 * 72 / max(1, self.logicalDpiY())))
        number.setBold(True)
        painter.setFont(number)
        inner = box.adjusted(thickness, thickness, -thickness, -thickness)
        if self._caption:
            upper = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.62)
            painter.drawText(upper, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self._text)
            painter.setFont(self._caption_font(side))
            painter.setPen(secondary_text(palette))
            lower = QRectF(inner.left(), upper.bottom(), inner.width(), inner.height() * 0.38)
            painter.drawText(lower, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._caption)
        else:
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, self._text)

    def _caption_font(self, side: float) -> QFont:
        """The caption grows with the ring, never below the normal text size, and fits inside it."""
        font = QFont(self.font())
        normal = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 72 / max(1, self.logicalDpiY())
        size = max(normal, side / 11 * 72 / max(1, self.logicalDpiY()))
        while size > normal:
            font.setPointSizeF(size)
            metrics = QFontMetricsF(font)
            if metrics.horizontalAdvance(self._caption) + metrics.height() <= _caption_room(side, metrics.height()):
                break
            size = max(normal, size - 0.5)
        font.setPointSizeF(size)
        return font


def _caption_room(side: float, line: float) -> float:
    """How wide a caption line of height ``line`` may be inside a ring of ``side`` px.

    The caption sits just below the middle, where the ring's inner edge narrows it: the
    width there is the chord of the inner circle at the caption's bottom edge.
    """
    thickness = max(4.0, side / 14)
    radius = side / 2 - thickness
    below_middle = (side - 3 * thickness) * 0.12 + line
    return 2 * math.sqrt(max(0.0, radius * radius - below_middle * below_middle))
