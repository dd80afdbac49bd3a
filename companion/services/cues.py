"""Gentle cues for guided sessions: a soft chime and, if wanted, spoken instructions.

Both are optional extras. Without an audio device, or when QtMultimedia or
QtTextToSpeech cannot load, every call quietly does nothing: a session must never
fail because a laptop has no speakers.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal

from companion import assets

log = logging.getLogger(__name__)

CHIME = assets.chime_file()


def write_chime(path: Path, rate: int = 22050) -> None:
    """Write the soft two-note chime (a fifth, fading out) as a 16-bit mono WAV."""
    frames = bytearray()
    length = int(rate * 0.7)
    for i in range(length):
        t = i / rate
        # A quick fade-in avoids a click; the long exponential tail keeps it soft.
        envelope = min(1.0, t / 0.01) * math.exp(-t * 6)
        sample = 0.22 * envelope * (math.sin(2 * math.pi * 660 * t) + 0.6 * math.sin(2 * math.pi * 990 * t))
        frames += struct.pack("<h", int(max(-1.0, min(1.0, sample)) * 32767))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))


class Cues(QObject):
    """Plays a chime and/or speaks a short text when a session moves on."""

    #: Emitted for every announce() that reached at least one enabled channel.
    announced = Signal(str)

    def __init__(self, sound: bool = True, speech: bool = False, engine: str | None = None,
                 parent: QObject | None = None, chime_path: Path = CHIME):
        super().__init__(parent)
        self._sound_on = sound
        self._speech_on = speech
        self._engine = engine
        self._chime_path = Path(chime_path)
        self._effect = None  # created on first use: loading QtMultimedia costs time
        self._voice = None
        self._sound_broken = False
        self._speech_broken = False

    @property
    def sound(self) -> bool:
        return self._sound_on

    @property
    def speech(self) -> bool:
        return self._speech_on

    @property
    def speaker(self):
        """The text-to-speech object once speech has been used, else None."""
        return self._voice

    def set_sound(self, on: bool) -> None:
        """Turn the chime on or off."""
        self._sound_on = bool(on)

    def set_speech(self, on: bool) -> None:
        """Turn spoken instructions on or off; turning off silences any current speech."""
        self._speech_on = bool(on)
        if not on and self._voice is not None:
            self._voice.stop()

    def announce(self, text: str, chime: bool = True) -> None:
        """Chime (if asked and enabled), then speak ``text`` (if speech is enabled)."""
        used = False
        if chime and self._sound_on:
            used |= self._play_chime()
        if text and self._speech_on:
            used |= self._say(text)
        if used:
            self.announced.emit(text)

    def _play_chime(self) -> bool:
        effect = self._sound_effect()
        if effect is None:
            return False
        effect.play()
        return True

    def _sound_effect(self):
        if self._effect is None and not self._sound_broken:
            try:
                from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

                if not QMediaDevices.audioOutputs():
                    raise RuntimeError("no audio output device")
                if not self._chime_path.is_file():
                    raise RuntimeError(f"missing {self._chime_path}")
                self._effect = QSoundEffect(self)
                self._effect.setSource(QUrl.fromLocalFile(str(self._chime_path)))
                self._effect.setVolume(0.5)
            except Exception as error:  # ImportError, no device, broken backend...
                log.debug("sound cues off: %s", error)
                self._sound_broken = True
        return self._effect

    def _say(self, text: str) -> bool:
        voice = self._speaker()
        if voice is None:
            return False
        # say() replaces anything still being spoken: a stale step is worse than none.
        voice.say(text)
        return True

    def _speaker(self):
        if self._voice is None and not self._speech_broken:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech

                voice = QTextToSpeech(self._engine, self) if self._engine else QTextToSpeech(self)
                if voice.state() == QTextToSpeech.State.Error:
                    raise RuntimeError(voice.errorString() or "speech engine error")
                self._voice = voice
            except Exception as error:
                log.debug("spoken cues off: %s", error)
                self._speech_broken = True
        return self._voice
