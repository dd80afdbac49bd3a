"""Desktop notifications against a real server: dunst on a private session bus under Xvfb."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess

import pytest
from desktop_helpers import BUS_CONFIG, require, start_reporting, stop
from jeepney import DBusAddress, HeaderFields, MatchRule, message_bus, new_signal
from jeepney.io.blocking import open_dbus_connection
from PySide6.QtCore import QObject

from companion.core import settings_file
from companion.core.settings import ReminderPlan, Settings
from companion.core.week import Hours, uniform_week
from companion.services import paths
from companion.services.dbus import Bus
from companion.services.notifications import DesktopNotifier

WAIT_MS = 10_000
# No <servicedirs>: the bus must never start the machine's dunst by D-Bus activation,
# or "no server" would not mean no server.

# dunst stacks notifications with identical text into one by default, which would make
# "replaces rather than stacks" pass for the wrong reason; switch that off. Its context
# menu runs "dmenu"; this stand-in picks a button as a user would: the one whose label
# starts with what the test wrote into its choice file (Dunst.pick), Snooze unless told.
DUNSTRC = """[global]
stack_duplicates = false
dmenu = {picker}
"""
PICKER = "#!/bin/sh\ngrep -m1 \"^#$(cat '{choice}') \"\n"


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

    def __init__(self, bus_address: str, proc: subprocess.Popen, choice):
        self.env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus_address}
        self.proc = proc
        self.choice = choice

    def pick(self, label: str) -> None:
        """Choose the button labelled ``label`` from dunst's menu (its context menu)."""
        self.choice.write_text(label)
        self.ctl("context")

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
def start_dunst(display, tmp_path):
    """Start dunst on a bus; returns once it owns org.freedesktop.Notifications there."""
    require("dunst", "dunstctl", "dbus-send")
    picker, choice = tmp_path / "pick", tmp_path / "choice"
    choice.write_text("Snooze")
    picker.write_text(PICKER.format(choice=choice))
    picker.chmod(0o755)
    rc = tmp_path / "dunstrc"
    rc.write_text(DUNSTRC.format(picker=picker))
    started: list[Dunst] = []

    def start(bus: str) -> Dunst:
        env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"}
        env.update(DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=bus)
        log_path = tmp_path / f"dunst-{len(started)}.log"
        # Subscribe before starting dunst, so its taking the name cannot slip past us.
        owner_changed = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
        owner_changed.add_arg_condition(0, "org.freedesktop.Notifications")
        with open_dbus_connection(bus) as watcher, watcher.filter(owner_changed) as queue:
            watcher.send_and_get_reply(message_bus.AddMatch(owner_changed), timeout=WAIT_MS / 1000)
            with log_path.open("wb") as log:
                proc = subprocess.Popen(["dunst", "-config", str(rc)], env=env, stdout=log,
                                        stderr=subprocess.STDOUT)
            started.append(Dunst(bus, proc, choice))
            try:
                watcher.recv_until_filtered(queue, timeout=WAIT_MS / 1000)
            except TimeoutError:
                pytest.fail("dunst did not start: " + log_path.read_text())
        return started[-1]

    yield start
    for dunst in started:
        stop(dunst.proc)


@pytest.fixture
def dunst(bus, start_dunst):
    """dunst owning org.freedesktop.Notifications on the private bus."""
    return start_dunst(bus)


@pytest.fixture
def notifier_on(qtbot):
    """Make DesktopNotifiers, each on its own connection to a bus address (as the app's one
    session bus), and shut them and their connections down afterwards."""
    made = []

    def make(address):
        bus = Bus(address)
        made.append((DesktopNotifier(bus, icon_path=""), bus))
        return made[-1][0]

    yield make
    for notifier, bus in made:
        notifier.shutdown()
        bus.close()


HYDRATION = [("primary", "Drank a glass"), ("snooze", "Snooze"), ("skip", "Skip"),
             ("default", "Open Today")]


def test_a_shown_notification_is_held_by_the_server(qtbot, dunst, notifier_on):
    notifier = notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"])
    assert notifier.available()
    assert notifier.show("hydration", "Time for water", "A glass now keeps you going.", HYDRATION)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)


def test_a_click_on_the_notification_reports_default_and_takes_the_prompt_down(qtbot, dunst, notifier_on):
    notifier = notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"])
    dismissals = []
    notifier.dismissed.connect(dismissals.append)
    assert notifier.show("hydration", "Time for water", "A glass now.", HYDRATION)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(notifier.action_invoked, timeout=WAIT_MS) as clicked:
        dunst.ctl("action", "0")  # the notification's own action: a click on its body
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
        dunst.ctl("action", "0")  # clicking the body opens: it is not "Drank a glass"
    assert answer.args == ["hydration", "open", 0]
    assert center.open_kinds() == set()
    center.show("hydration", snooze_minutes=10, timeout_minutes=5)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(center.answered, timeout=WAIT_MS) as answer:
        dunst.pick("Drank a glass")  # the button, from dunst's menu
    assert answer.args == ["hydration", "primary", 0]


def test_prompt_center_withdraws_an_unanswered_notification(qtbot, dunst, notifier_on):
    from companion.ui.shell.prompt_center import PromptCenter
    center = PromptCenter(notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"]))
    center.show("stretch", snooze_minutes=10, timeout_minutes=5)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    center.show("stretch", snooze_minutes=10, timeout_minutes=5)  # replaces, does not stack
    center.show("hydration", snooze_minutes=10, timeout_minutes=5)
    qtbot.waitUntil(lambda: dunst.displayed() == 2, timeout=WAIT_MS)
    with qtbot.waitSignal(center.answered, timeout=WAIT_MS) as answer:
        center.show("stretch", snooze_minutes=10, timeout_minutes=0)  # its time is up at once
    assert answer.args == ["stretch", "timeout", 0]
    assert center.open_kinds() == {"hydration"}
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)


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


# -- only the real server is believed ----------------------------------------------------
def pretend_to_be_the_server(rogue, ids) -> None:
    """What any program on the bus can send: a click on "default" and a close by the user
    for each id, after claiming the server's name passed to it, sent to everyone and to
    each connection directly (a signal addressed to a connection skips match rules)."""
    (names,) = rogue.send_and_get_reply(message_bus.ListNames(), timeout=WAIT_MS / 1000).body
    targets = [None, *(name for name in names if name.startswith(":") and name != rogue.unique_name)]
    emitter = DBusAddress("/org/freedesktop/Notifications", interface="org.freedesktop.Notifications")
    fakes = [new_signal(message_bus, "NameOwnerChanged", "sss",
                        ("org.freedesktop.Notifications", "", rogue.unique_name))]
    for notification_id in ids:
        fakes.append(new_signal(emitter, "ActionInvoked", "us", (notification_id, "default")))
        fakes.append(new_signal(emitter, "NotificationClosed", "uu", (notification_id, 2)))
    for fake in fakes:
        for target in targets:
            if target is not None:
                fake.header.fields[HeaderFields.destination] = target
            rogue.send(fake)
    # The bus handles a connection's messages in order: once this is answered, every fake
    # is on its way to us, ahead of anything dunst sends from now on.
    rogue.send_and_get_reply(message_bus.ListNames(), timeout=WAIT_MS / 1000)


def test_only_the_notification_server_is_believed(qtbot, dunst, notifier_on):
    from companion.ui.shell.prompt_center import PromptCenter
    address = dunst.env["DBUS_SESSION_BUS_ADDRESS"]
    center = PromptCenter(notifier_on(address))
    answers = []
    center.answered.connect(lambda *answer: answers.append(list(answer)))
    center.show("hydration", snooze_minutes=10, timeout_minutes=5)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    fake_ids = range(1, 21)  # dunst numbers its notifications from 1
    with open_dbus_connection(address) as nameless, open_dbus_connection(address) as named:
        named.send_and_get_reply(message_bus.RequestName("org.example.Pretender"), timeout=WAIT_MS / 1000)
        pretend_to_be_the_server(nameless, fake_ids)
        pretend_to_be_the_server(named, fake_ids)
    with qtbot.waitSignal(center.answered, timeout=WAIT_MS):
        dunst.ctl("context")  # the real button: the stand-in dmenu picks Snooze
    # Not a glass logged nor a skip from the fakes: only the person's own answer.
    assert answers == [["hydration", "snooze", 10]]
    qtbot.waitUntil(lambda: len(dunst.history()) == 1, timeout=WAIT_MS)
    assert dunst.history()[0]["id"] in fake_ids  # the fakes did name our notification
    # And the server is still believed after the fake change of owner.
    center.show("stretch", snooze_minutes=10, timeout_minutes=5)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(center.answered, timeout=WAIT_MS) as answer:
        dunst.ctl("close")
    assert answer.args == ["stretch", "skip", 0]


# -- a server that comes later, or goes ---------------------------------------------------
def test_a_server_that_starts_later_is_used_at_once(qtbot, bus, start_dunst, notifier_on):
    from companion.ui.shell.prompt_center import PromptCenter
    notifier = notifier_on(bus)
    center = PromptCenter(notifier)
    assert not center.native
    center.show("breathing", snooze_minutes=10, timeout_minutes=5)
    assert set(center.toasts) == {"breathing"}  # no server yet: a toast
    with qtbot.waitSignal(notifier.server_changed, timeout=WAIT_MS) as change:
        dunst = start_dunst(bus)  # the panel's notification daemon, after us at login
    assert change.args == [True] and center.native and notifier.available()
    center.show("hydration", snooze_minutes=10, timeout_minutes=5)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    assert set(center.toasts) == {"breathing"} and center.open_kinds() == {"breathing", "hydration"}
    with qtbot.waitSignal(center.answered, timeout=WAIT_MS) as answer:
        dunst.ctl("context")
    assert answer.args == ["hydration", "snooze", 10]
    center.close_all()


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGKILL], ids=["quits", "crashes"])
def test_a_prompt_on_a_server_that_goes_away_carries_on_as_a_toast(qtbot, bus, start_dunst, notifier_on,
                                                                   ending):
    from companion.ui.shell.prompt_center import PromptCenter
    notifier = notifier_on(bus)
    first = start_dunst(bus)
    qtbot.waitUntil(notifier.available, timeout=WAIT_MS)
    center = PromptCenter(notifier)
    center.show("stretch", snooze_minutes=15, timeout_minutes=5)
    qtbot.waitUntil(lambda: first.displayed() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(notifier.server_changed, timeout=WAIT_MS) as change:
        first.proc.send_signal(ending)
    assert change.args == [False] and not center.native
    # The same reminder, with the time it had left: not lost, not missed early.
    toast = center.toasts["stretch"]
    assert toast.isVisible() and toast.snooze_length.currentText() == "15 min"
    assert toast.timeout.isActive() and 0 < toast.timeout.interval() < 5 * 60_000
    assert center.open_kinds() == {"stretch"}
    with qtbot.waitSignal(center.answered, timeout=WAIT_MS) as answer:
        toast.primary.click()
    assert answer.args == ["stretch", "primary", 0]
    # The next server to come is used for the next prompt.
    with qtbot.waitSignal(notifier.server_changed, timeout=WAIT_MS):
        second = start_dunst(bus)
    center.show("hydration", snooze_minutes=10, timeout_minutes=5)
    qtbot.waitUntil(lambda: second.displayed() == 1, timeout=WAIT_MS)
    assert center.toasts == {}


# -- months of prompts ---------------------------------------------------------------------
def leftovers(center, notifier) -> dict:
    """What stays in memory between prompts."""
    gc.collect()
    return {"center's children": len(center.findChildren(QObject)),
            "notifier's children": len(notifier.findChildren(QObject)),
            "python objects": len(gc.get_objects())}


def test_prompts_that_ended_leave_nothing_behind(qtbot, dunst, notifier_on):
    from companion.ui.shell.prompt_center import PromptCenter
    notifier = notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"])
    center = PromptCenter(notifier)
    answers = []
    center.answered.connect(lambda *answer: answers.append(answer))

    def one_of_each_ending() -> None:
        center.show("hydration", snooze_minutes=10, timeout_minutes=5)
        qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
        with qtbot.waitSignal(center.answered, timeout=WAIT_MS):
            dunst.ctl("action", "0")  # answered
        qtbot.waitUntil(lambda: dunst.displayed() == 0, timeout=WAIT_MS)
        center.show("stretch", snooze_minutes=10, timeout_minutes=5)
        qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
        with qtbot.waitSignal(center.answered, timeout=WAIT_MS):
            dunst.ctl("close")  # dismissed
        with qtbot.waitSignal(center.answered, timeout=WAIT_MS):
            center.show("breathing", snooze_minutes=10, timeout_minutes=0)  # missed
        center.show("hydration", snooze_minutes=10, timeout_minutes=5)
        center.show("hydration", snooze_minutes=10, timeout_minutes=5)  # replaced
        center.withdraw("hydration")  # withdrawn
        qtbot.waitUntil(lambda: dunst.displayed() == 0, timeout=WAIT_MS)

    one_of_each_ending()  # the first prompt of each kind makes the kind's timer
    leftovers(center, notifier)
    before = leftovers(center, notifier)
    rounds = 10
    for _ in range(rounds):
        one_of_each_ending()
    after = leftovers(center, notifier)
    assert len(answers) == 3 * (rounds + 1) and center.open_kinds() == set()
    assert after["center's children"] == before["center's children"] <= 4  # a timer per kind, one to let go
    assert after["notifier's children"] == before["notifier's children"]
    # Under one Python object per prompt: a connection or timer left behind costs several.
    assert after["python objects"] - before["python objects"] < rounds, (before, after)
    assert notifier._ids == {}  # nothing to look up for notifications that are gone


# -- plain messages --------------------------------------------------------------------------
def test_a_message_is_a_notification_without_buttons_and_the_next_replaces_it(qtbot, dunst, notifier_on):
    notifier = notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"])
    assert notifier.inform("Companion", "Your settings file could not be read.")
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    assert notifier.inform("Easy does it", "That is over a litre in the last hour.")
    assert notifier.show("hydration", "Time for water", "A glass now.", HYDRATION)  # its own
    qtbot.waitUntil(lambda: dunst.displayed() == 2, timeout=WAIT_MS)
    dunst.ctl("close-all")
    qtbot.waitUntil(lambda: len(dunst.history()) == 2, timeout=WAIT_MS)
    message = next(entry for entry in dunst.history() if entry["summary"] == "Easy does it")
    assert message["body"] == "That is over a litre in the last hour."
    assert message["timeout"] != 0  # it goes away by itself, unlike a reminder


def test_without_a_server_a_message_says_so(qtbot, bus, notifier_on):
    assert not notifier_on(bus).inform("Companion", "Something to read.")


# -- the running app -------------------------------------------------------------------------
@pytest.fixture
def app_on(dunst, make_app, monkeypatch, qtbot):
    """Makes the real app with dunst as its desktop's notification server."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", dunst.env["DBUS_SESSION_BUS_ADDRESS"])
    made = []

    def make(settings: Settings | None = None):
        if settings is not None:
            settings_file.save(settings, paths.resolve().settings_file)
        made.append(make_app(open_today=False))
        qtbot.waitUntil(lambda: made[-1].prompt_center.native, timeout=WAIT_MS)
        return made[-1]

    yield make
    for app in made:
        if app.home.today_built:
            app.home.today.hide()


def only(kind: str) -> Settings:
    """Reminders of one kind, every 30 minutes all day from 08:00; the others off."""
    every, off = ReminderPlan(interval_minutes=30), ReminderPlan(enabled=False)
    return Settings(week=uniform_week([Hours(480, 1200)], range(7)),
                    **{k: every if k == kind else off for k in ("hydration", "stretch", "breathing")})


def test_clicking_a_water_notification_opens_today_and_records_no_glass(qtbot, dunst, app_on, clock):
    app = app_on(only("hydration"))
    clock.advance(minutes=10)  # 10:00: water is due
    app.reminders.wake()
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    assert app.prompts == {}  # on the server, not a toast
    dunst.ctl("action", "0")  # a click on the notification's body
    qtbot.waitUntil(lambda: app.home.today_built and app.home.today.isVisible(), timeout=WAIT_MS)
    assert app.history.count("water_logged") == 0
    assert [e.data["kind"] for e in app.history.events(["reminder_done"])] == ["hydration"]
    qtbot.waitUntil(lambda: dunst.displayed() == 0, timeout=WAIT_MS)
    # A glass is a click of its own: the next prompt's button records one.
    clock.advance(minutes=30)
    app.reminders.wake()
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(app.prompt_center.answered, timeout=WAIT_MS):
        dunst.pick("Drank a glass")
    assert [e.data["via"] for e in app.history.events(["water_logged"])] == ["prompt"]


def test_clicking_a_stretch_notification_opens_the_stretch_session(qtbot, dunst, app_on, clock):
    app = app_on(only("stretch"))
    clock.advance(minutes=10)  # 10:00: a stretch break is due
    app.reminders.wake()
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    dunst.ctl("action", "0")
    qtbot.waitUntil(lambda: "stretch" in app.features.windows
                    and app.features.windows["stretch"].isVisible(), timeout=WAIT_MS)
    assert [e.data["kind"] for e in app.history.events(["reminder_done"])] == ["stretch"]
    assert not app.home.today_built  # the session, not Today


def test_the_apps_messages_go_to_the_notification_server(qtbot, dunst, app_on):
    app = app_on()
    app.home.tell("Your history file could not be saved just now.")
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    dunst.ctl("close-all")
    qtbot.waitUntil(lambda: len(dunst.history()) == 1, timeout=WAIT_MS)
    assert dunst.history()[0]["body"] == "Your history file could not be saved just now."


def test_a_reminder_from_the_real_scheduler_reads_in_german_on_the_server(qtbot, dunst, notifier_on,
                                                                          language, tmp_path):
    """German chosen: the real scheduler's water reminder reaches dunst in German words, and
    its German button is the one that logs the glass."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from companion.core.clock import ScaledClock
    from companion.core.history import History
    from companion.services.reminders import ReminderService
    from companion.ui.shell.prompt_center import PromptCenter

    language("de")
    tz = ZoneInfo("Europe/Berlin")
    clock = ScaledClock(datetime(2026, 3, 2, 9, 0, tzinfo=tz), 600)  # 10 minutes a second
    settings = Settings(hydration=ReminderPlan(interval_minutes=10), stretch=ReminderPlan(enabled=False),
                        breathing=ReminderPlan(enabled=False),
                        week=uniform_week([Hours(540, 1080)], tuple(range(7))))
    service = ReminderService(settings, History(tmp_path / "h.db", clock), tz, clock, clock.monotonic,
                              scheduler_time=clock.real_time)
    center = PromptCenter(notifier_on(dunst.env["DBUS_SESSION_BUS_ADDRESS"]))
    service.due.connect(lambda kind: center.show(kind, snooze_minutes=10, timeout_minutes=5))
    service.start()
    try:
        qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)  # due at 09:10
        with qtbot.waitSignal(center.answered, timeout=WAIT_MS) as answer:
            dunst.pick("Ein Glas getrunken")  # the German label is in dunst's own menu
    finally:
        service.stop()
    assert answer.args == ["hydration", "primary", 0]
    qtbot.waitUntil(lambda: len(dunst.history()) == 1, timeout=WAIT_MS)
    (entry,) = dunst.history()
    assert (entry["summary"], entry["body"]) == ("Zeit für etwas Wasser",
                                                 "Ein Glas Wasser jetzt hält Sie in Schwung.")
