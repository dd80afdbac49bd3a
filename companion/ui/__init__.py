"""Widgets: thin views over core objects and services."""
