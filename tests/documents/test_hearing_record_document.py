"""The 口头审理笔录 printed from a structured record, issued through the real services and reopened: every
section of the running order, the cross-examination and comparison tables, a signature line for everyone
present and the note where someone refused to sign — in the DOCX and in the PDF."""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime

import docx
from pypdf import PdfReader
from recusal_helpers import case_in_investigation, scheduled_hearing

from ipcase.domain.hearings.record import Side
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.hearings import Attendee, CrossExam, FeatureRow
from ipcase.queries.documents import register as doc_queries
from ipcase.services.documents import issue as doc_services
from ipcase.services.hearings import records as svc

HEARING_AT = datetime(2025, 10, 20, 9, 30)
CLOSED_AT = datetime(2025, 10, 20, 11, 40)


def _texts(new_uow, document_id: int) -> tuple[str, str]:
    with new_uow() as uow:
        _n, pdf = doc_queries.document_file(uow, document_id=document_id, kind="pdf")
        _n, data = doc_queries.document_file(uow, document_id=document_id, kind="docx")
    pdf_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for row in t.rows for c in row.cells]
    return re.sub(r"\s+", "", pdf_text), re.sub(r"\s+", "", "\n".join(parts))


def test_the_issued_record_prints_every_part_of_the_hearing(new_uow, staff):
    c = case_in_investigation(new_uow, staff, received=date(2025, 9, 15), registered=date(2025, 9, 22),
                              notice_served=date(2025, 9, 30), copy_served=date(2025, 9, 30),
                              answered=date(2025, 10, 9))
    hid = scheduled_hearing(new_uow, staff, c, HEARING_AT)
    with new_uow() as uow:
        info = svc.open_record(uow, actor_id=staff.clerk.id, hearing_id=hid, now=HEARING_AT)
    people = tuple(replace(a, present=True, identity_checked=True,
                           refused_to_sign=a.side == Side.RESPONDENT,
                           refusal_note="认为笔录未记全其意见" if a.side == Side.RESPONDENT else "")
                   for a in info.content.attendees)
    people += (Attendee("other", "witness", "周证人", present=True),)
    sections = {**info.content.sections, "requester_statement": "请求人称被请求人销售的折叠露营椅落入权利要求1的保护范围。",
                "respondent_answer": "被请求人辩称其产品具有合法来源。", "disputes": "被控侵权产品是否落入保护范围；合法来源抗辩是否成立。",
                "debate": "双方围绕争议焦点发表辩论意见。", "final_statements": "请求人：坚持请求。\n被请求人：请求驳回。"}
    content = replace(info.content, sections=sections, attendees=people,
                      cross_exams=(CrossExam(info.evidence[0].id, info.evidence[0].label, "admitted", "admitted",
                                             "disputed", "该证据与本案无关", "合议组将综合评判"),),
                      features=(FeatureRow("1", "座椅框架可折叠", "框架可折叠", "same", "相同"),
                                FeatureRow("1", "扶手为弧形", "扶手为直形", "equivalent", "构成等同")))
    with new_uow() as uow:
        svc.close_record(uow, actor_id=staff.officer.id, record_id=info.id, expected_version=info.version,
                         content=content, outcome="held", closed_on=HEARING_AT.date(), now=CLOSED_AT)
    with new_uow() as uow:
        issued = doc_services.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=CLOSED_AT,
                                             draft=DocumentDraft("hearing_record", {"hearing_id": str(hid)}))
    for text in _texts(new_uow, issued.id):
        order = ["口头审理笔录", "案由", "2025年10月20日9时30分至11时30分", "第一口审庭（三楼）", "合议组", "书记员孙丽",
                 "请求人", "宁波华辰科技有限公司法定代表人王大明", "委托代理人陈律师", "其他参加人", "证人周证人",
                 "1.开庭", "2.告知权利义务", "3.宣布合议组成员并询问是否申请回避", "4.请求人陈述", "折叠露营椅落入",
                 "5.被请求人答辩", "合法来源", "6.质证", "真实性", "合法性", "关联性", "1.证据1", "认可", "不认可",
                 "该证据与本案无关", "合议组将综合评判", "7.技术特征比对", "座椅框架可折叠", "相同", "扶手为弧形", "等同",
                 "构成等同", "8.争议焦点", "9.辩论", "10.最后陈述", "11.调解意愿", "逐页签名",
                 "合议组长张伟", "审理员李娜", "审理员赵敏", "书记员孙丽", "请求人委托代理人陈律师",
                 "被请求人义乌市鼎盛贸易商行甲", "拒绝签名（认为笔录未记全其意见）", "证人周证人"]
        missing = [s for s in order if s not in text]
        assert missing == []
        headings = [text.find(h) for h in order if re.match(r"\d+\.\D", h) and "证据" not in h]
        assert headings == sorted(headings)   # the running order of DOMAIN §8
