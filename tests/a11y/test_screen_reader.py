"""What a screen-reader user meets in every window, read over the real AT-SPI bus."""

from __future__ import annotations

import pytest

# Roles a user acts on: each needs a name, or a screen reader says only "button".
INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box",
               "spin button", "text", "password text", "slider", "page tab", "list",
               "table", "tree", "tree table", "menu item", "push button menu"}

# How to bring each window up: app orders, AT-SPI presses, then what shows it is up
# (a press clicks a moment later, so the tree is read only once the window has changed).
WINDOWS = {
    "today": ([], [], ["read", "push button", "Log a glass"]),
    # Early: the windows after it record things (a session, a glass) in the one app.
    "history, empty": (["run history"], [], ["read", "label", "Nothing recorded in the last 7 days."]),
    "toast": (["prompt stretch"], [], ["read", "push button", "Snooze 10 minutes"]),
    "settings": (["run settings"], [], ["read", "check box", "Remind me: water"]),
    "settings, your data": (["run settings"], [["select", "list item", "Your data"]],
                            ["read", "push button", "Import a backup…"]),
    "stretch picker": (["run stretch"], [], ["read", "push button", "Read the stretch safety note"]),
    "stretch safety": (["run stretch"], [["press", "push button", "Read the stretch safety note"]],
                       ["read", "push button", "I understand, start the session"]),
    "stretch session": (["run stretch"], [
        ["press_starting", "push button", "Start Quick hand break"],
        ["press", "push button", "I understand, start the session"]],
        ["read", "push button", "Pause (Space)"]),
    "breathing": (["run breathe"], [], ["read", "label", "Ready when you are"]),
    "breathing session": (["run breathe"], [["press", "push button", "Start breathing session"]],
                          ["read", "push button", "Pause or resume"]),
    "checklist": (["run check"], [], ["read", "label", "These signs need help straight away"]),
    "checklist, urgent": (["run check"], [
        ["press", "check box", "New trouble breathing or swallowing"]], ["read", "label", "Get help now"]),
    "checklist, twitch questions": (["run check"], [
        ["press", "push button", "None of these: go on to the questions about the twitch"]],
        ["read", "label", "Nothing ticked"]),
    "past checks": (["run check"], [["press", "page tab", "Past checks"]],
                    ["read", "label", "Checks you saved"]),
    "diary": (["run check"], [["press", "page tab", "Diary"]], ["read", "push button", "Log twitch"]),
    "history": (["run log_water", "run history"], [], ["read", "tree", "History by day"]),
    "statistics": (["run log_water", "run stats"], [], ["read", "list", "Water per day"]),
    "statistics, table": (["run stats"], [["press", "check box", "Show as table"]],
                          ["read", "table", "Statistics as a table"]),
}


# What each window needs as a new user has it, in the one app the cases share (a session
# is recorded as it ends, and a glass logged; the stretch safety note is accepted once).
AS_NEW = {"history, empty": ("everything",), "stretch picker": ("settings",),
          "stretch safety": ("settings",), "stretch session": ("settings",)}


@pytest.fixture
def window_app(shared_app, window):
    """The module's one app, Today alone on screen; every window it opened closed after."""
    yield shared_app.get(new=AS_NEW.get(window, ()))
    shared_app.home()


def _plain(text: str) -> str:
    return " ".join(text.replace("\u2029", " ").split())


def silent_parts(app, tree: list | None = None) -> tuple[list, list]:
    """Controls without a name, and shown labels whose text AT-SPI does not expose.

    ``tree``: the app's tree as just read (a ``["tree"]`` step), else it is read now.
    """
    tree = app.at_spi(["tree"])[0] if tree is None else tree
    assert tree, "the app never showed up on the accessibility bus"
    nameless = [(n["window"], n["role"]) for n in tree
                if n["role"] in INTERACTIVE and not n["name"].strip()]
    exposed = {_plain(n["name"]) for n in tree} | {_plain(n["text"] or "") for n in tree}
    hidden = [(label["window"], label["text"]) for label in app.order("labels")
              if _plain(label["text"]) not in exposed]
    return nameless, hidden


@pytest.mark.parametrize("window", list(WINDOWS))
def test_every_control_is_named_and_every_label_is_read(window_app, window):
    orders, presses, shown = WINDOWS[window]
    for order in orders:
        assert window_app.order(order) == "ok"
    # The tree is read in the same visit, once the window shows it is up.
    *done, tree = window_app.at_spi(*presses, shown, ["tree"])
    assert all(step in ("pressed", "selected") for step in done[:-1]) and "error" not in done[-1]
    nameless, hidden = silent_parts(window_app, tree)
    assert nameless == []
    assert hidden == []
