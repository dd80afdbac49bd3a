"""On a German desktop, Companion's English sentences stay English.

Making the QApplication sets the C library's locale from the environment, as Companion
starts on any desktop; from then on strftime's day and month names are German. The
same windows and texts are rendered once in the C locale and once in German: they must
read the same, and name days and months in English.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds a locale and starts Python twice

ROOT = Path(__file__).resolve().parent.parent
LOCALE_SOURCES = Path("/usr/share/i18n/locales")  # Debian's `locales` package

# Renders what a person reads where dates appear: Today, the tray tooltip, History, the
# twitch diary, saved checks and the doctor's report, on Monday 2 March 2026.
SCRIPT = r"""
import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

qapp = QApplication([])  # sets the C library's locale from the environment, as at start-up

from companion.core import diary, report
from companion.core.checklist import load_default
from companion.core.history import History
from companion.core.today import DaySummary, status_lines
from companion.ui.check.window import PastChecksPage
from companion.ui.shell.history.window import HistoryView
from companion.ui.shell.today import TodayWindow

tz = ZoneInfo("Europe/Berlin")
now = datetime(2026, 3, 2, 9, 50, tzinfo=tz)
history = History(Path.cwd() / "history.db", clock=lambda: now)
history.record("reminders_paused", {"until": "2026-03-09T08:00:00+00:00"}, at=now - timedelta(minutes=5))
entry = diary.add(history, "palm", "left", occurred_at=now - timedelta(days=2))
history.record("symptom_check", {"answers": [], "level": "self_care", "reasons": []},
               at=now - timedelta(minutes=10))

day = DaySummary(glasses=2, ml=500, goal_glasses=8, breaks=1, breathing_sessions=0)
today = TodayWindow(tz)
today.show_day(day, now)
thursday = now + timedelta(days=3)
today.show_schedule({"hydration": thursday}, thursday, now)
view = HistoryView(history, tz, clock=lambda: now, names={})
view.reload()
model = view.model
checks = PastChecksPage(load_default(), history)
checks.refresh()
html = report.report_html(history, load_default(), now - timedelta(days=7), now + timedelta(days=1), now, tz)

print(json.dumps({
    "control": f"{now:%A %B}",
    "today": [today.date_label.text(), today.next_labels["hydration"].text(), today.pause_label.text()],
    "tooltip": status_lines(day, {"hydration": thursday}, thursday, now, tz),
    "history": [model.data(model.index(r, 0)) for r in range(model.rowCount())]
               + [model.data(model.index(r, 0, model.index(0, 0)))
                  for r in range(model.rowCount(model.index(0, 0)))],
    "diary": diary.summary(diary.entries(history)[0], {}, now, tz)[0],
    "checks": checks.list.item(0).text(),
    "report": [line for line in html.split("<") if "2026" in line],
}))
"""


@pytest.fixture(scope="module")
def german(tmp_path_factory) -> Path:
    """A folder holding de_DE.UTF-8, built from Debian's locale sources (LOCPATH points there)."""
    if shutil.which("localedef") is None or not (LOCALE_SOURCES / "de_DE").exists():
        message = "Debian's locales package is not installed (.ci/bootstrap --tests installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("locales")
    # Built here rather than installed for the whole machine: no root needed, ~2 s.
    subprocess.run(["localedef", "-i", "de_DE", "-f", "UTF-8", str(folder / "de_DE.UTF-8")],
                   check=False, capture_output=True)  # warnings make the status non-zero
    assert (folder / "de_DE.UTF-8" / "LC_TIME").exists()
    return folder


def render(tmp_path: Path, language: str, locpath: Path) -> dict:
    home = tmp_path / language
    home.mkdir()
    env = {"PATH": os.environ["PATH"], "QT_QPA_PLATFORM": "offscreen", "TZ": "Europe/Berlin",
           "LANG": language, "LC_ALL": language, "LOCPATH": str(locpath),
           "COMPANION_HOME": str(home), "XDG_RUNTIME_DIR": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=home, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_german_desktop_reads_the_same_english_sentences(tmp_path, german):
    english, deutsch = render(tmp_path, "C.UTF-8", german), render(tmp_path, "de_DE.UTF-8", german)
    # The locale really is German for the program: strftime's names say so.
    assert (english.pop("control"), deutsch.pop("control")) == ("Monday March", "Montag März")
    assert deutsch == english
    assert deutsch["today"] == ["Monday 2 March", "Thu 09:50", "Reminders paused until Thu 09:50"]
    assert deutsch["tooltip"][1:] == ["Paused until Thu 09:50", "Water: Thu 09:50"]
    assert deutsch["history"][:3] == [
        "Today", "09:50  Twitch logged in the diary: palm, left, faint, a few seconds (it happened "
        "Sat 28 Feb at 09:50)", "09:40  Checked a symptom, result: self-care"]  # (pauses: "Show everything")
    assert deutsch["diary"] == "Sat 28 February, 09:50 — Palm, left"
    assert deutsch["checks"].startswith("Mon 2 Mar 2026, 09:40: ")
    assert any("Sat 28 Feb 2026, 09:50" in line for line in deutsch["report"])
    assert any("Mon 2 Mar 2026, 09:40" in line for line in deutsch["report"])
    assert any("23 Feb 2026 to 3 Mar 2026" in line for line in deutsch["report"])
