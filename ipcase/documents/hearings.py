"""The 口头审理笔录's template data from a structured hearing record: who sat on the panel at this session,
attendance by side, the sections in the running order, the cross-examination and comparison tables, and one
signature line for each person present (with the note where someone refused to sign). Pure."""
from __future__ import annotations

from collections.abc import Sequence

from ipcase.documents.templates import cn_datetime
from ipcase.domain import terms
from ipcase.domain.hearings.record import Capacity, Comparison, Opinion, Side, Step, signers
from ipcase.dto.documents import DocumentCase, DocumentDraft
from ipcase.dto.hearings import Attendee, HearingRecordDoc


def chosen_record(case: DocumentCase, draft: DocumentDraft) -> HearingRecordDoc | None:
    """The session the draft names (`hearing_id`), else the case's latest record."""
    wanted = str(draft.fields.get("hearing_id") or "")
    for doc in case.hearing_records:
        if str(doc.hearing_id) == wanted:
            return doc
    return case.hearing_records[-1] if case.hearing_records and not wanted else None


def record_context(case: DocumentCase, draft: DocumentDraft) -> dict | None:
    doc = chosen_record(case, draft)
    if doc is None:
        return None
    parties = {p.id: p for p in case.parties}

    def label(a: Attendee) -> str:
        """A person within their side: 宁波华辰科技有限公司法定代表人王大明, 委托代理人陈律师, 张三."""
        if a.capacity == Capacity.PARTY:
            return a.name
        if a.capacity == Capacity.REPRESENTATIVE and a.party_id in parties:
            p = parties[a.party_id]
            return f"{p.name}{terms.REPRESENTATIVE.get(p.kind, '法定代表人')}{a.name}"
        return f"{CAPACITY.get(a.capacity, '')}{a.name}"

    def who(a: Attendee) -> str:
        return label(a) if a.side in (Side.PANEL, Side.OTHER) else f"{SIDE.get(a.side, '')}{label(a)}"

    panel = [a for a in doc.attendees if a.side == Side.PANEL and a.present]
    names = {c: "、".join(a.name for a in panel if a.capacity == c) for c in Capacity}
    panel_line = f"组长：{names[Capacity.LEADER]}；审理员：{names[Capacity.MEMBER]}"
    if names[Capacity.TECH_INVESTIGATOR]:
        panel_line += f"；技术调查官：{names[Capacity.TECH_INVESTIGATOR]}"
    attendance = []
    for side in Side:
        people = [a for a in doc.attendees if a.side == side]
        if side == Side.PANEL or not people:
            continue
        present = "、".join(label(a) for a in people if a.present)
        absent = "、".join(label(a) for a in people if not a.present)
        line = present + (f"（{absent}未到庭）" if present and absent else "") if present else "未到庭"
        attendance.append((SIDE[side], line))
    return {
        "time": f"{cn_datetime(doc.starts_at)}至{doc.ends_at.hour}时{doc.ends_at.minute:02d}分",
        "place": doc.place, "session_no": doc.session_no, "respondent_absent": doc.respondent_absent,
        "panel_line": panel_line, "clerk": names[Capacity.CLERK],
        "attendance": attendance,
        "sections": list(doc.sections),
        "cross_exams": [(c.label, OPINION.get(c.authenticity, ""), OPINION.get(c.legality, ""),
                         OPINION.get(c.relevance, ""), c.opinion, c.panel_note) for c in doc.cross_exams],
        "features": [(f.claim_no, f.element, f.accused, COMPARISON.get(f.comparison, ""), f.finding)
                     for f in doc.features],
        "signers": [(who(a), a.refused_to_sign, a.refusal_note) for a in signers(doc.attendees)],
    }



TITLE = {
    Step.OPENING: "开庭",
    Step.RIGHTS: "告知权利义务",
    Step.RECUSAL: "宣布合议组成员并询问是否申请回避",
    Step.REQUESTER_STATEMENT: "请求人陈述",
    Step.RESPONDENT_ANSWER: "被请求人答辩",
    Step.CROSS_EXAMINATION: "质证",
    Step.COMPARISON: "技术特征比对",
    Step.DISPUTES: "争议焦点",
    Step.DEBATE: "辩论",
    Step.FINAL_STATEMENTS: "最后陈述",
    Step.MEDIATION: "调解意愿",
}
SIDE = {Side.PANEL: "合议组", Side.REQUESTER: "请求人", Side.RESPONDENT: "被请求人", Side.THIRD_PARTY: "第三人",
        Side.OTHER: "其他参加人"}
CAPACITY = {Capacity.LEADER: "合议组长", Capacity.MEMBER: "审理员", Capacity.CLERK: "书记员",
            Capacity.TECH_INVESTIGATOR: "技术调查官", Capacity.PARTY: "当事人", Capacity.REPRESENTATIVE: "法定代表人",
            Capacity.AGENT: "委托代理人", Capacity.WITNESS: "证人", Capacity.INTERPRETER: "翻译人员",
            Capacity.APPRAISER: "鉴定人"}
OPINION = {Opinion.ADMITTED: "认可", Opinion.DISPUTED: "不认可", Opinion.RESERVED: "不发表意见", "": ""}
COMPARISON = {Comparison.SAME: "相同", Comparison.EQUIVALENT: "等同", Comparison.DIFFERENT: "不同", "": ""}


def script(*, cause: str, panel: Sequence[tuple[str, str]], requesters: str, respondents: str) -> dict[str, str]:
    """The text every hearing starts from; `panel` is (PanelRole value, name) in seat order."""
    names = {role: [n for r, n in panel if r == role] for role in ("leader", "member", "clerk", "tech_investigator")}
    announced = f"合议组长{'、'.join(names['leader'])}，审理员{'、'.join(names['member'])}，书记员{'、'.join(names['clerk'])}"
    if names["tech_investigator"]:
        announced += f"，技术调查官{'、'.join(names['tech_investigator'])}（不参与表决）"
    return {
        Step.OPENING: (f"书记员查明当事人及其委托代理人到庭情况，宣布口头审理纪律。合议组长宣布开庭，"
                       f"宣布本案案由：{cause}。经核对，到庭人员身份与提交的身份证明、授权委托书一致，"
                       f"各方对对方到庭人员的身份无异议。"),
        Step.RIGHTS: ("合议组长告知当事人在口头审理中的权利和义务：当事人有权申请回避、提供证据、进行质证和辩论、"
                      "请求调解、进行最后陈述；当事人应当遵守口头审理纪律，如实陈述，不得虚假陈述或者提供虚假证据。"
                      "各方当事人表示已听清。"),
        Step.RECUSAL: (f"合议组长宣布本案合议组成员：{announced}。询问当事人是否申请回避。\n"
                       f"请求人（{requesters}）：不申请回避。\n被请求人（{respondents}）：不申请回避。"),
        Step.REQUESTER_STATEMENT: "请求人陈述请求事项及事实和理由：",
        Step.RESPONDENT_ANSWER: "被请求人答辩：",
        Step.CROSS_EXAMINATION: "按请求人证据、被请求人证据、本局调取证据的顺序逐项质证，各方意见见下表。",
        Step.COMPARISON: "将涉案专利权利要求的技术特征与被控侵权产品的对应技术特征逐一比对，结果见下表。",
        Step.DISPUTES: "合议组归纳本案争议焦点为：",
        Step.DEBATE: "",
        Step.FINAL_STATEMENTS: "请求人：\n被请求人：",
        Step.MEDIATION: "合议组询问双方当事人是否愿意调解。\n请求人：\n被请求人：",
    }
