"""Tables of words read in the person's language each time they are looked up.

A table written at import time (reminder names, diary areas) exists before the language
is known, so its texts are marked with ``QT_TRANSLATE_NOOP`` where written and the table
translates a value only when it is read. Keys stay the plain ids the files store.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Mapping
from typing import TypeVar, overload

from .i18n import translate

Key = TypeVar("Key", bound=Hashable)
Default = TypeVar("Default")


class Words(dict[Key, str]):
    """``{id: English text}`` that answers each lookup in the person's language.

    A dict, so the windows that take a ``dict`` of choices take one as they are; every
    way of reading a value (``[]``, ``get``, ``items``, ``values``, a copy) translates it.
    """

    def __init__(self, context: str, english: Mapping[Key, str]) -> None:
        super().__init__(english)
        self._context = context

    def __getitem__(self, key: Key) -> str:
        return translate(self._context, super().__getitem__(key))

    @overload
    def get(self, key: Key, default: None = None) -> str | None: ...
    @overload
    def get(self, key: Key, default: str | Default) -> str | Default: ...

    def get(self, key: Key, default: object = None) -> object:
        return self[key] if key in self else default

    def items(self) -> Iterable[tuple[Key, str]]:  # type: ignore[override]
        return [(key, self[key]) for key in self]

    def values(self) -> Iterable[str]:  # type: ignore[override]
        return [self[key] for key in self]

    def __iter__(self) -> Iterator[Key]:
        # Overridden so that dict(words) and {**words} read through __getitem__ too
        # (CPython copies a dict's stored values directly unless its iteration is its own).
        return super().__iter__()

    def english(self, key: Key) -> str:
        """The source text, for what is stored or logged rather than shown."""
        return super().__getitem__(key)
