"""Speech and sound: Qt's own modules are asked (a QCoreApplication must exist; no display)."""

from __future__ import annotations

from functools import cache

from .facts import Fact, short


@cache
def speech() -> Fact:
    """Can Companion read steps aloud? (checked once per run: engines are slow to start)"""
    advice = ("Install speech-dispatcher and espeak-ng (Debian/Ubuntu: sudo apt install "
              "speech-dispatcher espeak-ng), then restart Companion.")
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except Exception as exc:
        return Fact("Speech", False, f"Qt's speech module cannot load ({short(exc)})", advice)
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    if not engines:
        return Fact("Speech", False, "no speech engine plugin for Qt", advice)
    problems = []
    for engine in engines:
        voice = QTextToSpeech(engine)
        try:
            if voice.state() == QTextToSpeech.State.Error:
                problems.append(f"{engine}: {voice.errorString() or 'error'}")
            elif not voice.availableVoices():
                problems.append(f"{engine}: no voices")
            else:
                return Fact("Speech", True, f"{engine} engine, {len(voice.availableVoices())} "
                                            f"voices")
        finally:
            voice.deleteLater()
    return Fact("Speech", False, "; ".join(problems), advice)


def speech_engine_problem() -> str | None:
    """Why spoken cues cannot work here, or None when they can."""
    fact = speech()
    return None if fact.ok else f"{fact.detail}. {fact.advice}"


def sound() -> Fact:
    """Is there an audio output for the chime?"""
    advice = ("Install PipeWire (pipewire-pulse) or PulseAudio and check a sound device "
              "is connected; sessions work silently without one.")
    try:
        from PySide6.QtMultimedia import QMediaDevices
        outputs = QMediaDevices.audioOutputs()
    except Exception as exc:
        return Fact("Sound", False, f"Qt's multimedia module cannot load ({short(exc)})",
                    advice)
    if not outputs:
        return Fact("Sound", False, "no audio output device", advice)
    default = QMediaDevices.defaultAudioOutput().description()
    return Fact("Sound", True, f"{len(outputs)} output(s); default: {default}")
