"""The 行政裁决书 of cases built through the real services, on SQLite and PostgreSQL: what the ruling tells is read
from the record by queries/documents/ruling_facts.py (inspections, what was preserved and how many, the served
口头审理通知书, the hearing record's attendance, suspensions, extensions, the office's ruling settings), not from
hand-made DocumentCase fixtures. A utility-model case against a 个体工商户 that never answered and stayed away from
the hearing; a design case rejected on a decided prior-design defence after written review; an invention case with
an answer, an extension and everybody at the hearing."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from hearing_helpers import serve_notice

from case_helpers import Driver, at
from ipcase.domain.enums import PartyKind, PartyRole
from ipcase.domain.identifiers import make_credit_code, make_patent_number
from ipcase.dto.cases import AgentInput, CaseRef, PartyInput, PatentInput
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.evidence import RecordInput, SeizureInput
from ipcase.dto.hearings import HearingPlan, RoomInput
from ipcase.loaders.settings import store_value
from ipcase.queries.cases.approvals import pending_approvals
from ipcase.services.documents import issue as documents
from ipcase.services.evidence import investigation
from ipcase.services.hearings import records as hearing_records
from ipcase.services.hearings import rooms, sessions

RECEIVED = date(2025, 9, 15)
REGISTERED = date(2025, 9, 22)
SERVED = date(2025, 9, 30)
HEARING = datetime(2025, 11, 5, 9, 30)

SHOP = PartyInput("义乌市鼎盛日用品商行", PartyKind.INDIVIDUAL_BUSINESS, make_credit_code("92330782MA2CD5678"),
                  legal_rep="赵四", address="义乌市国际商贸城5区2号")
PERSON = PartyInput("张三", PartyKind.NATURAL, id_number="360426199101010071", address="义乌市稠城街道1号",
                    agents=(AgentInput("李某", "宁波甬知专利代理事务所"),))
MAKER = PartyInput("宁波明远机械有限公司", PartyKind.LEGAL, make_credit_code("91330200MA2EF9012"),
                   legal_rep="钱五", legal_rep_title="总经理", address="宁波市北仑区新碶街道3号")


def patent(kind: int, title: str) -> PatentInput:
    return PatentInput(make_patent_number(2021, kind, 1234567), None, title, "宁波华辰科技有限公司",
                       date(2021, 3, 1), date(2021, 9, 10))


def approve_pending(c: Driver, now: datetime) -> None:
    with c.new_uow() as uow:
        pending = [a for a in pending_approvals(uow, viewer_id=c.staff.dept_head.id) if a.case_id == c.ref.id]
    for _ in pending:
        c.approve(now)


def act(c: Driver, action: str, payload: dict, day: date, who=None) -> None:
    c.act(action, payload, at(day), who=who)
    approve_pending(c, at(day))


def refresh(c: Driver, day: date) -> None:
    d = c.detail(day)   # issuing and serving documents write timeline entries that move the case's version
    c.ref = CaseRef(d.id, d.version, d.case_number)


def registered(new_uow, staff, *, kind: int, title: str, respondents: tuple, acts: tuple, **over) -> Driver:
    c = Driver.new(new_uow, staff, at(RECEIVED), received=RECEIVED, patent=patent(kind, title),
                   respondents=respondents, acts=acts, flag_ecommerce=False,
                   request_summary="1、责令被请求人立即停止侵权行为；\n2、销毁库存侵权产品；\n3、赔偿请求人经济损失5万元。", **over)
    c.panel(at(RECEIVED))
    c.act_approved("register", {"registered_date": REGISTERED}, at(REGISTERED))
    requester = c.party_ids(PartyRole.REQUESTER, REGISTERED)[0]
    c.serve("serve_registration_notice", {requester: SERVED}, "direct", at(SERVED),
          who=staff.clerk)
    ids = c.party_ids(PartyRole.RESPONDENT, SERVED)
    c.serve("serve_copy", {i: SERVED for i in ids}, "direct", at(SERVED), who=staff.clerk)
    return c


def hearing_held(new_uow, staff, c: Driver, *, absent: frozenset[str] = frozenset(), notified: date):
    """A session in the office's room, the 口头审理通知书 served on every party `notified` days (M25 art 26), and
    its record closed as held with the parties named in `absent` away."""
    with new_uow() as uow:
        room = rooms.save_room(uow, actor_id=staff.admin.id, data=RoomInput(f"口审庭{c.ref.id}", place="三楼"))
    d = c.detail(notified)
    with new_uow() as uow:
        ref = sessions.schedule_hearing(uow, actor_id=staff.officer.id, case_id=c.ref.id, expected_version=d.version,
                                        plan=HearingPlan(room.id, HEARING, HEARING + timedelta(hours=2)),
                                        override_reason="通知当日送达", now=at(notified))
    for party in d.parties:
        serve_notice(new_uow, staff, c.ref.id, party.id, notified, at(notified))
    with new_uow() as uow:
        info = hearing_records.open_record(uow, actor_id=staff.clerk.id, hearing_id=ref.id, now=HEARING)
    names = {p.id: p.name for p in d.parties}
    content = replace(info.content, attendees=tuple(
        replace(a, present=names.get(a.party_id) not in absent and a.name not in absent,
                identity_checked=names.get(a.party_id) not in absent) for a in info.content.attendees))
    with new_uow() as uow:
        hearing_records.close_record(uow, actor_id=staff.officer.id, record_id=info.id, expected_version=info.version,
                                     content=content, outcome="held", closed_on=HEARING.date(), note="",
                                     now=HEARING + timedelta(hours=3))
    refresh(c, HEARING.date())


def close_as(c: Driver, outcome: str, day: date) -> None:
    c.act("submit_closing", {"outcome": outcome, "majority_opinion": "合议组一致意见。", "dissent": ""}, at(day))


def ruling_text(new_uow, staff, c: Driver, day: date, **fields) -> str:
    from ipcase.documents.context import defaults
    from ipcase.domain.documents.types import BY_KEY
    from ipcase.queries.documents.register import load_document_case
    with new_uow() as uow:
        case = load_document_case(uow.session, c.ref.id)
    pre = defaults(case)
    values = {f.name: pre.get(f.source, "") if f.source else "" for f in BY_KEY["ruling"].fields}
    values.update(requester_says="被请求人未经许可实施涉案专利。", facts="被请求人销售被诉侵权产品。",
                  reasoning="经比对，被诉侵权产品落入涉案专利权的保护范围。",
                  evidence=values["evidence"] or "请求人提交了公证书及所附购买实物。",
                  respondent_says=values["respondent_says"] or "被请求人辩称其实施的是现有技术（设计）。")
    values.update(fields)
    with new_uow() as uow:
        rendered = documents.preview_document(uow, case_id=c.ref.id, draft=DocumentDraft("ruling", values),
                                              now=at(day))
    return rendered.text


def paragraph(text: str, start: str) -> str:
    return next(line for line in text.split("\n") if line.startswith(start))


def test_a_utility_model_case_against_an_absent_individual_business(new_uow, staff):
    c = registered(new_uow, staff, kind=2, title="一种折叠式便携座椅", respondents=(SHOP,), acts=("make", "sell"))
    shop = c.party_ids(PartyRole.RESPONDENT, SERVED)[0]
    inspected = date(2025, 10, 9)
    with new_uow() as uow:
        investigation.add_record(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(inspected), data=RecordInput(
            "inspection", datetime(2025, 10, 9, 14), datetime(2025, 10, 9, 15), "义乌市国际商贸城5区2号",
            (staff.officer.id, staff.officer2.id), "赵四（经营者）", "店内陈列被诉折叠椅"))
    with new_uow() as uow:
        investigation.add_seizure(uow, actor_id=staff.officer.id, case_id=c.ref.id, now=at(inspected),
                                  data=SeizureInput("preservation", shop, inspected, "义乌市国际商贸城5区2号", (
                                      {"name": "折叠露营椅", "spec": "YL-01", "quantity": "120把"},
                                      {"name": "注塑模具", "quantity": "2套"}), datetime(2025, 10, 9, 15)))
    refresh(c, inspected)
    act(c, "suspend", {"ground": "invalidation_um_design", "start_date": date(2025, 10, 10),
                       "note": "被请求人提交无效宣告请求受理通知书。"}, date(2025, 10, 10))
    act(c, "resume", {"resume_date": date(2025, 10, 20), "reason_text": "无效宣告审查决定维持专利权有效。"},
        date(2025, 10, 20))
    act(c, "answer_period_over", {}, date(2025, 10, 27))
    hearing_held(new_uow, staff, c, absent=frozenset({SHOP.name}), notified=date(2025, 10, 28))
    act(c, "deliberate", {}, date(2025, 11, 6))
    close_as(c, "infringement", date(2025, 11, 10))
    with new_uow() as uow:
        store_value(uow.session, staff.officer.office_id, "documents.court", "宁波市中级人民法院")
        uow.commit()

    text = ruling_text(new_uow, staff, c, date(2025, 11, 12))
    lines = text.split("\n")
    assert lines[1:3] == ["专利侵权纠纷案件行政裁决书", c.ref.case_number]   # the office apart; one number: the 案号
    block = lines[lines.index(f"被请求人：{SHOP.name}（个体工商户）"):][:3]
    assert block == [f"被请求人：{SHOP.name}（个体工商户）", "经营场所：义乌市国际商贸城5区2号", "经营者：赵四"]
    assert "统一社会信用代码" not in text and "居民身份证号码" not in text
    story = paragraph(text, "请求人宁波华辰科技有限公司于2025年9月15日向本局提出处理请求")
    assert story == (
        "请求人宁波华辰科技有限公司于2025年9月15日向本局提出处理请求，请求处理被请求人义乌市鼎盛日用品商行侵犯其专利号为"
        f"{c.detail(SERVED).patent_number}的“一种折叠式便携座椅”专利权的纠纷。本局于2025年9月22日依法立案受理，并依照"
        "《专利纠纷行政裁决和调解办法》第二十条的规定组成合议组。本局于2025年9月30日向被请求人义乌市鼎盛日用品商行送达了"
        "处理请求书副本及答辩通知书。被请求人义乌市鼎盛日用品商行在答辩期内未提交答辩书。本局于2025年10月9日对义乌市国际"
        "商贸城5区2号进行了现场检查，对被请求人义乌市鼎盛日用品商行处的折叠露营椅（YL-01）120把、注塑模具2套依法予以登记保存。"
        "因被请求人对涉案专利提出无效宣告请求，国家知识产权局已受理，本局于2025年10月10日中止处理本案，于2025年10月20日"
        "恢复处理。本局于2025年11月5日对本案进行了口头审理，请求人宁波华辰科技有限公司的法定代表人王大明、委托代理人陈律师"
        "到庭参加了口头审理，被请求人义乌市鼎盛日用品商行经本局书面通知，无正当理由未到庭，本局依法缺席审理。本案现已审理终结。")
    assert "请求人向本局提出请求：1、责令被请求人立即停止侵权行为；2、销毁库存侵权产品；3、赔偿请求人经济损失5万元。" in text
    basis = paragraph(text, "综上所述")
    assert "《中华人民共和国专利法》第十一条第一款、第六十四条第一款、第六十五条" in basis
    orders = text[text.index("本局作出行政裁决如下："):text.index("当事人不服")]
    assert "一、责令被请求人义乌市鼎盛日用品商行立即停止制造、销售侵犯" in orders and "实用新型专利权" in orders
    assert "驳回请求人的其他请求" in orders
    assert "向宁波市中级人民法院提起行政诉讼" in text


def test_a_design_case_rejected_on_a_prior_design_defence_after_written_review(new_uow, staff):
    c = registered(new_uow, staff, kind=3, title="折叠椅（露营）", respondents=(MAKER,), acts=("make", "sell"))
    maker = c.party_ids(PartyRole.RESPONDENT, SERVED)[0]
    act(c, "receive_answer", {"party_id": maker, "received_date": date(2025, 10, 11)}, date(2025, 10, 11),
        who=staff.clerk)
    act(c, "forward_answer", {"forwarded_date": date(2025, 10, 13)}, date(2025, 10, 13), who=staff.clerk)
    act(c, "written_review", {"reply_given": True, "note": "已书面告知并给予陈述期限。"}, date(2025, 10, 20))
    close_as(c, "rejected", date(2025, 10, 27))

    text = ruling_text(new_uow, staff, c, date(2025, 10, 29), reasoning="被诉侵权产品的外观设计与现有设计相同。",
                       defence_prior_art="被请求人提交的证据证明其实施的设计属于现有设计，抗辩成立。")
    block = lines_from(text, f"被请求人：{MAKER.name}", 4)
    assert block == [f"被请求人：{MAKER.name}", "住所：宁波市北仑区新碶街道3号", "法定代表人：钱五，总经理"] + block[3:]
    story = paragraph(text, "请求人宁波华辰科技有限公司于2025年9月15日")
    assert "被请求人宁波明远机械有限公司于2025年10月11日提交了答辩书。" in story
    assert story.endswith("本案依法进行了书面审理。本案现已审理终结。") and "口头审理" not in story
    assert "关于被请求人提出的现有设计抗辩。根据《中华人民共和国专利法》第六十七条的规定" in text
    basis = paragraph(text, "综上所述")
    assert "第六十七条" in basis and "第十一条第一款" not in basis and "第六十四条第一款" not in basis
    orders = text[text.index("本局作出行政裁决如下："):text.index("当事人不服")]
    assert "驳回请求人的全部请求" in orders and "责令" not in orders and "使用" not in orders


def test_an_invention_case_with_an_answer_an_extension_and_everybody_heard(new_uow, staff):
    c = registered(new_uow, staff, kind=1, title="一种座椅折叠机构", respondents=(MAKER, PERSON),
                   acts=("make", "use", "sell"))
    maker, person = c.party_ids(PartyRole.RESPONDENT, SERVED)
    for party in (maker, person):
        act(c, "receive_answer", {"party_id": party, "received_date": date(2025, 10, 11)}, date(2025, 10, 11),
            who=staff.clerk)
    act(c, "forward_answer", {"forwarded_date": date(2025, 10, 13)}, date(2025, 10, 13), who=staff.clerk)
    act(c, "extend_closing", {"length": 1, "unit": "months", "reason": "案情复杂，需进一步调查取证"}, date(2025, 10, 15))
    hearing_held(new_uow, staff, c, notified=date(2025, 10, 28))
    act(c, "deliberate", {}, date(2025, 11, 6))
    close_as(c, "infringement", date(2025, 11, 10))
    with new_uow() as uow:
        store_value(uow.session, staff.officer.office_id, "documents.ruling_codes", True)
        uow.commit()

    text = ruling_text(new_uow, staff, c, date(2025, 11, 12))
    assert lines_from(text, "被请求人：张三", 4) == ["被请求人：张三", "居民身份证号码：360426199101010071",
                                                 "住址：义乌市稠城街道1号", "委托代理人：李某，宁波甬知专利代理事务所专利代理师"]
    story = paragraph(text, "请求人宁波华辰科技有限公司于2025年9月15日")
    assert "被请求人宁波明远机械有限公司、张三于2025年10月11日提交了答辩书。" in story
    assert "因案情复杂，需进一步调查取证，经批准，本案处理期限延长一个月。" in story
    assert re.search("本局于2025年11月5日对本案进行了口头审理，.*被请求人宁波明远机械有限公司的法定代表人钱五、"
                     "被请求人张三及其委托代理人李某到庭参加了口头审理。", story)
    assert "未到庭" not in story
    basis = paragraph(text, "综上所述")
    assert "第十一条第一款、第六十四条第一款、第六十五条" in basis
    orders = text[text.index("本局作出行政裁决如下："):text.index("当事人不服")]
    assert "立即停止制造、使用、销售侵犯" in orders and "发明专利权" in orders


def lines_from(text: str, first: str, n: int) -> list[str]:
    lines = text.split("\n")
    return lines[lines.index(first):][:n]
