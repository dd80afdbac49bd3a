"""``companion --diagnose``: print what works on this desktop, without starting Companion.

Needs no display: a QCoreApplication (no windows) runs the checks' event loop, and a
presence monitor of its own is started for the report and stopped again.
"""

from __future__ import annotations

import os
import sys

from .facts import Fact, report


def gather() -> list[Fact]:
    """Every fact, as the About page shows them (with a presence monitor of its own)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from companion.core.clock import utc_now
    from companion.services.dbus import Buses
    from companion.services.gnome_breaks import GnomeBreaks
    from companion.services.presence.monitor import PresenceMonitor

    from .system_check import SystemCheck

    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    buses = Buses()
    monitor = PresenceMonitor(buses=buses)
    monitor.start()
    # GNOME's own break reminders answer while the other checks run (without waiting).
    desktop_breaks = GnomeBreaks(buses.session, utc_now)
    desktop_breaks.start()
    facts: list[Fact] = []
    loop = QEventLoop()
    check = SystemCheck(lambda: [*monitor.describe(), desktop_breaks.status()])
    check.finished.connect(facts.extend)
    check.finished.connect(loop.quit)
    try:
        check.start()
        if check.running:
            loop.exec()
    finally:
        desktop_breaks.stop()
        monitor.stop()
        buses.close()
    return facts


def main() -> int:
    """Print the diagnosis; 0 even when something is missing."""
    # Qt's multimedia and the speech library complain on stderr while they are probed;
    # what they found is in the facts, so the terminal shows only the report.
    sys.stdout.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as quiet:
            os.dup2(quiet.fileno(), 2)
            facts = gather()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
    print(report(facts))
    return 0
