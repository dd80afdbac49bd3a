"""bind_keys: one window-wide shortcut per key."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from companion.ui.widgets.keys import bind_keys


def test_a_bound_key_beats_a_focused_button_until_it_is_disabled(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Press", window)
    QVBoxLayout(window).addWidget(button)
    pressed, paused = [], []
    button.clicked.connect(lambda: pressed.append(1))
    keys = bind_keys(window, {Qt.Key.Key_Space: lambda: paused.append(1)})
    with qtbot.waitActive(window):
        window.show()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert (paused, pressed) == ([1], [])
    keys[Qt.Key.Key_Space].setEnabled(False)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert (paused, pressed) == ([1], [1])
