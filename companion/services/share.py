"""One history across computers, through a folder a sync tool keeps in step (issue 25).

This machine appends its own events to its own journal files in the shared folder
(``<folder>/<machine id>/2026-05.jsonl``, see ``core.journal``) and reads the other
machines' journals as the sync tool delivers them, merging them into the local history
by event id (``History.merge``). ``QFileSystemWatcher`` says when something changed; each
file is read on from where the last read stopped (remembered in the data folder), so a
year of journals is read once, not at every change.

What goes wrong is said once, in plain words, and never stops local recording: a folder
that is gone (an unmounted drive), a conflict copy, a damaged line, entries from a newer
Companion, a machine whose clock is far off. Events this machine records while the folder
is away are written out when it is back: the journal catches up from the history itself
(everything recorded here after the last row it wrote).
"""

from __future__ import annotations

import json
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from companion.core import journal, safe_files, shared_settings
from companion.core.history import Event, History
from companion.core.i18n import translate
from companion.core.merge import ahead_by
from companion.core.settings import Settings

log = logging.getLogger(__name__)

ID_FILE = "machine-id"
STATE_FILE = "share-state.json"
SETTINGS_FILE = "settings.json"  # a machine's shared settings, in its own folder
# Changes come in bursts (a sync tool writes a temporary file, renames it, sets its
# time): one read a moment after the last of them.
SETTLE_MS = 150
BATCH = 1000


def machine_id(data_dir: Path, renew: bool = False) -> str:
    """This machine's stable id: made once, kept in the data folder (0600); ``renew``
    makes a new one (another computer turned out to use the same)."""
    path = Path(data_dir) / ID_FILE
    try:
        text = path.read_text("ascii").strip()
        if journal.MACHINE_ID.fullmatch(text) and not renew:
            return text
    except (OSError, UnicodeDecodeError):
        pass
    import uuid
    made = uuid.uuid4().hex
    safe_files.make_folder(path.parent)
    safe_files.write_atomically(path, (made + "\n").encode("ascii"))
    return made


def host_name() -> str:
    """The name a machine goes by when the person gave it none."""
    return socket.gethostname().split(".")[0] or "Companion"


@dataclass
class ShareStatus:
    """What the Settings page says about the shared folder."""

    folder: str = ""
    last_read: datetime | None = None
    machines: dict[str, str] = field(default_factory=dict)  # id -> name, the others seen
    problem: str | None = None


class ShareFolder(QObject):
    """Writes this machine's journal into the shared folder and merges the others'."""

    # Events from other machines, newly merged into the history (a list of Event).
    arrived = Signal(list)
    changed = Signal()  # the status changed (for the Settings page)
    # Shared settings another machine changed later (shared_settings.Stamps): take them.
    settings_arrived = Signal(dict)

    def __init__(self, history: History, data_dir: Path, clock: Callable[[], datetime],
                 tell: Callable[[str], None], parent: QObject | None = None):
        super().__init__(parent)
        self.history = history
        self.data_dir = Path(data_dir)
        self.clock = clock
        self.tell = tell
        self.machine = machine_id(self.data_dir)
        self.folder: Path | None = None
        self.name = ""
        self.status = ShareStatus()
        self._settings: Settings | None = None  # shared settings, when they are shared
        self._state: dict = self._load_state()
        self._saved = json.dumps(self._state, sort_keys=True)
        self._told: set[str] = set()  # problems said once each (by key)
        self._watcher: QFileSystemWatcher | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.sync)
        history.stored.append(self._stored)

    # -- choosing the folder ----------------------------------------------------------
    def use(self, folder: str, name: str = "") -> None:
        """Share through ``folder`` ("" shares nothing) as ``name`` ("" the host name)."""
        new = Path(folder).expanduser() if folder else None
        self.name = name.strip() or host_name()
        if new == self.folder:
            self._write_machine_file()
            return
        self.folder = new
        self._told.clear()
        self.status = ShareStatus(folder=str(new) if new else "")
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        if new is None:
            self.changed.emit()
            return
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._soon)
        self._watcher.fileChanged.connect(self._soon)
        self._write_machine_file(force=True)
        self.sync()

    def share_settings(self, settings: Settings | None) -> None:
        """Share ``settings`` (None: settings are not shared): note which fields changed
        since last time, and write them to this machine's settings file in the folder."""
        self._settings = settings
        if settings is None or self.folder is None:
            return
        here = self._here()
        kept = here.get("settings")
        old: shared_settings.Stamps = kept if isinstance(kept, dict) else {}
        here["settings"] = shared_settings.note_changes(old, settings, self.clock())
        if here["settings"] == old and (self._own() / SETTINGS_FILE).exists():
            return
        self._save_state()
        if not self._reachable():
            return  # written with the next change once the folder is back
        try:
            safe_files.make_folder(self._own())
            safe_files.write_atomically(self._own() / SETTINGS_FILE,
                                        shared_settings.file_bytes(here["settings"]))
        except OSError as exc:
            log.warning("could not write the shared settings: %s", exc)

    def _take_settings(self, folders: list[Path]) -> None:
        """Take over the shared settings other machines changed later than this one."""
        here = self._here()
        mine = here.get("settings")
        if self._settings is None or not isinstance(mine, dict):
            return
        theirs = []
        for folder in folders:
            try:
                data = safe_files.read_limited(folder / SETTINGS_FILE, 1_000_000)
            except OSError:
                continue
            if (found := shared_settings.read_file(data)) is not None:
                theirs.append(found)
            else:
                log.warning("shared settings in %s are not used (damaged, or another "
                            "settings version)", folder)
        winners = shared_settings.latest(mine, theirs)
        if winners:
            # Noted as theirs, with their times: applying them is no change made here.
            here["settings"] = {**mine, **winners}
            self._save_state()
            log.info("shared settings changed on another computer: %s", ", ".join(sorted(winners)))
            self.settings_arrived.emit(winners)

    def stop(self) -> None:
        self._timer.stop()
        if self._stored in self.history.stored:
            self.history.stored.remove(self._stored)
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        self.folder = None

    def _soon(self, _path: str = "") -> None:
        self._timer.start()

    def _stored(self) -> None:
        """New events in the history: this machine's go into its journal at once."""
        if self.folder is not None and self._reachable():
            self._write_out()

    # -- the state kept in the data folder --------------------------------------------
    def _load_state(self) -> dict:
        try:
            state = json.loads((self.data_dir / STATE_FILE).read_text("utf-8"))
            return state if isinstance(state, dict) and isinstance(state.get("folders"), dict) \
                else {"folders": {}}
        except (OSError, ValueError):
            return {"folders": {}}

    def _save_state(self) -> None:
        text = json.dumps(self._state, sort_keys=True)
        if text == self._saved:
            return  # a read that found nothing new writes nothing
        self._saved = text
        try:
            safe_files.write_atomically(self.data_dir / STATE_FILE, text.encode("utf-8"))
        except OSError as exc:
            log.warning("could not keep how far the shared folder was read: %s", exc)

    def _here(self) -> dict:
        """How far this machine wrote and read in the folder in use."""
        here = self._state["folders"].setdefault(str(self.folder), {})
        if not isinstance(here.get("offsets"), dict):
            here["offsets"] = {}
        if not isinstance(here.get("written"), int):
            here["written"] = 0
        if not isinstance(here.get("sizes"), dict):
            here["sizes"] = {}
        return here

    # -- the folder is there, or not -----------------------------------------------------
    def _reachable(self) -> bool:
        """Whether the folder is there; said once when it is not, and when it is back."""
        assert self.folder is not None
        if self.folder.is_dir() and os.access(self.folder, os.R_OK | os.W_OK | os.X_OK):
            if self.status.problem is not None and "gone" in self._told:
                self._told.discard("gone")
                log.info("the shared folder %s is back", self.folder)
                self.status.problem = None
                self.changed.emit()
            return True
        self._watch_nearest()
        self._say_once("gone", translate(
            "Sync", "The shared folder {folder} cannot be reached (is its drive connected?). "
            "Companion keeps recording on this computer and shares it when the folder is "
            "back.").format(folder=self.folder), problem=True)
        return False

    def _watch_nearest(self) -> None:
        """Watch the nearest folder above that is there, to hear when it comes back."""
        if self._watcher is None or self.folder is None:
            return
        above = self.folder.parent
        while not above.is_dir() and above.parent != above:
            above = above.parent
        if str(above) not in self._watcher.directories():
            self._watcher.addPath(str(above))

    def _say_once(self, key: str, text: str, problem: bool = False) -> None:
        if key in self._told:
            return
        self._told.add(key)
        log.warning("shared folder: %s", text)
        if problem:
            self.status.problem = text
            self.changed.emit()
        self.tell(text)

    # -- writing this machine's journal ---------------------------------------------------
    def _own(self) -> Path:
        assert self.folder is not None
        return self.folder / self.machine

    def _write_machine_file(self, force: bool = False) -> None:
        if self.folder is None or not self._reachable():
            return
        here = self._here()
        if not force and here.get("name") == self.name:
            return
        try:
            safe_files.make_folder(self._own())
            safe_files.write_atomically(self._own() / journal.MACHINE_FILE,
                                        journal.machine_file(self.machine, self.name))
        except OSError as exc:
            log.warning("could not write this machine's name to the shared folder: %s", exc)
            return
        here["name"] = self.name
        self._save_state()

    def _write_out(self) -> None:
        """Append what this machine recorded since the last write to its journal."""
        here = self._here()
        while batch := self.history.local_after(here["written"], BATCH):
            lines = b"".join(journal.line(e, self.machine) for _, e in batch if e is not None)
            try:
                safe_files.make_folder(self._own())
                path = self._own() / journal.journal_name(self.clock())
                if not self._only_writer(path):
                    here = self._here()  # under the new id: from the start
                    continue
                new_file = not path.exists()
                # One write of whole lines to a file opened for appending: a reader sees
                # whole lines or a torn last one (which it leaves for its next read).
                with open(path, "ab", opener=safe_files.opener) as out:
                    out.write(lines)
                    out.flush()
                    os.fsync(out.fileno())
                if new_file:
                    safe_files.sync_folder(self._own())
            except OSError as exc:
                self._say_once("write", translate(
                    "Sync", "Companion could not write to the shared folder ({error}). It "
                    "keeps recording on this computer and tries again with the next "
                    "entry.").format(error=exc.strerror or exc), problem=True)
                return
            here["written"] = batch[-1][0]
            here["sizes"][path.name] = path.stat().st_size
            self._save_state()
        self._told.discard("write")

    def _only_writer(self, path: Path) -> bool:
        """Whether this machine's journal is as it left it. If it grew or shrank, another
        computer writes under this one's id (a data folder copied from this one): this
        machine takes a new id and writes its history out again under it. Nothing is lost
        or doubled: the old folder is read like any other machine's, by entry id."""
        here = self._here()
        sizes = here["sizes"]
        known = sizes.get(path.name)
        try:
            size: int | None = path.stat().st_size
        except FileNotFoundError:
            size = None
        if known is None or size == known:
            return True
        if size is None:  # removed by hand: written again, whole
            log.warning("this machine's journal %s went away; writing it again", path)
            here["written"], here["sizes"] = 0, {}
            return True
        old = self.machine
        self.machine = machine_id(self.data_dir, renew=True)
        log.warning("another computer writes under this machine's id %s; now %s", old,
                    self.machine)
        for key in ("written", "sizes", "name"):
            here.pop(key, None)
        self._save_state()
        self._write_machine_file(force=True)
        self._say_once("clone", translate(
            "Sync", "Another computer uses this computer's place in the shared folder (its "
            "Companion data was probably copied from this one). This computer now writes to "
            "a place of its own; nothing is lost or doubled."))
        return False

    # -- reading the others' ---------------------------------------------------------------
    def sync(self) -> None:
        """Write out what is new here, read what is new from the others, merge it."""
        if self.folder is None or not self._reachable():
            return
        self._write_out()
        assert self._watcher is not None
        watched = set(self._watcher.directories()) | set(self._watcher.files())
        wanted = {str(self.folder)}
        here = self._here()
        arrived: list[Event] = []
        others: list[Path] = []
        try:
            names = sorted(os.listdir(self.folder))
        except OSError as exc:
            log.warning("could not list the shared folder: %s", exc)
            return
        for name in names:
            path = self.folder / name
            if journal.is_conflict_copy(name):
                self._conflict(name)
            elif journal.MACHINE_ID.fullmatch(name) and name != self.machine and path.is_dir():
                wanted.add(str(path))
                others.append(path)
                arrived += self._read_machine(name, path, here["offsets"], wanted)
        if new_paths := sorted(wanted - watched):
            self._watcher.addPaths(new_paths)
            # What changed in them between this read and their watch would wait for the
            # next change (seen under load: a first glass that never arrived): read again.
            self._soon()
        self._save_state()
        self._take_settings(others)
        self.status.last_read = self.clock()
        self.status.machines = self._machines()
        self.changed.emit()
        if arrived:
            self.arrived.emit(arrived)

    def _machines(self) -> dict[str, str]:
        names = self.history.machine_names()
        return {m: names.get(m, m[:8]) for m in self._seen}

    @property
    def _seen(self) -> list[str]:
        seen = self._here().setdefault("seen", [])
        return seen if isinstance(seen, list) else []

    def _conflict(self, name: str) -> None:
        self._say_once(f"conflict:{name}", translate(
            "Sync", "The sync tool made a conflict copy in the shared folder ({name}). "
            "Companion never reads it: every entry is in the original files, so nothing "
            "is lost or doubled. You may delete the copy.").format(name=name))

    def _read_machine(self, machine: str, path: Path, offsets: dict,
                      wanted: set[str]) -> list[Event]:
        try:
            files = sorted(os.listdir(path))
        except OSError as exc:
            log.warning("could not list %s: %s", path, exc)
            return []
        name = self._machine_name(machine, path)
        if machine not in self._seen:
            self._seen.append(machine)
        found: list[Event] = []
        for file in files:
            if journal.is_temporary(file):
                continue
            if journal.is_conflict_copy(file):
                self._conflict(f"{machine}/{file}")
            elif journal.is_journal(file):
                wanted.add(str(path / file))
                found += self._read_journal(machine, name, path / file, offsets)
        if found:
            added = self.history.merge(found, checked=True)
            log.info("shared folder: %d entries from %s, %d new", len(found), name, added)
            if (ahead := ahead_by(found, self.clock())) is not None:
                self._say_once(f"clock:{machine}", translate(
                    "Sync", "The clock of {machine} seems to be about {hours} h ahead of this "
                    "computer's. Its entries are kept with the times it gave them; please "
                    "check the time on both computers.").format(
                        machine=name, hours=max(1, round(ahead.total_seconds() / 3600))))
            if not added:
                return []
        return found

    def _machine_name(self, machine: str, path: Path) -> str:
        try:
            data = safe_files.read_limited(path / journal.MACHINE_FILE, 4096)
        except OSError:
            data = b""
        name = journal.read_machine_file(data)
        known = self.history.machine_names().get(machine)
        if name is not None and name != known:
            self.history.name_machines({machine: name})
        return name or known or machine[:8]

    def _read_journal(self, machine: str, name: str, path: Path, offsets: dict) -> list[Event]:
        key = f"{machine}/{path.name}"
        start = offsets.get(key, 0)
        try:
            with open(path, "rb") as file:
                size = os.fstat(file.fileno()).st_size
                if not isinstance(start, int) or start > size:
                    # Shorter than what was read: replaced as a whole (restored, say).
                    # Reading it again is safe: what is known already is not added twice.
                    log.warning("shared journal %s is shorter than before; reading it again", key)
                    start = 0
                file.seek(start)
                data = file.read()
        except OSError as exc:
            log.warning("could not read %s: %s", path, exc)
            return []
        chunk = journal.read(data, machine, start)
        offsets[key] = start + chunk.used
        for at, why in chunk.bad:
            log.warning("shared journal %s: the line at byte %d is left out: %s", key, at, why)
        if chunk.bad:
            self._say_once(f"bad:{key}", translate(
                "Sync", "Some entries from {machine} in the shared folder are damaged and were "
                "left out ({file}). Everything else was added.").format(machine=name, file=key))
        if chunk.newer:
            self._say_once(f"newer:{machine}", translate(
                "Sync", "{machine} uses a newer Companion. Some of its entries will show here "
                "once Companion is updated on this computer.").format(machine=name))
        return chunk.events
