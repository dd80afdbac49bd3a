"""Notices a system tray that appears after Companion started.

At login Companion may start before the panel that hosts tray icons. Instead of deciding
once, it keeps looking for a while: a StatusNotifierItem host announcing itself on the
session bus is noticed at once; an X11 tray (the _NET_SYSTEM_TRAY_S0 selection owner,
which Qt checks in isSystemTrayAvailable) is looked for every second.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

SNI_WATCHER = "org.kde.StatusNotifierWatcher"


def _tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon
    return QSystemTrayIcon.isSystemTrayAvailable()


class TrayWatcher(QObject):
    """Emits ``appeared`` once a tray shows up, or ``gave_up`` after ``grace_ms`` without one."""

    appeared = Signal()
    gave_up = Signal()

    def __init__(self, probe: Callable[[], bool] = _tray_available, poll_ms: int | None = 1000,
                 grace_ms: int = 30_000, parent: QObject | None = None):
        super().__init__(parent)
        self._probe = probe
        # poll_ms None: only the D-Bus announcement is watched, so nothing wakes the app.
        self._poll = QTimer(self)
        self._polling = poll_ms is not None
        self._poll.setInterval(poll_ms or 0)
        self._poll.timeout.connect(self.check)
        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.setInterval(grace_ms)
        self._grace.timeout.connect(self._give_up)
        self._bus_watch = None
        self.found = False

    def start(self) -> None:
        """Start looking (and look once right away)."""
        self._watch_bus()
        if self._polling:
            self._poll.start()
        self._grace.start()
        self.check()

    def _watch_bus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher
            bus = QDBusConnection.sessionBus()
            if not bus.isConnected():
                return
            self._bus_watch = QDBusServiceWatcher(
                SNI_WATCHER, bus, QDBusServiceWatcher.WatchModeFlag.WatchForRegistration, self)
            self._bus_watch.serviceRegistered.connect(lambda _name: self.check())
        except Exception:  # no QtDBus or no bus: polling still finds an X11 tray
            self._bus_watch = None

    def check(self) -> bool:
        """Look now; True (and ``appeared`` emitted once) when a tray is there."""
        if not self.found and self._probe():
            self.found = True
            self._poll.stop()
            self._grace.stop()
            self.appeared.emit()
        return self.found

    def _give_up(self) -> None:
        # Polling stops (it costs a round trip to the display each time); a tray host that
        # registers on D-Bus later is still noticed.
        self._poll.stop()
        if not self.found:
            self.gave_up.emit()
