"""The break screen over the real AT-SPI bus: every control named, every line read, and a
break postponed by a screen-reader user with AT-SPI actions alone.

Each as a new user meets it (app_as_new): what a break screen offers follows the day so far.
"""

from __future__ import annotations

from tests.a11y.test_screen_reader import silent_parts

BUTTON = "push button"


def test_the_break_screen_is_readable_and_every_control_named(app_as_new):
    app = app_as_new("everything")
    assert app.order("break stretch") == "ok"
    done = app.at_spi(["read", BUTTON, "Start the break"],
                      ["read", "label", "Finger spread and knuckle bend"],
                      ["read", "label", "hold Esc for 3 seconds"])
    assert done[0] == "Start the break, about 1 min"
    assert done[1] == "Finger spread and knuckle bend"
    assert "error" not in done[2]
    nameless, hidden = silent_parts(app)
    assert nameless == [] and hidden == []


def test_postpone_a_break_with_at_spi_alone(app_as_new):
    app = app_as_new("everything")
    assert app.order("break breathing") == "ok"
    assert app.at_spi(["press", BUTTON, "Postpone the break 5 minutes"]) == ["pressed"]
    assert app.order("answers 1") == [["breathing", "snooze", 5]]


def test_the_break_screen_is_announced_as_it_opens(app_as_new):
    app = app_as_new("everything")
    import json
    import select
    import subprocess

    from tests.a11y.a11y_host import APP_NAME
    from tests.a11y.conftest import HERE, SYSTEM_PYTHON
    listener = subprocess.Popen([SYSTEM_PYTHON, str(HERE / "atspi_listen.py"), APP_NAME],
                                env=app.env, stdout=subprocess.PIPE, text=True)
    try:
        assert listener.stdout.readline().strip() == "listening"
        assert app.order("break stretch") == "ok"
        ready, _, _ = select.select([listener.stdout], [], [], 20)
        line = listener.stdout.readline() if ready else ""
        assert line, "no announcement was heard over AT-SPI"
        said = json.loads(line)
        assert said.startswith("Stretch break. Quick hand break, about 1 min.")
        assert "hold Esc for 3 seconds" in said
    finally:
        listener.kill()
        listener.wait()
