"""Questions carry Companion's own buttons, named by what they do, in the person's language:
never Qt's standard Yes/No/Cancel (Qt has no Indonesian for them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from companion.core.i18n import translate
from companion.ui.widgets.ask import question_box

# Every question Companion asks with its buttons, as the three windows ask them.
ASKED = [
    ("Home", "&Quit", "&Keep running"),
    ("Settings", "&Remove", "&Keep"),
    ("Twitch diary", "&Delete", "&Keep"),
]
ENGLISH_BUTTON_WORDS = {"yes", "no", "cancel", "ok", "quit", "keep", "keep running", "remove",
                        "delete"}


def buttons(box: QMessageBox) -> list[str]:
    return [button.text().replace("&", "") for button in box.findChildren(QPushButton)]


@pytest.mark.parametrize("code", ["de", "id"])
@pytest.mark.parametrize(("context", "act", "keep"), ASKED)
def test_no_english_button_words_in_another_language(qtbot, language, code, context, act, keep):
    language(code)
    box, _ = question_box(None, "Companion", "?", translate(context, act), translate(context, keep))
    qtbot.addWidget(box)
    shown = buttons(box)
    assert len(shown) == 2 and box.standardButtons() == QMessageBox.StandardButton.NoButton
    assert not {text.lower() for text in shown} & ENGLISH_BUTTON_WORDS, shown


def test_indonesian_buttons_read_indonesian(qtbot, language):
    language("id")
    box, _ = question_box(None, "Companion", "?", translate("Settings", "&Remove"),
                          translate("Settings", "&Keep"))
    qtbot.addWidget(box)
    assert sorted(buttons(box)) == ["Biarkan", "Hapus"]


def test_enter_and_escape_keep_and_only_the_verb_acts(qtbot):
    box, remove = question_box(None, "Keep less history", "Remove 3 days?", "&Remove", "&Keep")
    qtbot.addWidget(box)
    assert box.defaultButton().text() == "&Keep" and box.escapeButton().text() == "&Keep"
    box.open()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.clickedButton() is not remove and box.clickedButton().text() == "&Keep"
    box.open()
    remove.click()
    assert box.clickedButton() is remove
