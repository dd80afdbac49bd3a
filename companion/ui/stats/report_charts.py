"""The statistics charts for the doctor's report: the period's water, breaks and twitch
diary as pictures for the PDF, with the count-only summary beside them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, tzinfo

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPalette

from companion.core.history import History
from companion.core.i18n import translate
from companion.core.statistics import Span, View, buckets, twitch_summary
from companion.core.statistics_sql import tallies
from companion.ui.widgets.colors import fusion_palette

from . import sections
from .chart import BarChart

#: The charts the report shows, by section key; the PDF names each picture so.
REPORT_SECTIONS = ("water", "breaks", "twitch")
# Laid out at this size (the labels keep their size against the bars), drawn at three
# times the pixels so that print is sharp.
PICTURE = QSize(760, 210)
SHARPNESS = 3


def report_charts(history: History, first: date, last: date, tz: tzinfo | None, goal: int,
                  labels: Mapping[str, str] | None = None
                  ) -> tuple[list[str], list[tuple[str, str, QImage]]]:
    """The summary's sentences, and (heading, picture name, picture) for each chart of the
    days from ``first`` to ``last`` (a bar a day; a bar a month beyond two months)."""
    span = Span(View.MONTH if (last - first).days < 62 else View.YEAR, first, last)
    days = tallies(history, span, tz, goal)
    shown = buckets(span, days, last)
    palette = fusion_palette(dark=False)  # paper is white whatever the desktop's colours
    palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
    pictures = []
    for section in sections.SECTIONS:
        if section.key not in REPORT_SECTIONS:
            continue
        chart = BarChart(section.title, section.legend)
        chart.setPalette(palette)
        chart.resize(PICTURE)
        chart.set_bars(sections.bars(section, span, shown, goal, last, labels),
                       goal=goal if section.key == "water" and goal else None,
                       goal_text=translate("Statistics", "goal {goal}").format(goal=goal))
        picture = QImage(PICTURE * SHARPNESS, QImage.Format.Format_RGB32)
        picture.setDevicePixelRatio(SHARPNESS)
        picture.fill(palette.color(QPalette.ColorRole.Window))
        chart.render(picture)
        heading = section.per(span.view)
        if section.key == "breaks":  # the picture's two fills, which print cannot point at
            heading = translate("Report", "{heading} (solid: taken when prompted; hatched: natural)").format(
                heading=heading)
        pictures.append((heading, f"chart-{section.key}.png", picture))
        chart.deleteLater()
    return twitch_summary(days, goal, labels), pictures
