"""The tray menu says where Companion stands, and the icon can be the monochrome drop."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtGui import QImage

from companion.core.kinds import Action, Request
from companion.core.status_line import status_line
from companion.ui.widgets import icons

TZ = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 4, 10, 20, tzinfo=TZ)


def test_the_menu_opens_with_a_status_line_kept_up_to_date(make_app):
    app = make_app()
    menu = app.home.tray.menu
    first = menu.actions()[0]
    assert first is app.home.tray.status and not first.isEnabled()  # read, not clicked
    assert first.text() == "Reminders on · next: water at 10:00"
    app.commands.run(Request(Action.PAUSE, "60"))
    assert first.text() == "Reminders paused until 10:50"


def test_the_status_line_names_the_soonest_reminder_or_the_one_held():
    times = {"hydration": NOW + timedelta(minutes=40), "stretch": NOW + timedelta(minutes=10),
             "breathing": None}
    assert status_line(times, False, NOW, TZ) == "Reminders on · next: stretch break at 10:30"
    assert status_line(times, False, NOW, TZ, held={"hydration": "in a call"}) == \
        "Reminders on · water waits: in a call"
    assert status_line({"hydration": NOW + timedelta(days=1)}, False, NOW, TZ) == \
        "Reminders on · next: water tomorrow 10:20"
    assert status_line({"hydration": None}, False, NOW, TZ) == "Reminders on · none planned"
    assert status_line(times, True, NOW, TZ) == "Reminders paused"


def test_gnome_gets_the_monochrome_drop_and_a_choice_overrides_the_guess(qapp):
    assert icons.panel_wants_symbolic({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"})
    assert not icons.panel_wants_symbolic({"XDG_CURRENT_DESKTOP": "XFCE"})
    assert icons.panel_wants_symbolic({"XDG_CURRENT_DESKTOP": "KDE", "COMPANION_TRAY_ICON": "symbolic"})
    assert not icons.panel_wants_symbolic({"XDG_CURRENT_DESKTOP": "GNOME", "COMPANION_TRAY_ICON": "colour"})
    running, _paused = icons.tray_icons({"XDG_CURRENT_DESKTOP": "GNOME"})
    image = running.pixmap(32, 32).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    inked = {image.pixelColor(x, y).rgb() for x in range(32) for y in range(32)
             if image.pixelColor(x, y).alpha() == 255}
    assert len(inked) == 1  # one ink, no teal: monochrome
