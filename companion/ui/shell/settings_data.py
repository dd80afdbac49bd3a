"""The "Your data" page of Settings: export, import a backup, and how long history is kept.

These act at once, like buttons rather than settings: a file is written or read when
asked, and a shorter history is kept only after a confirmation that says how many
entries go (then saved as a setting, so OK or Cancel of the dialog does not undo it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core import retention
from companion.core.clock import Clock
from companion.core.exchange_files import Format, TransferFailed, export, import_file
from companion.core.history import History
from companion.core.i18n import QT_TRANSLATE_NOOP, tr, translate
from companion.core.settings import Settings
from companion.ui.widgets.announce import announce
from companion.ui.widgets.ask import ask
from companion.ui.widgets.labels import muted, wrapping_label

#: Each export: its button, the file name it suggests, and the file dialog's filter (the
#: words marked here, translated where shown; context "Settings").
EXPORTS = (
    (Format.EVENTS_CSV, QT_TRANSLATE_NOOP("Settings", "Export &events (CSV)…"),
     "companion-events-{day}.csv", QT_TRANSLATE_NOOP("Settings", "CSV files (*.csv)")),
    (Format.DAYS_CSV, QT_TRANSLATE_NOOP("Settings", "Export &days (CSV)…"), "companion-days-{day}.csv",
     QT_TRANSLATE_NOOP("Settings", "CSV files (*.csv)")),
    (Format.BACKUP, QT_TRANSLATE_NOOP("Settings", "Export a &full backup (JSON)…"),
     "companion-backup-{day}.json", QT_TRANSLATE_NOOP("Settings", "Companion backups (*.json)")),
)
IMPORT_FILTER = QT_TRANSLATE_NOOP("Settings", "Companion backups (*.json);;CSV with one row per "
                                  "event (*.csv)")


@dataclass(frozen=True)
class DataHost:
    """What the page may use of the running app."""

    history: History
    clock: Clock
    tz: Callable[[], tzinfo]                          # the system's zone now
    settings: Callable[[], Settings]                  # the settings in force now
    apply_settings: Callable[[Settings, Settings], None]   # (new, made_from)
    refresh: Callable[[], None]                       # Today shows imported entries
    folder: Path = Path.home()                        # where file dialogs start


def add_to(dialog, section: QWidget, title: str = QT_TRANSLATE_NOOP("Settings", "Your data")) -> None:
    """Add ``section`` as a page of the Settings dialog. Its buttons act at once (files
    written or read, history kept shorter after a confirmation), so the page has no
    ``changed``/``result``: the dialog has nothing to apply for it."""
    dialog.add_page(title, section)


def _save_name(parent: QWidget, title: str, suggested: str, kinds: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    return path or None


def _open_name(parent: QWidget, title: str, folder: str, kinds: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, kinds)
    return path or None


def _confirm(parent: QWidget, text: str) -> bool:
    # "Keep" is the default: Enter never deletes.
    return ask(parent, translate("Settings", "Keep less history"), text,
               translate("Settings", "&Remove"), translate("Settings", "&Keep"))


class DataSection(QWidget):
    """Export, import and retention, acting on the history at once.

    ``save_name``, ``open_name`` and ``confirm`` ask the user (file dialogs and a question
    box by default); tests give stand-ins.
    """

    def __init__(self, host: DataHost, parent: QWidget | None = None,
                 save_name: Callable[[QWidget, str, str, str], str | None] = _save_name,
                 open_name: Callable[[QWidget, str, str, str], str | None] = _open_name,
                 confirm: Callable[[QWidget, str], bool] = _confirm):
        super().__init__(parent)
        self.host = host
        self._save_name, self._open_name, self._confirm = save_name, open_name, confirm
        layout = QVBoxLayout(self)
        layout.addWidget(muted(wrapping_label(translate(
            "Settings", "Everything Companion records stays on this computer. Take a copy for a "
            "spreadsheet or another computer, or bring in a backup: entries you already "
            "have are not added twice."))))
        buttons = QGridLayout()
        self.export_buttons: dict[Format, QPushButton] = {}
        for row, (chosen, text, _, _) in enumerate(EXPORTS):
            button = QPushButton(translate("Settings", text))
            button.clicked.connect(lambda _=False, chosen=chosen: self.export(chosen))
            buttons.addWidget(button, row, 0)
            self.export_buttons[chosen] = button
        self.import_button = QPushButton(translate("Settings", "&Import a backup…"))
        self.import_button.clicked.connect(self.import_backup)
        buttons.addWidget(self.import_button, len(EXPORTS), 0)
        buttons.setColumnStretch(1, 1)
        layout.addLayout(buttons)
        self.result = wrapping_label(role=translate("Settings", "What the last export or import did"))
        self.result.hide()
        layout.addWidget(self.result)

        form = QFormLayout()
        self.keep = QComboBox()
        self.keep.setAccessibleName(translate("Settings", "Keep history"))
        self._fill_choices(host.settings().keep_history_days)
        self.keep.activated.connect(self._keep_chosen)
        label = QLabel(translate("Settings", "Keep &history:"))
        label.setBuddy(self.keep)
        form.addRow(label, self.keep)
        layout.addLayout(form)
        layout.addWidget(muted(wrapping_label(translate(
            "Settings", "Nothing is deleted unless you choose a shorter time here; you are asked "
            "first, with the number of entries that would go."))))
        layout.addStretch(1)

    def _fill_choices(self, days: int) -> None:
        self.keep.clear()
        choices = dict(retention.CHOICES)
        if days not in choices:  # an age set in the settings file by hand
            choices[days] = retention.label(days)
        for value, text in choices.items():
            self.keep.addItem(text, value)
        self.keep.setCurrentIndex(self.keep.findData(days))

    def _tell(self, text: str) -> None:
        self.result.setText(text)
        self.result.show()
        announce(self.result, text)

    # -- export and import -----------------------------------------------------------
    def export(self, chosen: Format) -> None:
        """Ask where, then write the whole history there in the chosen format."""
        host = self.host
        _, text, name, kinds = next(e for e in EXPORTS if e[0] is chosen)
        now = host.clock()
        suggested = host.folder / name.format(day=now.astimezone(host.tz()).date().isoformat())
        title = translate("Settings", text).replace("&", "").rstrip("…")
        path = self._save_name(self, title, str(suggested), translate("Settings", kinds))
        if path is None:
            return
        self._busy(lambda: export(host.history, Path(path), chosen, now, host.tz()))

    def import_backup(self) -> None:
        """Ask for a backup, then add the entries the history does not have yet."""
        path = self._open_name(self, translate("Settings", "Import a backup"), str(self.host.folder),
                               translate("Settings", IMPORT_FILTER))
        if path is None:
            return
        self._busy(lambda: import_file(self.host.history, Path(path)))
        self.host.refresh()

    def _busy(self, work: Callable[[], str]) -> None:
        # A year takes a second or two: say so with the cursor rather than look frozen.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            told = work()
        except TransferFailed as exc:
            told = str(exc)
        finally:
            QApplication.restoreOverrideCursor()
        self._tell(told)

    # -- retention -------------------------------------------------------------------
    def _keep_chosen(self, index: int) -> None:
        self.keep_history(int(self.keep.itemData(index)))

    def keep_history(self, days: int) -> bool:
        """Keep ``days`` days of history (0: everything) once the user agrees; True if
        it was done. Fewer days than now first asks, saying how many entries go."""
        host = self.host
        shown = host.settings()
        if days == shown.keep_history_days:
            return True
        now, tz = host.clock(), host.tz()
        when = retention.cutoff(days, now, tz)
        if when is not None:
            count = host.history.count_before(when)
            if not self._confirm(self, retention.confirmation(count, days, now, tz)):
                self.keep.setCurrentIndex(self.keep.findData(shown.keep_history_days))
                return False
            removed = host.history.remove_before(when)
            age = retention.label(days)  # "1 year": already as inside a sentence (never lower():
                                         # German nouns keep their capital)
            self._tell(tr("Removed %n entries older than {age}.", "history entries removed",
                          removed).format(age=age) if removed else
                       translate("Settings", "Companion now keeps {age} of history.").format(age=age))
        else:
            self._tell(translate("Settings", "Companion now keeps all of your history."))
        host.apply_settings(replace(shown, keep_history_days=days), shown)
        host.refresh()
        return True
