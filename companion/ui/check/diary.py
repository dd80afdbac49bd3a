"""The twitch diary tab: log an episode in a few seconds, edit, delete, export a PDF report."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.core import diary, report
from companion.core.checklist import Checklist, Level
from companion.core.clock import Clock
from companion.ui.check.diary_form import DiaryForm
from companion.ui.check.report_pdf import write_pdf
from companion.ui.check.result import BANNER_COLOURS
from companion.ui.widgets.labels import wrapping_label

COLUMNS = ["When", "Where", "How long", "How strong", "Triggers", "Note"]


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()  # naive -> the user's local zone


class DiaryPage(QWidget):
    """Quick-log form on the left, the entries and the PDF export on the right."""

    changed = Signal()

    def __init__(self, checklist: Checklist, history, clock: Clock,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.checklist, self.history, self.clock = checklist, history, clock
        self.trigger_labels = {item.id: item.label for item in checklist.triggers()}
        # Swappable in tests so nothing modal opens.
        self.confirm = lambda text: QMessageBox.question(self, "Twitch diary", text) \
            == QMessageBox.StandardButton.Yes
        self.ask_save_path = lambda: QFileDialog.getSaveFileName(
            self, "Export twitch diary", str(Path.home() / "twitch-diary.pdf"),
            "PDF files (*.pdf)")[0]

        self.form = DiaryForm(self.trigger_labels, clock)
        self.form.log_button.clicked.connect(self.log)
        self.form.note.returnPressed.connect(self.log)
        layout = QHBoxLayout(self)
        form_area = QScrollArea()
        form_area.setWidget(self.form)
        form_area.setWidgetResizable(True)
        form_area.setAccessibleName("Log a twitch")
        form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_area.setMinimumWidth(form_area.widget().minimumSizeHint().width() + 24)
        layout.addWidget(form_area, 1)
        layout.addLayout(self._list_side(), 1)
        self.refresh()

    # -- building ------------------------------------------------------------
    def _list_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.alert = wrapping_label(role="Diary alert")
        background, foreground = BANNER_COLOURS[Level.SEE_DOCTOR_SOON]
        self.alert.setStyleSheet(f"background-color: {background}; color: {foreground};"
                                 "border-radius: 6px; padding: 8px;")
        side.addWidget(self.alert)
        self.entries = QTreeWidget()
        self.entries.setHeaderLabels(COLUMNS)
        self.entries.setRootIsDecorated(False)
        self.entries.setAccessibleName("Diary entries")
        self.entries.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        side.addWidget(self.entries, 1)
        self.edit_button = QPushButton("Edit")
        self.edit_button.setAccessibleName("Edit the selected entry")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setAccessibleName("Delete the selected entry")
        self.delete_button.clicked.connect(self.delete_selected)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        side.addLayout(row)

        export = QGroupBox("Report for a doctor's visit")
        export_row = QHBoxLayout(export)
        self.from_date, self.to_date = QDateEdit(), QDateEdit()
        for edit, name in ((self.from_date, "Report from"), (self.to_date, "Report to")):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        today = self.clock().astimezone().date()
        self.from_date.setDate(QDate(today - timedelta(days=30)))
        self.to_date.setDate(QDate(today))
        self.export_button = QPushButton("Export PDF…")
        self.export_button.setAccessibleName("Export the diary as a PDF")
        self.export_button.clicked.connect(self.export_clicked)
        for widget in (QLabel("From"), self.from_date, QLabel("to"), self.to_date,
                       self.export_button):
            export_row.addWidget(widget)
        export_row.addStretch(1)
        side.addWidget(export)
        self.export_status = wrapping_label(role="Export status")
        side.addWidget(self.export_status)
        return side

    # -- logging, editing, deleting --------------------------------------------
    def log(self) -> None:
        """Save the form: a new entry, or the changes to the one being edited."""
        fields = self.form.fields()
        if self.form.editing:
            diary.edit(self.history, self.form.editing, **fields)
            message = "Changes saved."
        else:
            diary.add(self.history, **fields)
            when = fields["occurred_at"].astimezone()
            message = f"Logged: {diary.AREAS[fields['area']]} at {when:%H:%M}."
        self.form.reset()
        self.form.status.setText(message)
        self.refresh()
        self.changed.emit()

    def selected_id(self) -> str | None:
        """The entry id of the selected row, if any."""
        item = self.entries.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def edit_selected(self) -> None:
        """Load the selected entry into the form for editing."""
        entry = next((e for e in diary.entries(self.history)
                      if e.entry_id == self.selected_id()), None)
        if entry is None:
            self.form.status.setText("Select an entry to edit.")
            return
        self.form.load(entry)

    def delete_selected(self) -> None:
        """Delete the selected entry after asking."""
        entry_id = self.selected_id()
        if entry_id and self.confirm("Delete this diary entry?"):
            diary.delete(self.history, entry_id)
            if self.form.editing == entry_id:
                self.form.reset()
            self.refresh()
            self.changed.emit()

    # -- the list and the report ----------------------------------------------
    def refresh(self) -> None:
        """Reload the entries and the two-week alert."""
        self.entries.clear()
        for entry in reversed(diary.entries(self.history)):
            when = entry.occurred_at.astimezone()
            row = QTreeWidgetItem([
                f"{when:%a} {when.day} {when:%b, %H:%M}", entry.where(),
                diary.DURATIONS[entry.duration], diary.STRENGTHS[entry.strength].split(" (")[0],
                ", ".join(self.trigger_labels.get(t, t) for t in entry.triggers), entry.note])
            row.setData(0, Qt.ItemDataRole.UserRole, entry.entry_id)
            row.setToolTip(5, entry.note)
            self.entries.addTopLevelItem(row)
        for column in range(len(COLUMNS) - 1):
            self.entries.resizeColumnToContents(column)
        alert = diary.diary_alert(self.history, self.clock())
        self.alert.setText(f"<b>See a doctor soon.</b> {escape(alert)}" if alert else "")
        self.alert.setVisible(bool(alert))
        self.form.show_now()  # 'now', not when the window was opened

    def export_clicked(self) -> None:
        """Ask where to save, then export the chosen period."""
        path = self.ask_save_path()
        if not path:
            return
        first, last = self.from_date.date().toPython(), self.to_date.date().toPython()
        since, until = _local_midnight(min(first, last)), \
            _local_midnight(max(first, last) + timedelta(days=1))
        self.export_pdf(path, since, until)

    def export_pdf(self, path, since: datetime, until: datetime) -> None:
        """Write the report for [since, until) to ``path`` and say where it went."""
        html = report.report_html(self.history, self.checklist, since, until, self.clock())
        try:
            write_pdf(html, Path(path))
        except OSError as exc:
            self.export_status.setText(f"Could not save the PDF: {exc}")
            return
        self.export_status.setText(f"Saved to {path}")
