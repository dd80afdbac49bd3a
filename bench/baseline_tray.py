"""The baseline for bench/startup_idle.py: a bare PySide6 tray program and window."""

import sys

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon

app = QApplication(sys.argv[:1])
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(32, 32)
pixmap.fill()
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
window = QLabel("Baseline")
window.setWindowTitle(sys.argv[1] if len(sys.argv) > 1 else "Baseline window")
if not QSystemTrayIcon.isSystemTrayAvailable():
    window.show()
sys.exit(app.exec())
