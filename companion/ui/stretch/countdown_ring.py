"""A round countdown: an arc that empties as a hold runs down, seconds in the middle."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# The one colour not taken from the palette; it matches the illustrations' arrows
# and reads on light and dark backgrounds alike.
ACCENT = QColor("#E4702E")


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
        self.setAccessibleName("Time left in this step")

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
            left = f"{text} seconds left" if text.isdigit() else text
            self.setAccessibleDescription(", ".join(part for part in (left, caption) if part))
        self._left, self._text, self._caption, self._active = fraction_left, text, caption, active
        self.update()

    def sizeHint(self) -> QSize:
        # Scale with the text size so a large system font gets a large ring.
        side = self.fontMetrics().height() * 8
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 5
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
            colour = ACCENT if self._active else palette.color(QPalette.ColorRole.PlaceholderText)
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
            small = QFont(self.font())
            # The caption must fit inside the ring even with a large system font.
            fit = inner.width() / 7 * 72 / max(1, self.logicalDpiY())
            small.setPointSizeF(max(6.0, min(small.pointSizeF(), fit)))
            painter.setFont(small)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            lower = QRectF(inner.left(), upper.bottom(), inner.width(), inner.height() * 0.38)
            painter.drawText(lower, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._caption)
        else:
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, self._text)
