"""The break screen in every shipped language, at the default text size and twice it, on a
1366x768 screen: nothing cut off, since a break screen cannot scroll (languages_host.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a process of its own per screen: not in the quick set

HOST = Path(__file__).with_name("languages_host.py")


@pytest.mark.parametrize("scale", [1, 2])
def test_every_language_fits_the_break_screen(scale):
    done = subprocess.run([sys.executable, str(HOST), "1366x768", str(scale)], capture_output=True,
                          text=True, timeout=120, env=dict(os.environ), check=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert {name.split()[0] for name in found} == {"en", "de", "id"}
    assert {name: problems for name, problems in found.items() if problems} == {}
