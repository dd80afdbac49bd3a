"""The person's language for Companion's words: Qt's translators, installed once at start.

Qt looks a text up in the translators from the last installed back to the first, so
English goes in first: it gives the English plural forms ("1 glass") and is where a
text not yet translated in the chosen language falls back to, one text at a time.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from companion import assets
from companion.core import i18n

log = logging.getLogger(__name__)

#: Languages Companion ships, by their code in the file names (companion_<code>.qm).
SHIPPED = ("en", "de", "id")

_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer


def install(language: str) -> None:
    """Words from now on in ``language`` ("de"), English where it has none."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    folder = str(assets.root() / "translations")
    wanted = [("companion_en", folder)]
    if language != "en":
        # Qt's own words (a file dialog's buttons), where Qt has that language. (Imported
        # here: PySide6 builds QLibraryInfo, 1.4 ms, which an English start never needs.)
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
