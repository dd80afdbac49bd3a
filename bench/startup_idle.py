"""Start-up time, memory and idle cost of Companion against a bare PySide6 tray program.

Runs both under one Xvfb (with openbox as the window manager when installed), alternating,
and prints for each: seconds from launch until it is up, and the CPU time (all threads)
the process had used by then (far less sensitive than the seconds to what else runs); RSS,
PSS, USS and anonymous memory (the Python heap and malloc: what imports and objects cost)
a settling time after that (25 s by default, so services, presence sources and lazy
initialisation have all run); then CPU seconds and context switches (all threads) over an
idle period. Two settings, each with its own table:

- tray: a system tray (trayer) is running, as on a desktop; "up" is the tray icon docked
  in it. Neither program opens a window (Companion starts as at login, ``--autostart``).
- window: no system tray; "up" is the window mapped (Companion's Today window, the
  baseline's label).

Usage:  .venv/bin/python bench/startup_idle.py [--runs 3] [--settle 25] [--idle 60]
            [--mode tray|window|both] [--compare OTHER_CHECKOUT ...] [--display :97]

USS counts a shared library's pages as private when no other process maps the same file,
as with a venv's own PySide6; they are the same for both programs, so the difference in
MiB is the figure that travels between machines, and the ratios move with what else runs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
CLK = os.sysconf("SC_CLK_TCK")


def window_up(title: str, display: str) -> bool:
    return f'"{title}"' in tree(display)


def tray_icon_up(display: str) -> bool:
    """True once some program's icon window is docked inside trayer's panel."""
    lines = tree(display).splitlines()
    for i, line in enumerate(lines):
        if '"panel": ("panel" "trayer")' in line:
            depth = len(line) - len(line.lstrip())
            for inner in lines[i + 1:]:
                if inner.strip() and len(inner) - len(inner.lstrip()) <= depth:
                    return False
                if re.match(r'\s*0x[0-9a-f]+ "[^"]+":', inner):
                    return True  # a named window (the icon) below the panel
    return False


def tree(display: str) -> str:
    return subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                          env={**os.environ, "DISPLAY": display}).stdout


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK  # utime + stime


def cpu_ns(pid: int) -> int:
    """CPU time so far, all threads, in nanoseconds (the scheduler's own count, not ticks)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except OSError:
            continue  # the thread ended while we looked (its time is lost: a few ms at most)
    return total


def switches(pid: int) -> dict[str, int]:
    """Context switches so far, per thread (threads come and go, so compare per thread)."""
    counts = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            lines = (task / "status").read_text().splitlines()
        except OSError:
            continue  # the thread ended while we looked
        counts[task.name] = sum(int(line.split()[1]) for line in lines if line.startswith(
            ("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")))
    return counts


def memory_kb(pid: int) -> tuple[int, int, int, int]:
    """RSS, PSS, USS (private pages: what ending the process would free) and anonymous memory, in KiB.

    PSS splits shared pages among the processes sharing them, so it moves with whatever
    else runs on the machine; anonymous memory (heap, Python objects) does not.
    """
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        name, _, value = line.partition(":")
        if value.strip().endswith("kB"):
            fields[name] = int(value.split()[0])
    return (fields["Rss"], fields["Pss"], fields["Private_Clean"] + fields["Private_Dirty"],
            fields["Anonymous"])


def measure(cmd: list[str], up, env: dict, settle: float, idle: float) -> dict:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not up():
            if proc.poll() is not None or time.perf_counter() - start > 30:
                raise RuntimeError(f"{cmd} did not come up (exit {proc.poll()})")
            time.sleep(0.005)
        up = time.perf_counter() - start
        up_cpu = cpu_ns(proc.pid) / 1e9  # far less sensitive to other load than the seconds
        time.sleep(settle)  # services, presence sources, first paint, font caches
        rss, pss, uss, anon = memory_kb(proc.pid)
        cpu0, sw0 = cpu_seconds(proc.pid), switches(proc.pid)
        time.sleep(idle)
        cpu1, sw1 = cpu_seconds(proc.pid), switches(proc.pid)
        idle_switches = sum(n - sw0.get(tid, 0) for tid, n in sw1.items())
    finally:
        proc.terminate()
        proc.wait(10)
    return {"start_s": up, "start_cpu_s": up_cpu, "rss_mb": rss / 1024, "pss_mb": pss / 1024,
            "uss_mb": uss / 1024, "anon_mb": anon / 1024, "idle_cpu_s": cpu1 - cpu0, "idle_switches": idle_switches}


def returning_user(home: Path) -> None:
    """Settings of someone who has used Companion before: no first-run welcome window.

    A first start (welcome, menu entry and icons written) happens once; every later start
    at login is what this bench is about.
    """
    sys.path.insert(0, str(ROOT))
    from companion.core.settings_schema import SCHEMA_VERSION

    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "settings.json").write_text(
        f'{{"schema_version": {SCHEMA_VERSION}, "welcome_done": true, "start_at_login": false}}')


def run_mode(mode: str, display: str, runs: int, settle: float, idle: float,
             compare: list[Path]) -> None:
    tray = None
    if mode == "tray":
        tray = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--height", "32"],
                                env={**os.environ, "DISPLAY": display},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
    checkouts = {"companion": ROOT, **{f"#{i + 1}": path for i, path in enumerate(compare)}}
    results: dict[str, list[dict]] = {"baseline": [], **{name: [] for name in checkouts}}
    try:
        for run in range(runs):
            for name in results:  # alternate so drift hits all
                home = tempfile.mkdtemp(prefix="companion-bench-")
                returning_user(Path(home))
                env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                       "COMPANION_HOME": home, "XDG_RUNTIME_DIR": home}
                env.pop("DBUS_SESSION_BUS_ADDRESS", None)
                if name == "baseline":
                    cmd, title = [PY, str(ROOT / "bench" / "baseline_tray.py"), "Baseline"], "Baseline"
                else:  # main.py runs the checkout it sits in, with this venv's packages
                    cmd, title = [PY, str(checkouts[name] / "main.py")], "Today — Companion"
                    if mode == "tray":  # the start at login; started by hand it opens Today
                        cmd.append("--autostart")
                if mode == "tray":
                    up = lambda: tray_icon_up(display)  # noqa: E731
                else:
                    up = lambda t=title: window_up(t, display)  # noqa: E731
                results[name].append(measure(cmd, up, env, settle, idle))
                if mode == "tray" and window_up(title, display):
                    raise RuntimeError(f"{name} opened a window although a tray is running")
                shutil.rmtree(home, ignore_errors=True)
                print(f"{mode} run {run + 1} {name}: {results[name][-1]}", file=sys.stderr)
    finally:
        if tray is not None:
            tray.terminate()
            tray.wait(10)
    keys = ("start_s", "start_cpu_s", "rss_mb", "pss_mb", "uss_mb", "anon_mb", "idle_cpu_s",
            "idle_switches")
    print(f"\n{mode}: " + ("system tray running, up = icon docked" if mode == "tray"
                           else "no system tray, up = window mapped"))
    print(f"{'':12}" + "".join(f"{k:>15}" for k in keys))
    med = {n: {k: statistics.median(r[k] for r in rs) for k in keys} for n, rs in results.items()}
    mins = {n: {k: min(r[k] for r in rs) for k in keys} for n, rs in results.items()}
    print(f"{'baseline':12}" + "".join(f"{med['baseline'][k]:>15.3f}" for k in keys))
    for name in checkouts:
        ratio = {k: med[name][k] / med["baseline"][k] if med["baseline"][k] else float("nan")
                 for k in keys}
        print(f"{name:12}" + "".join(f"{med[name][k]:>15.3f}" for k in keys))
        print(f"{'  ratio':12}" + "".join(f"{ratio[k]:>15.2f}" for k in keys))
        print(f"{'  more MiB/s':12}" + "".join(f"{med[name][k] - med['baseline'][k]:>15.3f}" for k in keys))
    for name in results:
        print(f"{name + ' min':12}" + "".join(f"{mins[name][k]:>15.3f}" for k in keys))
    for i, path in enumerate(compare):
        print(f"#{i + 1} = {path}")
    print(f"(median of {runs} alternating runs; memory {settle:.0f} s after it was up, "
          f"then {idle:.0f} s idle)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--settle", type=float, default=25.0,
                    help="seconds from 'up' to the memory reading")
    ap.add_argument("--idle", type=float, default=60.0)
    ap.add_argument("--mode", choices=("tray", "window", "both"), default="both")
    ap.add_argument("--compare", type=Path, action="append", default=[], metavar="CHECKOUT",
                    help="also measure another checkout (e.g. a git worktree of an older commit)")
    ap.add_argument("--display", default=":97", help="the X display number for its Xvfb")
    args = ap.parse_args()
    needed = ["Xvfb", "xwininfo"] + (["trayer"] if args.mode != "window" else [])
    if missing := [tool for tool in needed if not shutil.which(tool)]:
        sys.exit(f"needs {', '.join(missing)}: run `bash .ci/bootstrap --tests` first")
    # Measure the steady state a user has after the first run: bytecode cached for the
    # app (a sandbox may set PYTHONDONTWRITEBYTECODE, which would recompile edited files
    # at every launch).
    for checkout in (ROOT, *args.compare):
        subprocess.run([PY, "-m", "compileall", "-q", str(checkout / "companion")], check=True)
    display = args.display
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    wm = None
    if shutil.which("openbox"):  # a desktop has a window manager; the issue measured with openbox
        wm = subprocess.Popen(["openbox", "--sm-disable"], env={**os.environ, "DISPLAY": display},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
    print(f"window manager: {'openbox' if wm else 'none'}", file=sys.stderr)
    try:
        for mode in (("tray", "window") if args.mode == "both" else (args.mode,)):
            run_mode(mode, display, args.runs, args.settle, args.idle, args.compare)
    finally:
        if wm is not None:
            wm.terminate()
        xvfb.terminate()


if __name__ == "__main__":
    main()
