"""companion --vitals: the running copy logs one line of its vital signs."""

import json
import logging

from PySide6.QtCore import QObject, QTimer

from companion import cli, vitals
from companion.core.kinds import Action, Request


def test_vitals_is_a_hidden_action_for_the_running_copy(capsys):
    assert cli.actions(cli.parser().parse_args(["--vitals"])) == [Request(Action.VITALS)]
    cli.parser().print_help()
    assert "vitals" not in capsys.readouterr().out


def test_the_running_app_logs_its_vitals_in_one_line(make_app, caplog):
    app = make_app()
    with caplog.at_level(logging.INFO, logger="companion.vitals"):
        assert app.commands.run_all([Request(Action.VITALS)]) is None
    [line] = [r.getMessage() for r in caplog.records if r.name == "companion.vitals"]
    name, _, data = line.partition(" ")
    sample = json.loads(data)
    assert name == "vitals"
    assert sample["rss_kb"] > 10_000 and sample["fds"] > 2 and sample["threads"] >= 1
    assert sample["qobjects"] >= sample["widgets"] > 20  # the Today window's at least
    assert sample["python_objects"] > 10_000


def test_live_qobjects_counts_parentless_objects_and_their_children(qapp):
    before = vitals.sample()
    owner = QObject()
    timers = [QTimer(owner) for _ in range(7)]
    after = vitals.sample()
    assert after["qobjects"] - before["qobjects"] == 8
    assert after["qtimers"] - before["qtimers"] == 7
    del timers
    owner.deleteLater()
    del owner
