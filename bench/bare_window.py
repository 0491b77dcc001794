"""The start-up floor: a bare PySide6 window, shown, its events processed once, closed.

The same steps as ``gcm-review --smoke`` without the application: create the
QApplication, show a main window, return to the event loop once, exit.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("GCM Shadow Review"))
    window.show()
    QTimer.singleShot(0, window.close)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
