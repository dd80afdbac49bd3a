"""`companion --stats` through the real processes: a second launch hands the request to the
running copy (main.py, as a user starts it), which opens the Statistics window; read back
over AT-SPI, as a screen reader finds it."""

from __future__ import annotations

from datetime import date

from companion.core.statistics import View, span_of
from companion.core.wording import date_text
from tests.a11y.launch_helpers import at_spi, companion, launch_env, running


def test_dash_dash_stats_opens_the_statistics_in_the_running_copy(desktop, companion_home, tmp_path):
    env = launch_env(desktop)
    with running(env, tmp_path / "app.log"):
        # No tray on this display: the Today window is the home, and shows it is up.
        assert at_spi(env, ["read", "push button", "Statistics"]) == ["Statistics"]
        companion(env, "--stats")
        week = span_of(View.WEEK, date.today())  # the app runs on the same clock
        monday = date_text(week.first)
        done = at_spi(env, ["read", "list", "Water per day"], ["read", "label", week.title()],
                      ["is", "list item", monday])
        assert done == ["Water per day", week.title(), monday]
