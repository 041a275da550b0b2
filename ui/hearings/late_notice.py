"""The warning before a late 口头审理通知书 is issued or served (issue 15, M25 art 26, D7): it names the hearing and
the last lawful day of service, says that a late notice does not count as written notice for an absence sanction,
and offers to postpone the hearing instead. One box for a single notice and for a batch (one line per late case).
The core says which notices are late: ipcase.queries.hearings.late_notices."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from ipcase.dto.hearings import LateNotice
from ui.common.i18n import tr

GO, POSTPONE, CANCEL = "go", "postpone", "cancel"


def late_notice_line(n: LateNotice) -> str:
    return (tr("%1：口头审理定于 %2，通知书应最迟于 %3 送达（至少提前 %4 个工作日）")
            .replace("%1", n.case_number or tr("未立案")).replace("%2", n.hearing_at.strftime("%Y-%m-%d %H:%M"))
            .replace("%3", n.latest.isoformat()).replace("%4", str(n.working_days)))


def late_notice_text(notices: Sequence[LateNotice], *, serving: bool = False) -> str:
    head = (tr("以下口头审理通知书送达过迟：") if serving else tr("以下口头审理通知书签发时已来不及依法提前送达："))
    lines = "\n".join("• " + late_notice_line(n) for n in notices)
    return (head + "\n" + lines + "\n\n" +
            tr("迟延送达的通知仍可签发和送达，口头审理也可照常进行，但不能作为书面通知的依据："
               "当事人未到庭的，不能缺席审理或按撤回请求处理（《专利纠纷行政裁决和调解办法》第二十六条）。") + "\n\n" +
            tr("建议改期口头审理，使通知能够依法提前送达。"))


def late_notice_box(parent: QWidget | None, notices: Sequence[LateNotice], *, serving: bool = False,
                    can_postpone: bool = True) -> QMessageBox:
    """The box, not yet shown (tests look at it); `ask_late_notice` shows it and says what was chosen."""
    title = tr("口头审理通知书送达过迟")
    box = QMessageBox(QMessageBox.Icon.Warning, title, late_notice_text(notices, serving=serving), parent=parent)
    box.setObjectName("late_notice_box")
    go = box.addButton(tr("仍然登记送达(&G)") if serving else tr("仍然签发(&G)"), QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName(GO)
    if can_postpone:
        box.addButton(tr("改期口头审理…(&P)"), QMessageBox.ButtonRole.ActionRole).setObjectName(POSTPONE)
    cancel = box.addButton(tr("取消"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName(CANCEL)
    box.setDefaultButton(cancel)
    return box


def ask_late_notice(parent: QWidget | None, notices: Sequence[LateNotice], *, serving: bool = False,
                    can_postpone: bool = True) -> str:
    """GO (issue or record it anyway), POSTPONE (open the reschedule path) or CANCEL; GO without a late notice."""
    if not notices:
        return GO
    box = late_notice_box(parent, notices, serving=serving, can_postpone=can_postpone)
    box.exec()
    clicked = box.clickedButton()
    return clicked.objectName() if clicked is not None and clicked.objectName() in (GO, POSTPONE) else CANCEL
