"""Building intake items (and an earlier ruling to collide with) in tests through the real services."""
from __future__ import annotations

from datetime import date, datetime

from case_helpers import Driver, at, sample_request
from ipcase.domain.enums import PartyKind, PartyRole
from ipcase.domain.identifiers import make_credit_code, make_patent_number
from ipcase.domain.intake.items import IntakeChannel, IntakeKind
from ipcase.dto.cases import PartyInput
from ipcase.dto.intake import IntakeInput, IntakeTargetInput
from ipcase.services.intake import items as intake

PATENT = make_patent_number(2021, 2, 1234567)       # the utility model of case_helpers.sample_request
RESPONDENT = "义乌市鼎盛贸易商行"
RESPONDENT_CODE = make_credit_code("92330782MA2CD5678")


def item_input(kind: IntakeKind = IntakeKind.REQUEST, channel: IntakeChannel = IntakeChannel.COUNTER,
               received_at: datetime = datetime(2026, 10, 30, 10, 0), **over) -> IntakeInput:
    data = dict(
        kind=kind, channel=channel, received_at=received_at, submitter_name="宁波华辰科技有限公司",
        submitter_kind=PartyKind.LEGAL, submitter_credit_code=make_credit_code("91330200MA2AB1234"),
        submitter_phone="0574-88886666", submitter_address="宁波市高新区1号",
        targets=(IntakeTargetInput(RESPONDENT, PartyKind.UNINCORPORATED, RESPONDENT_CODE, "义乌市福田市场",
                                   shop_url="https://shop.example.com/dingsheng"),),
        patent_numbers=(PATENT,), patent_title="一种折叠式便携座椅", patentee="宁波华辰科技有限公司",
        evaluation_report=True, product="折叠露营椅", description="被请求人在网店销售折叠露营椅。",
        flag_ecommerce=True)
    data.update(over)
    return IntakeInput(**data)


def register(new_uow, who, now: datetime = datetime(2026, 11, 2, 9, 30), **over):
    with new_uow() as uow:
        return intake.register_item(uow, actor_id=who.id, data=item_input(**over), now=now)


def ruled_case(new_uow, staff, *, respondent=RESPONDENT, credit_code=RESPONDENT_CODE, outcome="infringement",
               received: date = date(2026, 3, 2), served: date | None = date(2026, 4, 3)) -> Driver:
    """A case on PATENT against `respondent`, closed by a ruling (infringement found by default) and served on
    both parties on `served` (None: not served, so never in force)."""
    c = Driver(new_uow, staff, None)
    with new_uow() as uow:
        from ipcase.services.cases import actions as cases
        c.ref = cases.register_request(uow, actor_id=staff.officer.id, now=at(received), data=sample_request(
            received, respondents=(PartyInput(respondent, PartyKind.UNINCORPORATED, credit_code),)))
    c.panel(at(received))
    c.act("register", {"registered_date": received}, at(received))
    c.approve(at(received))
    requester = c.party_ids(PartyRole.REQUESTER, received)[0]
    opposite = c.party_ids(PartyRole.RESPONDENT, received)[0]
    c.serve("serve_registration_notice", {requester: received}, "direct", at(received))
    c.serve("serve_copy", {opposite: received}, "direct", at(received))
    c.act("receive_answer", {"party_id": opposite, "received_date": date(2026, 3, 10)}, at(date(2026, 3, 10)))
    c.act("written_review", {"reply_given": True, "note": "已告知"}, at(date(2026, 3, 12)))
    c.act("submit_closing", {"outcome": outcome, "majority_opinion": "合议意见"}, at(date(2026, 4, 1)))
    c.approve(at(date(2026, 4, 2)))
    if served is not None:  # D14 of both ends 2026-04-20 (15 days → Sat 04-18, rolled): in force from 04-21
        c.serve("record_ruling_service", {requester: served, opposite: served}, "direct",
              at(served))
    return c
