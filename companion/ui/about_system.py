"""About this system: the same facts as ``companion --diagnose``, with a Copy button."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from companion import diagnose
from companion.ui.fonts import scaled_font


class AboutSystemPage(QWidget):
    """Lists what works here and what does not, each with what to do about it."""

    def __init__(self, gather: Callable[[], list[diagnose.Fact]] = diagnose.gather,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._gather = gather
        self.setWindowTitle("About this system — Companion")
        heading = QLabel("About this system")
        heading.setFont(scaled_font(heading, 1.5, bold=True))
        intro = QLabel("What works on this desktop and what does not. When you report a "
                       "problem, Copy puts all of this on the clipboard.")
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["", "What was found"])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName("Checks on this system")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        copy = QPushButton("Copy")
        copy.clicked.connect(self.copy)
        again = QPushButton("Check again")
        again.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addWidget(again)
        buttons.addStretch()
        buttons.addWidget(copy)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.facts: list[diagnose.Fact] = []
        self.resize(scaled_font(self, 1).pointSize() * 70, scaled_font(self, 1).pointSize() * 48)
        self.reload()

    def reload(self) -> None:
        """Run every check again and show the results."""
        self.facts = self._gather()
        self.tree.clear()
        for fact in self.facts:
            text = fact.detail if fact.ok or not fact.advice else \
                f"{fact.detail}\nWhat to do: {fact.advice}"
            item = QTreeWidgetItem([fact.topic, text])
            # Words, not only colour: the state must read the same to everyone.
            item.setText(0, f"{'✓' if fact.ok else '✗'} {fact.topic}")
            item.setToolTip(1, text)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        problems = sum(not f.ok for f in self.facts)
        self.summary.setText("Everything works." if not problems else
                             f"{problems} thing(s) to look at; Companion still runs without them.")

    def text(self) -> str:
        """The report as plain text (what Copy puts on the clipboard)."""
        return diagnose.report(self.facts)

    def copy(self) -> None:
        """Put the report on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())
