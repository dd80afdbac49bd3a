"""About this system: the same facts as ``companion --diagnose``, with a Copy button."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from companion.core.i18n import tr, translate
from companion.services.diagnose.facts import Fact, report
from companion.services.diagnose.system_check import SystemCheck
from companion.ui.widgets.focus import show_focus
from companion.ui.widgets.fonts import scaled_font
from companion.ui.widgets.keys import dialog_keys
from companion.ui.widgets.theme import window_title


class AboutSystemPage(QWidget):
    """Lists what works here and what does not, each with what to do about it.

    The checks run as the page opens (``SystemCheck``: nothing waits on D-Bus in the GUI
    thread); presence is what the running app's own monitor found (``sources``, its
    SourceStatus list; None: not started yet). A test
    or a tour may hand fixed facts instead (``gather``).
    """

    def __init__(self, sources: list | None = None,
                 gather: Callable[[], list[Fact]] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._gather = gather
        self.check = SystemCheck(lambda: sources, self)
        self.check.finished.connect(self.show_facts)
        self.setWindowTitle(window_title(translate("About", "About this system")))
        heading = QLabel(translate("About", "About this system"))
        heading.setFont(scaled_font(heading, 1.5, bold=True))
        intro = QLabel(translate("About", "What works on this desktop and what does not. When you "
                                 "report a problem, Copy puts all of this on the clipboard."))
        intro.setWordWrap(True)
        # A text view, not a table: long advice wraps at any text size, and it can be
        # selected and copied in part.
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(translate("About", "Checks on this system"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.copy_button = QPushButton(translate("About", "&Copy"))
        self.copy_button.clicked.connect(self.copy)
        self.again = QPushButton(translate("About", "Check &again"))
        self.again.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again)
        buttons.addStretch()
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        dialog_keys(self, escape=self.close)
        show_focus(self.view)  # the style draws no focus on a text view
        self.facts: list[Fact] = []
        metrics = QFontMetrics(self.font())
        screen = self.screen().availableGeometry()
        self.resize(min(metrics.averageCharWidth() * 90, screen.width()),
                    min(metrics.height() * 36, int(screen.height() * 0.9)))
        self.reload()

    def reload(self) -> None:
        """Run every check again; the results replace the list when they are in."""
        if self._gather is not None:
            self.show_facts(self._gather())
            return
        self.summary.setText(translate("About", "Checking…"))
        self.again.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.check.start()

    def show_facts(self, facts: list[Fact]) -> None:
        """Show ``facts``, each with what to do when it does not work."""
        self.facts = facts
        rows = []
        works, broken = translate("About", "✓ works"), translate("About", "✗ not working")
        for fact in self.facts:
            # Words and a mark, not colour alone: the state reads the same to everyone.
            state = works if fact.ok else broken
            advice = ("<br>" + html.escape(translate("About", "What to do: {advice}").format(
                advice=fact.advice)) if fact.advice and not fact.ok else "")
            rows.append(f"<p><b>{html.escape(fact.topic)}</b> — {state}<br>"
                        f"{html.escape(fact.detail)}{advice}</p>")
        self.view.setHtml("".join(rows))
        problems = sum(not f.ok for f in self.facts)
        self.summary.setText(translate("About", "Everything works.") if not problems else
                             tr("%n things to look at; Companion still runs without them.",
                                "problems found", problems))
        self.again.setEnabled(True)
        self.copy_button.setEnabled(True)

    def text(self) -> str:
        """The report as plain text (what Copy puts on the clipboard)."""
        return report(self.facts)

    def copy(self) -> None:
        """Put the report on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())
