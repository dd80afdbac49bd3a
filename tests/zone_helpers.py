"""A time zone the test controls: TZ names a link that a test points elsewhere, as tools do."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

ZONES = Path("/usr/share/zoneinfo")


def point(link: Path, zone: str) -> None:
    """Point the zone link at another zone the way timedatectl does: a new link renamed over."""
    new = link.with_name(link.name + ".new")
    new.symlink_to(ZONES / zone)
    os.replace(new, link)


@pytest.fixture
def zone_link(tmp_path):
    """TZ=":<link>" to Europe/Berlin for this process; its zone is restored afterwards."""
    import tzlocal

    folder = tmp_path / "zone"
    folder.mkdir()
    link = folder / "localtime"
    link.symlink_to(ZONES / "Europe/Berlin")
    old = os.environ.get("TZ")
    os.environ["TZ"] = f":{link}"
    yield link
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()
    tzlocal.reload_localzone()
