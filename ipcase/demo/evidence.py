"""Demo data of the evidence feature, made through the real services: registers with files and admission
decisions, an inspection with its 笔录, sampling and a preservation awaiting its 7-day decision, a running
appraisal (the closing clock paused) and a party's extended evidence period."""
from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import select

from ipcase.db.models.cases import Case, DeadlineRow, PanelSeat, Party
from ipcase.domain.enums import CaseState, DeadlineCode, PanelRole, PartyRole
from ipcase.dto.evidence import (
    AppraisalInput,
    EvidenceInput,
    ExtensionInput,
    FileUpload,
    RecordInput,
    SeizureInput,
)
from ipcase.errors import IpcaseError
from ipcase.services.evidence import investigation
from ipcase.services.evidence import register as evidence

FAKE_PDF = b"%PDF-1.4\n% demo scan of an evidence item\n"


def _cases(b, states, limit):
    with b.new_uow() as uow:
        rows = uow.session.execute(select(Case.id, Case.registered_date).where(
            Case.state.in_([s.value for s in states])).order_by(Case.id).limit(limit)).all()
        parties = {cid: uow.session.execute(select(Party.id, Party.role).where(Party.case_id == cid)
                                            .order_by(Party.position, Party.id)).all() for cid, _ in rows}
        tech = set(uow.session.scalars(select(PanelSeat.case_id).where(
            PanelSeat.role == PanelRole.TECH_INVESTIGATOR.value)))
    return [(cid, reg, parties[cid], cid in tech) for cid, reg in rows]


def build_evidence(b) -> None:
    clerk, officer, officer2 = b.users["sunli"], b.users["zhangwei"], b.users["lina"]
    today = b.today
    open_states = (CaseState.INVESTIGATION, CaseState.HEARING_SCHEDULED, CaseState.HEARD, CaseState.DELIBERATION)
    for n, (cid, reg, parties, tech) in enumerate(_cases(b, open_states, 12)):
        day = min(today, reg + timedelta(days=3))
        now = datetime.combine(day, time(10))
        requester = next(p for p, role in parties if role == PartyRole.REQUESTER)
        respondent = next(p for p, role in parties if role == PartyRole.RESPONDENT)
        items = [EvidenceInput("专利登记簿副本", reg, party_id=requester, purpose="涉案专利权合法有效", pages=3, original=True),
                 EvidenceInput("（2026）公证书及公证购买的被诉产品", reg, party_id=requester,
                               purpose="被请求人销售、许诺销售被诉产品", pages=14, original=True),
                 EvidenceInput("进货发票及供货合同", day, party_id=respondent, purpose="被诉产品具有合法来源", pages=6),
                 EvidenceInput("现场检查照片", day, by_office=True, purpose="被请求人仓库存放被诉产品", pages=8,
                               original=True)]
        ids = [b.run(evidence.add_evidence, actor_id=clerk.id, case_id=cid, data=data, now=now,
                     files=(FileUpload(f"{data.name}.pdf", FAKE_PDF + str(i).encode()),))
               for i, data in enumerate(items[: 2 + n % 3])]
        b.run(evidence.decide_admission, actor_id=officer.id, item_id=ids[0], expected_version=1, admitted=True,
              reason="真实、合法，与本案有关联", now=now)
        if len(ids) > 2:
            b.run(evidence.decide_admission, actor_id=officer.id, item_id=ids[2], expected_version=1, admitted=False,
                  reason="发票记载的产品型号与被诉产品不一致，不能证明合法来源", now=now)
        if n % 2 == 0:
            b.run(investigation.add_record, actor_id=clerk.id, case_id=cid, now=now, data=RecordInput(
                "inspection", datetime.combine(day, time(9)), datetime.combine(day, time(10, 30)),
                "被请求人经营场所及仓库", (officer.id, officer2.id), "被请求人经营者（到场）",
                "仓库内存放被诉产品约三百件，外包装印有被请求人商标；当场拍照八张。", witness="市场管理员",
                informed="已出示执法证件，告知检查事由及当事人的权利义务。"))
        _investigate(b, n, cid, day, respondent, tech, officer, clerk)


def _investigate(b, n, cid, day, respondent, tech, officer, clerk) -> None:
    now = datetime.combine(day, time(15))
    goods = ({"name": "被诉产品", "spec": "标准型", "quantity": "2件", "unit_price": "128元", "location": "本局证物室"},)
    try:
        if n == 0:   # a preservation registered yesterday: its 7-day decision is due soon
            recent = b.today - timedelta(days=1)
            b.run(investigation.add_seizure, actor_id=officer.id, case_id=cid, now=datetime.combine(recent, time(15)),
                  data=SeizureInput("preservation", respondent, recent, "被请求人仓库", goods,
                                    datetime.combine(recent, time(15))))
        elif n in (1, 4):
            b.run(investigation.add_seizure, actor_id=officer.id, case_id=cid, now=now,
                  data=SeizureInput("sampling", respondent, day, "被请求人经营场所", goods))
        elif n == 2:   # an appraisal still running: D12 is paused
            b.run(investigation.commission_appraisal, actor_id=officer.id, case_id=cid, now=now, data=AppraisalInput(
                "某省知识产权司法鉴定中心", "被诉产品的技术方案是否包含涉案专利权利要求1的全部技术特征", day,
                "被诉产品两件、涉案专利文本", day + timedelta(days=30)))
        elif n == 3 and tech:
            b.run(investigation.add_tech_opinion, actor_id=clerk.id, case_id=cid, submitted_on=day, now=now,
                  opinion="被诉产品的折叠机构与权利要求1记载的技术特征相同，区别仅在于材料选择。")
        elif n == 5:
            _extend(b, cid, officer)
    except IpcaseError:
        pass   # a demo case whose dates do not allow this step keeps what it has


def _extend(b, cid, officer) -> None:
    with b.new_uow() as uow:
        row = uow.session.execute(select(DeadlineRow.party_id, DeadlineRow.start_date, DeadlineRow.due_date).where(
            DeadlineRow.case_id == cid, DeadlineRow.code == DeadlineCode.D10.value)).first()
    if row is None:
        return
    asked = min(row.due_date, b.today, row.start_date + timedelta(days=5))
    b.run(investigation.extend_evidence_period, actor_id=officer.id, case_id=cid, now=datetime.combine(asked, time(11)),
          data=ExtensionInput(row.party_id, asked, asked, 15, "证据须经境外公证认证，申请延长举证期限"))
