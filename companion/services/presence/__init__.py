"""Presence: whether the person is at the computer, busy, or away (see INTEGRATION.md).

Import :class:`~companion.services.presence.monitor.PresenceMonitor` from its module;
this package imports nothing on its own so that loading it costs nothing at start-up.
"""

from __future__ import annotations


def describe_sources(choices=None, **monitor_args) -> list[str]:
    """One line per presence source: what it uses on this desktop, or why it is not available.

    For ``--diagnose``: starts a monitor (every source on unless ``choices`` says otherwise),
    reads what each source found, and stops it again. Needs a QCoreApplication.
    """
    from .monitor import PresenceChoices, PresenceMonitor

    monitor = PresenceMonitor(choices or PresenceChoices(), **monitor_args)
    monitor.start()
    try:
        return [str(status) if status.available else f"{status.what} (not available): {status.how}"
                for status in monitor.describe()]
    finally:
        monitor.stop()
