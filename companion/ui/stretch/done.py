"""The end of a stretch session: what was done, in encouraging words, and where to go next."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from companion.core.endings import CHANGE_OF_MIND_SECONDS, Ending, stretch_ending
from companion.core.i18n import translate
from companion.core.routines import Routine
from companion.ui.widgets.colors import accent
from companion.ui.widgets.controls import primary_button, secondary_button
from companion.ui.widgets.theme import page_layout, section, title_label, units


class DoneBadge(QWidget):
    """A ring filled as far as the session went, with a tick when it was finished."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._fraction, self._ticked = 0.0, False
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_progress(self, fraction: float, ticked: bool) -> None:
        self._fraction, self._ticked = max(0.0, min(1.0, fraction)), ticked
        self.update()

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 5  # grows with the text size
        return QSize(side, side)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        thickness = max(3.0, side / 12)
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        box = box.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        colour = accent(self.palette())
        track = QPen(self.palette().color(QPalette.ColorRole.Mid), thickness)
        painter.setPen(track)
        painter.drawEllipse(box)
        painter.setPen(_round_pen(colour, thickness))
        if self._fraction > 0:
            # Qt angles are 1/16 degree, counter-clockwise from 3 o'clock: start at 12, go clockwise.
            painter.drawArc(box, 90 * 16, -int(self._fraction * 360 * 16))
        if self._ticked:
            tick = QPainterPath(QPointF(box.left() + box.width() * 0.28, box.top() + box.height() * 0.52))
            tick.lineTo(box.left() + box.width() * 0.44, box.top() + box.height() * 0.67)
            tick.lineTo(box.left() + box.width() * 0.72, box.top() + box.height() * 0.36)
            painter.setPen(_round_pen(colour, thickness * 1.2))
            painter.drawPath(tick)


def _round_pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class DonePage(QWidget):
    """What the user sees when a session ends: what they did, and where to go next."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ending: Ending | None = None
        self.badge = DoneBadge()
        self.title = title_label("")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # One clear way out, the others quieter beside it.
        self.close_button = primary_button(translate("Stretch", "&Done"))
        self.again_button = secondary_button(translate("Stretch", "Do it &again"))
        self.picker_button = secondary_button(translate("Stretch", "&Other routines"))
        self.close_button.setAccessibleName(translate("Stretch", "Done, close the window"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.again_button, self.picker_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = page_layout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the window gives the margins
        layout.addStretch(2)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignHCenter)
        section(layout, self, self.title, self.details)
        layout.addSpacing(units(self, 3))
        layout.addLayout(buttons)
        layout.addStretch(3)

    def show_summary(self, routine: Routine, summary: dict) -> None:
        """Show how the session ended (its history record) for ``routine``."""
        self.ending = stretch_ending(summary, routine.name)
        self.title.setText(self.ending.headline)
        self.details.setText(self.ending.detail)
        total = summary["steps_total"] or 1
        self.badge.set_progress(1.0 if summary["completed"] else summary["steps_done"] / total,
                                bool(summary["completed"]))
        # Nothing done yet: no empty ring, only the kind words.
        self.badge.setVisible(bool(summary["completed"] or summary["steps_done"]
                                   or summary["seconds"] >= CHANGE_OF_MIND_SECONDS))
        self.badge.setAccessibleName(translate("Stretch", "Finished") if summary["completed"]
                                     else translate("Stretch", "{done} of {total} steps done").format(
                                         done=summary["steps_done"], total=total))
