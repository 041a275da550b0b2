"""The late-hearing-notice check the 文书 dialog, the batch 批量签发 and the 登记送达 dialog ask before they go on
(issue 15, M25 art 26, D7). The hearings feature provides it (ui.hearings.late_notice_flow: the core's query, the
warning, the hearing register's reschedule dialog); as the hearings feature already depends on this one (through
the recusal feature), the composition root installs it on the context (ui.sections) instead of an import here."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Protocol

from PySide6.QtWidgets import QWidget

from ui.shell.context import AppContext

KEY = "late_notice_check"


class LateNoticeCheck(Protocol):
    def check_late_notice(self, parent: QWidget, ctx: AppContext, *, case_id: int, doc_type: str, day: date,
                          proceed: Callable[[], None], serving: bool = False) -> None: ...

    def check_late_notices(self, parent: QWidget, ctx: AppContext, *, case_ids: Iterable[int], day: date,
                           proceed: Callable[[], None]) -> None: ...


def install(ctx: AppContext, check: LateNoticeCheck) -> None:
    ctx.extras[KEY] = check


def check_late_notice(parent: QWidget, ctx: AppContext, *, case_id: int, doc_type: str, day: date,
                      proceed: Callable[[], None], serving: bool = False) -> None:
    """One hearing notice issued or served on `day`; without an installed check (a dialog opened outside the
    application's sections) it goes straight on."""
    check = ctx.extras.get(KEY)
    if check is None:
        proceed()
    else:
        check.check_late_notice(parent, ctx, case_id=case_id, doc_type=doc_type, day=day, proceed=proceed,
                                serving=serving)


def check_late_notices(parent: QWidget, ctx: AppContext, *, case_ids: Iterable[int], day: date,
                       proceed: Callable[[], None]) -> None:
    check = ctx.extras.get(KEY)
    if check is None:
        proceed()
    else:
        check.check_late_notices(parent, ctx, case_ids=case_ids, day=day, proceed=proceed)
