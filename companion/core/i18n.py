"""Every user-visible sentence asks here for its words in the person's language.

The core is pure Python, so it cannot call Qt's translator itself: it calls
``translate(context, text)``, and the composition root hands in Qt's
``QCoreApplication.translate`` at start (``install``). Until then, and in a process with
no Qt at all, the English source text is the answer.

``pyside6-lupdate`` finds the strings by reading the source (``.ci/translations``), so:

- the context and the text must be plain string literals in the call, never a variable
  or an f-string (placeholders are ``{name}``, filled with ``str.format`` after the
  translation);
- a count goes through ``tr(text, what, n)``, never ``translate``: lupdate's Python
  reader marks a ``translate`` call as plural only when the count is a number literal,
  and drops it when an argument holds a call (PySide6 6.11), while ``tr`` it reads
  right. ``%n`` in the text is the count, ``what`` says what is counted (it tells the
  translator, and keeps equal texts apart), and each language gives its plural forms in
  its ``.ts`` file (English too: ``companion_en.ts`` has "%n glass" and "%n glasses");
- text that must exist before the language is known (a module-level table) is marked
  with ``QT_TRANSLATE_NOOP(context, text)`` where it is written and translated with
  ``translate(context, value)`` where it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

#: The languages Companion ships, by the code in their file names (companion_de.qm):
#: English, the source, first. Settings' ``language`` is one of them, or "" (the desktop's).
LANGUAGES = ("en", "de", "id")

Translator = Callable[[str, str, "str | None", int], str]


def _source_text(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """No translator: the English source, with a count put in for %n as Qt would."""
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _source_text


def install(translator: Translator | None) -> None:
    """Use ``translator`` (Qt's ``QCoreApplication.translate``) from now on; None: English."""
    global _translator
    _translator = translator or _source_text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the person's language; ``n`` >= 0 picks the plural form and fills %n."""
    return _translator(context, text, disambiguation, n)


def tr(text: str, what: str | None = None, n: int = -1) -> str:
    """A count in words: ``tr("%n glasses", "water", 3)`` is "3 glasses", "3 Gläser"."""
    return _translator("", text, what, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for translation where it is written; it is translated where shown."""
    return text
