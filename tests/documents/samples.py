"""DocumentCase fixtures for the document engine: a fully populated case and a minimal one."""
from __future__ import annotations

from datetime import date, datetime

from ipcase.domain.documents.types import CATALOG, Addressee
from ipcase.dto.cases import ApprovalInfo, ExtensionInfo, PauseInfo
from ipcase.dto.documents import DocAgent, DocOffice, DocParty, DocumentCase, DocumentDraft, IssuedRef

OFFICE = DocOffice("某市市场监督管理局（知识产权局）", "某市", "某市人民路88号", "0571-12345678", "310000", "某省知识产权局")


def full_case(state: str = "closed_ruling_infringement") -> DocumentCase:
    parties = (
        DocParty(1, "requester", "legal", "宁波华辰科技有限公司", "91330200MA2AB12345", "", "王大明", "执行董事",
                 "宁波市高新区聚贤路1号", "0574-88880000", notice_served=date(2026, 3, 5),
                 ruling_served=date(2026, 6, 2),
                 agents=(DocAgent("陈律师", "浙江知恒律师事务所", "13800000000"), DocAgent("李专利代理师", "宁波专利事务所"))),
        DocParty(2, "respondent", "unincorporated", "义乌市鼎盛贸易商行 & <东>", "92330782MA2CD56789", "", "赵四", "经营者",
                 "义乌市国际商贸城5区", copy_served=date(2026, 3, 6), answer_received=date(2026, 3, 18),
                 ruling_served=date(2026, 6, 3), agents=(DocAgent("周律师", "金华律师事务所"),)),
        DocParty(3, "respondent", "natural", "张三", "", "360426199101010071", address="义乌市稠城街道1号",
                 no_domicile_in_prc=True, copy_served=date(2026, 3, 9)),
    )
    return DocumentCase(
        case_id=7, case_number="某市知裁字〔2026〕12号", state=state, office=OFFICE,
        patent_number="ZL202120123456.X", patent_type="utility_model", patent_title="一种折叠式便携座椅",
        patentee="宁波华辰科技有限公司", filing_date=date(2021, 3, 1), grant_date=date(2021, 9, 10),
        claims_asserted="权利要求1-3", accused_product="折叠露营椅", acts=("make", "sell", "offer"),
        request_summary="请求责令被请求人停止制造、销售侵权产品。", flag_foreign=False, flag_ecommerce=True,
        flag_trade_fair=True, officer_name="张伟", received_date=date(2026, 2, 24), correction_due=date(2026, 3, 10),
        decided_date=date(2026, 3, 2), registered_date=date(2026, 3, 2), hearing_at=datetime(2026, 4, 15, 9, 30),
        hearing_room="第一口审庭", proposed_outcome="infringement", closed_date=date(2026, 5, 28),
        closing_detail={"outcome": "infringement", "majority_opinion": "侵权成立。", "dissent": "",
                        "refusal_reasons": ["not_interested_party", "other"], "reason_text": "材料不全",
                        "revoke_reason": "jurisdiction", "transfer_to": "某区市场监督管理局", "terms": "被请求人赔偿1万元"},
        parties=parties,
        panel=(("leader", "张伟"), ("member", "李娜"), ("member", "赵敏"), ("clerk", "孙丽"), ("tech_investigator", "黄磊")),
        pauses=(PauseInfo("suspension", "invalidation_um_design", date(2026, 3, 20), date(2026, 4, 1), ""),),
        extensions=(ExtensionInfo(1, 1, "months", "案情复杂，需要技术鉴定", ""),),
        approvals=(ApprovalInfo(1, 7, "某市知裁字〔2026〕12号", "ZL202120123456.X", "register", {}, "approved", "张伟",
                                datetime(2026, 3, 1, 9), "同意立案", "王芳", "刘洋", datetime(2026, 3, 2, 10), "同意", ""),),
        payloads={"request_correction": {"defects": "1. 补充专利登记簿副本\n2. 补充身份证明"},
                  "hold_hearing": {"respondent_absent": False}, "register": {"summary": "请求人称被请求人制造销售侵权座椅。"}},
        issued=(IssuedRef(40, "ruling", "专利侵权纠纷案件行政裁决书", "某市知裁决字〔2026〕3号", date(2026, 5, 28)),),
    )


def minimal_case(state: str = "received") -> DocumentCase:
    parties = (DocParty(1, "requester", "natural", "王五"), DocParty(2, "respondent", "legal", "某公司"))
    return DocumentCase(
        case_id=8, case_number=None, state=state, office=DocOffice("某局", "某"),
        patent_number="ZL202230000001.5", patent_type="design", patent_title="包装盒", patentee="王五",
        filing_date=None, grant_date=None, claims_asserted="", accused_product="", acts=(), request_summary="",
        flag_foreign=False, flag_ecommerce=False, flag_trade_fair=False, officer_name="", received_date=date(2026, 11, 2),
        correction_due=None, decided_date=None, registered_date=None, hearing_at=None, hearing_room="",
        proposed_outcome=None, closed_date=None, closing_detail={}, parties=parties, panel=())


SENTENCE = "本局认为，被请求人制造、销售的被控侵权产品具备涉案专利权利要求一的全部技术特征，落入专利权的保护范围。"
PATENT = "ZL2023 1 2345678.9"


def _long_markup() -> str:
    """A title and enough plain paragraphs for full pages, some starting on every grid cell with a patent number,
    some full of punctuation that may neither start nor end a line."""
    paras = [SENTENCE * 3 for _ in range(12)]
    paras += ["请" * n + f"求保护{PATENT}号专利权，并保护ZL202120123456.X号专利。" * 2 for n in range(28)]
    paras += ["（" * 1 + "被请求人称" + "，" * 1 + "本局认为“" * 9 + "等语。" for _ in range(6)]
    return "# 专利侵权纠纷案件行政裁决书\n^ 某市知裁字〔2026〕7号\n" + "\n".join(paras)


LONG_MARKUP = _long_markup()

FREE_TEXT = "第一段说明，含特殊字符 & < > | 以及 # 开头。\n# 第二段以井号开头\n第三段。"


def draft_for(key: str, case: DocumentCase, *, fill: bool = True) -> DocumentDraft:
    from ipcase.domain.documents.types import BY_KEY
    dt = BY_KEY[key]
    fields = {f.name: FREE_TEXT if f.multiline else "2026年4月1日 本局" for f in dt.fields} if fill else \
        {f.name: "x" for f in dt.fields if f.required}
    party = None
    if dt.addressee == Addressee.REQUESTER:
        party = next(p.id for p in case.parties if p.role == "requester")
    elif dt.addressee in (Addressee.RESPONDENT, Addressee.PARTY):
        party = next(p.id for p in case.parties if p.role == "respondent")
    return DocumentDraft(key, fields, party_id=party, subject_id=40 if dt.needs_subject else None)


# intake letters: tests/documents/test_intake_letter.py; mediation cases' documents: tests/documents/test_mediation_case_documents.py
ALL_TYPES = [d.key for d in CATALOG if not d.of_intake and not d.of_mediation_case]
