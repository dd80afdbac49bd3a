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
import time

import pyatspi

DEADLINE_S = 15


def _nodes(node, window=None):
    """The showing nodes under ``node``, depth first, each with its top-level window (None
    for the application itself): known on the way down, not asked again per node."""
    try:
        states = node.getState()
        is_app = node.getRole() == pyatspi.ROLE_APPLICATION
        if not states.contains(pyatspi.STATE_SHOWING) and not is_app:
            return
        yield node, window
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # a node that went away while we walked
        return
    for child in children:
        if child is not None:
            yield from _nodes(child, None if is_app else (window or node))


def _app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name:
            return app
    return None


def _describe(node, window=None):
    """``window``: the node's top-level window, if known (else found by going up)."""
    try:
        text = node.queryText().getText(0, -1)
    except Exception:
        text = None
    try:
        action = node.queryAction()
        actions = [action.getName(i) for i in range(action.nActions)]
    except Exception:
        actions = []
    if window is None:
        window = node
        while window.parent is not None and window.parent.getRole() != pyatspi.ROLE_APPLICATION:
            window = window.parent
    return {"role": node.getRoleName(), "name": node.name or "", "description": node.description or "",
            "text": text, "actions": actions, "window": window.name or "",
            "enabled": node.getState().contains(pyatspi.STATE_ENABLED)}


def _find(app_name, test):
    end = time.monotonic() + DEADLINE_S
    while True:
        app = _app(app_name)
        if app is not None:
            for node, _window in _nodes(app):
                try:
                    if test(node):
                        return node
                except Exception:
                    continue
        if time.monotonic() > end:
            return None
        time.sleep(0.05)  # polling another process's tree: there is no event to wait on here


def step(app_name, what):
    verb = what[0]
    if verb == "tree":
        if _find(app_name, lambda n: n.getRole() != pyatspi.ROLE_APPLICATION) is None:
            return None
        return [_describe(n, w) for n, w in _nodes(_app(app_name))]
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
    print(json.dumps([step(app_name, s) for s in steps]))


if __name__ == "__main__":
    main()
