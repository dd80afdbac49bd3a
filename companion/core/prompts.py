"""What each reminder says and which action it offers first."""

from __future__ import annotations

from dataclasses import dataclass

from .kinds import Action, ReminderKind


@dataclass(frozen=True)
class PromptText:
    title: str
    body: str
    primary: str          # the button that does the thing
    primary_action: Action


PROMPTS: dict[str, PromptText] = {
    ReminderKind.HYDRATION: PromptText("Time for some water",
                            "A glass of water now keeps you going.",
                            "Drank a glass", Action.LOG_WATER),
    ReminderKind.STRETCH: PromptText("Stretch break",
                          "Your hands have been busy. A one-minute stretch eases them.",
                          "Start stretches", Action.STRETCH),
    ReminderKind.BREATHING: PromptText("A moment to breathe",
                            "A few slow breaths help you reset. Ready when you are.",
                            "Start", Action.BREATHE),
}

KIND_NAMES: dict[str, str] = {ReminderKind.HYDRATION: "Water", ReminderKind.STRETCH: "Stretch break",
              ReminderKind.BREATHING: "Breathing"}
