"""What each reminder says, which action it offers first, and what clicking it opens."""

from __future__ import annotations

from dataclasses import dataclass

from .kinds import Action, ReminderKind, Request


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


PROMPTS: dict[str, PromptText] = {
    ReminderKind.HYDRATION: PromptText("Time for some water",
                            "A glass of water now keeps you going.",
                            "Drank a glass", Action.LOG_WATER,
                            Request(Action.SHOW), "Open Today"),
    ReminderKind.STRETCH: PromptText("Stretch break",
                          "Your hands have been busy. A one-minute stretch eases them.",
                          "Start stretches", Action.STRETCH,
                          Request(Action.STRETCH, "quick-hand"), "Open the stretches"),
    ReminderKind.BREATHING: PromptText("A moment to breathe",
                            "A few slow breaths help you reset. Ready when you are.",
                            "Start", Action.BREATHE,
                            Request(Action.BREATHE), "Open the breathing exercise"),
}

KIND_NAMES: dict[str, str] = {ReminderKind.HYDRATION: "Water", ReminderKind.STRETCH: "Stretch break",
              ReminderKind.BREATHING: "Breathing"}
