"""What a screen-reader user meets in every window, read over the real AT-SPI bus."""

from __future__ import annotations

import pytest

# Roles a user acts on: each needs a name, or a screen reader says only "button".
INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box",
               "spin button", "text", "password text", "slider", "page tab", "list",
               "table", "tree table", "menu item", "push button menu"}

# How to bring each window up: app orders, then AT-SPI presses (role, name).
WINDOWS = {
    "today": ([], []),
    "toast": (["prompt stretch"], []),
    "settings": (["run settings"], []),
    "stretch picker": (["run stretch"], []),
    "stretch safety": (["run stretch"], [["press", "push button", "Read the stretch safety note"]]),
    "breathing": (["run breathe"], []),
    "checklist": (["run check"], []),
    "history": (["run history"], []),
}


def _plain(text: str) -> str:
    return " ".join(text.replace("\u2029", " ").split())


def silent_parts(app) -> tuple[list, list]:
    """Controls without a name, and shown labels whose text AT-SPI does not expose."""
    tree = app.at_spi(["tree"])[0]
    assert tree, "the app never showed up on the accessibility bus"
    nameless = [(n["window"], n["role"]) for n in tree
                if n["role"] in INTERACTIVE and not n["name"].strip()]
    exposed = {_plain(n["name"]) for n in tree} | {_plain(n["text"] or "") for n in tree}
    hidden = [(label["window"], label["text"]) for label in app.order("labels")
              if _plain(label["text"]) not in exposed]
    return nameless, hidden


@pytest.mark.parametrize("window", list(WINDOWS))
def test_every_control_is_named_and_every_label_is_read(running_app, window):
    orders, presses = WINDOWS[window]
    for order in orders:
        assert running_app.order(order) == "ok"
    if presses:
        assert running_app.at_spi(*presses) == ["pressed"] * len(presses)
    nameless, hidden = silent_parts(running_app)
    assert nameless == []
    assert hidden == []
