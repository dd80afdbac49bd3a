"""What each reminder says, which action it offers first, and what clicking it opens."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from .i18n import QT_TRANSLATE_NOOP, translate
from .kinds import Action, ReminderKind, Request
from .translated import Words


@dataclass(frozen=True)
class PromptText:
    title: str
    body: str
    primary: str          # the button that does the thing
    primary_action: Action
    # Clicking the prompt itself (a notification's body: how people open or put away a
    # notification on GNOME and KDE) opens this, and never records anything.
    opens: Request
    opens_label: str      # what that click is called where a server lists it (dunst's menu)


class _Prompts(Mapping[str, PromptText]):
    """The prompts, each read in the person's language when it is looked up."""

    def __init__(self, english: dict[str, PromptText]) -> None:
        self._english = english

    def __getitem__(self, kind: str) -> PromptText:
        text = self._english[kind]
        return replace(text, title=translate("prompts", text.title),
                       body=translate("prompts", text.body),
                       primary=translate("prompts", text.primary),
                       opens_label=translate("prompts", text.opens_label))

    def __iter__(self) -> Iterator[str]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)


PROMPTS: Mapping[str, PromptText] = _Prompts({
    ReminderKind.HYDRATION: PromptText(QT_TRANSLATE_NOOP("prompts", "Time for some water"),
                            QT_TRANSLATE_NOOP("prompts", "A glass of water now keeps you going."),
                            QT_TRANSLATE_NOOP("prompts", "Drank a glass"), Action.LOG_WATER,
                            Request(Action.SHOW), QT_TRANSLATE_NOOP("prompts", "Open Today")),
    ReminderKind.STRETCH: PromptText(QT_TRANSLATE_NOOP("prompts", "Stretch break"),
                          QT_TRANSLATE_NOOP("prompts", "Your hands have been busy. A one-minute stretch eases them."),
                          QT_TRANSLATE_NOOP("prompts", "Start stretches"), Action.STRETCH,
                          Request(Action.STRETCH, "quick-hand"),
                          QT_TRANSLATE_NOOP("prompts", "Open the stretches")),
    ReminderKind.BREATHING: PromptText(QT_TRANSLATE_NOOP("prompts", "A moment to breathe"),
                            QT_TRANSLATE_NOOP("prompts", "A few slow breaths help you reset. Ready when you are."),
                            QT_TRANSLATE_NOOP("prompts", "Start"), Action.BREATHE,
                            Request(Action.BREATHE),
                            QT_TRANSLATE_NOOP("prompts", "Open the breathing exercise")),
})

#: Each reminder's name, as a heading or a label ("Water", "Stretch break").
KIND_NAMES: Mapping[str, str] = Words("prompts", {
    ReminderKind.HYDRATION: QT_TRANSLATE_NOOP("prompts", "Water"),
    ReminderKind.STRETCH: QT_TRANSLATE_NOOP("prompts", "Stretch break"),
    ReminderKind.BREATHING: QT_TRANSLATE_NOOP("prompts", "Breathing")})
