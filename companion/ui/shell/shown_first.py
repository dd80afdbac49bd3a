"""What a start shows first: the tray icon, in the person's words.

A start builds only this before the rest of Companion is even imported (``__main__``):
the icon's dock request leaves as soon as the icon is shown, so everything built before it
is time the person waits for the icon (issue 19: at most 1.3x a bare PySide6 tray program).
The words come before it because the menu and tooltip are written in them, and the
settings before the words because they may choose a language; reading them is cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import NamedTuple

from companion.core import wording
from companion.services import language
from companion.services.paths import Places
from companion.services.settings_store import SettingsStore
from companion.ui.shell.home import Home


class ShownFirst(NamedTuple):
    """The settings and the tray (with the Today window to come), for the app to adopt."""

    settings_store: SettingsStore
    home: Home


def show_first(places: Places, tz: tzinfo | None = None,
               confirm_quit: Callable[[], bool] | None = None) -> ShownFirst:
    """Words, settings and the tray icon (docked if there is a tray), in that order.

    ``tz``: the zone days are counted in; the system's (read afresh) when None.
    """
    if tz is None:
        import tzlocal
        tz = tzlocal.reload_localzone()  # afresh: an earlier look may be out of date
    # Words before anything has one to show: the desktop's language while the settings
    # are read (a problem in them is said in it), then the one they choose, if another,
    # before the tray menu, any window or notification exists.
    language.install(language.desktop_language())
    store = SettingsStore(places.settings_file)
    if (chosen := language.chosen(store.current.language)) != language.current():
        language.install(chosen)
    wording.choose_water_unit(store.current.water_unit)
    home = Home(tz, lambda: store.current.tray_hint_shown, confirm_quit)
    home.notices += store.start_up_notices
    return ShownFirst(store, home)
