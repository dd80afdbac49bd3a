"""Screenshots of every window of the app, as PNGs, for looking at what changed.

    python tests/shots.py OUTDIR [--dark | --palette hc-dark] [--scale 2] [--screen 1366x768] [--prefix before-]
                                 [--language de] [--only today settings-general ...]

Runs on Qt's offscreen platform with a screen of the given size (no display needed), in a
fresh app with a little history, at the default font times ``--scale``. Each window (or
state of one, see ``window_tour.WINDOWS``) becomes OUTDIR/<prefix><name>.png, and the
layout problems found in it (see ``window_tour.window_problems``) are printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import window_tour  # noqa: E402 - found through the line above when run as a script


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--dark", action="store_true", help="a dark palette (--palette dark)")
    parser.add_argument("--palette", default="light", help="light, dark, hc-light or hc-dark")
    parser.add_argument("--scale", type=float, default=1.0, help="font size, times the default")
    parser.add_argument("--screen", default="1366x768", help="WIDTHxHEIGHT of the screen")
    parser.add_argument("--prefix", default="", help="put before each file name")
    parser.add_argument("--only", nargs="*", default=None, help="just these windows")
    parser.add_argument("--language", default="en", help="Companion's language: en, de, id")
    args = parser.parse_args(argv)
    window_tour.reexec_on_screen(*window_tour.parse_screen(args.screen))
    window_tour.start_qt(args.scale, "dark" if args.dark else args.palette)
    args.outdir.mkdir(parents=True, exist_ok=True)

    def shoot(name: str, window) -> None:
        path = args.outdir / f"{args.prefix}{name}.png"
        window.grab().save(str(path))
        problems = window_tour.window_problems(window)
        size = window.frameGeometry()
        print(f"{path}  {size.width()}x{size.height()}" + "".join(f"\n    {p}" for p in problems))

    window_tour.run(tuple(args.only or window_tour.WINDOWS), shoot, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
