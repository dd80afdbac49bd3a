"""The week at a glance: seven days side by side, each with its water and its breaks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from companion.core.history_week import DayTally
from companion.core.i18n import tr, translate
from companion.core.wording import date_text
from companion.ui.widgets.colors import accent
from companion.ui.widgets.controls import Tile
from companion.ui.widgets.fonts import scaled_font
from companion.ui.widgets.theme import caption_label, heading_label, units


class WaterBar(QWidget):
    """A glass-shaped bar, filled as far as the day's glasses go toward the goal."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fraction = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(round(line * 1.4), line * 3)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        outline = QColor(palette.color(QPalette.ColorRole.Mid))
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = box.width() / 5
        painter.setPen(outline)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, radius, radius)
        if self.fraction > 0:
            filled = QRectF(box.left(), box.bottom() - box.height() * self.fraction,
                            box.width(), box.height() * self.fraction)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent(palette))
            painter.drawRoundedRect(filled, radius, radius)


class DayTile(QWidget):
    """One day: its name, its water as a bar, and the counts in words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLabel(alignment=Qt.AlignmentFlag.AlignHCenter)
        self.bar = WaterBar()
        # Captions, wrapped ("2 glasses" over two lines) when the window is narrow.
        self.glasses, self.breaks = caption_label(), caption_label()
        for caption in (self.glasses, self.breaks):
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.fontMetrics().height() // 4)
        layout.addWidget(self.name)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.glasses)
        layout.addWidget(self.breaks)

    def show_day(self, tally: DayTally, goal: int) -> None:
        self.name.setText(tally.name)
        self.name.setFont(scaled_font(self, 1.0, bold=tally.today))
        self.bar.fraction = min(1.0, tally.glasses / max(goal, 1))
        self.bar.update()
        # The bar is painted: what it shows is said in the tile's description.
        self.bar.setAccessibleName(f"{date_text(tally.day)}: {tally.words}")
        self.glasses.setText(tr("%n glasses", "water", tally.glasses))
        self.breaks.setText(tr("%n breaks", "stretch breaks", tally.breaks))


class WeekStrip(QWidget):
    """The last seven days, oldest on the left, today on the right."""

    def __init__(self, goal: Callable[[], int] = lambda: 8, parent: QWidget | None = None):
        super().__init__(parent)
        self.goal = goal
        self.heading = heading_label(translate("History", "Your week"))
        self.tiles = [DayTile() for _ in range(7)]
        row = QHBoxLayout()
        row.setSpacing(units(self, 1))
        for tile in self.tiles:
            row.addWidget(tile, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        card = Tile()  # the seven days on one card; narrow margins: seven columns at 2x text
        card.column.setContentsMargins(units(self, 2), units(self, 2), units(self, 2), units(self, 2))
        card.column.addLayout(row)
        layout.addWidget(card)

    def show_week(self, week: list[DayTally]) -> None:
        goal = self.goal()
        for tile, tally in zip(self.tiles, week, strict=True):
            tile.show_day(tally, goal)
