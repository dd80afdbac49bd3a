"""The fallback reminder prompt: a small always-on-top toast that doesn't steal focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.prompts import PROMPTS
from companion.core.settings import SNOOZE_CHOICES


class PromptToast(QFrame):
    """One reminder's prompt. Emits ``answered(kind, action, minutes)``."""

    answered = Signal(str, str, int)   # action: primary / snooze / skip / timeout

    def __init__(self, kind: str, snooze_minutes: int, timeout_minutes: int,
                 parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.kind = kind
        text = PROMPTS[kind]
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(f"Reminder: {text.title}")
        self.setObjectName("prompt")

        title = QLabel(f"<b>{text.title}</b>")
        body = QLabel(text.body)
        body.setWordWrap(True)
        # Mnemonics (Alt+letter) make every answer reachable from the keyboard.
        self.primary = QPushButton("&" + text.primary)
        self.primary.setDefault(True)
        self.primary.setAccessibleName(text.primary)
        self.snooze = QToolButton()
        self.snooze.setText(f"Snoo&ze {snooze_minutes} min")
        self.snooze.setAccessibleName("Snooze")
        self.snooze.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.snooze)
        for minutes in SNOOZE_CHOICES:
            menu.addAction(f"{minutes} minutes", lambda m=minutes: self._answer("snooze", m))
        self.snooze.setMenu(menu)
        self.snooze.clicked.connect(lambda: self._answer("snooze", snooze_minutes))
        self.skip = QPushButton("S&kip")
        self.skip.setAccessibleName("Skip this reminder")
        self.primary.clicked.connect(lambda: self._answer("primary"))
        self.skip.clicked.connect(lambda: self._answer("skip"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.primary)
        buttons.addWidget(self.snooze)
        buttons.addWidget(self.skip)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addLayout(buttons)
        # One width for every toast, so stacked prompts line up in the corner.
        self.setFixedWidth(self.fontMetrics().averageCharWidth() * 48)

        self.timeout = QTimer(self)
        self.timeout.setSingleShot(True)
        self.timeout.setInterval(timeout_minutes * 60_000)
        self.timeout.timeout.connect(lambda: self._answer("timeout"))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.key() == Qt.Key.Key_Escape:
            self._answer("skip")
        else:
            super().keyPressEvent(event)

    def pop_up(self, stack_index: int = 0) -> None:
        """Show in the bottom-right corner of the screen, above earlier toasts."""
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else None
        if area is not None:
            margin = 16
            y = area.bottom() - margin - (self.height() + 8) * (stack_index + 1)
            self.move(QPoint(area.right() - self.width() - margin, y))
        self.show()
        self.timeout.start()

    def _answer(self, action: str, minutes: int = 0) -> None:
        self.timeout.stop()
        self.answered.emit(self.kind, action, minutes)
        self.close()
