"""The ruling's structured reasoning from what the hearing record and the evidence register hold (G19 §三(四)):
the feature-by-feature comparison (claim feature | accused product | 相同 / 等同 / 不同) for inventions and
utility models, the design features compared from the ordinary consumer's view for designs, the numbered
evidence items with the other side's 质证意见 and the panel's 认证, and the 争议焦点 the record summed up."""
from __future__ import annotations

import re

from ipcase.documents.numerals import chinese_numeral
from ipcase.domain.enums import PartyRole, PatentType
from ipcase.domain.hearings.record import Comparison, Opinion, Step
from ipcase.dto.documents import DocumentCase
from ipcase.dto.hearings import CrossExam, FeatureRow

_LEAD = re.compile(r"^\s*(?:[（(]?\d{1,2}[)）]|\d{1,2}\s*[、.．]|[一二三四五六七八九十]{1,3}\s*、|[（(][一二三四五六七八九十]{1,3}[)）])\s*")
COMPARED = {Comparison.SAME: "相同", Comparison.EQUIVALENT: "等同", Comparison.DIFFERENT: "不同"}
# A design is compared as a whole by the ordinary consumer: its features are the same, similar or different.
COMPARED_DESIGN = {Comparison.SAME: "相同", Comparison.EQUIVALENT: "近似", Comparison.DIFFERENT: "不同"}
OPINION = {Opinion.ADMITTED: "认可", Opinion.DISPUTED: "不认可", Opinion.RESERVED: "不发表意见"}
QUALITY = (("authenticity", "真实性"), ("legality", "合法性"), ("relevance", "关联性"))
SIDE = {PartyRole.REQUESTER: "请求人", PartyRole.RESPONDENT: "被请求人", PartyRole.THIRD_PARTY: "第三人"}


def numbered(text: str, chinese: bool = True) -> list[str]:
    """Lines numbered 一、二、… (or 1. 2. …) whatever numbers the clerk typed; one line stays unnumbered."""
    lines = [_LEAD.sub("", ln).strip() for ln in str(text or "").splitlines() if ln.strip()]
    if len(lines) < 2:
        return lines
    return [f"{chinese_numeral(i) + '、' if chinese else f'{i}. '}{ln}" for i, ln in enumerate(lines, 1)]


def features(case: DocumentCase) -> tuple[FeatureRow, ...]:
    """The comparison rows of the latest session that has any (a later session restates the comparison)."""
    for record in reversed(case.hearing_records):
        rows = tuple(f for f in record.features if not f.empty)
        if rows:
            return rows
    return ()


def comparison_rows(case: DocumentCase) -> list[tuple[str, ...]]:
    """Table rows, header first; empty when the record holds no comparison."""
    rows = features(case)
    if not rows:
        return []
    if case.patent_type == PatentType.DESIGN:
        return [("设计特征", "涉案专利", "被诉侵权产品", "比对结果"), *(
            (f.claim_no or str(i), f.element, f.accused, COMPARED_DESIGN.get(f.comparison, f.comparison))
            for i, f in enumerate(rows, 1))]
    return [("权利要求", "技术特征", "被诉侵权产品", "比对结果"), *(
        (f.claim_no, f.element, f.accused, COMPARED.get(f.comparison, f.comparison)) for f in rows)]


def comparison_conclusion(case: DocumentCase) -> str:
    """The sentence under the table, from the rows' results (the panel's reasoning says the rest)."""
    rows = features(case)
    if not rows:
        return ""
    different = [f for f in rows if f.comparison == Comparison.DIFFERENT]
    if case.patent_type == PatentType.DESIGN:
        if different:
            return ("以一般消费者的知识水平和认知能力，对被诉侵权产品的外观设计与涉案专利的外观设计进行整体观察、"
                    "综合判断，二者在上述设计特征上存在差异，对整体视觉效果具有显著影响，二者不相同也不近似。")
        same = all(f.comparison == Comparison.SAME for f in rows)
        return ("以一般消费者的知识水平和认知能力，对被诉侵权产品的外观设计与涉案专利的外观设计进行整体观察、"
                f"综合判断，二者在整体视觉效果上无实质性差异，被诉侵权产品的外观设计与涉案专利的外观设计"
                f"{'相同' if same else '近似'}，落入涉案专利权的保护范围。")
    if different:
        return ("经比对，被诉侵权产品缺少涉案专利权利要求记载的技术特征，或者有技术特征与之既不相同也不等同，"
                "未落入涉案专利权的保护范围。")
    equivalent = any(f.comparison == Comparison.EQUIVALENT for f in rows)
    return (f"经比对，被诉侵权产品包含与涉案专利权利要求记载的全部技术特征{'相同或者等同' if equivalent else '相同'}"
            "的技术特征，落入涉案专利权的保护范围。")


def _cross_exams(case: DocumentCase) -> dict[int, CrossExam]:
    out: dict[int, CrossExam] = {}
    for record in case.hearing_records:
        for c in record.cross_exams:
            if c.evidence_item_id is not None and not c.empty:
                out[c.evidence_item_id] = c
    return out


def _opinion(c: CrossExam, other: str) -> str:
    said = [f"{OPINION[Opinion(v)]}{name}" for attr, name in QUALITY if (v := getattr(c, attr)) in OPINION]
    text = "，".join(said)
    if c.opinion.strip():
        text = f"{text}，{c.opinion.strip().rstrip('。')}" if text else c.opinion.strip().rstrip("。")
    return f"{other}对该证据{text}" if text and not text.startswith(other) else text


def evidence_text(case: DocumentCase) -> str:
    """The evidence section the clerk starts from: per submitting side, 证据1，name，拟证明…; the other side's
    质证意见; the panel's 认证 (admitted or not, with its reason). Empty when the register is empty."""
    if not case.evidence:
        return ""
    parties = {p.id: p for p in case.parties}
    exams = _cross_exams(case)
    lines: list[str] = []
    for role in (PartyRole.REQUESTER, PartyRole.RESPONDENT, PartyRole.THIRD_PARTY, None):
        items = [e for e in case.evidence
                 if (None if e.by_office or e.party_id not in parties else parties[e.party_id].role) == role]
        if not items:
            continue
        who = SIDE[role] if role else "本局依职权调取"
        lines.append(f"{who}提交了以下证据：" if role else "本局依职权调取了以下证据：")
        other = "被请求人" if role == PartyRole.REQUESTER else "请求人" if role else "双方当事人"
        for e in items:
            text = f"证据{e.seq}，{e.name}" + (f"，拟证明{e.purpose.strip().rstrip('。')}" if e.purpose.strip() else "")
            exam = exams.get(e.id)
            if exam is not None:
                text += f"。{_opinion(exam, other)}"
            if e.admitted is True:
                text += "。本局对该证据予以采信"
            elif e.admitted is False:
                text += "。本局对该证据不予采信" + (f"，理由是{e.admission_reason.strip().rstrip('。')}"
                                                   if e.admission_reason.strip() else "")
            lines.append(text + "。")
    return "\n".join(lines)


def disputes_text(case: DocumentCase) -> str:
    """The 争议焦点 as the latest hearing record summed them up (its DISPUTES section)."""
    for record in reversed(case.hearing_records):
        for key, _title, text in record.sections:
            if key == Step.DISPUTES and text.strip():
                return text.strip()
    return ""
