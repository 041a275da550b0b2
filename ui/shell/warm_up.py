"""The application's work that needs no data, done while a first start waits for its demo build (issue 16).

A first start's build runs ≈ 20 s in a process of its own (ipcase.cli.first_build); this process has Qt, the
fonts and the translations ready after ≈ 4 s and would otherwise sit idle until the build ends, and only then
import the database layer, the login and every feature's screens. `WarmUp` does that work in the waiting time:
one step per turn of the event loop (an import of one module, the schema's head revisions, the ORM's mappers), so
the progress dialog keeps painting and answering between steps. Whatever is left when the build ends is done at
once by `finish()`. A step that fails is only logged: the same import or call fails again, where it is needed,
and is reported there."""
from __future__ import annotations

import ast
import importlib
import importlib.util
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

Step = tuple[str, Callable[[], object]]


def imports(names) -> Iterator[Step]:
    """One step per module: its import."""
    for name in names:
        yield name, lambda name=name: importlib.import_module(name)


def imported_by(module: str) -> list[str]:
    """The absolute imports of `module`'s source, in its order, without importing it (the composition root
    warms what ui/sections.py imports, one feature at a time; a feature added there is warmed too)."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return []
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
    return list(dict.fromkeys(names))


class WarmUp(QObject):
    """Runs `steps` one per turn of the event loop from `start()` until they are done or `finish()`."""

    def __init__(self, work: Iterator[Step], parent: QObject | None = None):
        super().__init__(parent)
        self._steps = iter(work)
        self.done: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        self._timer.start()

    def finish(self) -> None:
        """The steps not yet run, at once (the build ended first)."""
        self._timer.stop()
        while self._step():
            pass

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _step(self) -> bool:
        try:
            name, step = next(self._steps)
        except StopIteration:
            self._timer.stop()
            return False
        try:
            step()
        except Exception:  # noqa: BLE001 — warming only: the real use raises it again, where it is handled
            log.warning("start-up: preparing %s failed", name, exc_info=True)
        self.done.append(name)
        return True
