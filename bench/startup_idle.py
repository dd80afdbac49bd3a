"""Start-up time, memory and idle cost of Companion against a bare PySide6 tray program.

Runs both under one Xvfb, alternating, and prints for each: seconds from launch until
its window is mapped, RSS and PSS after settling, and CPU seconds and context switches
(all threads) over an idle period. Usage:

    .venv/bin/python bench/startup_idle.py [--runs 3] [--idle 60]
"""

from __future__ import annotations

import argparse
import os
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
    out = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                         env={**os.environ, "DISPLAY": display}).stdout
    return f'"{title}"' in out


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK  # utime + stime


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


def memory_kb(pid: int) -> tuple[int, int]:
    rss = pss = 0
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Rss:"):
            rss = int(line.split()[1])
        elif line.startswith("Pss:"):
            pss = int(line.split()[1])
    return rss, pss


def measure(cmd: list[str], title: str, env: dict, idle: float) -> dict:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not window_up(title, env["DISPLAY"]):
            if proc.poll() is not None or time.perf_counter() - start > 30:
                raise RuntimeError(f"{cmd} did not show its window (exit {proc.poll()})")
            time.sleep(0.005)
        up = time.perf_counter() - start
        time.sleep(3)  # settle: lazy initialisation, first paint, font caches
        rss, pss = memory_kb(proc.pid)
        cpu0, sw0 = cpu_seconds(proc.pid), switches(proc.pid)
        time.sleep(idle)
        cpu1, sw1 = cpu_seconds(proc.pid), switches(proc.pid)
        idle_switches = sum(n - sw0.get(tid, 0) for tid, n in sw1.items())
    finally:
        proc.terminate()
        proc.wait(10)
    return {"start_s": up, "rss_mb": rss / 1024, "pss_mb": pss / 1024,
            "idle_cpu_s": cpu1 - cpu0, "idle_switches": idle_switches}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--idle", type=float, default=60.0)
    args = ap.parse_args()
    if not shutil.which("Xvfb") or not shutil.which("xwininfo"):
        sys.exit("needs Xvfb and xwininfo: run `bash .ci/bootstrap --tests` first")
    display = ":97"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    results: dict[str, list[dict]] = {"baseline": [], "companion": []}
    try:
        for run in range(args.runs):
            for name in ("baseline", "companion"):  # alternate so drift hits both
                home = tempfile.mkdtemp(prefix="companion-bench-")
                env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                       "COMPANION_HOME": home}
                env.pop("DBUS_SESSION_BUS_ADDRESS", None)
                if name == "baseline":
                    cmd, title = [PY, str(ROOT / "bench" / "baseline_tray.py"), "Baseline"], "Baseline"
                else:
                    cmd, title = [PY, str(ROOT / "main.py")], "Companion — Today"
                results[name].append(measure(cmd, title, env, args.idle))
                shutil.rmtree(home, ignore_errors=True)
                print(f"run {run + 1} {name}: {results[name][-1]}", file=sys.stderr)
    finally:
        xvfb.terminate()
    keys = ("start_s", "rss_mb", "pss_mb", "idle_cpu_s", "idle_switches")
    print(f"{'':12}" + "".join(f"{k:>15}" for k in keys))
    med = {n: {k: statistics.median(r[k] for r in rs) for k in keys} for n, rs in results.items()}
    for name in ("baseline", "companion"):
        print(f"{name:12}" + "".join(f"{med[name][k]:>15.3f}" for k in keys))
    ratio = {k: med["companion"][k] / med["baseline"][k] if med["baseline"][k] else float("nan")
             for k in keys}
    print(f"{'ratio':12}" + "".join(f"{ratio[k]:>15.2f}" for k in keys))
    print(f"(median of {args.runs} alternating runs, {args.idle:.0f} s idle each)")


if __name__ == "__main__":
    main()
