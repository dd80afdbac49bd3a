"""Desktop notifications against a real server: dunst on a private session bus under Xvfb."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from desktop_helpers import BUS_CONFIG, require, start_reporting, stop
from jeepney import MatchRule, message_bus
from jeepney.io.blocking import open_dbus_connection

from companion.services.notifications import DesktopNotifier

WAIT_MS = 10_000
# No <servicedirs>: the bus must never start the machine's dunst by D-Bus activation,
# or "no server" would not mean no server.

# dunst stacks notifications with identical text into one by default, which would make
# "replaces rather than stacks" pass for the wrong reason; switch that off. Its context
# menu runs "dmenu"; this stand-in picks the Snooze button as a user would.
DUNSTRC = """[global]
stack_duplicates = false
dmenu = {picker}
"""
PICKER = "#!/bin/sh\ngrep -m1 '^#Snooze '\n"


@pytest.fixture(scope="module")
def display():
    """An Xvfb display number for dunst; Xvfb picks a free one itself."""
    require("Xvfb")
    proc, number = start_reporting(["Xvfb", "-displayfd", "{fd}", "-nolisten", "tcp", "-screen", "0", "800x600x24"])
    yield f":{number}"
    stop(proc)


@pytest.fixture
def bus(tmp_path):
    """The address of a private session bus with no notification server on it."""
    require("dbus-daemon")
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG)
    proc, address = start_reporting(["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address={fd}"])
    yield address
    stop(proc)


class Dunst:
    """dunst running on the private bus, driven the way a user would through dunstctl."""

    def __init__(self, bus_address: str):
        self.env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus_address}

    def ctl(self, *args: str) -> str:
        return subprocess.run(["dunstctl", *args], env=self.env, capture_output=True, text=True,
                              timeout=WAIT_MS / 1000, check=True).stdout

    def displayed(self) -> int:
        return int(self.ctl("count", "displayed"))

    def history(self) -> list[dict]:
        """The notifications dunst has closed, newest first, as plain values."""
        entries = json.loads(self.ctl("history"))["data"][0]
        return [{key: field["data"] for key, field in entry.items()} for entry in entries]


@pytest.fixture
def dunst(bus, display, tmp_path):
    """dunst owning org.freedesktop.Notifications on the private bus."""
    require("dunst", "dunstctl", "dbus-send")
    picker = tmp_path / "pick-snooze"
    picker.write_text(PICKER)
    picker.chmod(0o755)
    rc = tmp_path / "dunstrc"
    rc.write_text(DUNSTRC.format(picker=picker))
    env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"}
    env.update(DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=bus)
    # Subscribe before starting dunst, so its taking the name cannot slip past us.
    owner_changed = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
    owner_changed.add_arg_condition(0, "org.freedesktop.Notifications")
    with open_dbus_connection(bus) as watcher, watcher.filter(owner_changed) as queue:
        watcher.send_and_get_reply(message_bus.AddMatch(owner_changed), timeout=WAIT_MS / 1000)
        with (tmp_path / "dunst.log").open("wb") as log:
            proc = subprocess.Popen(["dunst", "-config", str(rc)], env=env, stdout=log,
                                    stderr=subprocess.STDOUT)
        try:
            watcher.recv_until_filtered(queue, timeout=WAIT_MS / 1000)
        except TimeoutError:
            stop(proc)
            pytest.fail("dunst did not start: " + (tmp_path / "dunst.log").read_text())
    yield Dunst(bus)
    stop(proc)


@pytest.fixture
def notifier_on(qtbot):
    """Make DesktopNotifiers for a bus address and shut them all down afterwards."""
    made = []

    def make(address):
        made.append(DesktopNotifier(icon_path="", bus_address=address))
        return made[-1]

    yield make
    for notifier in made:
        notifier.shutdown()


HYDRATION = [("default", "Drank a glass"), ("snooze", "Snooze"), ("skip", "Skip")]


def test_a_shown_notification_is_held_by_the_server(qtbot, dunst, notifier_on):
    notifier = notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"])
    assert notifier.available()
    assert notifier.show("hydration", "Time for water", "A glass now keeps you going.", HYDRATION)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)


def test_the_default_button_reports_its_key_and_takes_the_prompt_down(qtbot, dunst, notifier_on):
    notifier = notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"])
    dismissals = []
    notifier.dismissed.connect(dismissals.append)
    assert notifier.show("hydration", "Time for water", "A glass now.", HYDRATION)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(notifier.action_invoked, timeout=WAIT_MS) as clicked:
        dunst.ctl("action", "0")
    assert clicked.args == ["hydration", "default"]
    # dunst keeps a notification up after an action; the notifier closes it, and that
    # close is ours, not the user's.
    qtbot.waitUntil(lambda: dunst.displayed() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(dunst.history()) == 1, timeout=WAIT_MS)
    assert dismissals == []


def test_any_other_button_reports_its_own_key(qtbot, dunst, notifier_on):
    notifier = notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"])
    actions = [("start", "Start stretches"), ("snooze", "Snooze"), ("skip", "Skip")]
    assert notifier.show("stretch", "Stretch break", "Two minutes for your wrists.", actions)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(notifier.action_invoked, timeout=WAIT_MS) as clicked:
        dunst.ctl("context")  # dunst's button menu; the stand-in dmenu picks "Snooze"
    assert clicked.args == ["stretch", "snooze"]


def test_closing_it_by_hand_is_a_dismissal_and_the_hints_arrive(qtbot, dunst, notifier_on):
    notifier = notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"])
    assert notifier.show("breathing", "Breathe", "One minute of slow breaths.", [("start", "Start")])
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(notifier.dismissed, timeout=WAIT_MS) as closed:
        dunst.ctl("close")
    assert closed.args == ["breathing"]
    (entry,) = dunst.history()
    assert (entry["appname"], entry["summary"]) == ("Companion", "Breathe")
    assert entry["body"] == "One minute of slow breaths."
    # A reminder stays until answered (timeout 0) and carries our category hint.
    assert (entry["category"], entry["timeout"]) == ("x-companion.reminder", 0)


def test_showing_a_kind_again_replaces_its_notification(qtbot, dunst, notifier_on):
    notifier = notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"])
    assert notifier.show("hydration", "Time for water", "First reminder.", HYDRATION)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    assert notifier.show("hydration", "Time for water", "Second reminder.", HYDRATION)
    assert notifier.show("stretch", "Stretch break", "Wrists.", [("start", "Start stretches")])
    qtbot.waitUntil(lambda: dunst.displayed() == 2, timeout=WAIT_MS)
    dunst.ctl("close-all")
    qtbot.waitUntil(lambda: len(dunst.history()) == 2, timeout=WAIT_MS)
    assert sorted(entry["body"] for entry in dunst.history()) == ["Second reminder.", "Wrists."]


def test_close_takes_down_only_that_kind_without_a_dismissal(qtbot, dunst, notifier_on):
    notifier = notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"])
    dismissals = []
    notifier.dismissed.connect(dismissals.append)
    assert notifier.show("hydration", "Time for water", "A glass now.", HYDRATION)
    assert notifier.show("stretch", "Stretch break", "Wrists.", [("start", "Start stretches")])
    qtbot.waitUntil(lambda: dunst.displayed() == 2, timeout=WAIT_MS)
    notifier.close("hydration")
    notifier.close("breathing")  # nothing of that kind on screen: quietly nothing
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(dunst.history()) == 1, timeout=WAIT_MS)
    assert dunst.history()[0]["body"] == "A glass now."
    with qtbot.waitSignal(notifier.dismissed, timeout=WAIT_MS) as closed:
        dunst.ctl("close")
    assert closed.args == ["stretch"]
    assert dismissals == ["stretch"]


def test_shutdown_takes_our_notifications_down(qtbot, dunst, notifier_on):
    notifier = notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"])
    assert notifier.show("hydration", "Time for water", "A glass now.", HYDRATION)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    notifier.shutdown()
    qtbot.waitUntil(lambda: dunst.displayed() == 0, timeout=WAIT_MS)
    assert not notifier.available()
    assert not notifier.show("hydration", "Time for water", "A glass now.", HYDRATION)


def test_a_bus_without_a_notification_server_is_not_available(qtbot, bus, notifier_on):
    notifier = notifier_on(bus)
    assert not notifier.available()
    assert not notifier.show("hydration", "Time for water", "A glass now.", HYDRATION)
    notifier.close("hydration")


@pytest.mark.parametrize("address", [None, "unix:path=/nonexistent/companion-bus",
                                     "tcp:host=localhost,port=1"])
def test_without_a_usable_bus_nothing_is_available_and_nothing_raises(qtbot, monkeypatch, notifier_on,
                                                                       address):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    notifier = notifier_on(address)
    assert not notifier.available()
    assert not notifier.show("stretch", "Stretch break", "Wrists.", [("start", "Start stretches")])
    notifier.close("stretch")


def test_a_bus_that_goes_away_turns_show_into_false(qtbot, tmp_path, notifier_on):
    require("dbus-daemon")
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG)
    proc, address = start_reporting(["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address={fd}"])
    notifier = notifier_on(address)
    stop(proc)
    assert not notifier.show("hydration", "Time for water", "A glass now.", HYDRATION)
    assert not notifier.available()


def test_prompt_center_prefers_the_native_notification(qtbot, dunst, notifier_on):
    from companion.ui.shell.prompt_center import PromptCenter
    center = PromptCenter(notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"]))
    assert center.native
    center.show("hydration", snooze_minutes=10, timeout_minutes=5)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    assert center.toasts == {} and center.open_kinds() == {"hydration"}
    with qtbot.waitSignal(center.answered, timeout=WAIT_MS) as answer:
        dunst.ctl("action", "0")  # clicking the body is the main action
    assert answer.args == ["hydration", "primary", 0]
    assert center.open_kinds() == set()


def test_prompt_center_withdraws_an_unanswered_notification(qtbot, dunst, notifier_on):
    from companion.ui.shell.prompt_center import PromptCenter
    center = PromptCenter(notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"]))
    center.show("stretch", snooze_minutes=10, timeout_minutes=5)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(center.answered, timeout=WAIT_MS) as answer:
        center._timeouts["stretch"].timeout.emit()  # the 5 minutes are up
    assert answer.args == ["stretch", "timeout", 0]
    qtbot.waitUntil(lambda: dunst.displayed() == 0, timeout=WAIT_MS)


def test_prompt_center_falls_back_to_a_toast_without_a_server(qtbot, bus, notifier_on):
    from companion.ui.shell.prompt_center import PromptCenter
    center = PromptCenter(notifier_on(bus))
    assert not center.native
    center.show("breathing", snooze_minutes=10, timeout_minutes=5)
    toast = center.toasts["breathing"]
    assert toast.isVisible() and toast.primary.text() == "&Start"
    with qtbot.waitSignal(center.answered) as answer:
        toast.snooze.click()
    assert answer.args == ["breathing", "snooze", 10]
    center.close_all()
