"""Documents of the evidence feature, pre-filled from the structured records and issued through the
document flow: each carries its required sections in both the DOCX and the PDF (reopened)."""
from __future__ import annotations

import io
import re
from datetime import date, datetime

import docx
import pytest
from pypdf import PdfReader

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ipcase.dto.evidence import EvidenceInput, RecordInput, SeizureInput
from ipcase.queries.documents import register as doc_queries
from ipcase.queries.evidence.documents import evidence_draft
from ipcase.services.documents import issue as docs
from ipcase.services.evidence import investigation
from ipcase.services.evidence import register as evidence

DAY = date(2026, 10, 12)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def texts(new_uow, document_id: int) -> tuple[str, str]:
    with new_uow() as uow:
        _n, pdf = doc_queries.document_file(uow, document_id=document_id, kind="pdf")
        _n, data = doc_queries.document_file(uow, document_id=document_id, kind="docx")
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for row in t.rows for c in row.cells]
    return squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)), squash("\n".join(parts))


@pytest.fixture
def case(new_uow, staff):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    req = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    resp = c.party_ids(PartyRole.RESPONDENT, DAY)[0]
    with new_uow() as uow:
        evidence.add_evidence(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY), data=EvidenceInput(
            "专利登记簿副本", DAY, party_id=req, purpose="涉案专利权有效", pages=3, original=True))
    with new_uow() as uow:
        evidence.add_evidence(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY), data=EvidenceInput(
            "（2026）浙甬证字第88号公证书", DAY, party_id=req, purpose="被请求人在网店销售被诉产品", pages=12))
    with new_uow() as uow:
        investigation.add_record(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY), data=RecordInput(
            "interview", datetime(2026, 10, 12, 9), datetime(2026, 10, 12, 10, 30), "本局第三询问室",
            (staff.officer.id, staff.officer2.id), "赵四，义乌市鼎盛贸易商行经营者", "问：被诉产品从何处进货？\n答：自行生产。"))
    with new_uow() as uow:
        investigation.add_record(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY), data=RecordInput(
            "inspection", datetime(2026, 10, 12, 14), datetime(2026, 10, 12, 15), "义乌市国际商贸城5区仓库",
            (staff.officer.id, staff.officer3.id), "赵四（经营者）", "仓库存放被诉折叠椅约200把", witness="市场管理员 钱七",
            informed="已出示执法证件并告知权利义务"))
    for kind in ("sampling", "preservation"):
        with new_uow() as uow:
            investigation.add_seizure(uow, actor_id=staff.officer.id, case_id=c.ref.id, now=at(DAY), data=SeizureInput(
                kind, resp, DAY, "义乌市国际商贸城5区仓库",
                ({"name": "折叠露营椅", "spec": "YL-01", "quantity": "2把", "unit_price": "89元",
                  "location": "本局证物室", "note": "封存"},), datetime(2026, 10, 12, 15)))
    return c, req, resp


def issue(new_uow, staff, c, what, record_id=None, party_id=None):
    with new_uow() as uow:
        draft = evidence_draft(uow, case_id=c.ref.id, what=what, record_id=record_id, party_id=party_id,
                               viewer_id=staff.clerk.id, today=DAY)
    with new_uow() as uow:
        return draft, docs.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, draft=draft, now=at(DAY))


def ids(new_uow, c):
    from ipcase.queries.evidence.register import case_evidence
    with new_uow() as uow:
        return case_evidence(uow, case_id=c.ref.id, today=DAY)


REQUIRED = {
    "evidence_list": ["证据材料清单", "序号", "名称", "所要说明的事实", "页数", "备注", "递交人", "接收人",
                      "专利登记簿副本", "涉案专利权有效", "原件", "（2026）浙甬证字第88号公证书", "12", "孙丽", "一式两份"],
    "investigation_record": ["调查笔录", "被调查人", "赵四，义乌市鼎盛贸易商行经营者", "张伟、李娜", "本局第三询问室",
                             "2026年10月12日9时至10时30分", "自行生产", "被调查人签名"],
    "inspection_record": ["现场检查（勘验）笔录", "张伟、赵敏", "见证人", "市场管理员钱七", "仓库存放被诉折叠椅约200把",
                          "已出示执法证件并告知权利义务", "第四十七条"],
    "sampling_decision": ["抽样取证决定书", "抽样取证清单", "序号", "名称", "规格型号", "数量", "单价", "保存地点",
                          "备注", "折叠露营椅", "YL-01", "89元", "本局证物室", "被取证人签名", "第四十八条"],
    "preservation_decision": ["证据登记保存决定书", "2026年10月12日15时", "折叠露营椅，YL-01，2把", "七日内"],
    "release_decision": ["解除登记保存决定书", "2026年10月12日", "折叠露营椅，YL-01，2把", "三个月内领回", "第四十九条"],
}


def test_evidence_documents_carry_their_required_sections(new_uow, staff, case):
    c, req, _resp = case
    ev = ids(new_uow, c)
    interview, inspection = ev.records
    sampling, preserved = ev.seizures
    with new_uow() as uow:
        investigation.dispose_preservation(uow, actor_id=staff.officer.id, seizure_id=preserved.id,
                                           disposal="release", decided_on=DAY, now=at(DAY))
    issued = [issue(new_uow, staff, c, "list", party_id=req),
              issue(new_uow, staff, c, "record", interview.id), issue(new_uow, staff, c, "record", inspection.id),
              issue(new_uow, staff, c, "seizure", sampling.id), issue(new_uow, staff, c, "seizure", preserved.id),
              issue(new_uow, staff, c, "release", preserved.id)]
    assert [d.doc_type for d, _info in issued] == list(REQUIRED)
    for draft, info in issued:
        pdf, word = texts(new_uow, info.id)
        for name, text in (("pdf", pdf), ("docx", word)):
            missing = [x for x in REQUIRED[draft.doc_type] if squash(x) not in text]
            assert missing == [], (draft.doc_type, name)
    assert issued[0][1].number.startswith("测试市知裁证字〔2026〕")


def test_the_documents_tab_prefills_the_list_from_the_register(new_uow, staff, case):
    c, _req, _resp = case
    with new_uow() as uow:
        defaults = doc_queries.draft_defaults(uow, case_id=c.ref.id)
    rows = [line.split("\t") for line in defaults["evidence_rows"].split("\n")]
    assert [r[:4] for r in rows] == [["1", "专利登记簿副本", "涉案专利权有效", "3"],
                                     ["2", "（2026）浙甬证字第88号公证书", "被请求人在网店销售被诉产品", "12"]]
    assert defaults["sampling_rows"].split("\t")[:3] == ["折叠露营椅", "YL-01", "2把"]
