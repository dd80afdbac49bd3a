"""Sound and speech cues: spoken through Qt's mock engine, silent without a device."""

from __future__ import annotations

import wave

import pytest
from PySide6.QtMultimedia import QMediaDevices

from companion.services.cues import CHIME, Cues, write_chime


@pytest.fixture
def no_audio(monkeypatch):
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))


def test_spoken_cues_reach_the_speech_engine(qtbot, no_audio):
    cues = Cues(sound=False, speech=True, engine="mock")
    with qtbot.waitSignal(cues.announced, timeout=0) as said:
        cues.announce("Switch hands.")
    assert said.args == ["Switch hands."]
    words = []
    cues.speaker.sayingWord.connect(lambda word, *rest: words.append(word))
    qtbot.waitUntil(lambda: words == ["Switch", "hands"], timeout=5000)


def test_everything_off_means_nothing_happens(qtbot, no_audio):
    cues = Cues(sound=False, speech=False, engine="mock")
    with qtbot.assertNotEmitted(cues.announced):
        cues.announce("Wrist circles")
    assert cues.speaker is None


def test_without_an_audio_device_the_chime_is_quietly_skipped(qtbot, no_audio):
    cues = Cues(sound=True, speech=False)
    with qtbot.assertNotEmitted(cues.announced):
        cues.announce("Next step")
        cues.announce("Next step")


def test_speech_can_be_switched_on_later_and_off_again(qtbot, no_audio):
    cues = Cues(sound=False, speech=False, engine="mock")
    cues.set_speech(True)
    assert cues.speech
    with qtbot.waitSignal(cues.announced, timeout=0):
        cues.announce("Hold")
    cues.set_speech(False)
    with qtbot.assertNotEmitted(cues.announced):
        cues.announce("Hold")


def test_an_unknown_speech_engine_is_quietly_off(qtbot, no_audio):
    cues = Cues(sound=False, speech=True, engine="no-such-engine")
    with qtbot.assertNotEmitted(cues.announced):
        cues.announce("Hold")


def test_the_chime_is_a_short_soft_mono_wav(tmp_path):
    for path in (CHIME, tmp_path / "chime.wav"):
        if path != CHIME:
            write_chime(path)
        with wave.open(str(path)) as sound:
            assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
            seconds = sound.getnframes() / sound.getframerate()
            frames = sound.readframes(sound.getnframes())
        assert 0.3 < seconds < 1.5
        samples = memoryview(frames).cast("h")
        assert 3000 < max(abs(s) for s in samples) < 32767 * 0.6  # audible but never clipping
