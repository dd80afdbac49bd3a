"""On a German desktop (LANG=de_DE.UTF-8, no language chosen in Settings), the real app as a
user starts it (main.py) speaks German: its Today window, read over AT-SPI as a screen reader
reads it, names the day in German."""

from __future__ import annotations

from datetime import date

from companion.core.wording import date_text
from tests.a11y.launch_helpers import at_spi, launch_env, running


def test_a_german_desktop_gets_companion_in_german(desktop, companion_home, tmp_path, language):
    env = launch_env(desktop, drop=("LC_ALL", "LANGUAGE", "LC_MESSAGES", "LC_TIME"), LANG="de_DE.UTF-8")
    language("de")
    today = date_text(date.today())  # "Freitag, 4. Dezember": the app runs on the same clock
    language("en")
    assert today != date_text(date.today())
    with running(env, tmp_path / "app.log"):
        # No tray on this display: the Today window opens, as Companion's home.
        assert at_spi(env, ["is", "label", today]) == [today]
