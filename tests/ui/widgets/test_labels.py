"""The shared label styles."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from companion.ui.widgets.labels import muted, wrapping_label


def test_muted_uses_the_palettes_secondary_text_colour(qtbot):
    label = QLabel("quiet")
    qtbot.addWidget(label)
    assert muted(label) is label
    assert label.foregroundRole() == QPalette.ColorRole.PlaceholderText


def test_a_wrapping_label_wraps_is_selectable_and_has_a_name(qtbot):
    long = "word " * 40
    label = wrapping_label(long)
    qtbot.addWidget(label)
    assert label.wordWrap()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.accessibleName() == long[:80]
    assert wrapping_label("text", name="Status").accessibleName() == "Status"
