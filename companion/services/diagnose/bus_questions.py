"""What the diagnosis asks D-Bus, asked without waiting: a tray host, the notification
server and what it can show, logind. Answers come back through Qt's event loop (the
presence Bus's ``ask``), so neither the About page nor --diagnose blocks on a slow bus."""

from __future__ import annotations

import logging
from typing import Any

from jeepney import DBusAddress, message_bus, new_method_call
from jeepney.wrappers import unwrap_msg
from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.i18n import translate
from companion.services import dbus as buses

from .facts import Fact, short

log = logging.getLogger(__name__)

TIMEOUT_MS = 3000  # for every answer together; a desktop's bus answers in milliseconds
SNI_WATCHER = "org.kde.StatusNotifierWatcher"
LOGIND = "org.freedesktop.login1"
NOTIFICATIONS = DBusAddress("/org/freedesktop/Notifications",
                            bus_name="org.freedesktop.Notifications",
                            interface="org.freedesktop.Notifications")
_NOT_ASKED = "not asked"


class BusQuestions(QObject):
    """Asks once (``start``); ``answered`` when every answer is in or time is up. Then the
    facts are read with ``tray``, ``notifications`` and ``sleep``."""

    answered = Signal()

    def __init__(self, session_bus: str | None = None, system_bus: str | None = None,
                 timeout_ms: int = TIMEOUT_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._addresses = (session_bus, system_bus)
        self.timeout_ms = timeout_ms
        self._answers: dict[str, Any] = {}  # question -> reply body, or the error
        self._buses: list[buses.Bus] = []
        self._deadline = QTimer(self, singleShot=True, interval=timeout_ms)
        self._deadline.timeout.connect(self._done)
        self.session_address = session_bus or buses.session_address()

    def start(self) -> None:
        session = self._bus(self.session_address)
        system = self._bus(self._addresses[1] or buses.system_address())
        self._ask(session, "sni", message_bus.NameHasOwner(SNI_WATCHER))
        self._ask(session, "caps", new_method_call(NOTIFICATIONS, "GetCapabilities"))
        self._ask(session, "server", new_method_call(NOTIFICATIONS, "GetServerInformation"))
        self._ask(system, "logind", message_bus.NameHasOwner(LOGIND))
        if self._pending():
            self._deadline.start()
        else:
            QTimer.singleShot(0, self, self._done)  # nothing to wait for: answered at once

    def _bus(self, address: str | None) -> buses.Bus:
        bus = buses.Bus(address, self)  # not reachable: a Bus without a connection
        self._buses.append(bus)
        return bus

    def _ask(self, bus: buses.Bus, question: str, message) -> None:
        self._answers[question] = None  # pending
        if not bus.ask(message, lambda reply: self._reply(question, reply)):
            self._answers[question] = ConnectionError("the bus is not reachable")

    def _reply(self, question: str, reply) -> None:
        try:
            self._answers[question] = unwrap_msg(reply)
        except Exception as exc:  # an error reply: the name has no owner, no such method...
            self._answers[question] = exc
        if not self._pending():
            self._done()

    def _pending(self) -> list[str]:
        return [question for question, answer in self._answers.items() if answer is None]

    def _done(self) -> None:
        if not self._buses:
            return  # answered already
        self._deadline.stop()
        for question in self._pending():
            self._answers[question] = TimeoutError(f"no answer within {self.timeout_ms / 1000:g} s")
        for bus in self._buses:
            bus.close()
        self._buses.clear()
        self.answered.emit()

    def _answer(self, question: str) -> tuple:
        """The reply's body; raises the error it got instead."""
        answer = self._answers.get(question, LookupError(_NOT_ASKED))
        if isinstance(answer, Exception):
            raise answer
        return answer

    # -- the facts ----------------------------------------------------------------------
    def tray(self, x11: bool | None) -> Fact:
        """Is there a system tray for Companion's icon? (``x11``: an X11 tray was found)"""
        try:
            sni = bool(self._answer("sni")[0])
        except Exception:
            sni = False
        topic = translate("diagnose", "System tray")
        if sni or x11:
            if sni:
                return Fact(topic, True, translate("diagnose", "found: StatusNotifierItem host on D-Bus"))
            return Fact(topic, True, translate("diagnose", "found: X11 system tray (XEmbed)"))
        where = (translate("diagnose", "no X11 tray and no {watcher} on the session bus") if x11 is False
                 else translate("diagnose", "no X display, and no {watcher} on the session bus"))
        return Fact(topic, False, where.format(watcher=SNI_WATCHER),
                    translate("diagnose", "Companion lives in its window instead. On GNOME install the "
                              "'AppIndicator and KStatusNotifierItem Support' extension "
                              "(gnome-shell-extension-appindicator); other desktops need a tray or "
                              "panel applet (e.g. trayer, stalonetray, or the panel's system tray "
                              "widget)."))

    def notifications(self) -> Fact:
        """Is there a notification server, and can it show buttons?"""
        topic = translate("diagnose", "Notifications")
        advice = translate("diagnose", "Without it Companion shows its own small reminder windows. "
                           "Install and run a notification daemon (e.g. dunst, mako, xfce4-notifyd); "
                           "desktops like GNOME and KDE have one built in.")
        if not self.session_address:
            return Fact(topic, False, translate("diagnose", "no D-Bus session bus "
                                                "(DBUS_SESSION_BUS_ADDRESS is not set)"),
                        translate("diagnose", "Start Companion from a desktop session, or install "
                                  "dbus-x11. {advice}").format(advice=advice))
        try:
            (caps,) = self._answer("caps")
            name, vendor, version, _ = self._answer("server")
        except Exception as exc:
            return Fact(topic, False, translate("diagnose", "no notification server answered "
                                                "({problem})").format(problem=short(exc)), advice)
        server = f"{name} {version}".strip()
        if "actions" in caps:
            return Fact(topic, True, translate("diagnose", "{server}, with buttons (actions)").format(
                server=server))
        return Fact(topic, False, translate("diagnose", "{server}, but it cannot show buttons").format(
            server=server),
                    translate("diagnose", "Reminders appear as Companion's own windows so Snooze and "
                              "Skip still work; a server with actions (dunst, mako, GNOME, KDE) shows "
                              "them natively."))

    def sleep(self) -> Fact:
        """Will Companion hear when the computer wakes from sleep (logind)?"""
        topic = translate("diagnose", "Sleep and resume")
        try:
            (found,) = self._answer("logind")
        except Exception as exc:
            return Fact(topic, False, translate("diagnose", "system bus not reachable ({problem})"
                                                ).format(problem=short(exc)),
                        translate("diagnose", "Companion still catches up after sleep from the clock; "
                                  "with systemd-logind running (install systemd and dbus) it notices "
                                  "at once."))
        if found:
            return Fact(topic, True, translate("diagnose", "systemd-logind is on the system bus"))
        return Fact(topic, False, translate("diagnose", "{service} is not on the system bus").format(
            service=LOGIND),
                    translate("diagnose", "Companion still catches up after sleep from the clock; "
                              "install or start systemd-logind (or elogind) to be told at once."))
