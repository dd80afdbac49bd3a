"""Issue #21 end to end: the real app, its real ReminderService and scheduler on a scaled
clock, the real gate; only the presence monitor is a stand-in (as in test_presence_app).

A stretch break asked for as a screen is postponed twice from the screen, comes back
each time, and the third time offers no postpone; a call holds the screen until it ends.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_presence_app import SLACK, Run, at, stretch_only

pytestmark = pytest.mark.slow


@pytest.fixture
def run(qtbot, make_app, clock):
    def make(**settings) -> Run:
        settings = {"break_screen_stretch": True, "break_warning": False, **settings}
        return Run(qtbot, make_app, clock(), stretch_only(**settings))
    return make


def test_postponed_twice_it_comes_back_then_offers_no_postpone(run, clock, qtbot):
    r = run(break_postpone_minutes=5, break_postpone_limit=2)
    t = lambda hh, mm: at(clock(), hh, mm)  # noqa: E731
    offered = []

    def postpone():
        screen = r.app.break_screen
        assert screen is not None and screen.up, "no break screen at a stretch's due time"
        offered.append(screen.panel.postpone_button.isVisibleTo(screen.panel))
        screen.panel.postpone_button.click()

    for _ in range(2):
        qtbot.waitUntil(lambda: r.app.break_screen is not None, timeout=30_000)
        postpone()
    qtbot.waitUntil(lambda: r.app.break_screen is not None, timeout=30_000)
    screen = r.app.break_screen
    panel = screen.panel
    assert offered == [True, True]
    assert not panel.postpone_button.isVisibleTo(panel)
    assert "postponed this break 2 times today" in panel.reasons.text()
    assert r.app.prompts == {}                   # a screen instead of the notification
    shown = r.times("stretch")
    assert len(shown) == 3
    # Times are taken once each screen is built (the first one loads its code and files:
    # a simulated minute or two at this speed).
    assert t(10, 0) <= shown[0] <= t(10, 0) + 2 * SLACK
    for before, after in zip(shown, shown[1:]):  # each came back 5 minutes on
        assert timedelta(minutes=5) - SLACK <= after - before <= timedelta(minutes=5) + 2 * SLACK
    snoozes = r.events("reminder_snoozed")
    assert [(e["via"], e["minutes"]) for e in snoozes] == [("break screen", 5)] * 2
    panel.done_button.click()                    # the break taken another way: recorded done
    assert [e.get("via") for e in r.events("reminder_done")] == ["break screen"]
    assert r.app.break_screen is None


def test_a_call_holds_the_break_screen_until_it_ends(run, clock, qtbot):
    r = run(stretch_safety_seen=True)
    t = lambda hh, mm: at(clock(), hh, mm)  # noqa: E731
    r.monitor.busy = "in a call"
    during = []
    r.at(t(10, 3), lambda: during.append(r.app.break_screen))
    r.at(t(10, 5), lambda: setattr(r.monitor, "busy", None))
    r.run_until(t(10, 4))
    assert during == [None]                      # never during the call
    assert [e["reason"] for e in r.events("reminder_held")] == ["in a call"]
    qtbot.waitUntil(lambda: r.app.break_screen is not None, timeout=30_000)
    assert t(10, 5) <= r.clock() <= t(10, 8) + SLACK
    screen = r.app.break_screen
    screen.panel.start_button.click()            # Start: the routine leads, recorded done
    assert r.app.features.windows["stretch"].isVisible()
    assert [e.get("via") for e in r.events("reminder_done")] == ["break screen"]
    r.app.features.windows["stretch"].stop()     # the routine ends: so does the break
    assert r.app.break_screen is None and not screen.up


def test_a_warning_comes_the_set_time_before_the_screen(run, clock, qtbot, monkeypatch):
    r = run(break_warning=True, break_warning_seconds=120)
    t = lambda hh, mm: at(clock(), hh, mm)  # noqa: E731
    warned = []
    # No notification server here: the warning falls back to the tray's own message.
    monkeypatch.setattr(r.app.home.tray, "notify",
                        lambda title, text: warned.append((title, r.clock())))
    qtbot.waitUntil(lambda: r.app.break_screen is not None, timeout=30_000)
    [(title, when)] = warned
    assert title == "Stretch break in 120 seconds"
    assert t(9, 58) <= when <= t(9, 58) + SLACK       # two minutes before 10:00


def test_quitting_takes_the_break_screen_down_and_records_it_withdrawn(make_app, clock):
    from companion.core import settings_file
    from companion.services import paths
    settings_file.save(stretch_only(break_screen_stretch=True, break_warning=False),
                       paths.resolve().settings_file)
    app = make_app()
    clock.set(at(clock(), 10, 1))
    app.reminders.wake()
    screen = app.break_screen
    assert screen is not None and screen.up and app.prompts == {}
    covers = list(screen.covers.values())
    app.quit()
    assert not screen.up and not any(c.isVisible() for c in covers)
    from companion.core.history import History
    saved = History(app.places.history_file, clock)  # as the next start reads it
    assert [e.data for e in saved.events(["reminder_withdrawn"])] == [
        {"kind": "stretch", "reason": "Companion was closed"}]
    saved.close()


def test_postpone_on_the_warning_moves_the_break_and_counts_against_the_limit(make_app, clock):
    from companion.core import settings_file
    from companion.services import paths
    from companion.ui.breakscreen.warning import warning_key
    settings_file.save(stretch_only(break_screen_stretch=True, break_postpone_limit=1),
                       paths.resolve().settings_file)
    app = make_app()
    clock.set(at(clock(), 9, 59) + timedelta(seconds=30))        # the warning's moment
    due = app.reminders.next_times()["stretch"]
    notifier = app.prompt_center.notifier
    # As the notification server reports a press on the warning's Postpone.
    notifier.action_invoked.emit(warning_key("stretch"), "postpone")
    moved = app.reminders.next_times()["stretch"]
    assert due == at(clock(), 10, 0).replace(second=0) and moved == clock() + timedelta(minutes=5)
    notifier.action_invoked.emit(warning_key("stretch"), "postpone")   # over the limit (1)
    assert app.reminders.next_times()["stretch"] == moved
    assert [e.data["via"] for e in app.history.events(["reminder_snoozed"])] == ["break warning"]
    notifier.action_invoked.emit("stretch", "default")   # a prompt's answer is not the warning's
    assert app.reminders.next_times()["stretch"] == moved
    assert app._break_warnings.armed()  # for the moved break...
    app.quit()
    assert not app._break_warnings.armed()  # ...which will not come now
