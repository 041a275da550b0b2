"""The 口头审理笔录's template data from a structured hearing record: who sat on the panel at this session,
attendance by side, the sections in the running order, the cross-examination and comparison tables, and one
signature line for each person present (with the note where someone refused to sign). Pure."""
from __future__ import annotations

from ipcase.documents.hearing_script import CAPACITY, COMPARISON, OPINION, SIDE
from ipcase.documents.templates import cn_datetime
from ipcase.documents_dto import DocumentCase, DocumentDraft
from ipcase.domain.enums import PartyKind
from ipcase.domain.hearing_record import Capacity, Side, signers
from ipcase.hearing_record_dto import Attendee, HearingRecordDoc


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
            return f"{p.name}{'负责人' if p.kind == PartyKind.UNINCORPORATED else '法定代表人'}{a.name}"
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
