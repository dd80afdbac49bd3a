"""Presence: whether the person is at the computer, busy, or away.

The app (``app.py``) builds a ``monitor.PresenceMonitor`` with the sources the user allows
(``settings``: Settings -> ``PresenceChoices`` and ``core.activity.PresenceRules``), and a
``gate.PresenceGate`` that the reminder service asks before it shows a prompt: the gate
feeds the monitor's facts to ``core.activity.ActivityModel``, holds a prompt while the
person is away or busy, and releases it, records it missed, or lets a natural break cover
it. ``call_pause`` ends an "until this call ends" pause.

The sources: idle (``gnome_idle``: Mutter's IdleMonitor; else ``x11_idle``: XSync
alarms), screen lock (``screen_lock``, and logind's LockedHint in ``logind``), sleep
(``logind``), do not disturb (``dnd``), fullscreen (``fullscreen``, X11) and calls
(``call``: camera and microphone in use). Idle, lock and sleep arrive as signals; the
others are asked only when a reminder is due. ``bus`` is the jeepney connection they share
(read through a QSocketNotifier), ``x11`` the little of Xlib they need, ``status`` what
each found on this desktop (shown in Settings and About this system).

Import each part from its module: this package imports nothing on its own, so that
loading it costs nothing at start-up.
"""
