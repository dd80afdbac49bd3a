"""A pytest plugin: after each test, the windows it left behind are deleted.

A test's windows that nobody deletes (closed, or never shown, and kept by a Python
reference cycle until the garbage collector runs) stay alive for the rest of the session:
several hundred top-level windows and ten thousand widgets by the end of the quick set.
Qt then sends every one of them each application-wide event later tests cause (a language
installed, a font or style changed) and pytest-qt's event processing after each test pays
for it. Deleting them when their test ends keeps each test's cost its own.

Module- and session-scoped fixtures that hold a window would lose it: none in the quick
set does (tests/ui/test_large_text_layout.py's module fixture is data, not a window), and
the app's own hidden helpers live as long as the app (named "companion-..."). In the
modules of the slow set, some module fixtures do hold windows (a worker crashed when they
were swept after each test), so those are swept once, when the module is done and its
fixtures are gone. Not sweeping them at all was worse: one module left almost a thousand
windows, and the next test that ran on time lost a second to their deletion.
"""

from __future__ import annotations

import pytest

_slow_modules: set = set()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    _slow_modules.update(item.path for item in items if item.get_closest_marker("slow"))


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield  # the fixtures that end with this test (or its module) are gone now
    if item.path not in _slow_modules or nextitem is None or nextitem.path != item.path:
        sweep()
    return result


def sweep() -> None:
    """Delete every top-level window but the app's own app-wide helpers ("companion-...",
    such as the palette watch, never shown), at once."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication
    if QApplication.instance() is None:
        return
    for window in QApplication.topLevelWidgets():
        if not window.objectName().startswith("companion-"):
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
