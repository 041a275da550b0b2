"""A case closed by a ruling, with the ruling issued, whose respondent is a natural person (name, ID number,
address, phone): what the publication tests redact."""
from __future__ import annotations

from datetime import date

from case_helpers import Driver, at
from ipcase.domain.documents.types import BY_KEY
from ipcase.domain.enums import CaseState, PartyKind, PartyRole
from ipcase.dto.cases import PartyInput
from ipcase.dto.documents import DocumentDraft
from ipcase.services.documents import issue as docs

RECEIVED = date(2025, 12, 1)
RULED = date(2026, 2, 13)
NAME, ID, ADDRESS, PHONE = "张伟民", "11010519491231002X", "浙江省义乌市稠城街道工人北路88号", "13812345678"


def ruled_case(new_uow, staff, facts: str | None = None) -> Driver:
    """`facts`: the ruling's text (each of its fields), by default a sentence naming the respondent and his phone."""
    respondent = PartyInput(NAME, PartyKind.NATURAL, id_number=ID, address=ADDRESS, phone=PHONE)
    c = Driver.new(new_uow, staff, at(RECEIVED), received=RECEIVED, respondents=(respondent,))
    c.panel(at(RECEIVED))
    c.act_approved("register", {"registered_date": RECEIVED}, at(RECEIVED))
    requester = c.party_ids(PartyRole.REQUESTER, RECEIVED)[0]
    resp = c.party_ids(PartyRole.RESPONDENT, RECEIVED)[0]
    c.serve("serve_registration_notice", {requester: RECEIVED}, "direct", at(RECEIVED), who=staff.clerk)
    c.serve("serve_copy", {resp: RECEIVED}, "direct", at(RECEIVED), who=staff.clerk)
    c.act("receive_answer", {"party_id": resp, "received_date": date(2025, 12, 5)}, at(date(2025, 12, 5)),
          who=staff.clerk)
    c.act("written_review", {"reply_given": True, "note": "已告知并给予陈述期间。"}, at(date(2025, 12, 10)))
    c.act("submit_closing", {"outcome": "infringement", "majority_opinion": "侵权成立。"}, at(date(2026, 2, 10)))
    c.approve(at(RULED))
    assert c.detail(RULED).state == CaseState.CLOSED_RULING_INFRINGEMENT
    facts = facts or f"经审理查明，被请求人{NAME}（电话{PHONE}）在其经营场所销售被诉侵权产品。"
    fields = {f.name: facts for f in BY_KEY["ruling"].fields}
    with new_uow() as uow:
        docs.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, draft=DocumentDraft("ruling", fields),
                            now=at(date(2026, 2, 16)))
    return c


