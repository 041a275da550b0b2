"""Work-arounds for bugs of the Qt binding in use.

PySide6 6.12.0: `SignalInstance.emit()` returns `True` without taking a reference to it, so every emit from
Python drops one reference to the `True` singleton. After a few thousand emits (a morning of use, or the UI
test suite) the interpreter aborts with "Fatal Python error: bool_dealloc: deallocating True or False".
`install()` measures the leak once and, only when it is there, wraps `emit` to give the reference back.
"""
from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False
_PROBES = 50


class _Probe(QObject):
    fired = Signal()


def emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    _give_back(lost)
    return lost >= _PROBES


def _give_back(n: int) -> None:
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    for _ in range(max(0, n)):
        incref(True)


def install() -> bool:
    """Patch `SignalInstance.emit` if this PySide6 has the bug; True when patched."""
    global _installed
    if _installed:
        return True
    if not emit_drops_a_reference():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]

    def emit(self, *args):
        result = original(self, *args)
        if result is True or result is False:
            incref(result)
        return result

    SignalInstance.emit = emit
    _installed = True
    return True
