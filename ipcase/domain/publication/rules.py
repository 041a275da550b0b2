"""The rules of a published version: its status, when a case may be published, what makes a 典型案例."""
from __future__ import annotations

from enum import StrEnum

from ipcase.domain.enums import CaseState

# A ruling is published once made (M25 art 83: 作出的行政裁决决定 … 20 个工作日内公开); an archived case keeps
# its ruling, so its publication (or a correction) stays possible.
PUBLISHABLE_STATES = frozenset({CaseState.CLOSED_RULING_INFRINGEMENT, CaseState.CLOSED_RULING_REJECTED,
                                CaseState.ARCHIVED})
RULING_DOC_TYPE = "ruling"
PUBLICATION_MARK = "（此件公开发布）"   # GB/T 9704 附注 under the date: the published version, not the served one


class PublicationStatus(StrEnum):
    PENDING = "pending"        # filed by the officer, awaiting the 部门负责人
    PUBLISHED = "published"    # approved: immutable from now on
    REFUSED = "refused"        # the 部门负责人 sent it back (with a reason)


class ChangeKind(StrEnum):
    CHANGED = "changed"        # 变更: the ruling changed after a court suit
    REVOKED = "revoked"        # 撤销: the ruling revoked


def version_note(version: int, replaces: int | None, replaces_on: str = "") -> str:
    """The line the published document carries under its 公开 mark: which version, and which it replaces."""
    note = f"公开版第{version}版"
    if replaces:
        note += f"，更正并替代{replaces_on + '公布的' if replaces_on else ''}第{replaces}版"
    return note + "；依法隐去了个人隐私、商业秘密及当事人申请不予公开的内容。"
