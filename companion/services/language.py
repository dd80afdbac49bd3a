"""The person's language for Companion's words: Qt's translators, and QLocale's names.

The language is the desktop's (the first of its languages Companion ships, else English),
unless Settings names one (``chosen``). ``install`` puts it in force for every text asked
for from then on: Companion's own words (``core.i18n``), Qt's (a file dialog's buttons)
and the names of days and months and the separators of times and numbers
(``core.wording``, filled from QLocale: never the C library's locale).

Qt looks a text up in the translators from the last installed back to the first, so
English goes in first: it gives the English plural forms ("1 glass") and is where a
text not yet translated in the chosen language falls back to, one text at a time.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from companion import assets
from companion.core import i18n, wording
from companion.core.i18n import LANGUAGES

log = logging.getLogger(__name__)

#: Languages Companion ships, by their code in the file names (companion_<code>.qm).
SHIPPED = LANGUAGES
#: Each language named in itself, as a person looking for their own reads it.
NAMES = {"en": "English", "de": "Deutsch", "id": "Bahasa Indonesia"}

_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer
_current = "en"


def desktop_language(ui_languages: list[str] | None = None) -> str:
    """The first of the desktop's languages (QLocale.system's, from LANGUAGE, LC_ALL,
    LC_MESSAGES or LANG) that Companion ships; English if none is."""
    if ui_languages is None:
        ui_languages = QLocale.system().uiLanguages()
    for tag in ui_languages:  # "de-DE", "de", "pt-BR", "C"
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in SHIPPED:
            return code
    return "en"


def chosen(setting: str) -> str:
    """The language to use for Settings' ``language`` ("": the desktop's)."""
    return setting if setting in SHIPPED else desktop_language()


def current() -> str:
    """The language installed now ("en" before any): content files are read in it."""
    return _current


def install(language: str) -> None:
    """Words from now on in ``language`` ("de"), English where it has none."""
    global _current
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    folder = str(assets.root() / "translations")
    wanted = [("companion_en", folder)]
    if language != "en":
        # Qt's own words (a file dialog's buttons), where Qt has that language (it has
        # no Indonesian: Companion's own buttons carry their words, see ui.widgets.ask).
        # Imported here: PySide6 builds QLibraryInfo (1.4 ms), which an English start never needs.
        from PySide6.QtCore import QLibraryInfo
        wanted += [(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                   (f"companion_{language}", folder)]
    for name, where in wanted:
        translator = QTranslator()
        if translator.load(name, where):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        elif name.startswith("companion"):
            log.warning("no translation file %s in %s", name, where)
    i18n.install(QCoreApplication.translate)
    wording.use(formats(language))
    _current = language
    log.info("language: %s", language)


def formats(language: str, region: QLocale | None = None) -> wording.Formats:
    """The names of days and months and the separators, as QLocale has them for ``language``,
    and the water unit of ``region`` (None: the desktop's).

    English keeps Companion's own (24-hour times, "Mon 2 Mar"), which no English locale
    gives exactly. The unit is the region's, not the language's: QLocale("en") is the US,
    but most people who read English measure in millilitres; QLocale.system() reads
    LC_MEASUREMENT, which is there for exactly this.
    """
    unit = water_unit(QLocale.system() if region is None else region)
    if language == "en":
        return wording.Formats(water_unit=unit)
    locale = QLocale(language)
    long, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    # QLocale counts days from Monday as 1 and months from January as 1.
    hours = locale.timeFormat(short)
    after_hours = hours[hours.rfind("H") + 1:hours.rfind("H") + 2] if "H" in hours else ":"
    return wording.Formats(
        weekdays=tuple(locale.dayName(day, long) for day in range(1, 8)),
        short_weekdays=tuple(locale.dayName(day, short) for day in range(1, 8)),
        months=tuple(locale.monthName(month, long) for month in range(1, 13)),
        short_months=tuple(locale.monthName(month, short) for month in range(1, 13)),
        standalone_months=tuple(locale.standaloneMonthName(month, long) for month in range(1, 13)),
        time_separator=after_hours or ":",
        decimal_point=locale.decimalPoint(),
        group_separator=locale.groupSeparator(),
        water_unit=unit)


def water_unit(region: QLocale) -> str:
    """US fluid ounces where the region measures in US units, else millilitres (the UK's
    imperial system has its own, larger ounce, and glasses there are sold in ml)."""
    us = region.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "fl oz" if us else "ml"
