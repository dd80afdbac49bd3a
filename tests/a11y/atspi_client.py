"""Reads and drives the app over AT-SPI, as a screen reader would. Runs on Debian's python3.

Usage: ``python3 atspi_client.py APP_NAME STEPS_JSON``; prints one JSON result per step.
Steps: ``["tree"]`` (every showing node); ``["press", role, name]`` (do the node's first
action; ``press_starting`` matches the start of the name); ``["read", role, contains]``
(the name of the first showing node whose name contains the text; ``is`` for the whole
name); ``["describe", role, contains]`` (that node's role, name, description, text and
actions). Each step waits for its node, up to a deadline: the app answers in its own time.
"""

import json
import sys

import pyatspi
from gi.repository import GLib

DEADLINE_S = 15
# What can make a node we wait for appear: a child added or removed, a state such as
# showing or enabled changed, a name changed, a window opened or activated.
WATCHED = ("object:children-changed", "object:state-changed",
           "object:property-change:accessible-name", "window:")
CHANGES = []  # who is waiting for the app to change (one _find at a time)


def _changed(event):
    for waiter in list(CHANGES):
        waiter(event)


def _walk(node, window=None):
    """(node, its states, its window) for the showing nodes under ``node``, depth first.

    The window (the node's ancestor just below the application) is handed down as we go:
    asking each node for its parents, level by level, cost the app more calls than the
    rest of the walk.
    """
    try:
        states = node.getState()
        showing = states.contains(pyatspi.STATE_SHOWING)
        role = node.getRole() if window is None or not showing else None  # asked only if needed
        if not showing and role != pyatspi.ROLE_APPLICATION:
            return
        yield node, states, window
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # a node that went away while we walked
        return
    for child in children:
        if child is not None:
            yield from _walk(child, child if role == pyatspi.ROLE_APPLICATION else window)


def _nodes(node):
    """The showing nodes under ``node``, depth first."""
    return (found for found, _states, _window in _walk(node))


def _app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name:
            return app
    return None


def _describe(node, states=None, window=None):
    try:
        text = node.queryText().getText(0, -1)
    except Exception:
        text = None
    try:
        action = node.queryAction()
        actions = [action.getName(i) for i in range(action.nActions)]
    except Exception:
        actions = []
    if window is None:  # not handed down: found by climbing
        window = node
        while window.parent is not None and window.parent.getRole() != pyatspi.ROLE_APPLICATION:
            window = window.parent
    states = node.getState() if states is None else states
    return {"role": node.getRoleName(), "name": node.name or "", "description": node.description or "",
            "text": text, "actions": actions, "window": window.name or "",
            "enabled": states.contains(pyatspi.STATE_ENABLED)}


def _search(app_name, test):
    """The first showing node of the app that passes ``test``, as the tree is now."""
    app = _app(app_name)
    if app is None:
        return None
    for node in _nodes(app):
        try:
            if test(node):
                return node
        except Exception:
            continue
    return None


def _find(app_name, test):
    """The first showing node that passes ``test``, once the app shows it (None at the deadline).

    Looked for again only when the app says something changed, as Orca follows a window:
    an AT-SPI event (a node added, shown, enabled or renamed, a window opened). WATCHED is
    registered before the first look, so a change after it is always announced: Qt sends
    events once the registry tells it someone listens, and it has heard that before it
    answers our first call (the registry's signal reaches it ahead of that call). No poll:
    a look costs the app a call per node, and a window being built answers slowly.
    A plain GLib loop, not pyatspi's (Registry.start): inside its own loop libatspi answers
    names and states from a cache the events keep; here every look asks the app itself.
    """
    loop = GLib.MainLoop()
    found = []
    pending = {}  # GLib sources still to run: a look asked for, the deadline

    def look():
        del pending["look"]
        node = _search(app_name, test)
        if node is not None:
            found.append(node)
            loop.quit()
        return False

    def changed(_event):
        if "look" not in pending:  # a burst of events needs one look, after it
            pending["look"] = GLib.idle_add(look)

    def give_up():
        del pending["deadline"]
        found.append(_search(app_name, test))  # one last look, as things stand
        loop.quit()
        return False

    CHANGES.append(changed)  # before the first look: a change during it is heard too
    changed(None)
    pending["deadline"] = GLib.timeout_add_seconds(DEADLINE_S, give_up)
    try:
        loop.run()
    finally:
        CHANGES.remove(changed)
        for source in pending.values():
            GLib.source_remove(source)
    return found[0]


def step(app_name, what):
    verb = what[0]
    if verb == "tree":
        if _find(app_name, lambda n: n.getRole() != pyatspi.ROLE_APPLICATION) is None:
            return None
        return [_describe(*found) for found in _walk(_app(app_name))]
    role, name = what[1], what[2]
    if verb in ("press", "press_starting"):
        def same(text):
            return text.startswith(name) if verb == "press_starting" else text == name
        node = _find(app_name, lambda n: n.getRoleName() == role and same(n.name or "")
                     and n.getState().contains(pyatspi.STATE_ENABLED))
        if node is None:
            return {"error": f"no enabled {role} named {name!r}"}
        node.queryAction().doAction(0)
        return "pressed"
    if verb == "select":  # a list's item chosen as a screen reader chooses it (Selection)
        node = _find(app_name, lambda n: n.getRoleName() == role and (n.name or "") == name)
        if node is None:
            return {"error": f"no {role} named {name!r}"}
        node.parent.querySelection().selectChild(node.getIndexInParent())
        return "selected"
    if verb == "describe":
        node = _find(app_name, lambda n: n.getRoleName() == role and name in (n.name or ""))
        return {"error": f"no {role} containing {name!r}"} if node is None else _describe(node)
    if verb in ("read", "read_any", "is"):
        def fits(text):
            if verb == "read_any":  # any of the "|"-separated parts
                return any(part in text for part in name.split("|"))
            return text == name if verb == "is" else name in text
        node = _find(app_name, lambda n: n.getRoleName() == role and fits(n.name or ""))
        return {"error": f"no {role} containing {name!r}"} if node is None else node.name
    return {"error": f"unknown step {verb!r}"}


def main():
    app_name, steps = sys.argv[1], json.loads(sys.argv[2])
    pyatspi.Registry.registerEventListener(_changed, *WATCHED)
    print(json.dumps([step(app_name, s) for s in steps]))


if __name__ == "__main__":
    main()
