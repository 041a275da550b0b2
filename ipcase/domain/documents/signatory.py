"""签发人: the leader who approves issuing a document, not the clerk who prints it (issue 15; GB/T 9704 7.2.4).

One rule for every path that issues a document (the 文书 dialog, batches, the command line, the documents a
decision issues by itself):

- A document that carries out a decision taken by approval is signed by the 部门负责人 who approved that
  decision: the 受理通知书 by the approver of 立案, the 行政裁决书 by the approver of 结案 … (`CARRIES_OUT`). The
  approval names the leader; nobody chooses another one.
- Any other document that goes out in the office's name is signed by a leader chosen when it is issued, among
  the users allowed to sign: active, of the case's office, with a role the permissions table allows
  "documents.sign" (those who decide approvals). A leader who issues a document himself signs it. The 文书
  dialog insists on a choice; a batch (hearing notices of a day) or a notice a rescheduling issues names none,
  and when its issuer may not sign either, no 签发人 is recorded.
- Forms and records kept in the file (审批表, 笔录, 送达回证) are not sent out and have no 签发人.

The clerk who printed the document stays recorded as its 制作人 (`issued_by`).
"""
from __future__ import annotations

from collections.abc import Mapping

from ipcase.domain.cases.workflow import CaseAction
from ipcase.domain.documents.types import DocType
from ipcase.domain.enums import Role
from ipcase.domain.permissions import may

# document type → the approved actions whose decision it carries out (latest approved first wins)
CARRIES_OUT: Mapping[str, tuple[str, ...]] = {
    "acceptance_notice": (CaseAction.REGISTER.value,),            # 立案审批
    "refusal_notice": (CaseAction.REFUSE.value,),                 # 不予受理
    "suspension_notice": (CaseAction.SUSPEND.value,),             # 中止
    "ruling": (CaseAction.CLOSE_BY_RULING.value,),                # 结案审批
    "revocation_decision": (CaseAction.REVOKE.value,),            # 撤销案件
}


def signed(dt: DocType) -> bool:
    """Whether a document of this type has a 签发人: everything sent out in the office's name."""
    return dt.served


def approval_actions(dt: DocType) -> tuple[str, ...]:
    return CARRIES_OUT.get(dt.key, ())


def signatory_refusal(role: Role | str | None, *, active: bool, office_id: int | None,
                      case_office_id: int) -> str | None:
    """Why a user may not be the 签发人 of a document of a case of `case_office_id` (a refusal code), or None."""
    if not active:
        return "signatory_inactive"
    if office_id != case_office_id:
        return "signatory_other_office"
    if not may(role, "documents.sign"):
        return "not_signatory"
    return None
