"""Working hours with a lunch break, through the real app process under libfaketime.

The app lives from before the morning's hours to after lunch with its clock moved on to
each moment that matters (as in test_soak: the prompts due, and the lunch hour's start,
fixed time and end), with nobody answering. The history must show prompts only
inside 08:30-12:00 and 13:00-17:30, the stretch interval counted afresh from 13:00 (no
stretch five minutes after lunch), and the fixed time that falls in the lunch hour never.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_soak import _shown, live_through

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

ROOT = Path(__file__).resolve().parent.parent
# A Monday; the app runs in UTC. Before work, so the first range's start is lived through.
START = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
END = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
SLACK = timedelta(minutes=3)  # start-up, the event loop and faketime's granularity
LUNCH_DAY = {"on": True, "hours": ["08:30-12:00", "13:00-17:30"]}


def day(hh, mm=0):
    return START.replace(hour=hh, minute=mm)


EXPECTED = {
    "hydration": [day(8, 50) + timedelta(minutes=20 * i) for i in range(10)]   # .. 11:50
                 + [day(13, 20), day(13, 40), day(14, 0)],
    "stretch": [day(9, 15), day(10), day(10, 45), day(11, 30), day(13, 45)],
    "breathing": [day(11), day(13, 30)],  # 12:30 is in the lunch hour
}


@pytest.mark.timeout(180)
def test_a_day_with_a_lunch_break_prompts_only_inside_its_hours(tmp_path):
    if shutil.which("faketime") is None:
        if os.environ.get("CI"):
            pytest.fail("faketime is missing: .ci/bootstrap --tests installs it")
        pytest.skip("needs Debian's faketime (bash .ci/bootstrap --tests)")
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(json.dumps({
        "schema_version": 4,
        "week": {day: LUNCH_DAY for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
        "hydration": {"interval_minutes": 20},
        "stretch": {"interval_minutes": 45},
        "breathing": {"mode": "times", "times": ["11:00", "12:30", "13:30"]},
        "tray_hint_shown": True, "welcome_done": True, "start_at_login": False,
    }))
    # The lunch hour's start, its fixed time (12:30) and its end pass on the app's clock too.
    db_path = live_through(tmp_path, home, START, lambda _db: EXPECTED,
                           quiet=[day(12), day(12, 30), day(13)])

    shown = {kind: [t for t in times if t < END + SLACK] for kind, times in _shown(db_path).items()}
    for kind, expected in EXPECTED.items():
        got = shown.get(kind, [])
        assert len(got) == len(expected), (kind, [t.strftime("%H:%M") for t in got])
        for g, e in zip(got, expected):
            assert e <= g <= e + SLACK, (kind, [t.strftime("%H:%M:%S") for t in got])
    lunch = [t for times in shown.values() for t in times if day(12) <= t < day(13)]
    assert lunch == [], "prompts in the lunch hour"
