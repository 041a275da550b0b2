"""M25 art 35 (art 69 for a mediation case): an agreement takes effect only when every party, itself or by its
authorised agent, has signed it; the signatories are the host's parties and their agents by id, never typed names;
the 调解协议书 prints the signatures the register records. Through the services, on SQLite and PostgreSQL."""
from __future__ import annotations

import re
from datetime import date

import pytest
from mediation_case_helpers import MedDriver
from mediation_helpers import Mediation, session, terms
from sqlalchemy import select
from test_templates import pdf_text

from case_helpers import Driver, at
from ipcase.db.models.mediation import MediationSignatory
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.mediation import AgreementInput, MediationCaseRef, MediationHost, SignatoryInput
from ipcase.errors import TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.queries.documents import register as q
from ipcase.services.documents import issue as docs

DAY = date(2026, 10, 12)


def two_respondents(new_uow, staff) -> Mediation:
    case = Driver.new(new_uow, staff, at(DAY), received=DAY, respondents=2)
    case.panel(at(DAY))
    case.act_approved("register", {"registered_date": DAY}, at(DAY))
    m = Mediation(new_uow, staff, case)
    m.record(session(date(2026, 10, 19), "agreed"))
    return m


def reasons(excinfo) -> dict[str, str]:
    errors = excinfo.value.errors if isinstance(excinfo.value, ValidationErrors) else [excinfo.value]
    return {e.reason: e.detail for e in errors if e.field == "signatories"}


def fresh(c: MedDriver, day: date) -> None:
    """The agreement's steps are on the mediation case's timeline (its version moves): act on the current one."""
    d = c.detail(day)
    c.ref = MediationCaseRef(d.id, d.version, d.case_number)


def test_an_agreement_leaving_a_respondent_out_or_naming_a_stranger_is_refused(new_uow, staff):
    m = two_respondents(new_uow, staff)
    parties = m.view(date(2026, 10, 19)).parties
    requester, first, second = parties
    assert [p.name for p in (first, second)] == ["义乌市鼎盛贸易商行甲", "义乌市鼎盛贸易商行乙"]
    one_respondent = (SignatoryInput(requester.side, requester.name, requester.party_id),
                      SignatoryInput(first.side, first.name, first.party_id))
    with pytest.raises(ValidationErrors) as e:
        m.save(terms(signatories=one_respondent), date(2026, 10, 19))
    assert reasons(e) == {"parties_missing": "义乌市鼎盛贸易商行乙"}
    stranger = (*one_respondent, SignatoryInput("respondent", "张三"))   # a typed name, no party behind it
    with pytest.raises(ValidationErrors) as e:
        m.save(terms(signatories=stranger), date(2026, 10, 19))
    assert reasons(e) == {"not_a_party": "张三", "parties_missing": "义乌市鼎盛贸易商行乙"}
    assert m.agreement is None and m.view(date(2026, 10, 19)).agreements == ()   # nothing saved


def test_an_agent_signs_for_his_party_and_the_document_prints_what_is_recorded(new_uow, staff, tmp_path):
    m = two_respondents(new_uow, staff)
    requester, first, second = m.view(date(2026, 10, 19)).parties
    [lawyer] = requester.agents
    assert lawyer.name == "陈律师"
    chosen = (SignatoryInput(requester.side, requester.name, requester.party_id, agent=lawyer.key),
              SignatoryInput(first.side, first.name, first.party_id),
              SignatoryInput(second.side, second.name, second.party_id))
    m.save(terms(signatories=chosen), date(2026, 10, 19))
    a = m.current(date(2026, 10, 19))
    assert [(x.name, x.agent_name) for x in a.signatories] == [
        ("宁波华辰科技有限公司", "陈律师"), ("义乌市鼎盛贸易商行甲", ""), ("义乌市鼎盛贸易商行乙", "")]
    with pytest.raises(ValidationErrors) as e:   # an agent of another party cannot sign for this one
        m.save(terms(signatories=(*chosen[:2], SignatoryInput(second.side, second.name, second.party_id,
                                                               agent=lawyer.key))), date(2026, 10, 19))
    assert reasons(e) == {"not_an_agent": "义乌市鼎盛贸易商行乙"}
    m.sign("华辰", date(2026, 10, 20))
    m.sign("鼎盛贸易商行甲", date(2026, 10, 21))
    assert m.current(date(2026, 10, 21)).status == "draft"      # 乙 has not signed: no effect, no closing
    assert not m.view(date(2026, 10, 21)).closing_pending
    m.sign("鼎盛贸易商行乙", date(2026, 10, 22))
    assert m.current(date(2026, 10, 22)).effective_date == date(2026, 10, 22)
    assert m.view(date(2026, 10, 22)).closing_pending
    with new_uow() as uow:
        defaults = q.draft_defaults(uow, case_id=m.case.ref.id)
        info = docs.issue_document(uow, actor_id=staff.clerk.id, case_id=m.case.ref.id, draft=DocumentDraft(
            "mediation_agreement", fields={"history": defaults["mediation_history"], "terms": defaults["terms"]}),
            now=at(date(2026, 10, 22)))
    with new_uow() as uow:
        _, pdf = q.document_file(uow, document_id=info.id, kind="pdf")
    flat = re.sub(r"\s+", "", pdf_text(pdf))
    for line in ("请求人：宁波华辰科技有限公司委托代理人：陈律师（签名或者盖章）2026年10月20日",
                 "被请求人：义乌市鼎盛贸易商行甲（签名或者盖章）2026年10月21日",
                 "被请求人：义乌市鼎盛贸易商行乙（签名或者盖章）2026年10月22日"):
        assert line in flat, line


def test_an_agreement_recorded_with_a_free_name_never_takes_effect(new_uow, staff):
    """A draft from before the rule: its respondent line holds a name that is not the party's (the migration
    could not match it). It still loads; signing it to effect and filing its closing are refused, naming the
    party nobody signs for."""
    m = two_respondents(new_uow, staff)
    m.save(terms(), date(2026, 10, 19))
    with new_uow() as uow:
        row = uow.session.get(MediationSignatory, m.current(date(2026, 10, 19)).signatories[2].id)
        row.party_id, row.name = None, "义乌鼎盛（代签）"
        uow.commit()
    a = m.current(date(2026, 10, 19))
    assert [x.party_id is None for x in a.signatories] == [False, False, True]
    with pytest.raises(ValidationFailed) as e:
        m.sign("华辰", date(2026, 10, 20))
    assert (e.value.reason, e.value.detail) == ("parties_missing", "义乌市鼎盛贸易商行乙")
    m.save(terms(), date(2026, 10, 20))           # drafted again with the parties: every one covered
    for name in ("华辰", "甲", "乙"):
        m.sign(name, date(2026, 10, 21))
    assert m.view(date(2026, 10, 21)).closing_pending


def test_a_mediation_case_is_signed_by_its_parties_and_closes_only_when_all_signed(new_uow, staff):
    day = date(2026, 10, 26)
    c = MedDriver.new(new_uow, staff, at(day))
    c.register(day)
    m = Mediation(new_uow, staff, c)
    m.host = MediationHost.mediation_case(c.ref.id)
    requester, respondent = m.view(day).parties
    assert requester.party_id is not None and [x.name for x in requester.agents] == ["钱律师"]
    chosen = (SignatoryInput(requester.side, requester.name, requester.party_id, agent=requester.agents[0].key),
              SignatoryInput(respondent.side, respondent.name, respondent.party_id))
    with pytest.raises(ValidationErrors) as e:
        m.save(AgreementInput(other_terms="专利权归请求人所有。", signatories=chosen[:1]), day)
    assert reasons(e) == {"parties_missing": "陈志远"}
    m.save(AgreementInput(other_terms="专利权归请求人所有。", signatories=chosen), day)
    m.sign("云启", day)
    fresh(c, day)
    with pytest.raises(TransitionRefused) as refused:           # one of two signed: nothing to close on
        c.act("close_agreement", {"closed_date": day}, at(day))
    assert refused.value.code == "mediation_no_signed_agreement"
    m.sign("陈志远", day)
    fresh(c, day)
    assert [(x.name, x.agent_name) for x in m.current(day).signatories] == [
        ("杭州云启智能科技有限公司", "钱律师"), ("陈志远", "")]
    c.act("close_agreement", {"closed_date": day}, at(day))
    assert c.detail(day).state == "closed_agreement"


def test_a_mediation_case_cannot_close_on_an_agreement_leaving_a_party_out(new_uow, staff):
    day = date(2026, 10, 26)
    c = MedDriver.new(new_uow, staff, at(day))
    c.register(day)
    c.sign_agreement(day)                       # both parties, by their ids
    with new_uow() as uow:                      # as recorded before the rule: a free name for the respondent
        for row in uow.session.scalars(select(MediationSignatory).where(MediationSignatory.side == "respondent")):
            row.mediation_party_id, row.name = None, "陈某"
        uow.commit()
    with pytest.raises(TransitionRefused) as e:
        c.act("close_agreement", {"closed_date": day}, at(day))
    assert (e.value.code, e.value.detail) == ("agreement_parties_missing", "陈志远")
