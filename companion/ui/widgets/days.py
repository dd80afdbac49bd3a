"""A row of weekday check boxes, as the welcome and Settings show the active days."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QCheckBox, QHBoxLayout

from companion.core.wording import weekday_name


def day_boxes(ticked: Iterable[int], name: Callable[[str], str]) -> tuple[QHBoxLayout, list[QCheckBox]]:
    """One box per weekday (Monday is 0), ticked where given, each named by ``name(day)``."""
    ticked = set(ticked)
    row = QHBoxLayout()
    boxes = []
    for number, day in enumerate(weekday_name(n, "short") for n in range(7)):
        box = QCheckBox(day)
        box.setChecked(number in ticked)
        box.setAccessibleName(name(day))
        boxes.append(box)
        row.addWidget(box)
    return row, boxes
