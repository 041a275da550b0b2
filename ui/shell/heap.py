"""The garbage collector and the GUI thread (issue 19).

CPython's full (oldest-generation) collection walks every object the process holds and runs on whichever thread
happens to allocate, holding the GIL all along: neither the GUI thread nor the database thread runs Python
meanwhile, so the window cannot paint a cell (each cell asks the model in Python). With the window, the ORM and
a section's rows (≈ 200,000 objects), one such pass took 250–400 ms on the shared 2-core machine and was the
longest stall of the 工作台 and the 统计 dashboard (measured with `gc.callbacks` in tools/scale_rows/stalls.py's
driver). The objects made by the start-up and the window (modules, the ORM's mappers, the widgets' wrappers)
live as long as the process: `freeze_long_lived()` moves them out of the collector's reach
(`gc.freeze()`), so a full pass walks only what was made since — a section's pages and DTOs. main.py calls it
when a login's window is open (Session.window_opened) and `thaw()` when it is closed by 注销/切换用户
(Session.logged_out): the closed window's objects go back to the collector, so a new login's freeze does not keep
them for the rest of the process. Tests do not freeze (nothing is frozen across them). While frozen, cycles among
the frozen objects are not collected (they live as long as the window anyway)."""
from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Call once the main window is made (and again after building other long-lived parts): what exists now is
    kept out of every later collection."""
    gc.freeze()


def thaw() -> None:
    """Call when the window a freeze kept is closed (logout): everything frozen is collectable again, and the next
    `freeze_long_lived()` keeps only what is alive then."""
    gc.unfreeze()
