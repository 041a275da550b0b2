"""Progress reports and cancellation for long core work (reports, batches, the bound case file), Qt-free.

A long core function takes `progress: Progress | None` and `cancel: CancelToken | None`; scripts pass a
print function or nothing, the UI's task runner passes callbacks that it turns into signals."""
from __future__ import annotations

import threading
from collections.abc import Callable

# progress(done, total, text): `text` names the step being worked on, "" when there is nothing to say.
Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised by `CancelToken.check()` inside long work. Not an IpcaseError: stopping on the user's request
    is no failure, so a cancelled task is silent and `except IpcaseError` handlers leave it alone."""


class CancelToken:
    """Set from one thread (the GUI's Cancel button), read from another (the worker)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
