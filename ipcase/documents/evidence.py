"""Documents of the evidence feature pre-filled from its structured records (pure: DTOs in, drafts out).

A list travels in one text field, a row a line with tab-separated cells: the clerk can still correct it
before issuing, the issued document keeps exactly what was printed, and the templates split it back into
table rows (resources/templates/evidence_list.txt, sampling_decision.txt)."""
from __future__ import annotations

from datetime import datetime

from ipcase.documents.templates import cn_date, cn_datetime
from ipcase.domain.evidence.rules import ITEM_COLUMNS, RecordKind
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.evidence import AppraisalInfo, EvidenceRow, RecordInfo, SeizureInfo

ORIGINAL = {True: "原件", False: "复印件"}


def _cell(value) -> str:
    return " ".join(str(value or "").split())   # no tab or line break inside a cell


def evidence_rows(rows: tuple[EvidenceRow, ...], party_id: int | None = None) -> str:
    """序号, 名称, 所要说明的事实, 页数, 备注 of the items a party submitted (all items when None)."""
    lines = []
    for r in rows:
        if party_id is not None and r.party_id != party_id:
            continue
        note = "；".join(x for x in (ORIGINAL[r.original], r.submitted_by if party_id is None else "", r.note) if x)
        lines.append("\t".join(_cell(v) for v in (r.seq, r.name, r.purpose, r.pages or "", note)))
    return "\n".join(lines)


def evidence_list_draft(rows: tuple[EvidenceRow, ...], *, party_id: int | None, submitter: str,
                        receiver: str) -> DocumentDraft:
    return DocumentDraft("evidence_list", {"submitter": submitter, "items": evidence_rows(rows, party_id),
                                           "receiver": receiver}, party_id=party_id)


def _span(start: datetime, end: datetime) -> str:
    tail = f"{end.hour}时{end.minute:02d}分" if start.date() == end.date() else cn_datetime(end)
    return f"{cn_datetime(start)}至{tail}"


def record_draft(r: RecordInfo) -> DocumentDraft:
    """调查笔录 or 现场检查（勘验）笔录 from the structured record."""
    common = {"investigators": "、".join(n for n in r.officer_names if n), "place": r.place,
              "time_range": _span(r.started_at, r.ended_at)}
    if r.kind == RecordKind.INTERVIEW:
        return DocumentDraft("investigation_record", {**common, "interviewee": r.subject, "record": r.content})
    return DocumentDraft("inspection_record", {**common, "present": r.subject, "witness": r.witness,
                                               "informed": r.informed, "findings": r.content})


def item_lines(z: SeizureInfo) -> str:
    return "\n".join("\t".join(_cell(item.get(c)) for c in ITEM_COLUMNS) for item in z.items)


def _brief(item: dict) -> str:
    return "，".join(x for x in (_cell(item.get("name")), _cell(item.get("spec")), _cell(item.get("quantity"))) if x)


def seizure_draft(z: SeizureInfo) -> DocumentDraft:
    """抽样取证决定书 or 证据登记保存决定书 with its list."""
    if z.kind == "sampling":
        return DocumentDraft("sampling_decision", {"place": z.place, "items": item_lines(z)}, party_id=z.party_id)
    when = cn_datetime(z.from_time) if z.from_time else cn_date(z.decided_on)
    return DocumentDraft("preservation_decision", {"from_time": when, "place": z.place,
                                                   "item_list": "\n".join(_brief(i) for i in z.items)},
                         party_id=z.party_id)


def release_draft(z: SeizureInfo) -> DocumentDraft:
    return DocumentDraft("release_decision", {"preserved_on": cn_date(z.decided_on),
                                              "item_list": "\n".join(_brief(i) for i in z.items),
                                              "release_reason": z.disposal_note}, party_id=z.party_id)


def evidence_defaults(rows: tuple[EvidenceRow, ...], seizures: tuple[SeizureInfo, ...],
                      receiver: str) -> dict[str, str]:
    """Pre-filled text of the evidence documents offered in the 文书 tab (the latest record of each kind)."""
    sampling = next((z for z in reversed(seizures) if z.kind == "sampling"), None)
    preserved = next((z for z in reversed(seizures) if z.kind == "preservation"), None)
    return {
        "evidence_rows": evidence_rows(rows),
        "evidence_submitter": "",
        "evidence_receiver": receiver,
        "sampling_rows": item_lines(sampling) if sampling else "",
        "preserved_on": cn_date(preserved.decided_on) if preserved else "",
        "preserved_items": "\n".join(_brief(i) for i in preserved.items) if preserved else "",
    }


def appraisal_draft(a: AppraisalInfo) -> DocumentDraft:
    return DocumentDraft("appraisal_commission", {"institution": a.institution, "item_list": a.matters,
                                                  "materials": a.materials or "（见附件）",
                                                  "due": cn_date(a.due_on) if a.due_on else "收到鉴定材料后三十日"})
