"""A numbered 行政裁决书 exists only once the closing is approved (M25 art 33: the 部门负责人 approves the 结案审批表).

Before approval the panel may preview the draft (no number) and attach it to the 结案审批表; issuing — drawing the
文号 and storing the immutable document — waits for the approval. The numbered ruling carries the date of the
decision (the approval's ruling date, the case's closing date), not the day it happens to be printed.
"""
from __future__ import annotations

from datetime import date

from ipcase.domain.enums import CaseState

_DECIDED_BY_APPROVAL = {"ruling": frozenset({CaseState.CLOSED_RULING_INFRINGEMENT, CaseState.CLOSED_RULING_REJECTED})}


def issue_refusal(doc_key: str, state: CaseState) -> str | None:
    """'ruling_not_approved' when a numbered ruling is asked for before the closing is approved, else None."""
    states = _DECIDED_BY_APPROVAL.get(doc_key)
    return "ruling_not_approved" if states is not None and CaseState(state) not in states else None


def document_date(doc_key: str, decided_on: date | None, today: date) -> date:
    """The date printed on the issued document: the decision's date for a ruling, else the day of issue."""
    return decided_on if doc_key in _DECIDED_BY_APPROVAL and decided_on is not None else today
