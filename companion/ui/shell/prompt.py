"""The fallback reminder prompt: a small always-on-top toast that doesn't steal focus.

On Wayland a program can neither place its windows nor keep them from taking the keyboard:
the compositor puts the toast where it likes (mutter: centred or cascaded), may give it
focus as it appears, and ignores "always on top". There the toast can be dragged anywhere
by its background, and its buttons wait a moment before they answer, so a word being
typed into another window, Enter, Space or Esc, cannot answer a reminder by accident.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.prompts import PROMPTS
from companion.core.settings import SNOOZE_CHOICES
from companion.ui.widgets.keys import dialog_keys

# How long the buttons wait on Wayland: longer than a keystroke in flight, short enough
# that nobody reaching for the mouse notices (browsers use about a second for the same).
WAYLAND_ARMING_MS = 800


def compositor_places_windows() -> bool:
    """Whether the window system places our windows, not us (Wayland)."""
    return QGuiApplication.platformName().startswith("wayland")


class PromptToast(QFrame):
    """One reminder's prompt. Emits ``answered(kind, action, minutes)``.

    Python owns a toast, and lets go of it once it closed (see PromptCenter): it does
    not delete itself on close, since Qt deleting a widget whose Python object lives on
    can crash much later, when Python's garbage collector reaches that object. Nothing
    in it refers back to the toast (no lambdas over ``self``), so it is freed as soon as
    its owner lets go.
    """

    answered = Signal(str, str, int)   # action: primary / snooze / skip / timeout

    def __init__(self, kind: str, snooze_minutes: int, timeout_minutes: float,
                 parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.kind = kind
        text = PROMPTS[kind]
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(f"Reminder: {text.title}")
        self.setWindowTitle(f"Companion: {text.title}")  # how the compositor lists it
        self.setObjectName("prompt")

        title = QLabel(f"<b>{text.title}</b>")
        body = QLabel(text.body)
        body.setWordWrap(True)
        # Mnemonics (Alt+letter) make every answer reachable from the keyboard.
        self.primary = QPushButton("&" + text.primary)
        self.primary.setAccessibleName(text.primary)
        # Every snooze length is a plain button: a drop-down menu is out of reach of a
        # screen reader (its only action blocks) and elided the button's text.
        snooze_label = QLabel("Snooze for")
        self.snooze_buttons: dict[int, QPushButton] = {}
        for minutes in sorted({*SNOOZE_CHOICES, snooze_minutes}):
            button = QPushButton(f"{minutes} min")
            button.setAccessibleName(f"Snooze {minutes} minutes")
            button.clicked.connect(self._snooze_clicked)
            self.snooze_buttons[minutes] = button
        self.snooze = self.snooze_buttons[snooze_minutes]  # the user's usual length
        snooze_label.setBuddy(self.snooze)
        snooze_label.setText("Snoo&ze for")  # Alt+Z: the usual length
        self.skip = QPushButton("S&kip")
        self.skip.setAccessibleName("Skip this reminder")
        self.primary.clicked.connect(self._primary_clicked)
        self.skip.clicked.connect(self._skip_clicked)

        buttons = QHBoxLayout()
        buttons.addWidget(self.primary)
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        snoozes = QHBoxLayout()
        snoozes.addWidget(snooze_label)
        for button in self.snooze_buttons.values():
            snoozes.addWidget(button)
        snoozes.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addLayout(buttons)
        layout.addLayout(snoozes)
        # One width for every toast, so stacked prompts line up in the corner; wider only
        # when large text needs it, so no button is ever cut short.
        self.setFixedWidth(max(self.fontMetrics().averageCharWidth() * 48,
                               layout.sizeHint().width()))

        # Enter answers with the main button (or the focused one), Esc skips, as in a dialog.
        dialog_keys(self, default=self.primary, escape=self.skip.click)

        # A fraction of a minute is what a prompt has left when it moves here from a
        # notification server that went away.
        self.timeout = QTimer(self)
        self.timeout.setSingleShot(True)
        self.timeout.setInterval(round(timeout_minutes * 60_000))
        self.timeout.timeout.connect(self._timed_out)
        self._arming = QTimer(self)
        self._arming.setSingleShot(True)
        self._arming.setInterval(WAYLAND_ARMING_MS)
        self._arming.timeout.connect(self._arm)

    def pop_up(self, stack_index: int = 0) -> None:
        """Show in the bottom-right corner of the screen, above earlier toasts (on Wayland,
        where the compositor chooses, wherever it puts new windows)."""
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else None
        if compositor_places_windows():
            self._set_buttons_enabled(False)  # until _arm: the toast may have taken the keyboard
            self._arming.start()
        elif area is not None:
            margin = 16
            y = area.bottom() - margin - (self.height() + 8) * (stack_index + 1)
            self.move(QPoint(area.right() - self.width() - margin, y))
        self.show()
        self.timeout.start()

    @property
    def armed(self) -> bool:
        """Whether the buttons answer (at once off Wayland; a moment after showing there)."""
        return self.primary.isEnabled()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        # Dragged by its background: the one way to move a frameless window on Wayland,
        # and handy anywhere. The window system moves it (startSystemMove).
        handle = self.windowHandle()
        if event.button() == Qt.MouseButton.LeftButton and handle is not None and handle.startSystemMove():
            event.accept()
            return
        super().mousePressEvent(event)

    def _arm(self) -> None:
        self._set_buttons_enabled(True)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for button in (self.primary, self.skip, *self.snooze_buttons.values()):
            button.setEnabled(enabled)

    def _primary_clicked(self) -> None:
        self._answer("primary")

    def _snooze_clicked(self) -> None:
        minutes = next(m for m, button in self.snooze_buttons.items() if button is self.sender())
        self._answer("snooze", minutes)

    def _skip_clicked(self) -> None:
        self._answer("skip")

    def _timed_out(self) -> None:
        self._answer("timeout")

    def _answer(self, action: str, minutes: int = 0) -> None:
        self.timeout.stop()
        self._arming.stop()
        self.answered.emit(self.kind, action, minutes)
        self.close()
