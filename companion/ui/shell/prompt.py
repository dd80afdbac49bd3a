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
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QVBoxLayout, QWidget

from companion.core.i18n import tr, translate
from companion.core.prompts import PROMPTS
from companion.core.settings import SNOOZE_CHOICES
from companion.ui.widgets.controls import primary_button, quiet_button, secondary_button
from companion.ui.widgets.keys import dialog_keys
from companion.ui.widgets.theme import button_row, heading_label, units, window_title

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
        self.setAccessibleName(translate("Reminder", "Reminder: {title}").format(title=text.title))
        self.setWindowTitle(window_title(text.title))  # how the compositor lists it
        self.setObjectName("prompt")

        title = heading_label(text.title)
        body = QLabel(text.body)
        body.setWordWrap(True)
        # One main action, a snooze with its length beside it, and a quiet skip.
        # Mnemonics (Alt+letter) make every answer reachable from the keyboard.
        self.primary = primary_button("&" + text.primary)
        self.snooze = secondary_button(translate("Reminder", "Snoo&ze"))
        # A combo box, not a drop-down menu on the button: a screen reader reaches its
        # items, and the button's text is never elided.
        self.snooze_length = QComboBox()
        self.snooze_length.setAccessibleName(translate("Reminder", "Snooze for"))
        for minutes in sorted({*SNOOZE_CHOICES, snooze_minutes}):
            self.snooze_length.addItem(translate("Reminder", "{minutes} min").format(minutes=minutes),
                                       minutes)
        self.snooze_length.setCurrentIndex(self.snooze_length.findData(snooze_minutes))  # the usual length
        self.snooze_length.currentIndexChanged.connect(self._name_snooze)
        self._name_snooze()
        self.skip = quiet_button(translate("Reminder", "S&kip"))
        self.skip.setAccessibleName(translate("Reminder", "Skip this reminder"))
        self.primary.clicked.connect(self._primary_clicked)
        self.snooze.clicked.connect(self._snooze_clicked)
        self.skip.clicked.connect(self._skip_clicked)

        buttons = button_row(self.primary, self.snooze, self.snooze_length, end=(self.skip,))
        layout = QVBoxLayout(self)
        layout.setSpacing(units(self, 2))
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addSpacing(units(self, 1))
        layout.addLayout(buttons)
        # One width for every toast, so stacked prompts line up in the corner; wider only
        # when large text needs it, so no button is ever cut short.
        margins = layout.contentsMargins()
        row = buttons.sizeHint().width() + margins.left() + margins.right() + 2 * self.frameWidth()
        self.setFixedWidth(max(self.fontMetrics().averageCharWidth() * 66, row))

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
        for control in (self.primary, self.snooze, self.snooze_length, self.skip):
            control.setEnabled(enabled)

    def _primary_clicked(self) -> None:
        self._answer("primary")

    def _name_snooze(self) -> None:
        self.snooze.setAccessibleName(tr("Snooze %n minutes", "snooze length",
                                         self.snooze_length.currentData()))

    def _snooze_clicked(self) -> None:
        self._answer("snooze", self.snooze_length.currentData())

    def _skip_clicked(self) -> None:
        self._answer("skip")

    def _timed_out(self) -> None:
        self._answer("timeout")

    def _answer(self, action: str, minutes: int = 0) -> None:
        self.timeout.stop()
        self._arming.stop()
        self.answered.emit(self.kind, action, minutes)
        self.close()
