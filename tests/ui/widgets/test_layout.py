"""fit_height keeps a top-level window tall enough for its wrapped text."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.ui.widgets.layout import fit_height


def window_with_text(qtbot, width: int) -> tuple[QWidget, QLabel]:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("a sentence that wraps onto several lines when the window is narrow " * 4)
    label.setWordWrap(True)
    QVBoxLayout(window).addWidget(label)
    window.resize(width, 20)
    return window, label


def test_by_default_the_needed_height_becomes_the_minimum(qtbot):
    window, _ = window_with_text(qtbot, 200)
    fit_height(window)
    need = window.layout().totalHeightForWidth(200)
    assert need > 20 and window.minimumHeight() == need
    fit_height(window, shrinkable=10)
    assert window.minimumHeight() == need - 10


def test_with_resize_the_window_grows_and_shrinks_back(qtbot):
    window, label = window_with_text(qtbot, 200)
    fit_height(window, resize=True)
    tall = window.height()
    assert tall == window.layout().totalHeightForWidth(200)
    assert window.minimumHeight() < tall  # only resized: the user may still make it smaller
    label.setText("short")
    fit_height(window, resize=True)
    assert window.height() < tall
