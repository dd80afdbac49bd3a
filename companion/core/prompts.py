"""What each reminder says and which action it offers first."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PromptText:
    title: str
    body: str
    primary: str          # the button that does the thing
    primary_action: str   # "log_water", "stretch" or "breathe"


PROMPTS = {
    "hydration": PromptText("Time for some water",
                            "A glass of water now keeps you going.",
                            "Drank a glass", "log_water"),
    "stretch": PromptText("Stretch break",
                          "Your hands have been busy. A one-minute stretch eases them.",
                          "Start stretches", "stretch"),
    "breathing": PromptText("A moment to breathe",
                            "A few slow breaths help you reset. Ready when you are.",
                            "Start", "breathe"),
}

KIND_NAMES = {"hydration": "Water", "stretch": "Stretch break", "breathing": "Breathing"}
