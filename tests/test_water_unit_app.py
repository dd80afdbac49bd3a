"""End to end: a person who chose US fluid ounces logs a glass with a real second launch
(`main.py --log-water`) and the running app's Today and History say it in fluid ounces,
while the history keeps millilitres."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from instance_helpers import ROOT, in_thread

from companion.core import settings_file
from companion.core.history_words import Context, sentence
from companion.core.settings import Settings
from companion.services import paths
from companion.services.single_instance.place import server_name
from companion.services.single_instance.protocol import reading_requests
from companion.services.single_instance.server import InstanceServer


@pytest.mark.slow  # a real second launch (a Python process)
def test_a_glass_from_the_command_line_reads_8_fl_oz_on_today(qtbot, make_app):
    places = paths.resolve()
    settings_file.save(Settings(water_unit="fl oz", glass_ml=237), places.settings_file)
    app = make_app()
    # Served as __main__ serves later launches.
    server = InstanceServer(server_name(str(places.data_dir)))
    server.serve(reading_requests(app.commands.run_all))
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        launch = in_thread(qtbot, lambda: subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--log-water"], cwd=ROOT, env=env,
            timeout=60, capture_output=True))["value"]
    finally:
        server.close()
    assert launch.returncode == 0, launch.stderr.decode()

    [glass] = app.history.events(["water_logged"])
    assert (glass.data["ml"], glass.data["via"]) == (237, "command line")  # stored in ml
    assert app.home.today.water_label.text().startswith("1 of 8 glasses")
    assert app.home.today.water_detail.text() == "8 fl oz"
    assert sentence(glass, Context(app.tz)) == "Drank a glass of water (8 fl oz)"


def test_choosing_fluid_ounces_in_settings_changes_today_at_once_and_is_saved(make_app, qtbot):
    from companion.core.kinds import Action, Request
    app = make_app()
    app.commands.run(Request(Action.LOG_WATER))
    assert app.home.today.water_detail.text() == "250 ml"
    app.open_settings()
    dialog = app._settings_window
    qtbot.addWidget(dialog)
    dialog.unit.setCurrentIndex(dialog.unit.findData("fl oz"))
    assert app.home.today.water_detail.text() == "8 fl oz"
    saved = settings_file.load(paths.resolve().settings_file).settings
    assert (saved.water_unit, saved.glass_ml) == ("fl oz", 250)
    dialog.unit.setCurrentIndex(dialog.unit.findData(""))  # the desktop's (C: millilitres)
    assert app.home.today.water_detail.text() == "250 ml"
