"""The "When you are away" page of Settings: when a reminder waits for the person, and
whether this computer can tell, in plain words (the system's own names for each source,
such as an X11 counter or logind, are on About this system)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from companion.core.i18n import QT_TRANSLATE_NOOP, translate
from companion.core.settings import Settings
from companion.ui.widgets.controls import Tile
from companion.ui.widgets.labels import muted
from companion.ui.widgets.theme import caption_label, heading_label, units

# Each switch, its words (translated where shown, context "Settings"), and the presence
# sources (by SourceStatus.what) it turns on.
SWITCHES = (
    ("watch_idle", QT_TRANSLATE_NOOP("Settings", "Notice when I am away from the &keyboard and mouse"),
     ("idle",)),
    ("watch_lock", QT_TRANSLATE_NOOP("Settings", "Notice a &locked screen or a sleeping computer"),
     ("screen lock", "sleep")),
    ("watch_calls", QT_TRANSLATE_NOOP("Settings", "Hold reminders while I am in a call (ca&mera or "
                                      "microphone in use)"),
     ("camera", "microphone")),
    ("watch_fullscreen", QT_TRANSLATE_NOOP("Settings", "Hold reminders while another program is "
                                           "&fullscreen"), ("fullscreen",)),
    ("watch_dnd", QT_TRANSLATE_NOOP("Settings", "Hold reminders while &do not disturb is on"),
     ("do not disturb",)),
)
# A source's SourceStatus.what is an id in English; these are its words in a sentence.
SOURCE_WORDS = {"idle": QT_TRANSLATE_NOOP("Settings", "keyboard and mouse"),
                "screen lock": QT_TRANSLATE_NOOP("Settings", "screen lock"),
                "sleep": QT_TRANSLATE_NOOP("Settings", "sleep"),
                "camera": QT_TRANSLATE_NOOP("Settings", "camera"),
                "microphone": QT_TRANSLATE_NOOP("Settings", "microphone"),
                "fullscreen": QT_TRANSLATE_NOOP("Settings", "fullscreen"),
                "do not disturb": QT_TRANSLATE_NOOP("Settings", "do not disturb")}
OFF = "off in settings"


def availability(sources: Sequence | None, names: tuple[str, ...]) -> tuple[str, bool]:
    """Whether this computer can tell what one switch needs, in words, and whether it can."""
    if sources is None:
        return translate("Settings", "Not checked yet: Companion is still starting."), False
    found = [s for s in sources if s.what in names]
    if not found or all(s.how == OFF for s in found):
        return translate("Settings", "Not watched now. Turn it on and Companion checks this "
                         "computer."), False
    works = [s for s in found if s.available]
    missing = [s for s in found if not s.available and s.how != OFF]
    if works and not missing:
        return translate("Settings", "This computer can tell."), True
    if works:  # e.g. the camera can be seen, the microphone not
        return translate("Settings", "This computer can tell for the {works}, not for the "
                         "{missing}.").format(works=_listed(works), missing=_listed(missing)), True
    return translate("Settings", "This computer cannot tell, so Companion keeps to the clock for "
                     "this."), False


def _listed(sources: Sequence) -> str:
    words = [translate("Settings", SOURCE_WORDS[s.what]) if s.what in SOURCE_WORDS else s.what
             for s in sources]
    listed = words[0] if words else ""
    for word in words[1:]:
        listed = translate("Settings", "{first} and {second}").format(first=listed, second=word)
    return listed


class PresenceEditor(QWidget):
    """Edits the presence settings; under each switch, whether this computer can tell."""

    changed = Signal()  # after each finished edit

    def __init__(self, settings: Settings, sources: Sequence | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idle = _spin(1, 60, settings.presence_idle_minutes,
                          translate("Settings", "Away after no input for"))
        self.natural = _spin(1, 60, settings.natural_break_minutes,
                             translate("Settings", "Time away that counts as a stretch break"))
        self.delay = _spin(0, 30, settings.return_delay_minutes,
                           translate("Settings", "Show held reminders this long after I am back"))
        self.limit = _spin(5, 240, settings.busy_limit_minutes,
                           translate("Settings", "Give up on a reminder held while busy after"))
        for label, spin in ((translate("Settings", "&Away after no input for"), self.idle),
                            (translate("Settings", "&Time away that counts as a break"), self.natural),
                            (translate("Settings", "Show &held reminders after I am back by"), self.delay),
                            (translate("Settings", "&Count a reminder as missed if busy for"), self.limit)):
            form.addRow(label, spin)
            spin.valueChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        times, switches = Tile(), Tile()
        times.column.addWidget(heading_label(translate("Settings", "Time away")))
        times.column.addLayout(form)
        switches.column.addWidget(heading_label(translate("Settings", "What counts as away or busy")))
        switches.column.addWidget(caption_label(translate(
            "Settings", "A reminder that falls due while you are away or busy waits until you "
            "are back.")))
        layout.addWidget(times)
        layout.addSpacing(units(self, 1.5))
        layout.addWidget(switches)
        self.switches: dict[str, QCheckBox] = {}
        self.notes: dict[str, QLabel] = {}
        for name, text, what in SWITCHES:
            text = translate("Settings", text)
            box = QCheckBox(text)
            box.setChecked(getattr(settings, name))
            text = text.replace("&", "")  # the Alt+letter is for the box, not for words
            box.setAccessibleName(text)
            words, works = availability(sources, what)
            note = QLabel(words)
            note.setWordWrap(True)
            note.setAccessibleName(translate("Settings", "{switch}: {words}").format(
                switch=text, words=words))
            # Under the box's text, not its tick (the tick grows with the text).
            note.setContentsMargins(units(self, 3.5 + 1.5), 0, 0, units(self, 1.5))
            if not works:
                muted(note)  # greyed in light and dark palettes alike
            self.switches[name], self.notes[name] = box, note
            box.toggled.connect(self.changed)
            switches.column.addWidget(box)
            switches.column.addWidget(note)
        layout.addStretch(1)

    def result(self, settings: Settings) -> Settings:
        """``settings`` with the presence fields as edited here."""
        return replace(settings, presence_idle_minutes=self.idle.value(),
                       natural_break_minutes=self.natural.value(),
                       return_delay_minutes=self.delay.value(),
                       busy_limit_minutes=self.limit.value(), **self._switched())

    def _switched(self) -> dict[str, Any]:
        return {name: box.isChecked() for name, box in self.switches.items()}


def _spin(low: int, high: int, value: int, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setKeyboardTracking(False)  # applied when the number is finished, not at each digit
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(translate("Settings", " min"))
    spin.setAccessibleName(name)
    return spin
