"""The 调解协议书 issued from an agreement's structured terms has every section of DOMAIN §9, in DOCX and PDF."""
from __future__ import annotations

import re
from datetime import date

from mediation_helpers import Mediation, registered, session, terms
from test_templates import docx_text, pdf_text

from case_helpers import at
from ipcase.dto.documents import DocumentDraft
from ipcase.queries.documents import register as q
from ipcase.services.documents import issue as docs

DAY = date(2026, 10, 12)


def test_the_agreement_document_starts_from_the_terms_and_has_every_section(new_uow, staff, tmp_path):
    case = registered(new_uow, staff, DAY)
    m = Mediation(new_uow, staff, case)
    m.record(session(date(2026, 10, 19)))
    m.record(session(date(2026, 10, 26), "agreed"))
    m.save(terms(), date(2026, 10, 26))
    with new_uow() as uow:
        defaults = q.draft_defaults(uow, case_id=case.ref.id)
    assert defaults["mediation_history"].startswith("本局于2026年10月12日立案受理后，于2026年10月19日、2026年10月26日主持调解")
    assert defaults["terms"] == m.current(date(2026, 10, 26)).terms_text
    draft = DocumentDraft("mediation_agreement", fields={"history": defaults["mediation_history"],
                                                         "terms": defaults["terms"]})
    with new_uow() as uow:
        info = docs.issue_document(uow, actor_id=staff.clerk.id, case_id=case.ref.id, draft=draft,
                                   now=at(date(2026, 10, 26)))
    with new_uow() as uow:
        _, pdf = q.document_file(uow, document_id=info.id, kind="pdf")
        _, docx = q.document_file(uow, document_id=info.id, kind="docx")
    (tmp_path / "agreement.pdf").write_bytes(pdf)
    for text in (docx_text(docx), pdf_text(pdf)):
        flat = re.sub(r"\s+", "", text)
        sections = ["专利侵权纠纷调解协议书", info.number, "案号：测试市知裁字〔2026〕1号",
                    "请求人：宁波华辰科技有限公司", "法定代表人：王大明", "住所：宁波市高新区1号", "委托代理人：陈律师",
                    "被请求人：义乌市鼎盛贸易商行甲", "案由：", "专利侵权纠纷",
                    "主持调解，双方当事人在自愿、合法的基础上达成如下协议",
                    "1.被请求人义乌市鼎盛贸易商行甲自本协议生效之日起停止制造、销售折叠露营椅的行为",
                    "2.被请求人于本协议生效之日起十日内销毁库存", "3.被请求人义乌市鼎盛贸易商行甲向请求人宁波华辰科技有限公司支付赔偿金人民币60,000元",
                    "4.本案调解费用由双方各自承担", "5.双方当事人对本协议内容负有保密义务",
                    "本协议经双方当事人签名或者盖章，并加盖本局印章后生效", "第三十五条", "一式三份",
                    "请求人：宁波华辰科技有限公司（签名或者盖章）", "被请求人：义乌市鼎盛贸易商行甲（签名或者盖章）",
                    "合议组长张伟", "审理员李娜", "审理员赵敏", "书记员孙丽", "测试市市场监督管理局"]
        missing = [s for s in sections if s not in flat]
        assert not missing, missing
    # The PDF reads in page order (docx_text puts the tables last).
    order = [flat.index(s) for s in ("案号", "请求人：宁波", "案由", "达成如下协议", "1.被请求人", "加盖本局印章后生效",
                                      "（签名或者盖章）", "合议组长", "书记员")]
    assert order == sorted(order)
