"""Asked before a 口头审理通知书 (or 变更通知书) is issued or its service recorded (issue 15, M25 art 26, D7): the
core says off the GUI thread which notices would come too late (ipcase.queries.hearings.late_notices); none → the
gesture goes on; otherwise the warning (ui.hearings.late_notice) offers to go on anyway, to postpone the hearing
(the hearing register's own reschedule dialog) or to stop."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtWidgets import QAbstractButton, QWidget

from ipcase.dto.hearings import CaseHearings, LateNotice
from ipcase.queries.hearings import late_notices as late_queries
from ipcase.queries.hearings import sessions as hearing_queries
from ui.hearings.late_notice import GO, POSTPONE, late_notice_box
from ui.hearings.schedule_dialog import HearingDialog
from ui.shell.context import AppContext


def check_late_notice(parent: QWidget, ctx: AppContext, *, case_id: int, doc_type: str, day: date,
                      proceed: Callable[[], None], serving: bool = False) -> None:
    """One document of `doc_type` about to be issued (or served, `serving`) on `day`: `proceed()` when it is not
    a hearing notice or comes in time, else the warning decides."""
    ctx.runner.run_db(ctx.db(late_queries.late_notice, case_id=case_id, doc_type=doc_type, day=day), owner=parent,
                      on_success=lambda found: _decide(parent, ctx, (found,) if found else (), proceed, serving))


def check_late_notices(parent: QWidget, ctx: AppContext, *, case_ids: Iterable[int], day: date,
                       proceed: Callable[[], None]) -> None:
    """A batch of hearing notices issued on `day`: one warning with one line per late case."""
    ctx.runner.run_db(ctx.db(late_queries.late_notices, case_ids=tuple(case_ids), day=day), owner=parent,
                      on_success=lambda found: _decide(parent, ctx, found, proceed, False))


def _decide(parent: QWidget, ctx: AppContext, notices: tuple[LateNotice, ...], proceed: Callable[[], None],
            serving: bool) -> None:
    if not notices:
        proceed()
        return
    # Postponing is one case's gesture; a batch with several late cases is postponed case by case.
    box = late_notice_box(parent, notices, serving=serving, can_postpone=len(notices) == 1)

    def clicked(button: QAbstractButton) -> None:
        if button.objectName() == GO:
            proceed()
        elif button.objectName() == POSTPONE:
            postpone(parent, ctx, notices[0].case_id)

    box.buttonClicked.connect(clicked)
    box.open()


def postpone(parent: QWidget, ctx: AppContext, case_id: int) -> None:
    """Open the hearing register's reschedule dialog for the case's scheduled session (the schedule dialog when the
    hearing time predates the register), as the case's 口审 tab does."""
    ctx.runner.run_db(ctx.db(hearing_queries.case_hearings, case_id=case_id, today=ctx.clock.today()), owner=parent,
                      on_success=lambda data: _open_reschedule(parent, ctx, data))


def _open_reschedule(parent: QWidget, ctx: AppContext, data: CaseHearings) -> None:
    scheduled = [s for s in data.sessions if s.status == "scheduled"]
    dialog = HearingDialog(ctx, data.case_id, parent, hearing=scheduled[-1] if scheduled else None)
    dialog.setObjectName("late_notice_reschedule")
    dialog.open()
