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
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        # Callbacks run under the lock, so once `on_cancel`'s remover has returned none of them runs any more
        # (an interrupt must never reach the next task's statement on a pooled connection).
        with self._lock:
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
            for callback in callbacks:
                callback()

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` (from the cancelling thread) when the token is cancelled — at once if it already is.
        Returns a remover; after it returns the callback is never called."""
        with self._lock:
            if self._event.is_set():
                callback()
                return lambda: None
            self._callbacks.append(callback)

        def remove() -> None:
            with self._lock:
                if callback in self._callbacks:
                    self._callbacks.remove(callback)
        return remove

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
