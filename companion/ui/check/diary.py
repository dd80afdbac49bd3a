"""The twitch diary tab: log an episode in a few seconds, edit, delete, export a PDF report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontMetrics, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from companion.core import diary, report
from companion.core.checklist import Checklist
from companion.core.clock import Clock
from companion.core.i18n import tr, translate
from companion.core.local_days import local_midnight
from companion.core.settings import Settings
from companion.core.wording import time_of_day
from companion.ui.check.diary_form import DAY_FORMAT, DiaryForm, dated
from companion.ui.check.report_pdf import write_pdf
from companion.ui.widgets.ask import ask
from companion.ui.widgets.controls import alert_tile, secondary_button
from companion.ui.widgets.focus import keep_focus_in_view, show_focus
from companion.ui.widgets.keys import dialog_keys
from companion.ui.widgets.labels import wrapping_label
from companion.ui.widgets.theme import button_row, heading_label, units

ENTRY_ID = Qt.ItemDataRole.UserRole  # where a row keeps the id of its entry


class EntryDelegate(QStyledItemDelegate):
    """Paints an entry's first line (when and where) in bold over the rest, wrapped to
    the list's width, with a little room around it. The row's text stays plain lines."""

    FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)

    def __init__(self, view: QListWidget):
        super().__init__(view)
        self.view = view

    def _layout(self, option, index, width: int) -> tuple[int, QFont, str, str, int, int]:
        """Padding, bold font, the first line, the rest, and the height of each at ``width``."""
        pad = max(2, QFontMetrics(option.font).height() // 4)
        bold = QFont(option.font)
        bold.setBold(True)
        head, _, rest = (index.data() or "").partition("\n")
        inner = QRect(0, 0, max(width - 2 * pad, 1), 0)
        head_height = QFontMetrics(bold).boundingRect(inner, self.FLAGS, head).height()
        rest_height = QFontMetrics(option.font).boundingRect(inner, self.FLAGS, rest).height() \
            if rest else 0
        return pad, bold, head, rest, head_height, rest_height

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt naming
        width = max(self.view.viewport().width(), 1)
        pad, *_, head_height, rest_height = self._layout(option, index, width)
        return QSize(width, head_height + rest_height + 2 * pad)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style draws the background, selection and focus; the text is ours
        style = opt.widget.style() if opt.widget is not None else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        pad, bold, head, rest, head_height, _ = self._layout(opt, index, opt.rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(pad, pad, -pad, -pad)
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        painter.setFont(bold)
        painter.drawText(rect, self.FLAGS, head)
        painter.setFont(opt.font)
        painter.drawText(rect.adjusted(0, head_height, 0, 0), self.FLAGS, rest)
        painter.restore()


class DiaryPage(QWidget):
    """Quick-log form on the left, the entries and the PDF export on the right."""

    changed = Signal()

    def __init__(self, checklist: Checklist, history, clock: Clock,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.checklist, self.history, self.clock = checklist, history, clock
        self.trigger_labels = {item.id: item.label for item in checklist.triggers()}
        #: The water goal the report's charts draw (the app hands in the setting's).
        self.water_goal: Callable[[], int] = lambda: Settings().water_goal_glasses
        # Swappable in tests so nothing modal opens.
        self.confirm = lambda text: ask(self, translate("Diary", "Twitch diary"), text,
                                        translate("Twitch diary", "&Delete"),
                                        translate("Twitch diary", "&Keep"))
        self.open_url = QDesktopServices.openUrl  # the desktop's PDF viewer or file manager
        self.ask_save_path = lambda: QFileDialog.getSaveFileName(
            self, translate("Diary", "Export twitch diary"), str(Path.home() / translate("Diary", "twitch-diary.pdf")),
            translate("Diary", "PDF files (*.pdf)"))[0]

        self.form = DiaryForm(self.trigger_labels, clock)
        self.form.log_button.clicked.connect(self.log)
        # Enter anywhere in the form logs (the note too), as a dialog's OK would.
        dialog_keys(self.form, default=self.form.log_button)
        layout = QHBoxLayout(self)
        # The form, then the report for a doctor, in one column that scrolls when the text
        # is large; the entries beside it get the whole height.
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.form)
        column_layout.addSpacing(units(self, 3))
        column_layout.addWidget(self._report_section())
        column_layout.addStretch(1)
        self.form_area = form_area = QScrollArea()
        form_area.setWidget(column)
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QFrame.Shape.NoFrame)  # a section of the page, not a box in it
        form_area.setAccessibleName(translate("Diary", "Log a twitch, and the report for a doctor"))
        form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        keep_focus_in_view(form_area)
        # The form's natural width, not its minimum: a QFormLayout that may wrap its rows
        # counts a wrapped one in its minimum, keeps it unwrapped, and squeezes the Where
        # drop-downs below their longest choice. The list beside it wraps, so it can spare this.
        form_area.setMinimumWidth(column.sizeHint().width() + 2 * form_area.frameWidth()
                                  + form_area.verticalScrollBar().sizeHint().width())
        layout.addWidget(form_area, 1)
        layout.addLayout(self._list_side(), 1)
        self.refresh()

    # -- building ------------------------------------------------------------
    def _list_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.alert = wrapping_label(role=translate("Diary", "Diary alert"))
        self.alert_tile = alert_tile()  # amber: a health alert (docs/design.md)
        self.alert_tile.column.addWidget(self.alert)
        side.addWidget(self.alert_tile)
        self.count = wrapping_label(role=translate("Diary", "Diary entries"))
        side.addWidget(self.count)
        # One entry a row, in words that wrap to the list's width: columns ran wider than
        # half the window and scrolled sideways, most of all at large text.
        self.entries = QListWidget()
        self.entries.setAccessibleName(translate("Diary", "Diary entries"))
        show_focus(self.entries)  # an empty list shows no focus of its own
        self.entries.setWordWrap(True)
        self.entries.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when resized
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.entries.setAlternatingRowColors(True)
        self.entries.setItemDelegate(EntryDelegate(self.entries))
        # Enter or a double click on an entry edits it; Delete deletes it (after asking).
        self.entries.itemActivated.connect(lambda *_: self.edit_selected())
        QShortcut(QKeySequence.StandardKey.Delete, self.entries, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        side.addWidget(self.entries, 1)
        self.edit_button = secondary_button(translate("Diary", "Ed&it"))
        self.edit_button.setAccessibleName(translate("Diary", "Edit the selected entry"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = secondary_button(translate("Diary", "Dele&te"))
        self.delete_button.setAccessibleName(translate("Diary", "Delete the selected entry"))
        self.delete_button.clicked.connect(self.delete_selected)
        side.addLayout(button_row(self.edit_button, self.delete_button))
        return side

    def _report_section(self) -> QWidget:
        export = QWidget()
        export_heading = heading_label(translate("Diary", "Report for a doctor's visit"))
        self.from_date, self.to_date = QDateEdit(), QDateEdit()
        for edit, name in ((self.from_date, translate("Diary", "Report from")),
                           (self.to_date, translate("Diary", "Report to"))):
            dated(edit, DAY_FORMAT).setAccessibleName(name)
        today = self.clock().astimezone().date()
        self.from_date.setDate(QDate(today - timedelta(days=30)))
        self.to_date.setDate(QDate(today))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("Diary", "Optional: so the doctor knows whose it is"))
        self.name_edit.setAccessibleName(translate("Diary", "Name on the report (optional)"))
        self.name_edit.setMaxLength(report.NAME_LINE)
        name_label = QLabel(translate("Diary", "Na&me"))
        name_label.setBuddy(self.name_edit)
        named = QHBoxLayout()
        named.addWidget(name_label)
        named.addWidget(self.name_edit, 1)
        self.export_button = secondary_button(translate("Diary", "E&xport PDF…"))
        self.export_button.setAccessibleName(translate("Diary", "Export the diary as a PDF"))
        self.export_button.clicked.connect(self.export_clicked)
        from_label = QLabel(translate("Diary", "&From"))
        from_label.setBuddy(self.from_date)
        # The period on one line, the button under it: side by side they made the
        # column too wide at large text.
        dates = QHBoxLayout()
        for widget in (from_label, self.from_date, QLabel(translate("Diary", "to")), self.to_date):
            dates.addWidget(widget)
        dates.addStretch(1)
        export_rows = QVBoxLayout(export)
        export_rows.setContentsMargins(0, 0, 0, 0)
        export_rows.setSpacing(units(self, 1.5))
        export_rows.addWidget(export_heading)
        export_rows.addLayout(dates)
        export_rows.addLayout(named)
        export_rows.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.export_status = wrapping_label(role=translate("Diary", "Export status"))
        # Once saved, the file is a click away: opened, or shown where it was put.
        self.open_button = secondary_button(translate("Diary", "Open the &report"))
        self.open_button.setAccessibleName(translate("Diary", "Open the saved report"))
        self.open_button.clicked.connect(lambda: self.open_url(QUrl.fromLocalFile(str(self.exported))))
        self.folder_button = secondary_button(translate("Diary", "S&how in folder"))
        self.folder_button.setAccessibleName(translate("Diary", "Show the folder of the saved report"))
        self.folder_button.clicked.connect(
            lambda: self.open_url(QUrl.fromLocalFile(str(Path(self.exported or ".").parent))))
        export_rows.addWidget(self.export_status)
        export_rows.addLayout(button_row(self.open_button, self.folder_button))
        self._show_exported(None)
        return export

    def _show_exported(self, path: Path | None) -> None:
        self.exported = path
        self.open_button.setVisible(path is not None)
        self.folder_button.setVisible(path is not None)

    # -- logging, editing, deleting --------------------------------------------
    def log(self) -> None:
        """Save the form: a new entry, or the changes to the one being edited."""
        fields = self.form.fields()
        if self.form.editing:
            diary.edit(self.history, self.form.editing, **fields)
            message = translate("Diary", "Changes saved.")
        else:
            diary.add(self.history, **fields)
            when = fields["occurred_at"].astimezone()
            message = translate("Diary", "Logged: {area} at {time}.").format(
                area=diary.AREAS[fields["area"]], time=time_of_day(when))
        self.form.reset()
        self.form.status.setText(message)
        self.refresh()
        self.changed.emit()

    def selected_id(self) -> str | None:
        """The entry id of the selected row, if any."""
        item = self.entries.currentItem()
        return item.data(ENTRY_ID) if item else None

    def edit_selected(self) -> None:
        """Load the selected entry into the form for editing."""
        entry = next((e for e in diary.entries(self.history)
                      if e.entry_id == self.selected_id()), None)
        if entry is None:
            self.form.status.setText(translate("Diary", "Select an entry to edit."))
            return
        self.form.load(entry)

    def delete_selected(self) -> None:
        """Delete the selected entry after asking."""
        entry_id = self.selected_id()
        if entry_id and self.confirm(translate("Diary", "Delete this diary entry?")):
            diary.delete(self.history, entry_id)
            if self.form.editing == entry_id:
                self.form.reset()
            self.refresh()
            self.changed.emit()

    # -- the list and the report ----------------------------------------------
    def refresh(self) -> None:
        """Reload the entries and the two-week alert."""
        selected, now = self.selected_id(), self.clock()
        self.entries.clear()
        found = diary.entries(self.history)
        for entry in reversed(found):
            lines = diary.summary(entry, self.trigger_labels, now)
            item = QListWidgetItem("\n".join(lines))
            # Read as sentences, not as lines.
            item.setData(Qt.ItemDataRole.AccessibleTextRole, ". ".join(lines[:1] + [" ".join(lines[1:])]))
            item.setData(ENTRY_ID, entry.entry_id)
            self.entries.addItem(item)
            if entry.entry_id == selected:
                self.entries.setCurrentItem(item)
        self.count.setText(tr("%n entries, newest first.", "diary", len(found)) if found
                           else translate("Diary", "No twitches logged yet. Entries you log show here."))
        alert = diary.diary_alert(self.history, now)
        self.alert.setText(translate("Diary", "<b>See a doctor soon.</b> {alert}").format(alert=escape(alert))
                           if alert else "")
        self.alert_tile.setVisible(bool(alert))
        self.form.show_now()  # 'now', not when the window was opened

    def export_clicked(self) -> None:
        """Ask where to save, then export the chosen period."""
        path = self.ask_save_path()
        if not path:
            return
        first, last = self.from_date.date().toPython(), self.to_date.date().toPython()
        # None: the computer's zone, which the diary's own times are shown in.
        since = local_midnight(min(first, last), None)
        until = local_midnight(max(first, last) + timedelta(days=1), None)
        self.export_pdf(path, since, until)

    def export_pdf(self, path, since: datetime, until: datetime) -> None:
        """Write the report for [since, until) to ``path`` and say where it went."""
        # The statistics charts of the period, beside the diary (the computer's zone, as above).
        from companion.ui.stats.report_charts import report_charts
        last = (until - timedelta(microseconds=1)).astimezone().date()
        beside, charts = report_charts(self.history, since.astimezone().date(), last, None,
                                       self.water_goal(), self.trigger_labels)
        html = report.report_html(self.history, self.checklist, since, until, self.clock(),
                                  beside=beside, charts=[(h, name) for h, name, _ in charts],
                                  name=self.name_edit.text())
        try:
            write_pdf(html, Path(path), images={name: image for _, name, image in charts})
        except OSError as exc:
            self.export_status.setText(translate("Diary", "Could not save the PDF: {error}").format(error=exc))
            self._show_exported(None)
            return
        self.export_status.setText(translate("Diary", "Saved to {path}").format(path=path))
        self._show_exported(Path(path))
