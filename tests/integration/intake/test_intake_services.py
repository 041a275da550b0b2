"""The intake register through the services, on SQLite and PostgreSQL: registration and validation, every
triage outcome, correction, extension, conversion, telling the reporter, tracks, same matter and 重复侵权."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from intake_helpers import PATENT, RESPONDENT, RESPONDENT_CODE, item_input, register, ruled_case

from case_helpers import Driver
from ipcase.domain.enums import CaseState, PartyKind
from ipcase.domain.identifiers import make_credit_code, make_patent_number
from ipcase.domain.intake.items import CloseReason, IntakeChannel, IntakeKind, IntakeState, TriageOutcome
from ipcase.domain.intake.routing import Track
from ipcase.dto.cases import PartyInput
from ipcase.dto.intake import AttachmentInput, IntakeFilter, IntakeTargetInput, TriageInput
from ipcase.errors import (
    ConcurrentModification,
    PermissionDenied,
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ipcase.queries.cases.deadlines import my_deadlines
from ipcase.queries.cases.register import case_detail
from ipcase.queries.intake import register as q
from ipcase.services.intake import items as intake

NOW = datetime(2026, 11, 2, 9, 30)   # Monday
TODAY = NOW.date()


def detail(new_uow, ref, viewer):
    with new_uow() as uow:
        return q.item_detail(uow, ref.id, viewer_id=viewer.id, today=TODAY)


def triage(new_uow, ref, who, now=NOW, **decision):
    with new_uow() as uow:
        return intake.triage(uow, actor_id=who.id, item_id=ref.id, expected_version=ref.version,
                             decision=TriageInput(**decision), now=now)


def errors_of(exc) -> set[tuple[str, str]]:
    errs = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return {(e.field, e.reason) for e in errs}


def test_register_a_request_at_the_counter(new_uow, staff):
    ref = register(new_uow, staff.officer)
    assert ref.number == "测试市收〔2026〕1号"
    assert register(new_uow, staff.clerk).number == "测试市收〔2026〕2号"
    d = detail(new_uow, ref, staff.officer)
    assert d.state == IntakeState.OPEN and d.handler_name == "张伟" and d.registered_by == "张伟"
    assert d.patent_numbers == (PATENT,) and d.targets[0].credit_code == RESPONDENT_CODE
    assert [e.kind for e in d.events] == ["registered"]
    assert d.suggestion.track == Track.FAST          # e-commerce utility model, report, one respondent
    d1 = [x for x in d.deadlines if x.code == "intake_d1"][0]
    assert d1.due_date == date(2026, 11, 6) and d1.intake_id == ref.id and d1.status == "open"
    assert d.allowed_outcomes == (TriageOutcome.CASE, TriageOutcome.CORRECTION, TriageOutcome.FORWARD,
                                  TriageOutcome.CLOSE)
    # a clerk's item has no handler yet: it shows in every officer's list until someone takes it
    with new_uow() as uow:
        rows = my_deadlines(uow, user_id=staff.officer2.id, today=TODAY)
    assert [(r.intake_number, r.code) for r in rows] == [("测试市收〔2026〕2号", "intake_d1")]


def test_every_wrong_field_is_named(new_uow, staff):
    bad_code = RESPONDENT_CODE[:-1] + ("1" if RESPONDENT_CODE[-1] != "1" else "2")
    with pytest.raises(ValidationErrors) as e:
        register(new_uow, staff.officer, anonymous=True, patent_numbers=("ZL202120000000.1", "not a number"),
                 targets=(IntakeTargetInput("", credit_code=bad_code),), handler_id=staff.clerk.id,
                 received_at=datetime(2026, 11, 3, 8, 0))
    assert errors_of(e.value) == {
        ("anonymous", "intake_anonymous_kind"), ("patents[0]", "check_digit"), ("patents[1]", "format"),
        ("targets[0].name", "required"), ("targets[0].credit_code", "check_digit"), ("handler_id", "choice"),
        ("received_at", "future")}
    with pytest.raises(ValidationErrors) as e:
        register(new_uow, staff.officer, kind=IntakeKind.COMPLAINT, submitter_name="", targets=(), patent_numbers=(),
                 channel=IntakeChannel.REFERRAL, submitter_phone="", submitter_address="")
    assert errors_of(e.value) == {("submitter_name", "required"), ("targets", "required"), ("patents", "required"),
                                  ("submitter_phone", "intake_contact_required"), ("referred_by", "required")}


def test_anonymous_counterfeit_report_with_a_number_that_does_not_exist(new_uow, staff):
    ref = register(new_uow, staff.officer, kind=IntakeKind.COUNTERFEIT, channel=IntakeChannel.HOTLINE,
                   anonymous=True, submitter_name="会被清除", patent_numbers=("ZL 2019 2 1234567.0",))
    d = detail(new_uow, ref, staff.officer)
    assert d.anonymous and d.submitter_name == "" and d.patent_numbers == ("ZL201921234567.0",)
    assert [x.code for x in d.deadlines] == ["D23"]
    assert d.deadlines[0].due_date == date(2026, 11, 13)   # 10 working days from Fri 10-30


def test_register_as_adjudication_case_prefilled(new_uow, staff):
    ref = register(new_uow, staff.officer)
    with pytest.raises(ValidationFailed) as e:
        triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CASE)
    assert e.value.field == "track"
    with pytest.raises(ValidationFailed) as e:      # overriding the suggestion needs a reason
        triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CASE, track=Track.COMPLEX)
    assert e.value.field == "track_reason"
    ref = triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CASE, track=Track.COMPLEX,
                 track_reason="被请求人提出不侵权抗辩，技术比对复杂")
    assert ref.case_id is not None
    d = detail(new_uow, ref, staff.officer)
    assert d.state == IntakeState.CASE and d.decided_on == TODAY and d.case_id == ref.case_id
    assert (d.track, d.suggested_track, d.track_reason) == (Track.COMPLEX, Track.FAST, "被请求人提出不侵权抗辩，技术比对复杂")
    assert [e.kind for e in d.events] == ["registered", "track", "case"]
    assert [x.status for x in d.deadlines] == ["met"] and d.allowed_outcomes == () and not d.can_edit
    with new_uow() as uow:
        c = case_detail(uow, ref.case_id, viewer_id=staff.officer.id, today=TODAY)
    # nothing retyped: the request carries what the counter typed
    assert c.state == CaseState.RECEIVED and c.patent_number == PATENT and c.patent_title == "一种折叠式便携座椅"
    assert c.received_date == date(2026, 10, 30) and c.flag_ecommerce and c.accused_product == "折叠露营椅"
    assert [(p.role, p.name, p.credit_code) for p in c.parties] == [
        ("requester", "宁波华辰科技有限公司", make_credit_code("91330200MA2AB1234")),
        ("respondent", RESPONDENT, RESPONDENT_CODE)]
    assert c.officer_name == "张伟" and c.timeline[0].detail["intake_number"] == ref.number
    assert [x.due_date for x in c.deadlines if x.code == "D1"] == [date(2026, 11, 6)]
    with new_uow() as uow:
        info = q.case_intake(uow, ref.case_id)
    assert info.item_number == ref.number and info.track == Track.COMPLEX and info.repeat_case_id is None


def test_correction_once_then_the_case_keeps_it(new_uow, staff):
    ref = register(new_uow, staff.officer, received_at=datetime(2026, 10, 19, 9, 0))
    with pytest.raises(ValidationErrors) as e:
        triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CORRECTION, decided_date=date(2026, 10, 20),
               defects=(" ",), correction_due=date(2026, 10, 20))
    assert errors_of(e.value) == {("defects", "required"), ("correction_due", "intake_not_after")}
    ref = triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CORRECTION, decided_date=date(2026, 10, 20),
                 defects=("未提交专利登记簿副本", "请求人主体资格证明未盖章"), correction_due=date(2026, 10, 30))
    d = detail(new_uow, ref, staff.officer)
    assert d.state == IntakeState.PENDING_CORRECTION and d.defects == ("未提交专利登记簿副本", "请求人主体资格证明未盖章")
    assert [(x.code, x.urgency) for x in d.deadlines] == [("intake_correction", "overdue")]
    assert d.can_record_correction and d.allowed_outcomes == (TriageOutcome.CLOSE,)   # refusal: the head's
    with pytest.raises(TransitionRefused) as e:
        triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CASE, track=Track.FAST)
    assert e.value.code == "intake_awaiting_correction"
    with new_uow() as uow:
        ref = intake.record_correction(uow, actor_id=staff.clerk.id, item_id=ref.id, expected_version=ref.version,
                                       received=date(2026, 10, 28), now=NOW)
    d = detail(new_uow, ref, staff.officer)
    assert d.state == IntakeState.OPEN and TriageOutcome.CORRECTION not in d.allowed_outcomes
    d1 = [x for x in d.deadlines if x.code == "intake_d1"][0]
    assert (d1.start_date, d1.due_date) == (date(2026, 10, 28), date(2026, 11, 4))
    ref = triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CASE, track=Track.FAST)
    with new_uow() as uow:
        c = case_detail(uow, ref.case_id, viewer_id=staff.officer.id, today=TODAY)
    assert [(x.code, x.status) for x in c.deadlines] == [("CORRECTION", "met"), ("D1", "open")]
    assert [x.due_date for x in c.deadlines if x.code == "D1"] == [date(2026, 11, 4)]


def test_refusing_a_request_is_the_department_heads_decision(new_uow, staff):
    ref = register(new_uow, staff.officer)
    with pytest.raises(PermissionDenied):
        triage(new_uow, ref, staff.officer, outcome=TriageOutcome.REFUSE, refusal_reasons=("sued_in_court",))
    with pytest.raises(ValidationFailed) as e:
        triage(new_uow, ref, staff.dept_head, outcome=TriageOutcome.REFUSE, refusal_reasons=("other",))
    assert e.value.field == "reason_text"
    ref = triage(new_uow, ref, staff.dept_head, outcome=TriageOutcome.REFUSE, refusal_reasons=("sued_in_court",),
                 reason_text="请求人已就同一纠纷向人民法院起诉。")
    d = detail(new_uow, ref, staff.officer)
    assert d.state == IntakeState.REFUSED and d.outcome_detail["refusal_reasons"] == ["sued_in_court"]


def test_forward_to_the_competent_authority(new_uow, staff):
    ref = register(new_uow, staff.officer)
    with pytest.raises(ValidationErrors) as e:
        triage(new_uow, ref, staff.officer, outcome=TriageOutcome.FORWARD)
    assert errors_of(e.value) == {("authority", "required"), ("reason_text", "required")}
    ref = triage(new_uow, ref, staff.officer, outcome=TriageOutcome.FORWARD, decided_date=date(2026, 10, 30),
                 authority="某省知识产权局", reason_text="被请求人住所地及侵权行为地均不在本市（M25 第六条）")
    d = detail(new_uow, ref, staff.officer)
    assert d.state == IntakeState.FORWARDED and d.decided_on == date(2026, 10, 30)
    assert d.outcome_detail["authority"] == "某省知识产权局" and d.outcome_detail["letter_number"]   # 转交函
    assert d.outcome_detail["reason_text"] == "被请求人住所地及侵权行为地均不在本市（M25 第六条）"
    assert d.events[-1].kind == "forward" and d.events[-1].detail["authority"] == "某省知识产权局"


def test_counterfeit_clue_to_enforcement_and_telling_the_reporter(new_uow, staff):
    ref = register(new_uow, staff.clerk, kind=IntakeKind.COUNTERFEIT, channel=IntakeChannel.ONLINE,
                   submitter_name="李明", submitter_kind=PartyKind.NATURAL, submitter_credit_code="")
    with pytest.raises(PermissionDenied):      # a clerk registers, an officer decides
        triage(new_uow, ref, staff.clerk, outcome=TriageOutcome.ENFORCEMENT, authority="执法稽查局")
    ref = triage(new_uow, ref, staff.officer, outcome=TriageOutcome.ENFORCEMENT, authority="市场监管综合执法支队",
                 reason_text="产品标注的专利号已失效")
    d = detail(new_uow, ref, staff.clerk)
    assert d.state == IntakeState.ENFORCEMENT and d.can_notify
    notify = [x for x in d.deadlines if x.code == "intake_notify"][0]
    assert notify.due_date == date(2026, 11, 9) and notify.status == "open"
    with new_uow() as uow:
        rows = my_deadlines(uow, user_id=staff.officer.id, today=TODAY, everyone=True)
    assert ("intake_notify", ref.number) in [(r.code, r.intake_number) for r in rows]
    with new_uow() as uow:
        with pytest.raises(ValidationFailed):
            intake.record_notification(uow, actor_id=staff.clerk.id, item_id=ref.id, expected_version=ref.version,
                                       notified_on=TODAY, method=" ", now=NOW)
    with new_uow() as uow:
        ref = intake.record_notification(uow, actor_id=staff.clerk.id, item_id=ref.id, expected_version=ref.version,
                                         notified_on=TODAY, method="电话告知", now=NOW)
    d = detail(new_uow, ref, staff.clerk)
    assert d.notified_on == TODAY and not d.can_notify
    assert [x.status for x in d.deadlines] == ["met", "met"]
    with new_uow() as uow:
        with pytest.raises(TransitionRefused) as e:
            intake.record_notification(uow, actor_id=staff.clerk.id, item_id=ref.id, expected_version=ref.version,
                                       notified_on=TODAY, method="短信", now=NOW)
    assert e.value.code == "intake_already_notified"


def test_close_a_consultation_and_record_a_mediation(new_uow, staff):
    ref = register(new_uow, staff.officer, kind=IntakeKind.CONSULTATION, channel=IntakeChannel.HOTLINE, targets=(),
                   patent_numbers=())
    with pytest.raises(ValidationFailed) as e:
        triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CLOSE)
    assert e.value.field == "close_reason"
    ref = triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CLOSE, close_reason=CloseReason.ANSWERED,
                 reason_text="已电话答复请求处理的条件与材料")
    assert detail(new_uow, ref, staff.officer).state == IntakeState.CLOSED
    m = register(new_uow, staff.officer, kind=IntakeKind.MEDIATION)
    m = triage(new_uow, m, staff.officer, outcome=TriageOutcome.MEDIATION, track=Track.FAST, reason_text="赔偿数额")
    d = detail(new_uow, m, staff.officer)
    assert d.state == IntakeState.MEDIATION and d.case_id is None and d.mediation_case_id is not None
    assert d.outcome_detail == {"mediation_case_id": d.mediation_case_id, "reason_text": "赔偿数额"}


def test_a_complaint_becomes_a_request_and_then_a_case(new_uow, staff):
    ref = register(new_uow, staff.officer, kind=IntakeKind.COMPLAINT, received_at=datetime(2026, 10, 26, 9, 0))
    d = detail(new_uow, ref, staff.officer)
    assert [x.code for x in d.deadlines] == ["intake_complaint"] and d.can_convert
    with pytest.raises(TransitionRefused) as e:
        triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CASE, track=Track.FAST)
    assert e.value.code == "intake_needs_request"
    with new_uow() as uow:
        ref = intake.convert_to_request(uow, actor_id=staff.officer.id, item_id=ref.id, expected_version=ref.version,
                                        request_received=date(2026, 10, 29), now=NOW)
    d = detail(new_uow, ref, staff.officer)
    assert d.kind == IntakeKind.REQUEST and d.converted_from == IntakeKind.COMPLAINT
    assert [(x.code, x.start_date) for x in d.deadlines] == [("intake_d1", date(2026, 10, 29))]
    ref = triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CASE, track=Track.FAST)
    with new_uow() as uow:
        assert case_detail(uow, ref.case_id, viewer_id=staff.officer.id, today=TODAY).received_date == \
            date(2026, 10, 29)


def test_the_decision_extension_is_the_heads(new_uow, staff):
    ref = register(new_uow, staff.officer)
    with new_uow() as uow, pytest.raises(PermissionDenied):
        intake.extend_decision(uow, actor_id=staff.officer.id, item_id=ref.id, expected_version=ref.version,
                               reason="复杂", now=NOW)
    with new_uow() as uow:
        ref = intake.extend_decision(uow, actor_id=staff.dept_head.id, item_id=ref.id, expected_version=ref.version,
                                     reason="涉及多项权利要求的技术比对", now=NOW)
    d = detail(new_uow, ref, staff.dept_head)
    assert d.decision_extended and not d.can_extend
    assert [x.due_date for x in d.deadlines] == [date(2026, 11, 13)]
    ref = triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CASE, track=Track.FAST)
    with new_uow() as uow:
        c = case_detail(uow, ref.case_id, viewer_id=staff.officer.id, today=TODAY)
    assert [x.due_date for x in c.deadlines if x.code == "D1"] == [date(2026, 11, 13)]


def test_a_stale_version_is_refused_with_what_changed(new_uow, staff):
    ref = register(new_uow, staff.officer)
    with new_uow() as uow:
        intake.update_item(uow, actor_id=staff.officer2.id, item_id=ref.id, expected_version=ref.version,
                           data=item_input(product="折叠钓鱼椅"), now=NOW)
    with pytest.raises(ConcurrentModification) as e:
        triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CLOSE, close_reason=CloseReason.WITHDRAWN)
    assert e.value.kind == "intake_item" and "李娜 edited" in e.value.changes[0]


def test_same_matter_and_repeat_infringement(new_uow, staff):
    ruling = ruled_case(new_uow, staff)
    ruling_number = ruling.detail(TODAY).case_number
    # the same respondent, its code written with spaces and in lower case, its name with a space
    spaced = " ".join([RESPONDENT_CODE[:6], RESPONDENT_CODE[6:]]).lower()
    ref = register(new_uow, staff.officer, targets=(IntakeTargetInput("义乌市 鼎盛贸易商行", credit_code=spaced),))
    other = register(new_uow, staff.officer2, patent_numbers=(PATENT.removeprefix("ZL"),),
                     targets=(IntakeTargetInput("义乌市鼎盛贸易商行"),), kind=IntakeKind.MEDIATION)
    d = detail(new_uow, ref, staff.officer)
    assert d.repeat_case_id == ruling.ref.id and d.repeat_case_number == ruling_number
    assert [(m.source, m.reference, m.matched_by, m.repeat) for m in d.matches] == [
        ("case", ruling_number, "credit_code", True), ("item", other.number, "name", False)]
    assert d.suggestion.track == Track.FAST and d.suggestion.rule_name.startswith("重复侵权")
    # a mediation request after a ruling is the normal way to damages: not a repeat
    assert detail(new_uow, other, staff.officer).repeat_case_id is None
    with new_uow() as uow:
        assert [r.number for r in q.list_items(uow, IntakeFilter(repeat=True), today=TODAY).rows] == [ref.number]
        live = q.check_same_matter(uow, patent_numbers=(PATENT,), targets=(IntakeTargetInput(RESPONDENT),))
    assert [m.reference for m in live] == [ruling_number, ref.number, other.number]
    ref = triage(new_uow, ref, staff.officer, outcome=TriageOutcome.CASE, track=Track.FAST)
    with new_uow() as uow:
        info = q.case_intake(uow, ref.case_id)
    assert info.repeat_case_number == ruling_number
    assert [m.reference for m in info.matches][:1] == [ruling_number]


def test_a_ruling_that_rejected_the_request_is_shown_but_not_a_repeat(new_uow, staff):
    rejected = ruled_case(new_uow, staff, outcome="rejected")
    ref = register(new_uow, staff.officer)
    d = detail(new_uow, ref, staff.officer)
    assert d.repeat_case_id is None and [(m.id, m.repeat) for m in d.matches] == [(rejected.ref.id, False)]


def test_a_case_registered_straight_away_gets_the_repeat_flag_too(new_uow, staff):
    ruling = ruled_case(new_uow, staff)
    c = Driver.new(new_uow, staff, NOW, received=TODAY,
                   respondents=(PartyInput(RESPONDENT, PartyKind.UNINCORPORATED, RESPONDENT_CODE),))
    with new_uow() as uow:
        info = q.case_intake(uow, c.ref.id)
    assert info.item_id is None and info.repeat_case_id == ruling.ref.id


def test_list_filters_and_search(new_uow, staff):
    a = register(new_uow, staff.officer, received_at=datetime(2026, 10, 20, 9, 0))
    b = register(new_uow, staff.officer2, kind=IntakeKind.COUNTERFEIT, channel=IntakeChannel.TRADE_FAIR,
                 targets=(IntakeTargetInput("佛山市雅居玩具有限公司", booth="3号馆A12"),),
                 patent_numbers=(make_patent_number(2020, 3, 7654321),))
    c = register(new_uow, staff.clerk, kind=IntakeKind.CONSULTATION, targets=(), patent_numbers=(),
                 submitter_name="王先生")

    def numbers(**kw):
        with new_uow() as uow:
            return [r.number for r in q.list_items(uow, IntakeFilter(**kw), today=TODAY).rows]

    assert numbers() == [c.number, b.number, a.number]
    assert numbers(kinds=(IntakeKind.COUNTERFEIT,)) == [b.number]
    assert numbers(channels=(IntakeChannel.TRADE_FAIR,)) == [b.number]
    assert numbers(handler_id=staff.officer2.id) == [b.number]
    assert numbers(received_to=date(2026, 10, 20)) == [a.number]
    assert numbers(text="雅居") == [b.number] and numbers(text="3号馆") == [b.number]
    assert numbers(text=PATENT.removeprefix("ZL").replace(".", "")) == [a.number]
    assert numbers(text="王先生") == [c.number]
    assert numbers(states=(IntakeState.CLOSED,)) == []
    assert numbers(flag_trade_fair=True) == [b.number]       # the 展会 channel sets the flag
    assert numbers(flag_foreign=True) == [] and numbers(flag_ecommerce=False) == []
    with new_uow() as uow:
        page = q.list_items(uow, IntakeFilter(sort="number", descending=False, limit=2), today=TODAY)
    assert page.total == 3 and [r.number for r in page.rows] == [a.number, b.number]
    first = page.rows[0]
    assert first.next_due == date(2026, 10, 27) and first.urgency == "overdue" and first.next_due_code == "intake_d1"


def test_attachments_are_kept_in_the_database(new_uow, staff):
    ref = register(new_uow, staff.clerk, attachments=(AttachmentInput("请求书.pdf", b"%PDF-1.4 test"),))
    with new_uow() as uow:
        ref = intake.add_attachment(uow, actor_id=staff.clerk.id, item_id=ref.id,
                                    attachment=AttachmentInput("登记簿副本.png", b"\x89PNG", "第1页"), now=NOW)
    d = detail(new_uow, ref, staff.clerk)
    assert [(a.name, a.size, a.note) for a in d.attachments] == [("请求书.pdf", 13, ""), ("登记簿副本.png", 4, "第1页")]
    with new_uow() as uow:
        assert q.attachment_content(uow, d.attachments[0].id) == ("请求书.pdf", b"%PDF-1.4 test")
    with new_uow() as uow:
        intake.remove_attachment(uow, actor_id=staff.clerk.id, attachment_id=d.attachments[0].id, now=NOW)
    d = detail(new_uow, ref, staff.clerk)
    assert [a.name for a in d.attachments] == ["登记簿副本.png"]
    assert [e.kind for e in d.events] == ["registered", "attachment_added", "attachment_removed"]


def test_routing_rules_are_an_administrators_setting(new_uow, staff):
    from ipcase.domain.intake.routing import DEFAULT_RULES, Condition, Fact, RoutingRule
    from ipcase.services.intake import settings as intake_settings
    with new_uow() as uow:
        assert q.routing_settings(uow, office_id=staff.office.id).is_default
    rules = (RoutingRule("本市展会一律快办", Track.FAST, (Condition(Fact.CHANNEL, "in", ("trade_fair",)),)),
             *DEFAULT_RULES)
    with new_uow() as uow, pytest.raises(PermissionDenied):
        intake_settings.save_routing(uow, actor_id=staff.officer.id, rules=rules, complaint_needs_request=True,
                                     expected_version=0)
    with new_uow() as uow, pytest.raises(ValidationErrors):
        intake_settings.save_routing(uow, actor_id=staff.admin.id, complaint_needs_request=True, expected_version=0,
                                     rules=(RoutingRule("", Track.FAST, ()),))
    with new_uow() as uow:
        saved = intake_settings.save_routing(uow, actor_id=staff.admin.id, rules=rules, complaint_needs_request=False,
                                             expected_version=0)
    assert saved.rules == rules and not saved.is_default and not saved.complaint_needs_request
    ref = register(new_uow, staff.officer, kind=IntakeKind.COMPLAINT, channel=IntakeChannel.TRADE_FAIR,
                   patent_numbers=(make_patent_number(2020, 1, 1111111),))
    d = detail(new_uow, ref, staff.officer)
    assert d.suggestion.rule_name == "本市展会一律快办"
    assert TriageOutcome.CASE in d.allowed_outcomes     # the [U] rule switched off


def test_only_a_ruling_in_force_makes_a_request_a_repeat(new_uow, staff):
    # served on nobody: the parties may still sue, so the ruling is not in force (PL art 65, M25 art 34)
    unserved = ruled_case(new_uow, staff, served=None)
    ref = register(new_uow, staff.officer)
    d = detail(new_uow, ref, staff.officer)
    assert d.repeat_case_id is None and [(m.id, m.repeat) for m in d.matches] == [(unserved.ref.id, False)]


def test_a_request_received_before_the_ruling_took_effect_is_not_a_repeat(new_uow, staff):
    ruling = ruled_case(new_uow, staff)          # in force from 2026-04-21
    early = register(new_uow, staff.officer, received_at=datetime(2026, 4, 20, 16, 0))
    late = register(new_uow, staff.officer, received_at=datetime(2026, 4, 21, 9, 0))
    assert detail(new_uow, early, staff.officer).repeat_case_id is None
    assert detail(new_uow, late, staff.officer).repeat_case_id == ruling.ref.id
