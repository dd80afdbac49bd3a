"""The "Share history" page of Settings (issue 25): the folder a sync tool keeps the same
on each computer, this computer's name there, whether settings are shared too, and how
sharing goes (last read, the other computers seen, a problem).

A page of the Settings window (its PAGES): ``changed`` and ``result`` apply its fields at
once; ``problem`` refuses a folder that is not there. The app shows the live status with
``follow``.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.i18n import translate
from companion.core.settings import Settings
from companion.core.wording import time_of_day
from companion.ui.widgets.controls import secondary_button
from companion.ui.widgets.labels import muted


class SharePage(QWidget):
    """Edits ``share_folder``, ``machine_name`` and ``share_settings``."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self._opened_with = settings.share_folder
        layout = QVBoxLayout(self)
        intro = muted(QLabel(translate(
            "Sync", "Keep one history on all your computers: choose a folder that a sync tool "
            "(such as Syncthing or Nextcloud) or a network share keeps the same on each. "
            "Companion only writes its own files there and sends nothing anywhere itself."),
            wordWrap=True))
        layout.addWidget(intro)
        form = QFormLayout()
        self.folder = QLineEdit(settings.share_folder)
        self.folder.setPlaceholderText(translate("Sync", "Not shared"))
        self.folder.setAccessibleName(translate("Sync", "Shared folder"))
        self.folder.editingFinished.connect(self.changed)
        self.choose = secondary_button(translate("Sync", "&Choose…"))
        self.choose.clicked.connect(self._choose)
        self.stop = secondary_button(translate("Sync", "S&top sharing"))
        self.stop.clicked.connect(self._stop)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        row.addWidget(self.stop)
        label = QLabel(translate("Sync", "Shared &folder"))
        label.setBuddy(self.folder)  # its key goes to the folder, beside the buttons
        form.addRow(label, row)
        self.name = QLineEdit(settings.machine_name)
        self.name.setMaxLength(60)
        from companion.services.share import host_name
        self.name.setPlaceholderText(host_name())
        self.name.setAccessibleName(translate("Sync", "This computer's name"))
        self.name.editingFinished.connect(self.changed)
        form.addRow(translate("Sync", "This computer's &name"), self.name)
        layout.addLayout(form)
        self.share_settings = QCheckBox(translate(
            "Sync", "Share &settings too (the latest change wins)"))
        self.share_settings.setChecked(settings.share_settings)
        self.share_settings.toggled.connect(self.changed)
        layout.addWidget(self.share_settings)
        self.status = muted(QLabel(wordWrap=True))
        layout.addWidget(self.status)
        self._follow_folder()
        self.folder.textChanged.connect(self._follow_folder)

    def _follow_folder(self) -> None:
        shared = bool(self.folder.text().strip())
        self.stop.setEnabled(shared)
        if not shared:
            self.status.setText(translate("Sync", "Your history stays on this computer only."))

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("Sync", "Choose the shared folder"),
            self.folder.text() or os.path.expanduser("~"))
        if chosen:
            self.folder.setText(chosen)
            self.changed.emit()

    def _stop(self) -> None:
        self.folder.clear()
        self.changed.emit()

    def problem(self) -> str | None:
        """A newly chosen folder that is not there (one in use may be away for now)."""
        text = self.folder.text().strip()
        if not text or text == self._opened_with:
            return None
        path = os.path.expanduser(text)
        if not os.path.isabs(path) or not os.path.isdir(path):
            return translate("Sync", "Share history: the folder {folder} does not exist.").format(
                folder=text)
        return None

    def result(self, settings: Settings) -> Settings:
        folder = self.folder.text().strip()
        if folder:
            folder = os.path.expanduser(folder)
        return replace(settings, share_folder=folder, machine_name=self.name.text().strip(),
                       share_settings=self.share_settings.isChecked())

    # -- the live status -------------------------------------------------------------
    def follow(self, share: Any) -> None:
        """Show the status of ``share`` (a ShareFolder) now and as it changes."""
        share.changed.connect(lambda: self.show_status(share.status))
        self.show_status(share.status)

    def show_status(self, status: Any) -> None:
        if not status.folder:
            self._follow_folder()
            return
        if status.problem:
            self.status.setText(status.problem)
            return
        if status.last_read is None:
            text = translate("Sync", "Not read yet.")
        else:
            text = translate("Sync", "Last read at {time}.").format(
                time=time_of_day(status.last_read.astimezone()))
        names = sorted(status.machines.values(), key=str.casefold)
        text += " " + (translate("Sync", "Other computers seen: {names}.").format(
            names=", ".join(names)) if names else translate(
            "Sync", "No other computer has written to this folder yet."))
        self.status.setText(text)
