"""The alarm clock (every APScheduler detail): it rings in the Qt thread, at the moment it
was last armed for, on one timer however often it is re-armed; and APScheduler loads lean,
or the ordinary way when the lean import cannot be trusted."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from companion.services.scheduler import AlarmClock

ROOT = Path(__file__).resolve().parents[2]


def soon(ms: int) -> datetime:
    return datetime.now(UTC) + timedelta(milliseconds=ms)


class Rings:
    """A job that notes when and in which thread it ran."""

    def __init__(self):
        self.runs: list[tuple[datetime, bool]] = []

    def __call__(self):
        in_gui_thread = QThread.currentThread() == QApplication.instance().thread()
        self.runs.append((datetime.now(UTC), in_gui_thread))


@pytest.fixture
def alarm(qapp):
    clock = AlarmClock()
    clock.start()
    yield clock
    clock.stop()


def test_it_rings_at_the_armed_moment_in_the_qt_thread(alarm, qtbot):
    job, when = Rings(), soon(80)
    alarm.arm(when, job)
    assert alarm.armed_for() == when
    qtbot.waitUntil(lambda: bool(job.runs), timeout=5000)
    (ran_at, in_gui_thread), = job.runs
    assert ran_at >= when and in_gui_thread
    assert alarm.armed_for() is None  # rung, and armed for nothing more


def test_a_late_alarm_still_rings(alarm, qtbot):
    """After sleep the moment lies in the past: it rings at once instead of being dropped."""
    job = Rings()
    alarm.arm(datetime.now(UTC) - timedelta(hours=1), job)
    qtbot.waitUntil(lambda: bool(job.runs), timeout=5000)
    assert len(job.runs) == 1


def test_a_job_that_re_arms_itself_keeps_ringing(alarm, qtbot):
    """What a run arms is what runs next (APScheduler must not remove the job after it)."""
    runs = []

    def job():
        runs.append(datetime.now(UTC))
        if len(runs) < 3:
            alarm.arm(soon(30), job)

    alarm.arm(soon(30), job)
    qtbot.waitUntil(lambda: len(runs) == 3, timeout=5000)
    assert alarm.armed_for() is None


def test_re_arming_moves_the_one_timer(alarm, qtbot):
    job, timer = Rings(), alarm.timer
    alarm.arm(soon(3_600_000), job)
    qtbot.waitUntil(lambda: timer.remainingTime() > 3_500_000)
    alarm.arm(soon(60_000), job)
    qtbot.waitUntil(lambda: 0 < timer.remainingTime() <= 60_000)
    assert alarm.timer is timer and timer.isActive()
    alarm.arm(None, job)  # armed for no time: the timer rests
    qtbot.waitUntil(lambda: not timer.isActive())
    assert alarm.armed_for() is None and job.runs == []


def test_many_re_arms_leave_no_extra_timers(alarm, qapp, qtbot):
    """Each re-arm moves the one timer; none leaves a timer behind that fires for nothing.

    The earlier moments all lie before the last one: a timer left behind by any of them
    would fire (and be counted) before the job runs.
    """
    job, fired = Rings(), []
    alarm.timer.timeout.connect(lambda: fired.append(1))
    for step in range(200):
        alarm.arm(soon(100 + step), job)
        qapp.processEvents()  # let each re-arm reach the timer
    fired.clear()
    last = soon(400)
    alarm.arm(last, job)
    qtbot.waitUntil(lambda: bool(job.runs), timeout=5000)
    assert len(job.runs) == 1 and job.runs[0][0] >= last
    assert len(fired) <= 2  # the wake-up after arming, and the ring itself


def test_a_stopped_alarm_rings_no_more(qapp, qtbot):
    stopped, other = AlarmClock(), AlarmClock()
    stopped.start()
    other.start()
    quiet, rings = Rings(), Rings()
    stopped.arm(soon(50), quiet)
    other.arm(soon(150), rings)
    stopped.stop()
    assert not stopped.running and not stopped.timer.isActive() and stopped.armed_for() is None
    qtbot.waitUntil(lambda: bool(rings.runs), timeout=5000)  # well past the stopped one's moment
    assert quiet.runs == []
    other.stop()


# -- the lean import: in a fresh process each, as the app loads it --------------------------

def run_script(tmp_path: Path, *parts: str) -> list[str]:
    """Run the script made of ``parts`` (each indented as it likes); its output lines."""
    script = "\n".join(textwrap.dedent(part) for part in parts)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT,
                            capture_output=True, text=True, timeout=60,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                 "PYTHONPATH": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\n")


RING_ONCE = """
    from datetime import UTC, datetime
    from PySide6.QtCore import QTimer
    clock.start()
    clock.arm(datetime.now(UTC), app.quit)
    QTimer.singleShot(10_000, lambda: app.exit(1))
    assert app.exec() == 0, "the alarm did not ring"
    clock.stop()
"""

SETUP = """
    import logging, sys
    logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="LOG %(levelname)s %(message)s")
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from companion.services import scheduler
"""


def test_apscheduler_loads_without_what_it_does_not_need_and_nothing_keeps_a_stand_in(tmp_path):
    out = run_script(tmp_path, SETUP, """
        clock = scheduler.AlarmClock()
    """, RING_ONCE, """
        heavy = ("asyncio", "ssl", "importlib.metadata", "email", "csv", "multiprocessing",
                 "concurrent.futures", "apscheduler.executors.pool", "uuid", "platform")
        print("LOADED", [name for name in heavy if name in sys.modules])
        import asyncio, importlib.metadata, inspect, types, uuid
        import apscheduler, apscheduler.job, apscheduler.util, apscheduler.schedulers.base as base
        # No module holds a stand-in: every module-valued name is the module itself.
        kept = [f"{mod.__name__}.{attr}" for mod in list(sys.modules.values())
                for attr, value in list(vars(mod).items())
                if isinstance(value, types.ModuleType) and sys.modules.get(value.__name__) is not value
                and "stand-in" in (value.__doc__ or "").lower()]
        print("KEPT", kept)
        print("REAL", callable(asyncio.run), apscheduler.util.iscoroutinefunction is inspect.iscoroutinefunction,
              apscheduler.__version__ == importlib.metadata.version("APScheduler"),
              "date" in {ep.name for ep in base.entry_points(group="apscheduler.triggers")},
              isinstance(apscheduler.job.uuid4(), uuid.UUID))
    """)
    assert "LOADED []" in out
    assert "KEPT []" in out
    assert "REAL True True True True True" in out
    assert any("APScheduler loaded with stand-ins for asyncio, importlib.metadata, "
               "apscheduler.executors.pool, uuid (none kept)" in line for line in out)


def test_without_the_stand_ins_apscheduler_would_load_all_of_it(tmp_path):
    """The check above can fail: an ordinary import of APScheduler loads every one of them."""
    out = run_script(tmp_path, """
        import sys
        import apscheduler.schedulers.base
        print([name for name in ("asyncio", "importlib.metadata", "multiprocessing", "uuid") if name in sys.modules])
    """)
    assert out[0] == "['asyncio', 'importlib.metadata', 'multiprocessing', 'uuid']"


def test_a_module_that_keeps_a_stand_in_makes_it_fall_back_to_the_ordinary_import(tmp_path):
    (tmp_path / "keeper.py").write_text("import asyncio  # imported while APScheduler loads\n")
    out = run_script(tmp_path, SETUP, """
        ordinary = scheduler._import_parts
        def parts_and_a_keeper():
            import keeper  # noqa: F401
            return ordinary()
        scheduler._import_parts = parts_and_a_keeper
        clock = scheduler.AlarmClock()
    """, RING_ONCE, """
        import keeper
        print("KEEPER HAS", "the real asyncio" if callable(getattr(keeper.asyncio, "run", None)) else "a stand-in")
    """)
    assert "KEEPER HAS the real asyncio" in out
    assert any("APScheduler's lean import failed (StandInKept: something kept the stand-in for "
               "asyncio); importing it the ordinary way" in line for line in out)


def test_a_stand_in_that_no_longer_fits_makes_it_fall_back_to_the_ordinary_import(tmp_path):
    """As after an APScheduler upgrade that takes one more name from asyncio."""
    out = run_script(tmp_path, SETUP, """
        import types
        scheduler._STAND_INS["asyncio"] = lambda: types.ModuleType("asyncio", "Stand-in, empty")
        clock = scheduler.AlarmClock()
    """, RING_ONCE, """
        print("ASYNCIO", "real" if callable(getattr(sys.modules.get("asyncio"), "run", None)) else "missing")
    """)
    assert "ASYNCIO real" in out
    assert any("APScheduler's lean import failed (ImportError" in line and "the ordinary way" in line
               for line in out)
