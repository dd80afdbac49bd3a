"""Companion: a desktop self-care companion."""

__version__ = "0.1.0"
