"""Prints, as JSON, what is cut off on the break screen in each shipped language, for
test_languages.py: ``languages_host.py WIDTHxHEIGHT SCALE``.

It runs in a process of its own (window_tour.reexec_on_screen) so that Qt's offscreen
platform has a screen of the size under test, with the app font times SCALE.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, for window_tour

import window_tour  # noqa: E402 - found through the line above


def main() -> int:
    size, scale = sys.argv[1], float(sys.argv[2])
    window_tour.reexec_on_screen(*window_tour.parse_screen(size))
    window_tour.start_qt(scale)
    from companion.ui.widgets.colors import follow_system_colours
    follow_system_colours()  # the look the app puts on with its first window
    from companion.core.breaks import BreakRules, Used, offer
    from companion.services import language
    from companion.ui.breakscreen.content import break_content
    from companion.ui.breakscreen.screen import BreakScreen
    rules = BreakRules()
    found: dict[str, list[str]] = {}
    for code in language.SHIPPED:
        language.install(code)
        for kind in ("stretch", "breathing"):
            # Everything offered, and Postpone used up (its reason takes two more lines).
            for used in (Used(), Used(postpones=rules.postpone_limit)):
                screen = BreakScreen(break_content(kind, None, None), rules, offer(rules, used), 10,
                                     reduced_motion=True)
                screen.show()
                window_tour.settle()
                assert screen.panel is not None  # (one screen: the main one)
                # A fullscreen cover has no title bar: that note is no problem here.
                found[f"{code} {kind} postponed {used.postpones}"] = [
                    problem for problem in window_tour.window_problems(screen.panel) if "title bar" not in problem]
                screen.end()
                window_tour.settle()
    print(json.dumps(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
