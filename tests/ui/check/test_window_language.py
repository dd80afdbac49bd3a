"""Check a symptom in the person's language: the app reads the checklist in the language
it installed, and an urgent sign shows that language's urgent advice, red and first."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from companion.core.kinds import Action, Request
from companion.services.ticker import ManualTicker

ASSETS = Path(__file__).resolve().parents[3] / "assets"


def urgent_words(language: str) -> tuple[str, str]:
    """The urgent level's title and advice, read from that language's own file."""
    path = ASSETS / "checklist.toml" if language == "en" else ASSETS / language / "checklist.toml"
    urgent = tomllib.loads(path.read_text(encoding="utf-8"))["levels"]["urgent"]
    return urgent["title"], " ".join(urgent["advice"].split())


@pytest.mark.parametrize("code", ["de", "id", "en"])
def test_an_urgent_sign_shows_the_urgent_advice_in_the_apps_language(make_app, language, qtbot, code):
    language(code)
    app = make_app(new_ticker=lambda interval_ms=100: ManualTicker())
    app.commands.run(Request(Action.CHECK))
    window = app.features.windows["check"]
    page = window.checklist_page
    qtbot.waitExposed(window)
    face = page.boxes["face_droop"]
    assert face.isVisible()
    face.setChecked(True)
    panel = page.result
    title, advice = urgent_words(code)
    assert page.result_area.isVisible() and panel.banner.isVisible()
    assert (panel.title.text(), panel.advice.text()) == (title, advice)
    assert "112" in panel.advice.text()
    assert "#b3261e" in panel.banner.styleSheet()  # red, whatever the words
    assert not panel.tips_heading.isVisible()  # nothing to distract from getting help
    if code == "de":
        assert panel.title.text() == "Jetzt Hilfe holen"
        assert "Notaufnahme" in panel.advice.text()
        assert face.accessibleName().startswith("Eine Gesichtshälfte hängt herab")  # the question read out
