"""Guards against defects of the Qt binding that would crash a long editing session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(str)


def test_emitting_a_signal_keeps_reference_counts(qapp):
    emitter = _Emitter()
    received = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(500):
        emitter.changed.emit("key")
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 500
    # PySide6 6.12.0 loses one reference to True per emit: a session of typing then
    # ends in "Fatal Python error: bool_dealloc".
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5
