"""Which language Companion speaks, and the names, times and numbers it writes in it."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from companion.core import wording
from companion.services import language as languages

TZ = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2026, 3, 2, 9, 5, tzinfo=TZ)


@pytest.mark.parametrize(("desktop", "expected"), [
    (["de-Latn-DE", "de-DE", "de-Latn", "de"], "de"),       # LANG=de_DE.UTF-8
    (["id-ID", "id", "en-US", "en"], "id"),
    (["fr-FR", "fr", "de-DE", "de"], "de"),                 # LANGUAGE=fr:de: the first we ship
    (["fr-FR", "fr"], "en"),                                # none shipped: English
    (["C"], "en"),                                          # LANG=C.UTF-8, as in the tests
    (["en-GB", "en"], "en"),
    (["pt_BR"], "en"),
])
def test_the_desktop_language_is_the_first_companion_ships(desktop, expected):
    assert languages.desktop_language(desktop) == expected


def test_the_tests_own_desktop_is_english_whatever_the_developers_shell_says():
    # conftest sets LC_ALL/LANG to C.UTF-8 and drops LANGUAGE before Qt starts.
    assert languages.desktop_language() == "en"
    assert languages.chosen("") == "en"


def test_a_setting_overrides_the_desktop():
    assert languages.chosen("de") == "de" and languages.chosen("id") == "id"
    assert languages.chosen("en") == "en"


def test_english_dates_are_companions_own_whatever_english_locale_says(language):
    language("en")
    assert wording.date_text(MONDAY) == "Monday 2 March"
    assert wording.moment_text(MONDAY) == "Mon 2 Mar 2026, 09:05"
    assert wording.describe_time(MONDAY.replace(day=3), MONDAY, TZ) == "tomorrow 09:05"
    assert wording.describe_minutes(70) == "1 h 10 min"
    assert wording.describe_seconds(150) == "2 min 30 s"
    assert wording.number_text(1250.5, 1) == "1,250.5"


def test_german_names_days_and_months_the_german_way(language):
    language("de")
    assert wording.date_text(MONDAY) == "Montag, 2. März"
    assert wording.date_text(MONDAY, weekday=None, month="short", year=True) == "2. März 2026"
    assert wording.moment_text(datetime(2026, 9, 5, 14, 30)) == "Sa., 5. Sept. 2026, 14:30"
    assert wording.describe_time(MONDAY.replace(day=3), MONDAY, TZ) == "morgen 09:05"
    assert wording.describe_time(MONDAY.replace(day=5), MONDAY, TZ) == "Do. 09:05"
    assert wording.describe_time(None, MONDAY, TZ) == "aus"
    assert wording.describe_minutes(70) == "1 Std. 10 Min."
    assert wording.describe_seconds(45) == "45 Sek."
    assert wording.number_text(1250.5, 1) == "1.250,5"
    assert wording.weekday_name(6) == "Sonntag"
    assert wording.month_name(3, standalone=True) == "März"


def test_indonesian_writes_its_own_names_and_its_clock(language):
    language("id")
    assert wording.date_text(MONDAY) == "Senin, 2 Maret"
    assert wording.moment_text(MONDAY) == "Sen, 2 Mar 2026, 09.05"
    assert wording.time_of_day(time(14, 30)) == "14.30"
    assert wording.describe_time(MONDAY.replace(day=3), MONDAY, TZ) == "besok 09.05"
    assert wording.describe_minutes(25) == "25 mnt"
    assert wording.number_text(0.5, 1) == "0,5"


def test_english_comes_back_in_full(language):
    language("de")
    language("en")
    assert wording.date_text(date(2026, 3, 2), "short", "short", year=True) == "Mon 2 Mar 2026"
    assert wording.time_of_day(time(9, 5)) == "09:05"
    assert wording.duration_words(1) == "1 second"


def test_counts_take_each_languages_plural_forms(language):
    language("de")
    assert (wording.duration_words(1), wording.duration_words(30)) == ("1 Sekunde", "30 Sekunden")
    assert wording.duration_words(600) == "10 Minuten"
    language("id")
    assert (wording.duration_words(1), wording.duration_words(120)) == ("1 detik", "2 menit")


def test_qts_own_words_come_from_qts_translation_where_qt_has_one(language):
    from PySide6.QtCore import QCoreApplication
    language("de")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    # Qt ships no Indonesian: its own buttons would read English, which is why Companion's
    # questions carry buttons of their own (ui.widgets.ask).
    language("id")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_days_and_months_named_elsewhere_follow_the_language_too(language):
    from companion.core.statistics import View, span_of
    from companion.core.week import default_week, describe_week
    assert describe_week(default_week()).startswith("Mon–Fri ")
    assert span_of(View.MONTH, date(2026, 3, 2)).title() == "March 2026"
    language("de")
    assert describe_week(default_week()).startswith("Mo.–Fr. ")
    assert span_of(View.MONTH, date(2026, 3, 2)).title() == "März 2026"


@pytest.mark.parametrize(("language", "region", "unit"), [
    ("en", "en_US", "fl oz"), ("en", "en_GB", "ml"), ("en", "en_AU", "ml"), ("de", "de_DE", "ml"),
    ("id", "id_ID", "ml"), ("de", "en_US", "fl oz"), ("en", "C", "ml"),
])
def test_the_water_unit_follows_the_region_not_the_language(language, region, unit):
    # The region's measurement system (LC_MEASUREMENT): QLocale("en") alone would be the US.
    assert languages.formats(language, QLocale(region)).water_unit == unit


def test_in_the_us_a_glass_reads_in_fluid_ounces_unless_the_person_chose_ml():
    wording.use(languages.formats("en", QLocale("en_US")))
    try:
        assert wording.water_amount(237) == "8 fl oz"
        wording.choose_water_unit("ml")
        assert wording.water_amount(237) == "237 ml"
    finally:
        wording.use(languages.formats("en"))


def test_the_tests_own_desktop_measures_in_millilitres():
    assert languages.formats("en").water_unit == "ml"  # C.UTF-8 (tests/conftest.py)


def test_a_desktop_that_measures_in_us_units_gets_fluid_ounces():
    """Through the real QLocale.system() of a process whose LC_MEASUREMENT is the US (its
    language and everything else stay C, as for a person who set only their region)."""
    import os
    import subprocess
    import sys
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE")}
    code = "from companion.services import language; print(language.formats('en').water_unit)"
    shown = {}
    for measurement in ("en_US.UTF-8", "en_GB.UTF-8", "de_DE.UTF-8"):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                              env={**env, "LANG": "C.UTF-8", "LC_MEASUREMENT": measurement})
        assert done.returncode == 0, done.stderr
        shown[measurement] = done.stdout.strip()
    assert shown == {"en_US.UTF-8": "fl oz", "en_GB.UTF-8": "ml", "de_DE.UTF-8": "ml"}
