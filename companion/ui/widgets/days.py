"""A row of weekday check boxes, as the welcome and Settings show the active days."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QCheckBox, QHBoxLayout

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def day_boxes(ticked: Iterable[int], name: Callable[[str], str]) -> tuple[QHBoxLayout, list[QCheckBox]]:
    """One box per weekday (Monday is 0), ticked where given, each named by ``name(day)``."""
    ticked = set(ticked)
    row = QHBoxLayout()
    boxes = []
    for number, day in enumerate(DAY_NAMES):
        box = QCheckBox(day)
        box.setChecked(number in ticked)
        box.setAccessibleName(name(day))
        boxes.append(box)
        row.addWidget(box)
    return row, boxes
