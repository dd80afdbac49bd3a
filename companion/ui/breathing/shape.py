"""The calm circle that grows and shrinks with the breath."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.i18n import translate
from companion.ui.widgets.colors import GRAPHIC, accent, aim, high_contrast, mix, outline, soft

# The empty-lungs circle is still clearly visible, so the shape never vanishes.
MIN_FRACTION = 0.38
HALO = 5  # px of soft edge around the disc
MARGIN = HALO + 1


class BreathShape(QWidget):
    """A soft teal disc (the one accent) whose radius follows a 0..1 breath level."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._level = 0.0
        self.setAccessibleName(translate("Breathing", "Breathing guide"))
        self.setAccessibleDescription(translate("Breathing", "A circle that grows as you breathe in and "
                                                             "shrinks as you breathe out"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Small enough to leave room for longer languages' words at twice the text size.
        self.setMinimumSize(120, 120)
        # This widget paints every pixel it updates, so nothing behind it is redrawn.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def level(self) -> float:
        """Current breath level, 0 (empty) to 1 (full)."""
        return self._level

    def set_level(self, level: float) -> None:
        """Move the shape, repainting only the square the disc covers, and only on a visible change."""
        level = min(1.0, max(0.0, level))
        old, new = self._radius(self._level), self._radius(level)
        if abs(new - old) < 0.05:
            return
        self._level = level
        reach = math.ceil(max(old, new)) + MARGIN
        centre = self.rect().center()
        self.update(QRect(centre.x() - reach, centre.y() - reach, 2 * reach + 2, 2 * reach + 2))

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def _outer(self) -> float:
        return max(1.0, min(self.width(), self.height()) / 2 - MARGIN)

    def _radius(self, level: float) -> float:
        return self._outer() * (MIN_FRACTION + (1 - MIN_FRACTION) * level)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pal = self.palette()
        window = pal.color(QPalette.ColorRole.Window)
        painter.fillRect(event.rect(), window)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        outer, radius = self._outer(), self._radius(self._level)

        # A faint ring marks "full" so the user sees how far the breath goes. Most frames
        # repaint a square well inside it, so skip drawing it there.
        r = event.rect()
        corners = ((r.left(), r.top()), (r.right() + 1, r.top()), (r.left(), r.bottom() + 1),
                   (r.right() + 1, r.bottom() + 1))
        if max(math.hypot(x - centre.x(), y - centre.y()) for x, y in corners) > outer - 2:
            # Thin, but it marks the goal: it stands out at 3:1 like a control's border.
            painter.setPen(QPen(outline(pal), 1.5))
            painter.drawEllipse(centre, outer, outer)

        # Flat, pre-blended colours: a soft look without a per-pixel gradient, which
        # took most of the frame budget in software rendering.
        teal = accent(pal)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mix(teal, window, 0.25))
        painter.drawEllipse(centre, radius + HALO, radius + HALO)
        # The disc is what the user follows: soft, yet standing out at 3:1 from the window.
        # Under high contrast it is the plain accent, with no softening at all.
        painter.setBrush(soft(teal, window, 1.0 if high_contrast(pal) else 0.7, aim(pal, GRAPHIC)))
        painter.drawEllipse(centre, radius, radius)

