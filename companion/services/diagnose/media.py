"""Speech and sound: Qt's own modules are asked (a QCoreApplication must exist; no display)."""

from __future__ import annotations

from functools import cache

from companion.core.i18n import tr, translate

from .facts import Fact, short


@cache
def speech() -> Fact:
    """Can Companion read steps aloud? (checked once per run: engines are slow to start)"""
    topic = translate("diagnose", "Speech")
    advice = translate("diagnose", "Install speech-dispatcher and espeak-ng (Debian/Ubuntu: sudo apt "
                       "install speech-dispatcher espeak-ng), then restart Companion.")
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except Exception as exc:
        return Fact(topic, False, translate("diagnose", "Qt's speech module cannot load ({problem})"
                                            ).format(problem=short(exc)), advice)
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    if not engines:
        return Fact(topic, False, translate("diagnose", "no speech engine plugin for Qt"), advice)
    problems = []
    for engine in engines:
        voice = QTextToSpeech(engine)
        try:
            if voice.state() == QTextToSpeech.State.Error:
                error = voice.errorString() or translate("diagnose", "error")
                problems.append(f"{engine}: {error}")
            elif not voice.availableVoices():
                problems.append(translate("diagnose", "{engine}: no voices").format(engine=engine))
            else:
                voices = tr("%n voices", "speech engine", len(voice.availableVoices()))
                return Fact(topic, True, translate("diagnose", "{engine} engine, {voices}").format(
                    engine=engine, voices=voices))
        finally:
            voice.deleteLater()
    return Fact(topic, False, "; ".join(problems), advice)


def speech_engine_problem() -> str | None:
    """Why spoken cues cannot work here, or None when they can."""
    fact = speech()
    return None if fact.ok else translate("diagnose", "{detail}. {advice}").format(
        detail=fact.detail, advice=fact.advice)


def sound() -> Fact:
    """Is there an audio output for the chime?"""
    topic = translate("diagnose", "Sound")
    advice = translate("diagnose", "Install PipeWire (pipewire-pulse) or PulseAudio and check a sound "
                       "device is connected; sessions work silently without one.")
    try:
        from PySide6.QtMultimedia import QMediaDevices
        outputs = QMediaDevices.audioOutputs()
    except Exception as exc:
        return Fact(topic, False, translate("diagnose", "Qt's multimedia module cannot load "
                                            "({problem})").format(problem=short(exc)), advice)
    if not outputs:
        return Fact(topic, False, translate("diagnose", "no audio output device"), advice)
    default = QMediaDevices.defaultAudioOutput().description()
    return Fact(topic, True, translate("diagnose", "{outputs}; default: {device}").format(
        outputs=tr("%n outputs", "sound", len(outputs)), device=default))
