"""One history across two computers, end to end through real Syncthing (issue 25).

Two real Companion processes, each with its own data folder (COMPANION_HOME), share their
history through a folder that two real Syncthing instances keep in step on the loopback
interface (tests/syncthing_helpers.py): Companion A's ``share_folder`` is Syncthing a's copy
of the folder, B's is b's. The test drives the apps as a person would from the command line
(``--log-water``, ``--import``, ``--stretch``) and reads what each one knows with
``--export`` (a backup: every event with its id).

Nothing here sleeps. Waits are on Syncthing's events (a file received, both sides in step)
and on the receiving app's history (read-only), each with a deadline. Where a reminder's
timing matters, both apps run under libfaketime on one simulated clock, faster than real
time, as tests/test_soak.py does.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from desktop_helpers import end_group, require
from history_watch import wait_for_history
from syncthing_helpers import fresh_folder, syncthing_pair, wait_in_step

from companion.core import settings_file
from companion.core.settings import ReminderPlan, Settings
from companion.core.week import Hours, uniform_week
from companion.services.single_instance.place import server_name

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]  # four real programs

ROOT = Path(__file__).resolve().parent.parent
WAIT_MS = 60_000          # for an app to start, or an entry to arrive: a busy 2-core CI
SYNC_S = 60               # for Syncthing to carry a change across


class RunningCompanion:
    """The real app over a data folder of its own, sharing through ``share_folder``; and the
    launches that drive it. Under faketime on the simulated clock ``on`` when given."""

    def __init__(self, qtbot, home: Path, name: str, share_folder: Path, settings: Settings,
                 on: SimulatedClock | None = None):
        self.qtbot, self.home, self.name = qtbot, home, name
        self.share_folder = share_folder
        (home / "config").mkdir(parents=True)
        settings_file.save(replace(settings, share_folder=str(share_folder), machine_name=name),
                           home / "config" / "settings.json")
        # XDG_RUNTIME_DIR is the companion_home fixture's: one socket per data folder.
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("FAKETIME", "LD_PRELOAD"))}
        self.env.update(COMPANION_HOME=str(home), TZ="UTC", QT_QPA_PLATFORM="offscreen",
                        PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(ROOT))
        self.env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # prompts are toasts, in the history
        self.log = open(home / "app.out", "wb")
        args = [sys.executable, str(ROOT / "main.py")]
        if on is not None:
            args = ["faketime", "-f", on.spec(), *args]
        self.proc = subprocess.Popen(args, cwd=ROOT, env=self.env, stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)

    def wait_ready(self) -> None:
        """Ready once it answers launches and has put its name into the shared folder."""
        socket_path = server_name(str(self.home / "data"))
        def ready() -> bool:
            own = self.own_folder()
            return os.path.exists(socket_path) and own is not None \
                and (own / "machine.json").exists()
        self.qtbot.waitUntil(lambda: ready() or self.proc.poll() is not None, timeout=WAIT_MS)
        assert self.proc.poll() is None, self.output()

    def own_folder(self) -> Path | None:
        """Its own folder in the shared one (named by its machine id), once it has an id."""
        try:
            machine = (self.home / "data" / "machine-id").read_text().strip()
        except FileNotFoundError:
            return None
        return self.share_folder / machine

    def launch(self, *args: str) -> str:
        """A second launch hands ``args`` to the running app; its answer."""
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                              env=self.env, timeout=60, capture_output=True, text=True)
        assert done.returncode == 0, f"{self.name} {args}: {done.stderr}\n{self.output()}"
        return done.stdout

    def export(self) -> list[dict]:
        """Everything this Companion knows, from its own ``--export`` (a JSON backup)."""
        path = self.home / f"export-{uuid.uuid4().hex[:8]}.json"
        self.launch("--export", str(path))
        return json.loads(path.read_text())["events"]

    def import_events(self, events: list[dict]) -> None:
        """Bring ``events`` in as a backup file (``--import``): recorded here."""
        path = self.home / f"import-{uuid.uuid4().hex[:8]}.json"
        path.write_text(json.dumps({"format": "companion-backup", "version": 1,
                                    "exported_at": utc_text(datetime.now(UTC)), "events": events}))
        self.launch("--import", str(path))

    def stored_ids(self, kind: str = "%") -> set[str]:
        """The ids in its history now (read-only; cheap enough to wait on)."""
        try:
            db = sqlite3.connect(f"file:{self.home / 'data' / 'history.db'}?mode=ro", uri=True,
                                 timeout=5)
            try:
                return {row[0] for row in
                        db.execute("SELECT id FROM events WHERE kind LIKE ?", (kind,))}
            finally:
                db.close()
        except sqlite3.OperationalError:  # not made yet, or busy for a moment
            return set()

    def wait_for(self, ids: set[str], timeout_ms: int = WAIT_MS) -> None:
        """Wait until its history holds every one of ``ids``."""
        self.wait_until(lambda: ids <= self.stored_ids(), timeout_ms)

    def wait_until(self, done: Callable[[], bool], timeout_ms: int = WAIT_MS) -> None:
        """Wait until ``done()``, a read of its history: read again whenever it writes it."""
        wait_for_history(self.qtbot, self.home, done, timeout_ms, what=f"{self.name}'s history")

    def output(self) -> str:
        self.log.flush()
        return (self.home / "app.out").read_text(errors="replace")[-4000:]

    def close(self) -> None:
        if self.proc.poll() is None:
            end_group(self.proc)
        self.log.close()


class SimulatedClock:
    """One simulated time for several faketime processes started at different moments:
    ``start`` at the first one's start, running ``speed`` times real time for all."""

    def __init__(self, start: datetime, speed: int):
        self.start, self.speed = start, speed
        self.real_start = time.monotonic()

    def now(self) -> datetime:
        return self.start + timedelta(seconds=(time.monotonic() - self.real_start) * self.speed)

    def spec(self) -> str:
        return f"{self.now():@%Y-%m-%d %H:%M:%S} x{self.speed}"


def utc_text(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def water(at: datetime) -> dict:
    return {"id": str(uuid.uuid4()), "at": utc_text(at), "kind": "water_logged",
            "data": {"ml": 250, "via": "command line"}}


def diary_entry(at: datetime, note: str) -> dict:
    """A twitch diary entry, as Companion's diary records one (core/diary.py)."""
    return {"id": str(uuid.uuid4()), "at": utc_text(at), "kind": "twitch_logged",
            "data": {"entry_id": str(uuid.uuid4()), "area": "eyelid", "side": "left",
                     "duration": "seconds", "strength": "faint", "triggers": ["coffee"],
                     "note": note, "occurred_at": utc_text(at)}}


def quiet_plans() -> Settings:
    """No prompts at all: what is shared is what the test records."""
    off = ReminderPlan(enabled=False)
    return Settings(hydration=off, stretch=off, breathing=off, tray_hint_shown=True,
                    welcome_done=True, stretch_safety_seen=True, start_at_login=False)


@pytest.fixture(scope="module")
def syncthings(tmp_path_factory):
    """One pair of Syncthings for the module's tests (a start costs a second or two)."""
    require("syncthing", "faketime")
    with syncthing_pair(tmp_path_factory.mktemp("syncthing")) as (a, b):
        yield a, b


@pytest.fixture
def two_computers(syncthings, qtbot, tmp_path, companion_home):
    """Syncthing a and b in step on a new folder of the test's own (both running, nothing
    throttled, whatever the test before did), and a way to start Companion A on a's
    folder, B on b's: ``start(("A", settings), ("B", settings), on=clock)`` starts them
    side by side and returns them once each is ready."""
    a, b = syncthings
    fresh_folder(a, b, tmp_path / "syncthing")
    made: list[RunningCompanion] = []

    def start(*wanted: tuple[str, Settings], on: SimulatedClock | None = None):
        folders = {"A": a.folder, "B": b.folder}
        apps = [RunningCompanion(qtbot, tmp_path / name, name, folders[name], settings, on)
                for name, settings in wanted]
        made.extend(apps)  # (ended at the end of the test even if never ready)
        for app in apps:
            app.wait_ready()
        return apps
    try:
        yield a, b, start
    finally:
        for app in made:
            app.close()


def journal_ids(events: list[dict], kinds: tuple[str, ...]) -> Counter:
    return Counter(e["id"] for e in events if e["kind"] in kinds)


def test_water_and_a_diary_entry_logged_on_one_computer_show_on_the_other(two_computers):
    a, b, start = two_computers
    first, second = start(("A", quiet_plans()), ("B", quiet_plans()))
    began = time.monotonic()
    first.launch("--log-water")
    entry = diary_entry(datetime.now(UTC) - timedelta(minutes=5), "right eye, after lunch")
    first.import_events([entry])
    sent = [e for e in first.export() if e["kind"] in ("water_logged", "twitch_logged")]
    assert len(sent) == 2
    second.wait_for({e["id"] for e in sent}, timeout_ms=SYNC_S * 1000)
    delay = time.monotonic() - began
    got = {e["id"]: e for e in second.export()}
    own = first.own_folder()
    assert own is not None
    for event in sent:  # the same entries, with their ids, times and details, from A
        assert got[event["id"]] == {**event, "machine": own.name}
    assert got[entry["id"]]["data"]["note"] == "right eye, after lunch"
    print(f"A's water and diary entry reached B's history {delay:.1f} s after the first launch")
    # Each wrote only its own files: Syncthing never saw two writers of one (no conflicts).
    for side in (a, b):
        assert not [p for p in side.folder.rglob("*") if ".sync-conflict-" in p.name]


MONDAY = datetime(2026, 3, 2, tzinfo=UTC)
STRETCH_DUE = MONDAY.replace(hour=10, minute=15)  # the first stretch prompt, with no break


def stretch_every_quarter_hour() -> Settings:
    """Stretch every 15 minutes from 10:00 (so due 10:15, 10:30...); nothing else prompts."""
    off = ReminderPlan(enabled=False)
    return Settings(hydration=off, breathing=off, stretch=ReminderPlan(interval_minutes=15),
                    week=uniform_week([Hours(10 * 60, 20 * 60)], range(7)),
                    tray_hint_shown=True, welcome_done=True, stretch_safety_seen=True,
                    start_at_login=False)


def stretch_prompts(events: list[dict]) -> list[datetime]:
    return sorted(datetime.fromisoformat(e["at"].replace("Z", "+00:00")) for e in events
                  if e["kind"] == "reminder_shown" and e["data"].get("kind") == "stretch")


def test_a_stretch_break_taken_on_one_computer_counts_on_the_other(two_computers):
    _, _, start = two_computers
    # One simulated Monday morning for both, 60 times faster than real time: from 10:01, so
    # the stretch is due at 10:15, fourteen simulated minutes (14 real seconds) later. The
    # break is taken on B at about 10:03 (the apps' start-up, a second, and the stretch, a
    # simulated minute), and a quarter of an hour after it comes well after 10:15; a busy
    # machine's start-up, slower by seconds, leaves room still (B's break must come before
    # 10:10, and reach A before 10:15: Syncthing takes a second or two).
    clock = SimulatedClock(MONDAY.replace(hour=10, minute=1), 60)
    first, second = start(("A", stretch_every_quarter_hour()),
                          ("B", stretch_every_quarter_hour()), on=clock)
    second.launch("--stretch", "quick-hand")  # a minute or so: the person stretches
    second.wait_until(lambda: bool(second.stored_ids("stretch_session")))
    [session] = [e for e in second.export() if e["kind"] == "stretch_session"]
    taken = datetime.fromisoformat(session["at"].replace("Z", "+00:00"))
    assert session["data"]["steps_done"] > 0
    assert taken < STRETCH_DUE - timedelta(minutes=5), f"B's break came at {taken:%H:%M}: too late"
    first.wait_for({session["id"]}, timeout_ms=SYNC_S * 1000)
    arrived = clock.now()
    assert arrived < STRETCH_DUE, \
        f"the break reached A at {arrived:%H:%M}, after its stretch was due: too slow to test"

    # A runs on until it prompts for a stretch: not at 10:15, but 15 minutes after B's break.
    first.wait_until(lambda: bool(first.stored_ids("reminder_shown")), timeout_ms=WAIT_MS * 2)
    prompts = stretch_prompts(first.export())
    print(f"B's break at {taken:%H:%M:%S} reached A at {arrived:%H:%M:%S} (simulated, "
          f"x{clock.speed}); A's first stretch prompt at {prompts[0]:%H:%M:%S}")
    assert taken + timedelta(minutes=15) <= prompts[0] <= taken + timedelta(minutes=18), \
        (taken, prompts)


def test_a_syncthing_stopped_in_the_middle_of_a_transfer_loses_and_doubles_nothing(
        two_computers):
    a, b, start = two_computers
    first, second = start(("A", quiet_plans()), ("B", quiet_plans()))
    # Many entries at once (a year's water, as a backup brought in): a journal of about a
    # megabyte, which b receives at 64 KiB/s, so the stop falls inside the transfer.
    now = datetime.now(UTC)
    year = [water(now - timedelta(days=1, minutes=97 * i)) for i in range(4000)]
    b.throttle(64)
    first.import_events(year)
    own = first.own_folder()
    assert own is not None
    [journal] = own.glob("*.jsonl")  # written before the import answered
    name = journal.relative_to(a.folder).as_posix()
    a.scan(name)  # at once, not after the watcher's second: the stop is what is tested here
    progress = b.wait_downloading(name, timeout_s=SYNC_S)
    b.stop(kill=True)  # as a crash or a pulled plug would: no goodbye
    # Cut in the middle: b holds part of A's journal, in Syncthing's temporary file (and
    # at most an older, shorter copy, had A written anything before the import).
    cut = b.folder / name
    assert not cut.exists() or cut.stat().st_size < journal.stat().st_size
    assert (cut.parent / f".syncthing.{journal.name}.tmp").exists(), progress
    # A goes on recording while b is away: these are sent when it is back.
    later = [water(now - timedelta(minutes=m)) for m in range(30, 0, -1)]
    first.import_events(later)
    first.launch("--log-water")
    b.start()
    b.throttle(0)
    b.wait_connected(a)
    wait_in_step(a, b, SYNC_S)

    sent = journal_ids(first.export(), ("water_logged",))
    assert len(sent) == len(year) + len(later) + 1 and max(sent.values()) == 1
    second.wait_for(set(sent), timeout_ms=SYNC_S * 1000)
    got = journal_ids(second.export(), ("water_logged",))
    assert got == sent, (len(got), len(sent))  # each entry once: none lost or doubled
    print(f"b was stopped with {progress['bytesDone']:,} of {progress['bytesTotal']:,} bytes "
          f"of A's journal; B then held all {len(got):,} entries once each")
    assert not [p for p in b.folder.rglob("*") if ".sync-conflict-" in p.name]
    assert not list(b.folder.rglob(".syncthing.*.tmp"))  # the cut transfer was finished
