"""The break screen over the real AT-SPI bus: every control named, every line read, and a
break postponed by a screen-reader user with AT-SPI actions alone."""

from __future__ import annotations

from tests.a11y.test_screen_reader import silent_parts

BUTTON = "push button"


def test_the_break_screen_is_readable_and_every_control_named(running_app):
    assert running_app.order("break stretch") == "ok"
    done = running_app.at_spi(["read", BUTTON, "Start the break"],
                              ["read", "label", "Finger spread and knuckle bend"],
                              ["read", "label", "hold Esc for 3 seconds"])
    assert done[0] == "Start the break, about 1 min"
    assert done[1] == "Finger spread and knuckle bend"
    assert "error" not in done[2]
    nameless, hidden = silent_parts(running_app)
    assert nameless == [] and hidden == []


def test_postpone_a_break_with_at_spi_alone(running_app):
    assert running_app.order("break breathing") == "ok"
    assert running_app.at_spi(["press", BUTTON, "Postpone the break 5 minutes"]) == ["pressed"]
    assert running_app.order("answers 1") == [["breathing", "snooze", 5]]
