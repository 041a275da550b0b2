"""The ruling's procedural paragraph, told from the case's own record (G19 template; M25 arts 20, 22, 26, 28,
37, 47, 49): the request and its 立案, the 合议组, service of the request copy, each answer or none, on-site
inspections and what was sampled or preserved (with quantities), 中止 and 恢复, extensions of the closing
limit, each hearing by its date with who attended in which role, and the close.

Pure: a DocumentCase in, one paragraph of text out. Events are told in the order they happened."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from ipcase.documents.citations import cite
from ipcase.documents.numerals import chinese_numeral
from ipcase.domain import terms
from ipcase.domain.enums import ApprovalStatus, PartyRole
from ipcase.domain.evidence.rules import SeizureKind
from ipcase.domain.hearings.record import Capacity, RecordStatus, Side
from ipcase.dto.documents import DocParty, DocSeizure, DocumentCase

ROLE = {PartyRole.REQUESTER: "请求人", PartyRole.RESPONDENT: "被请求人", PartyRole.THIRD_PARTY: "第三人"}
# A person at the hearing in the capacity they stood in for their party.
CAPACITY = {Capacity.REPRESENTATIVE: "法定代表人", Capacity.AGENT: "委托代理人"}
SEIZURE = {SeizureKind.PRESERVATION: "依法予以登记保存", SeizureKind.SAMPLING: "依法抽样取证"}
HEARD = (RecordStatus.HELD, RecordStatus.ADJOURNED, RecordStatus.REQUESTER_ABSENT)


def day(value: date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def names(parties: Iterable[DocParty]) -> str:
    return "、".join(p.name for p in parties)


def _by_date(parties: Iterable[DocParty], attr: str) -> list[tuple[date, list[DocParty]]]:
    groups: dict[date, list[DocParty]] = {}
    for p in parties:
        if getattr(p, attr):
            groups.setdefault(getattr(p, attr), []).append(p)
    return sorted(groups.items())


def item_text(item: tuple[str, str, str]) -> str:
    """被诉产品（标准型）2件: the name, its model in brackets, the quantity."""
    name, spec, quantity = item
    return f"{name}{f'（{spec}）' if spec else ''}{quantity}"


def seizure_clause(z: DocSeizure, parties: Mapping[int, DocParty]) -> str:
    what = "、".join(item_text(i) for i in z.items if i[0]) or "相关物品"
    holder = parties.get(z.party_id) if z.party_id is not None else None
    of = f"被请求人{holder.name}处的" if holder and holder.role == PartyRole.RESPONDENT else ""
    return f"对{of}{what}{SEIZURE.get(z.kind, '依法予以登记保存')}"


def _rep_label(party: DocParty | None) -> str:
    if party is None:
        return "法定代表人"
    return terms.REPRESENTATIVE.get(party.kind, "法定代表人")


def _person(name: str, party: DocParty) -> str:
    """The hearing record names an agent with the firm ("陈律师（知恒律师事务所）") so the clerk can tell them apart;
    the ruling's party block already says the firm, so the paragraph names the person only."""
    for agent in party.agents:
        if name.startswith(agent.name) and name[len(agent.name):].startswith("（"):
            return agent.name
    return name


def attendance(case: DocumentCase, attendees, parties: Mapping[int, DocParty]) -> tuple[list[str], list[DocParty]]:
    """(who attended, as "请求人X的委托代理人Y" or "被请求人Z", in party order; the parties nobody attended for)."""
    present: dict[int, list[str]] = {}
    for a in attendees:
        if not a.present or a.side not in (Side.REQUESTER, Side.RESPONDENT, Side.THIRD_PARTY):
            continue
        party = parties.get(a.party_id) if a.party_id is not None else None
        if party is None:   # an attendee not tied to a party: the side's only party, if there is one
            same = [p for p in case.parties if p.role == a.side]
            party = same[0] if len(same) == 1 else None
        if party is None:
            continue
        if a.capacity == Capacity.PARTY or (a.name == party.name and a.capacity != Capacity.AGENT):
            present.setdefault(party.id, []).insert(0, "")
        else:
            label = _rep_label(party) if a.capacity == Capacity.REPRESENTATIVE else CAPACITY.get(a.capacity, "委托代理人")
            present.setdefault(party.id, []).append(f"{label}{_person(a.name, party)}")
    said, absent = [], []
    for p in case.parties:
        if p.id not in present:
            absent.append(p)
            continue
        people = [x for x in present[p.id] if x]
        head = f"{ROLE.get(p.role, '')}{p.name}"
        if "" in present[p.id]:
            said.append(head + (f"及其{'、'.join(people)}" if people else ""))
        else:
            said.append(f"{head}的{'、'.join(people)}")
    return said, absent


def hearing_sentence(case: DocumentCase, record, parties: Mapping[int, DocParty]) -> str:
    said, absent = attendance(case, record.attendees, parties)
    text = f"本局于{day(record.starts_at.date())}对本案进行了口头审理"
    if said:
        text += "，" + "、".join(said) + "到庭参加了口头审理"
    for p in absent:
        role = ROLE.get(p.role, "")
        if p.role == PartyRole.RESPONDENT and p.id in case.hearing_notice_served:
            # M25 art 26: only with a served written notice is the absence "无正当理由" and heard in absence
            text += f"，{role}{p.name}经本局书面通知，无正当理由未到庭，本局依法缺席审理"
        elif p.role != PartyRole.REQUESTER or record.status != RecordStatus.REQUESTER_ABSENT:
            text += f"，{role}{p.name}未到庭"
    if record.status == RecordStatus.ADJOURNED:
        text += "，因故休庭"
    return text + "。"


def procedure_paragraph(case: DocumentCase, suspension_grounds: Mapping[str, str]) -> str:
    """One paragraph; `suspension_grounds` words each SuspensionGround as the documents do."""
    parties = {p.id: p for p in case.parties}
    requesters = [p for p in case.parties if p.role == PartyRole.REQUESTER]
    respondents = [p for p in case.parties if p.role == PartyRole.RESPONDENT]
    events: list[tuple[date, int, str]] = []
    opening = (f"请求人{names(requesters)}于{day(case.received_date)}向本局提出处理请求，"
               f"请求处理被请求人{names(respondents)}侵犯其专利号为{case.patent_number}的"
               f"“{case.patent_title}”专利权的纠纷。")
    if case.registered_date:
        opening += (f"本局于{day(case.registered_date)}依法立案受理，"
                    f"并依照{cite('M25_20')}的规定组成合议组。")
    events.append((case.received_date, 0, opening))
    for on, group in _by_date(respondents, "copy_served"):
        events.append((on, 1, f"本局于{day(on)}向被请求人{names(group)}送达了处理请求书副本及答辩通知书。"))
    answered = _by_date(respondents, "answer_received")
    for on, group in answered:
        events.append((on, 2, f"被请求人{names(group)}于{day(on)}提交了答辩书。"))
    silent = [p for p in respondents if p.copy_served and not p.answer_received]
    if silent:   # told after the answers that came: the period ran out after them
        last = max([p.copy_served for p in silent] + [on for on, _group in answered])
        events.append((last, 3, f"被请求人{names(silent)}在答辩期内未提交答辩书。"))
    seizures = list(case.seizures)
    for insp in case.inspections:
        same_day = [z for z in seizures if z.decided_on == insp.on]
        seizures = [z for z in seizures if z not in same_day]
        text = f"本局于{day(insp.on)}对{insp.place or '被请求人经营场所'}进行了现场检查"
        if same_day:
            text += "，" + "，".join(seizure_clause(z, parties) for z in same_day)
        events.append((insp.on, 4, text + "。"))
    for z in seizures:
        events.append((z.decided_on, 4, f"本局于{day(z.decided_on)}{seizure_clause(z, parties)}。"))
    for pause in case.pauses:
        if pause.kind != "suspension":
            continue
        ground = suspension_grounds.get(pause.ground, "")
        text = f"{'因' + ground + '，' if ground else ''}本局于{day(pause.start_date)}中止处理本案"
        if pause.end_date:
            text += f"，于{day(pause.end_date)}恢复处理"
        events.append((pause.start_date, 5, text + "。"))
    decided = [a for a in case.approvals if a.action == "extend_closing" and a.status == ApprovalStatus.APPROVED]
    for i, ext in enumerate(case.extensions):
        length = chinese_numeral(ext.length) + ("个月" if ext.unit == "months" else "日")
        when = decided[i].decided_at.date() if i < len(decided) and decided[i].decided_at else None
        text = f"{'因' + ext.reason.rstrip('。') + '，' if ext.reason else ''}经批准，本案处理期限延长{length}。"
        events.append((when or date.max, 6, text))
    records = [r for r in case.hearing_records if r.status in HEARD]
    for r in records:
        events.append((r.starts_at.date(), 7, hearing_sentence(case, r, parties)))
    if not records and case.hearing_at:
        events.append((case.hearing_at.date(), 7, f"本局于{day(case.hearing_at.date())}对本案进行了口头审理。"))
    if not records and not case.hearing_at and case.registered_date:
        events.append((date.max, 8, "本案依法进行了书面审理。"))
    events.sort(key=lambda e: (e[0], e[1]))
    return "".join(text for _on, _order, text in events) + "本案现已审理终结。"
