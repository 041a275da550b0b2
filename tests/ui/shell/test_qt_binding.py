"""PySide6 6.12.0 dropped a reference to None/True on every call from Python and aborted the interpreter
after a morning's use; pyproject.toml excludes it. This fails if a binding with that bug is installed."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    happened = Signal(bool)


def test_calls_and_emits_keep_the_singletons_alive(qapp):
    label, emitter = QLabel(), _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(5000):
        label.setText("案件")
        emitter.happened.emit(True)
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
