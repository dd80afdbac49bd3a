"""Fitting into the desktop at start-up: menu entry, start at login, late tray, welcome.

Kept out of app.py so the composition root only calls ``on_start`` and
``settings_changed``; everything here is about the desktop around Companion.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from companion.core.i18n import translate
from companion.core.settings import Settings
from companion.services import autostart, desktop_entry

if TYPE_CHECKING:
    from companion.services.dbus import Buses
    from companion.ui.shell.home import Home
    from companion.ui.shell.welcome import WelcomeWindow

log = logging.getLogger(__name__)


class StartingApp(Protocol):
    """What fitting into the desktop uses of the running app (``app.Companion`` is one)."""

    @property
    def home(self) -> Home: ...               # the tray and Today; where notices go
    @property
    def buses(self) -> Buses: ...             # a tray announced on the session bus
    @property
    def settings(self) -> Settings: ...
    def apply_settings(self, new: Settings, made_from: Settings | None = None) -> None: ...
    def follow_colours(self) -> None: ...


#: How long a start at login waits for a tray before it shows the window instead.
TRAY_GRACE_MS = 30_000


def install_desktop_files(command: list[str] | None = None) -> str | None:
    """Menu entry and icons in place, start-at-login entry pointing here; a problem or None."""
    command = command or desktop_entry.launch_command()
    try:
        desktop_entry.install(command)
        autostart.refresh(command)
    except OSError as exc:
        log.warning("could not install desktop files: %s", exc)
        return translate("first run", "Companion could not add itself to the application menu "
                         "({problem}).").format(problem=exc.strerror or exc)
    return None


def on_start(app: StartingApp, at_login: bool, install: bool = True,
             tray_grace_ms: int = TRAY_GRACE_MS) -> None:
    """After start(): desktop files, a watch for a late tray, and the welcome once (not at
    login: a first start there waits for a start by hand)."""
    if install and (problem := install_desktop_files()):
        app.home.notices.append(problem)
    if not app.home.tray.available:
        watch_for_tray(app, show_window_if_none=at_login, grace_ms=tray_grace_ms)
    if at_login:
        log.info("started at login: no window; %s", "in the tray" if app.home.tray.available
                 else f"waiting up to {tray_grace_ms // 1000} s for a tray")
    elif not app.settings.welcome_done:
        show_welcome(app)


def watch_for_tray(app: StartingApp, show_window_if_none: bool, grace_ms: int) -> None:
    """Dock the icon when a tray appears; at login, show the window if none comes."""
    from companion.ui.shell.tray_watch import TrayWatcher
    # Polling the X11 tray every second is for a start at login, when the panel may come a
    # few seconds later; started by hand, Companion only listens for a tray announced on
    # D-Bus, so an app without a tray still never wakes up for nothing.
    watcher = TrayWatcher(app.buses.session, poll_ms=1000 if show_window_if_none else None,
                          grace_ms=grace_ms, parent=app.home)
    watcher.appeared.connect(app.home.tray.dock)
    watcher.appeared.connect(lambda: log.info("a system tray appeared; icon docked"))
    if show_window_if_none:
        # Without a tray the window is Companion's home, so it must not stay invisible.
        watcher.gave_up.connect(app.home.show_today)
    watcher.start()


def show_welcome(app: StartingApp) -> WelcomeWindow:
    """Open the first-run welcome; its answer becomes the app's settings."""
    from companion.ui.shell.welcome import WelcomeWindow
    app.follow_colours()
    shown = app.settings
    window = WelcomeWindow(shown, tray=app.home.tray.available)

    def answered(chosen: Settings) -> None:
        app.apply_settings(chosen, made_from=shown)
        # Then Today, so the welcome does not close onto an empty desktop: what Companion
        # shows day to day, with the choices just made.
        app.home.show_today()
    window.chosen.connect(answered)
    app.home.welcome = window  # a top-level window: keep a reference while it is open
    window.show()
    window.raise_()
    window.activateWindow()  # in front of a window the command line asked for
    return window


def settings_changed(old: Settings, new: Settings) -> str | None:
    """Write or remove the autostart entry when start at login changed; a problem or None."""
    # Nothing is written before the welcome is answered: a first run that is quit at once
    # must not leave Companion starting at every login.
    if not new.welcome_done:
        return None
    if old.welcome_done and old.start_at_login == new.start_at_login:
        return None
    try:
        autostart.set_enabled(new.start_at_login)
    except OSError as exc:
        log.warning("could not change start at login: %s", exc)
        return translate("first run", "Could not change start at login ({problem}).").format(
            problem=exc.strerror or exc)
    return None
