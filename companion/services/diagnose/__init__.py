"""What works on this desktop and what does not, each with what to install or change.

``companion --diagnose`` prints these facts without starting Companion (``command``); the
About this system page shows the same list (``SystemCheck`` in ``system_check``, which
takes the running app's presence facts instead of starting a second monitor). The quick
local checks are ``local``, the questions to D-Bus ``bus_questions`` (asked without
blocking), speech and sound ``media``. No check needs a display or raises: a check that
fails is itself a fact.
"""
