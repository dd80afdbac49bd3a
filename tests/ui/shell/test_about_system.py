"""The About this system page and the Settings that depend on what this system can do."""

from PySide6.QtGui import QGuiApplication

from companion.core.settings import Settings
from companion.services.diagnose.facts import Fact
from companion.ui.shell.about_system import AboutSystemPage
from companion.ui.shell.settings_dialog import SettingsDialog

FACTS = [Fact("System tray", True, "found: X11 system tray (XEmbed)"),
         Fact("Speech", False, "no speech engine plugin for Qt", "Install speech-dispatcher.")]


def test_the_about_page_lists_each_fact_with_what_to_do(qtbot):
    page = AboutSystemPage(gather=lambda: FACTS)
    qtbot.addWidget(page)
    shown = page.view.toPlainText().splitlines()
    assert shown[:2] == ["System tray — ✓ works", "found: X11 system tray (XEmbed)"]
    assert shown[2:5] == ["Speech — ✗ not working", "no speech engine plugin for Qt",
                          "What to do: Install speech-dispatcher."]
    assert "1 thing to look at" in page.summary.text()


def test_copy_puts_the_same_report_as_diagnose_on_the_clipboard(qtbot):
    page = AboutSystemPage(gather=lambda: FACTS)
    qtbot.addWidget(page)
    page.copy()
    text = QGuiApplication.clipboard().text()
    assert "[ok] System tray: found" in text and "-> Install speech-dispatcher." in text


def test_the_real_checks_fill_the_page_without_a_display_or_bus(qtbot, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    page = AboutSystemPage()
    qtbot.addWidget(page)
    if page.check.running:  # D-Bus is asked without waiting; the page fills in after
        assert page.summary.text() == "Checking…" and not page.again.isEnabled()
        qtbot.waitSignal(page.check.finished, timeout=10_000).wait()
    topics = [fact.topic for fact in page.facts]
    assert all(topic in page.view.toPlainText() for topic in topics)
    assert topics[:3] == ["Display", "System tray", "Notifications"]
    assert {"Speech", "Sound", "Start at login", "Config folder", "Data folder",
            "Versions"} <= set(topics)
    assert page.again.isEnabled()


def test_presence_is_what_the_running_app_found_and_no_second_monitor_starts(
        qtbot, monkeypatch):
    from companion.services.presence.monitor import PresenceMonitor
    from companion.services.presence.status import SourceStatus

    def second_monitor(self):
        raise AssertionError("the About page started a presence monitor of its own")
    monkeypatch.setattr(PresenceMonitor, "start", second_monitor)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    found = [SourceStatus("idle", True, "X11 idle alarms (XSync IDLETIME)"),
             SourceStatus("fullscreen", False, "no X11 display")]
    page = AboutSystemPage(found)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.facts), timeout=10_000)
    assert "[ok] Presence: idle: X11 idle alarms (XSync IDLETIME)" in page.text()
    assert "[!!] Presence: fullscreen: no X11 display" in page.text()


def test_spoken_cues_are_disabled_with_the_reason_when_no_engine_works(qtbot):
    dialog = SettingsDialog(Settings(spoken_cues=True), speech_problem=lambda: "no speech engine")
    qtbot.addWidget(dialog)
    assert not dialog.speech.isEnabled() and not dialog.speech.isChecked()
    assert "no speech engine" in dialog.speech_problem.text()
    assert not dialog.speech_problem.isHidden()
    dialog.sound.setChecked(False)  # any change applies the page, greyed box and all
    assert not dialog.result_settings().sound_cues
    assert dialog.result_settings().spoken_cues  # the choice waits for a working engine


def test_settings_opens_without_asking_for_speech_until_it_is_turned_on(qtbot):
    """Asking starts a speech engine (a second or two): not each time Settings opens."""
    asked = []
    dialog = SettingsDialog(Settings(spoken_cues=False),
                            speech_problem=lambda: asked.append(1) or "no speech engine")
    qtbot.addWidget(dialog)
    assert asked == [] and dialog.speech.isEnabled() and dialog.speech_problem.isHidden()
    dialog.speech.setChecked(True)  # turned on: asked, and greyed out with the reason
    assert asked == [1]
    assert not dialog.speech.isEnabled() and not dialog.speech.isChecked()
    assert "no speech engine" in dialog.speech_problem.text()
    assert not dialog.speech_problem.isHidden()
    assert not dialog.result_settings().spoken_cues  # what is saved: off, as it was


def test_spoken_cues_stay_available_when_speech_works(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.speech.isEnabled() and dialog.speech_problem.isHidden()


def test_start_at_login_is_in_settings(qtbot):
    dialog = SettingsDialog(Settings(start_at_login=True))
    qtbot.addWidget(dialog)
    assert dialog.login.isChecked()
    dialog.login.setChecked(False)
    assert not dialog.result_settings().start_at_login
