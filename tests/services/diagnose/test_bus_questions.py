"""D-Bus is asked without waiting: a bus or a server that never answers is a finding, and
Qt's event loop (the About page's window) keeps running meanwhile."""

from __future__ import annotations

import subprocess
import sys
import time

from desktop_helpers import stop
from PySide6.QtCore import QTimer

from companion.services.diagnose.bus_questions import BusQuestions

# Owns the notification server's name on the bus and never answers anything.
SILENT_SERVER = r"""
import sys
from jeepney import message_bus
from jeepney.io.blocking import open_dbus_connection
conn = open_dbus_connection(sys.argv[1])
conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"))
print("ready", flush=True)
sys.stdin.read()
"""


def ask(qtbot, **kwargs) -> tuple[BusQuestions, float, float]:
    """Ask, and wait for every answer: the questions, the seconds it took, and the longest
    the event loop went without running a 20 ms timer meanwhile."""
    questions = BusQuestions(**kwargs)
    ticks = [time.monotonic()]
    ticker = QTimer(interval=20)
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start()
    began = time.monotonic()
    with qtbot.waitSignal(questions.answered, timeout=10_000):
        questions.start()
    ticker.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    return questions, time.monotonic() - began, max(gaps, default=0)


def test_a_notification_server_that_never_answers_is_reported_without_freezing(
        qtbot, private_bus):
    server = subprocess.Popen([sys.executable, "-c", SILENT_SERVER, private_bus],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout.readline().strip() == "ready"
        questions, took, longest_gap = ask(qtbot, session_bus=private_bus,
                                           system_bus=private_bus, timeout_ms=800)
    finally:
        stop(server)
    fact = questions.notifications()
    assert not fact.ok
    assert fact.detail == "no notification server answered (no answer within 0.8 s)"
    assert questions.sleep().detail == "org.freedesktop.login1 is not on the system bus"
    assert 0.7 < took < 5
    assert longest_gap < 0.3  # the loop ran all along


def test_a_bus_that_never_answers_is_a_finding_not_a_hang(qtbot, tmp_path):
    import socket
    silent = socket.socket(socket.AF_UNIX)
    silent.bind(str(tmp_path / "bus"))
    silent.listen()
    try:
        questions, took, _ = ask(qtbot, session_bus=f"unix:path={tmp_path / 'bus'}",
                                 system_bus=f"unix:path={tmp_path / 'bus'}")
    finally:
        silent.close()
    fact = questions.notifications()
    assert not fact.ok and "no notification server answered" in fact.detail
    assert not questions.tray(None).ok
    assert took < 5


def test_without_a_session_bus_it_says_so_at_once(qtbot, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    questions, took, _ = ask(qtbot, system_bus="unix:path=/nonexistent")
    assert "no D-Bus session bus" in questions.notifications().detail
    assert "system bus not reachable" in questions.sleep().detail
    assert took < 2
