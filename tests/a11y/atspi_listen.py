"""Prints the first screen-reader announcement an app makes over AT-SPI, as Orca hears it.

Usage: ``python3 atspi_listen.py APP_NAME``; prints ``listening``, then one JSON line with
the announcement's text (runs on Debian's python3 with pyatspi, like atspi_client.py).
"""

import json
import sys

import pyatspi
from gi.repository import GLib


def main():
    app_name = sys.argv[1]

    def heard(event):
        try:
            app = event.source.getApplication()
        except Exception:
            return
        if app is not None and app.name == app_name:
            print(json.dumps(event.any_data), flush=True)
            pyatspi.Registry.stop()

    pyatspi.Registry.registerEventListener(heard, "object:announcement")
    # Qt sends an announcement only once the registry has told it someone listens; it has
    # heard that before it answers a call made after registering (the registry's signal
    # reaches it first). Without this call, an announcement made at once could go unsent.
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    assert any(app is not None and app.name == app_name and app.childCount >= 0 for app in apps)
    GLib.timeout_add(15_000, pyatspi.Registry.stop)  # the test fails on silence, never hangs
    print("listening", flush=True)
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()
