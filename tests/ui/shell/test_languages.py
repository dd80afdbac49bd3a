"""Today, Settings and the tray menu speak German and Indonesian when that is the language,
and every accessible name, access key and page keeps working in it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QLabel

from companion.core.today import DaySummary
from companion.ui.shell.settings_data import DataHost, DataSection, add_to
from companion.ui.shell.settings_dialog import SettingsDialog
from companion.ui.shell.today import TodayWindow
from companion.ui.shell.tray import TrayMenu

TZ = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 4, 10, 20, tzinfo=TZ)


def _shown(window) -> list[str]:
    found = [*window.findChildren(QAbstractButton), *window.findChildren(QLabel)]
    return [w.text() for w in found if w.isVisibleTo(window)]


def _keys(texts: list[str]) -> list[str]:
    """The Alt+letter of each text that has one."""
    return [text[text.index("&") + 1].lower() for text in texts if "&" in text.replace("&&", "")]


def test_today_in_german_counts_its_tiles_in_german_words(qtbot, language):
    language("de")
    window = TodayWindow(TZ)
    qtbot.addWidget(window)
    window.show_day(DaySummary(0, 0, 8, 1, 0), NOW)
    window.show()
    assert window.windowTitle() == "Heute — Companion"
    assert window.water_label.text() == "Noch kein Glas"
    assert window.water_detail.text() == "Ein Glas jetzt ist ein guter Anfang. Ziel: 8."
    assert window.breaks_label.text() == "Heute 1 Pause"        # German's singular
    assert window.breathing_label.text() == "Heute noch keine"
    window.show_day(DaySummary(3, 750, 8, 2, 1), NOW)
    assert window.water_label.text() == "3 von 8 Gläsern"
    assert window.breaks_label.text() == "Heute 2 Pausen"
    assert window.breathing_label.text() == "Heute 1 Übung"
    assert window.log_button.text() == "&Eintragen"  # under "Wasser": short, for 2x text
    assert window.log_button.accessibleName() == "Ein Glas eintragen"
    assert window.log_button.accessibleName() == "Ein Glas eintragen"
    assert window.undo_button.accessibleName() == "Das letzte Glas zurücknehmen"
    assert [window.pause_choice.itemText(i) for i in range(3)] == ["30 Minuten", "1 Stunde", "2 Stunden"]
    # Every button and label with an access key has a letter of its own.
    keys = _keys(_shown(window))
    assert len(keys) >= 8 and len(keys) == len(set(keys)), keys


def test_today_in_indonesian(qtbot, language):
    language("id")
    window = TodayWindow(TZ)
    qtbot.addWidget(window)
    window.show_day(DaySummary(2, 500, 8, 0, 3), NOW)
    window.show()
    assert window.windowTitle() == "Hari ini — Companion"
    assert window.water_label.text() == "2 dari 8 gelas"
    assert window.breaks_label.text() == "Belum ada hari ini"
    assert window.breathing_label.text() == "3 sesi hari ini"
    keys = _keys(_shown(window))
    assert len(keys) == len(set(keys)), keys


@pytest.mark.parametrize("code, titles", [
    ("de", ["Erinnerungen", "Arbeitszeiten", "Allgemein", "Wenn Sie weg sind", "Wohlbefinden",
            "Pausenbildschirm", "Verlauf teilen", "Ihre Daten"]),
    ("id", ["Pengingat", "Jam kerja", "Umum", "Saat Anda pergi", "Kesejahteraan", "Layar istirahat",
            "Bagikan riwayat", "Data Anda"]),
])
def test_settings_lists_its_pages_in_the_language_and_each_title_fits(qtbot, language, history, code, titles):
    from companion.core.settings import Settings
    language(code)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    add_to(dialog, DataSection(DataHost(history, lambda: NOW, lambda: TZ, Settings,
                                        lambda new, made_from: None, lambda: None)))
    dialog.show()
    shown = [dialog.sections.item(row).text() for row in range(dialog.sections.count())]
    assert shown == titles
    # The list is as wide as its longest title in this language: none is cut or elided.
    metrics = dialog.sections.fontMetrics()
    assert all(metrics.horizontalAdvance(title) < dialog.sections.viewport().width() for title in shown)
    # Code still finds a page by its English name (and a person by the shown one).
    dialog.show_page("general")
    assert dialog.sections.currentItem().text() == titles[2]
    dialog.show_page(titles[4])
    assert dialog.stack.currentIndex() == 4
    # A translated problem is said beside the field, and nothing wrong is applied.
    dialog.plans["breathing"].times.setText("25:00")
    dialog.plans["breathing"].times.editingFinished.emit()
    assert dialog.problem.isVisibleTo(dialog) and "25:00" in dialog.problem.text()
    assert "not a time" not in dialog.problem.text()


def test_the_tray_menu_in_german(qapp, language):
    language("de")
    tray = TrayMenu(QIcon(), QIcon())
    texts = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
    assert texts == ["Erinnerungen an", "Companion öffnen", "Ein Glas Wasser eintragen",
                     "Letztes Glas zurücknehmen", "Dehnübungen…", "Atemübung…", "Symptom prüfen…",
                     "Statistik…", "Erinnerungen pausieren", "Erinnerungen fortsetzen",
                     "Einstellungen…", "Companion beenden"]
    assert [a.text() for a in tray.pause_menu.actions()] == [
        "30 Minuten", "1 Stunde", "2 Stunden", "Bis dieser Anruf endet",
        "Bis zum nächsten aktiven Tag", "Bis ich fortsetze"]
    assert tray.menu.accessibleName() == "Companion-Menü"


def test_english_is_back_after_a_language_was_shown(qapp):
    # (the ``language`` fixture puts English back: the tests after it read English)
    tray = TrayMenu(QIcon(), QIcon())
    assert [a.text() for a in tray.pause_menu.actions()][:3] == ["30 minutes", "1 hour", "2 hours"]
