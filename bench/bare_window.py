"""The start-up floor: a bare PySide6 window, shown, its events processed once, closed.

The same steps as ``gcm-review --smoke`` without the application: create the
QApplication, show a main window, return to the event loop once, say so, exit.
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

    def done() -> None:
        print("smoke: the window is shown", flush=True)  # as gcm-review --smoke says it
        window.close()

    QTimer.singleShot(0, done)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
