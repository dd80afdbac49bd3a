"""A yes-or-no question whose buttons say what they do ("Remove", "Keep"), in Companion's
words.

Not QMessageBox's standard Yes/No/Cancel: their words come from Qt's own translations,
which Qt does not ship for every language Companion speaks (no Indonesian), so a person
would read English buttons under a translated question. A button named by its verb is
also clearer than Yes or No (GNOME's and KDE's guidelines ask for it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def question_box(parent: QWidget | None, title: str, text: str, act: str, keep: str,
                 destructive: bool = True) -> tuple[QMessageBox, QAbstractButton]:
    """The question, with ``act`` (its button returned) and ``keep``, the default: Enter
    and Esc never do what cannot be undone."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    yes = box.addButton(act, role)
    no = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box, yes


def ask(parent: QWidget | None, title: str, text: str, act: str, keep: str,
        destructive: bool = True) -> bool:
    """Ask and wait for the answer: whether ``act`` was chosen."""
    box, yes = question_box(parent, title, text, act, keep, destructive)
    box.exec()
    return box.clickedButton() is yes
