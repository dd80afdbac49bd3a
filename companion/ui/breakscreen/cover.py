"""The windows of a break screen: one fullscreen cover per monitor.

The main monitor's cover carries the break (``BreakPanel``): its first step and picture
(or the breathing shape), a large Start, how long it takes, and Postpone, Skip and Done
where they are offered, with the reason where one is not. The other monitors get a quiet
line (``QuietCover``). Colours are the palette's, so light, dark and high contrast follow
the desktop as every other window does.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QCloseEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.breaks import BreakAnswer, Offer
from companion.core.i18n import QT_TRANSLATE_NOOP, tr, translate
from companion.ui.breakscreen.content import BreakContent
from companion.ui.widgets.fonts import scaled_font
from companion.ui.widgets.labels import muted, wrapping_label

ESCAPE_HINT = QT_TRANSLATE_NOOP("Break screen", "To leave at once, hold Esc for 3 seconds.")
KEEP_HOLDING = QT_TRANSLATE_NOOP("Break screen", "Keep holding Esc…")
UNDER_WAY = QT_TRANSLATE_NOOP("Break screen", "Your break is under way. Press Done when you have finished.")


def hint(holding: bool) -> str:
    """How to leave at once, or, with Esc down, to keep holding it."""
    return translate("Break screen", KEEP_HOLDING if holding else ESCAPE_HINT)
# The column's share of the screen's width at most, in parts (the rest is air on each side).
WIDEST_SHARE = 12
# A slow, calm breath for the shape while the screen waits (not the exercise's pace).
SHAPE_BREATH_MS = 5000


class Cover(QWidget):
    """A frameless window that fills one screen and closes only when the break ends."""

    def __init__(self, screen: QScreen, title: str):
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        # How the desktop and a screen reader list it.
        self.setWindowTitle(translate("Break screen", "Companion: {title}").format(title=title))
        self.setAutoFillBackground(True)
        self._leaving = False
        self.place(screen)

    def place(self, screen: QScreen) -> None:
        """Cover ``screen`` (again, when it changed size or place)."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())

    def cover(self) -> None:
        self.showFullScreen()
        self.raise_()

    def leave(self) -> None:
        """Close for good (the break ended)."""
        self._leaving = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        # Alt+F4 or a desktop's close button would end the break without an answer; the
        # ways out are the screen's own buttons and Esc held down.
        if self._leaving:
            super().closeEvent(event)
        else:
            event.ignore()


class QuietCover(Cover):
    """What the monitors other than the main one show: the break is on the main screen."""

    def __init__(self, screen: QScreen, title: str):
        super().__init__(screen, title)
        self.message = wrapping_label(translate("Break screen", "Time for a break. It is waiting on your main screen."))
        self.message.setFont(scaled_font(self, 1.6))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        muted(self.message)
        self.hint = muted(wrapping_label(hint(False)))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def set_holding(self, holding: bool) -> None:
        self.hint.setText(hint(holding))


class BreakPanel(Cover):
    """The main monitor's cover: the break itself. Emits ``chosen(answer)``."""

    chosen = Signal(str)

    def __init__(self, screen: QScreen, content: BreakContent, offer: Offer,
                 postpone_minutes: int, reduced_motion: bool):
        super().__init__(screen, content.title)
        self.content = content
        self.title = QLabel(content.title)
        self.title.setFont(scaled_font(self, 2.2, bold=True))
        self.length = muted(wrapping_label(translate("Break screen", "{name}, {length}.").format(
            name=content.name, length=content.length)))
        self.length.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.picture = self._picture(content, reduced_motion)
        # The picture gives way first where the screen is small (a 2x laptop): the words
        # and the buttons must all fit on the one screen, which cannot scroll.
        self.picture.setMinimumSize(self.fontMetrics().height() * 3, self.fontMetrics().height() * 3)
        self.step = wrapping_label(content.step)  # a long step name (German's) takes two lines
        self.step.setFont(scaled_font(self, 1.3, bold=True))
        self.step.setVisible(bool(content.step))
        self.instruction = wrapping_label(content.instruction)
        self.instruction.setFont(scaled_font(self, 1.15))
        self.status = wrapping_label("")
        self.status.setVisible(False)

        self.start_button = QPushButton(translate("Break screen", "&Start"))
        self.start_button.setFont(scaled_font(self, 1.5, bold=True))
        self.start_button.setAccessibleName(translate("Break screen", "Start the break, {length}").format(
            length=content.length))
        self.postpone_button = QPushButton(translate("Break screen", "&Postpone {minutes} min").format(
            minutes=postpone_minutes))
        self.postpone_button.setAccessibleName(tr("Postpone the break %n minutes", "postponing a break screen",
                                                  postpone_minutes))
        self.skip_button = QPushButton(translate("Break screen", "S&kip this break"))
        self.skip_button.setAccessibleName(translate("Break screen", "Skip this break"))
        self.done_button = QPushButton(translate("Break screen", "&Done"))
        self.done_button.setAccessibleName(translate("Break screen", "Done, end the break"))
        for button in (self.start_button, self.postpone_button, self.skip_button, self.done_button):
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
        self.start_button.setMinimumHeight(self.start_button.sizeHint().height() * 2)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self._choose(BreakAnswer.START))
        self.postpone_button.clicked.connect(lambda: self._choose(BreakAnswer.POSTPONE))
        self.skip_button.clicked.connect(lambda: self._choose(BreakAnswer.SKIP))
        self.done_button.clicked.connect(lambda: self._choose(BreakAnswer.DONE))
        # What is not offered says why, instead of a button that silently went missing.
        self.reasons = muted(wrapping_label(""))
        self.hint = muted(wrapping_label(hint(False)))
        self.set_offer(offer)

        column = QVBoxLayout()
        column.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.length)
        column.addWidget(self.picture, 1)
        column.addWidget(self.step)
        column.addWidget(self.instruction)
        column.addWidget(self.status)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.start_button)
        others = QHBoxLayout()
        for button in (self.postpone_button, self.skip_button, self.done_button):
            others.addWidget(button)
        column.addLayout(others)
        column.addWidget(self.reasons)
        column.addWidget(self.hint)
        # A readable column in the middle of the screen, however wide the screen is; wider
        # where the buttons' words need it (German's are long), and where the words would
        # not fit the screen's height (see _fit_column).
        self._column, self._holder = column, QWidget()
        self._holder.setLayout(column)
        margins = column.contentsMargins()
        buttons = others.sizeHint().width() + margins.left() + margins.right()
        self._narrowest = max(self.fontMetrics().averageCharWidth() * 70, buttons)
        self._holder.setMaximumWidth(self._narrowest)
        outer = QHBoxLayout(self)
        margin = self.fontMetrics().height()  # air around the break, even on a small screen
        outer.setContentsMargins(margin, margin, margin, margin)
        outer.addStretch(1)
        outer.addWidget(self._holder, WIDEST_SHARE - 2)
        outer.addStretch(1)
        self.setTabOrder(self.start_button, self.postpone_button)
        self.setTabOrder(self.postpone_button, self.skip_button)
        self.setTabOrder(self.skip_button, self.done_button)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_column()

    def _fit_column(self) -> None:
        """Widen the column, in steps of two letters, while its words would not fit the
        screen's height with the picture at its smallest: the screen cannot scroll, and a
        longer language at large text wraps into more lines than English."""
        outer = self.layout()
        assert outer is not None  # (made in __init__)
        margins = outer.contentsMargins()
        height = self.height() - margins.top() - margins.bottom()
        widest = (self.width() - margins.left() - margins.right()) * (WIDEST_SHARE - 2) // WIDEST_SHARE
        slack = max(0, self.picture.sizeHint().height() - self.picture.minimumHeight())
        step = self.fontMetrics().horizontalAdvance("MM")
        width = self._narrowest
        while width < widest and self._column.totalHeightForWidth(width) - slack > height:
            width = min(width + step, widest)
        if width != self._holder.maximumWidth():
            self._holder.setMaximumWidth(width)

    def _picture(self, content: BreakContent, reduced_motion: bool) -> QWidget:
        if content.picture is not None:
            from companion.ui.stretch.session import Illustration
            picture = Illustration()
            picture.show_picture(content.picture, False, f"{content.step}: {content.instruction}")
            return picture
        from companion.ui.breathing.shape import BreathShape
        shape = BreathShape()
        shape.set_level(0.5)
        self._breath = QVariantAnimation(self)
        self._breath.setStartValue(0.0)
        self._breath.setKeyValueAt(0.5, 1.0)
        self._breath.setEndValue(0.0)
        self._breath.setDuration(2 * SHAPE_BREATH_MS)
        self._breath.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._breath.setLoopCount(-1)
        self._breath.valueChanged.connect(lambda value: shape.set_level(float(value)))
        self.shape = shape
        self.set_reduced_motion(reduced_motion)
        return shape

    def set_reduced_motion(self, reduced: bool) -> None:
        """The breathing shape rests instead of moving (the person or the desktop asked)."""
        breath = getattr(self, "_breath", None)
        if breath is None:
            return
        if reduced:
            breath.stop()
            self.shape.set_level(0.5)
        else:
            breath.start()

    def set_offer(self, offer: Offer) -> None:
        """Show Postpone and Skip only where they are offered, and why not where not."""
        self.postpone_button.setVisible(offer.postpone)
        self.skip_button.setVisible(offer.skip)
        reasons = list(dict.fromkeys(r for r in (offer.why_no_postpone, offer.why_no_skip) if r))
        self.reasons.setText(" ".join(reasons))
        self.reasons.setVisible(bool(reasons))

    def under_way(self) -> None:
        """Start was pressed: the routine leads now; only Done is left here."""
        for button in (self.start_button, self.postpone_button, self.skip_button):
            button.setVisible(False)
        self.reasons.setVisible(False)
        self.status.setText(translate("Break screen", UNDER_WAY))
        self.status.setVisible(True)
        self.done_button.setFocus()

    def set_holding(self, holding: bool) -> None:
        self.hint.setText(hint(holding))

    def spoken(self) -> str:
        """What a screen reader says as the screen opens."""
        parts = [f"{self.content.title}.", self.length.text()]
        if self.content.step:
            parts.append(translate("Break screen", "First: {step}.").format(step=self.content.step))
        parts.append(translate("Break screen", "Press Enter to start."))
        if self.reasons.isVisibleTo(self) and self.reasons.text():
            parts.append(self.reasons.text())
        parts.append(hint(False))
        return " ".join(parts)

    def _choose(self, answer: BreakAnswer) -> None:
        self.chosen.emit(answer.value)

    def leave(self) -> None:
        breath = getattr(self, "_breath", None)
        if breath is not None:
            breath.stop()
        super().leave()
