"""Qt's warnings during a benchmark, kept to be reported at its end.

The offscreen platform plugin's noise (as in pyproject's ``qt_log_ignore``) is
left out: it is not the application's.
"""

from __future__ import annotations

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

QT_NOISE = ("This plugin does not support propagateSizeHints",)
qt_messages: list[str] = []


def qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    if not message.startswith(QT_NOISE):
        qt_messages.append(f"{kind.name}: {message}")


def keep_qt_messages() -> None:
    """From now on, keep what Qt says (but its noise)."""
    qInstallMessageHandler(qt_message)


def report_qt_messages() -> None:
    """Print what Qt said, once each, when it said anything."""
    if qt_messages:
        print(f"  Qt said ({len(qt_messages)}): " + "; ".join(sorted(set(qt_messages))))
