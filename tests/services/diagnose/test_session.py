"""The Display fact names the session (X11 or Wayland), the desktop and Qt's platform."""

import pytest

from companion.services.diagnose import local
from companion.services.diagnose.system_check import KEEPS_TO_THE_CLOCK, presence_facts
from companion.services.presence.status import SourceStatus

SESSION_VARS = ("XDG_SESSION_TYPE", "XDG_CURRENT_DESKTOP", "WAYLAND_DISPLAY", "DISPLAY", "QT_QPA_PLATFORM")


@pytest.fixture
def session(monkeypatch):
    for var in SESSION_VARS:
        monkeypatch.delenv(var, raising=False)
    return monkeypatch.setenv


def test_a_gnome_wayland_session_with_xwayland(session, qapp):
    session("XDG_SESSION_TYPE", "wayland")
    session("XDG_CURRENT_DESKTOP", "ubuntu:GNOME")
    session("WAYLAND_DISPLAY", "wayland-0")
    session("DISPLAY", ":0")
    fact = local.display()
    assert fact.ok
    assert fact.detail.startswith("Wayland session, desktop ubuntu:GNOME; windows through Qt's "
                                  f"{qapp.platformName()} platform; ")
    assert fact.detail.endswith("WAYLAND_DISPLAY=wayland-0, DISPLAY=:0, X11 programs through XWayland")


def test_the_session_type_is_read_from_the_display_when_the_session_does_not_say(session):
    session("WAYLAND_DISPLAY", "wayland-1")
    assert local.session_type() == "wayland"
    session("WAYLAND_DISPLAY", "")
    session("DISPLAY", ":5")
    assert local.session_type() == "x11"
    assert "X11 session, desktop not named (XDG_CURRENT_DESKTOP is unset)" in local.display().detail


def test_no_advice_for_a_source_another_one_covers():
    facts = presence_facts([
        SourceStatus("fullscreen", False, "cannot be seen on Wayland"),
        SourceStatus("fullscreen", True, "GNOME says when a program keeps the screen awake"),
        SourceStatus("camera", False, "no camera found")])
    assert [f.advice for f in facts] == ["", "", KEEPS_TO_THE_CLOCK]


def test_the_desktops_own_break_reminders_are_a_fact_not_a_problem():
    [off, on] = presence_facts([
        SourceStatus("desktop breaks", False, "GNOME's movement breaks are off"),
        SourceStatus("desktop breaks", True, "GNOME's movement breaks are on (org.gnome.Shell.ScreenTime)")])
    assert off.ok and off.topic == "Desktop break reminders" and off.advice == ""
    assert off.detail == "none followed (GNOME's movement breaks are off); Companion reminds you itself"
    assert on.ok and on.detail.startswith("GNOME's movement breaks are on")


def test_the_diagnosis_reads_in_german_with_each_sources_own_words(language):
    from companion.services.diagnose.facts import report
    language("de")
    camera, breaks = presence_facts([SourceStatus("camera", False, "no camera found"),
                                     SourceStatus("desktop breaks", False, "GNOME's movement breaks are off")])
    assert (camera.topic, camera.detail) == ("Anwesenheit: Kamera", "keine Kamera gefunden")
    assert camera.advice == ("Companion richtet sich hierbei nach der Uhr: Erinnerungen werden dafür "
                             "nicht zurückgehalten.")
    assert breaks.detail == "keine genutzt (GNOMEs Bewegungspausen sind aus); Companion erinnert Sie selbst"
    text = report([camera, breaks])
    assert "was auf diesem Desktop funktioniert" in text and text.endswith(
        "1 Punkt zum Ansehen; Companion läuft auch ohne ihn.")
