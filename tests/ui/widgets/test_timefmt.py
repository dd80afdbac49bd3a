"""The m:ss countdown text shared by the stretch and breathing windows."""

import pytest

from companion.ui.widgets.timefmt import clock_text


@pytest.mark.parametrize("seconds, shown", [
    (0, "0:00"),
    (0.2, "0:01"),        # a fraction of a second left is still a second to go
    (59.5, "1:00"),
    (60, "1:00"),
    (60.0000001, "1:00"),  # float noise from adding up ticks does not add a second
    (61, "1:01"),
    (3599.9, "60:00"),     # minutes do not roll over into hours: sessions are short
    (-0.5, "0:00"),        # a late tick never shows a negative time
])
def test_clock_text_rounds_a_countdown_up(seconds, shown):
    assert clock_text(seconds) == shown
