"""Presence: whether the person is at the computer, busy, or away (see INTEGRATION.md).

Import :class:`~companion.services.presence.monitor.PresenceMonitor` from its module;
this package imports nothing on its own so that loading it costs nothing at start-up.
"""
