"""In a call: another program holds the camera open, or audio is being recorded.

Asked only when a reminder is due. The camera check reads which files each process has
open (/proc/<pid>/fd); only our own user's processes can be read, which is where a
video call runs. The microphone check reads ALSA's capture state; both take injectable
paths and readers so tests can stand in for hardware this machine may not have.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from companion.core.i18n import QT_TRANSLATE_NOOP

from .status import SourceStatus

REASON = QT_TRANSLATE_NOOP("away", "in a call")  # recorded in English; shown translated
CAMERAS = "/dev/video*"
CAPTURE_STATUS = "/proc/asound/card*/pcm*c/sub*/status"


def alsa_capture_states(pattern: str = CAPTURE_STATUS) -> list[str]:
    """The state line of each ALSA capture stream ("state: RUNNING" while recording)."""
    states = []
    for path in glob.glob(pattern):
        try:
            first = Path(path).read_text().splitlines()[:1]
        except OSError:
            continue
        states += first
    return states


class CallWatch:
    """Answers "in a call" while the camera is held open or audio is being captured."""

    def __init__(self, cameras: str = CAMERAS, proc: str = "/proc", own_pid: int | None = None,
                 capture_states: Callable[[], Iterable[str]] = alsa_capture_states,
                 camera: bool = True, microphone: bool = True):
        self.cameras, self.proc = cameras, proc
        self.own_pid = own_pid if own_pid is not None else os.getpid()
        self.capture_states = capture_states
        self.use_camera, self.use_microphone = camera, microphone

    def describe(self) -> list[SourceStatus]:
        """Whether this machine has a camera and recordable audio for us to look at."""
        cams = glob.glob(self.cameras)
        mics = list(self.capture_states()) if self.use_microphone else []
        return [
            SourceStatus("camera", bool(cams) and self.use_camera,
                         QT_TRANSLATE_NOOP("presence", "off in settings") if not self.use_camera else
                         f"{len(cams)} camera(s), checked when a reminder is due" if cams
                         else QT_TRANSLATE_NOOP("presence", "no camera found")),
            SourceStatus("microphone", bool(mics),
                         QT_TRANSLATE_NOOP("presence", "off in settings") if not self.use_microphone else
                         QT_TRANSLATE_NOOP("presence", "ALSA capture state, checked when a reminder is due") if mics
                         else QT_TRANSLATE_NOOP("presence", "no audio capture device found (ALSA)")),
        ]

    def reason(self) -> str | None:
        """"in a call" when another program uses the camera or records audio, else None."""
        if self.use_microphone and self.microphone_in_use():
            return REASON
        if self.use_camera and self.camera_in_use():
            return REASON
        return None

    def microphone_in_use(self) -> bool:
        return any(line.split(":", 1)[-1].strip() == "RUNNING" for line in self.capture_states())

    def camera_in_use(self) -> bool:
        """Whether a process other than ours has a camera device open."""
        cameras = {os.path.realpath(p) for p in glob.glob(self.cameras)}
        if not cameras:
            return False
        for entry in os.scandir(self.proc):
            if not entry.name.isdigit() or int(entry.name) == self.own_pid:
                continue
            try:
                fds = os.scandir(os.path.join(entry.path, "fd"))
            except OSError:
                continue  # another user's process, or one that just ended
            with fds:
                for fd in fds:
                    try:
                        if os.readlink(fd.path) in cameras:
                            return True
                    except OSError:
                        continue
        return False
