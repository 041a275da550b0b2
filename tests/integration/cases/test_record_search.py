"""Search within one case (issue 19): "where did the witness say that?" finds the words in the case's hearing
record (a step, a 质证 opinion), its investigation record, an issued document's text and an evidence item's
description — every occurrence, case-insensitively, with the words around it — and nothing of another case."""
from __future__ import annotations

from datetime import date, datetime

from case_helpers import Driver
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.evidence import EvidenceItem, InvestigationRecord
from ipcase.db.models.hearings import Hearing, HearingCrossExam, HearingRecord
from ipcase.queries.cases.record_search import AROUND, search_case

NOW = datetime(2026, 11, 2, 9, 30)
SAID = "证人称涉案产品系2026年3月在展会上购得"


def _records(new_uow, staff, case_id: int, words: str) -> dict[str, int]:
    with new_uow() as uow:
        s = uow.session
        office_id = staff.office.id
        hearing = Hearing(case_id=case_id, starts_at=datetime(2026, 10, 20, 9), ends_at=datetime(2026, 10, 20, 11),
                          status="held", scheduled_at=NOW)
        s.add(hearing)
        s.flush()
        record = HearingRecord(hearing_id=hearing.id, case_id=case_id, status="closed", version=1,
                               sections={"opening": "核对当事人身份。", "testimony": "审理员问：何时购得？" + words},
                               opened_at=NOW, updated_at=NOW, updated_by=staff.officer.id)
        record.cross_exams = [HearingCrossExam(position=0, label="证据1 购买发票", opinion="对真实性无异议。ABC 发票")]
        investigation = InvestigationRecord(case_id=case_id, kind="interview", started_at=datetime(2026, 10, 5, 14),
                                            ended_at=datetime(2026, 10, 5, 15), place="被请求人经营场所",
                                            content="问：产品从何处来？答：" + words + "。", created_at=NOW)
        document = IssuedDocument(case_id=case_id, office_id=office_id, doc_type="hearing_notice", title="口头审理通知书",
                                  number=f"测试市知通字〔2026〕{case_id}号", year=2026, seq=case_id, issued_on=date(2026, 10, 10),
                                  text="定于2026年10月20日口头审理。abc", issued_at=NOW, issued_by=staff.clerk.id)
        evidence = EvidenceItem(case_id=case_id, seq=1, name="购买发票", received_on=date(2026, 10, 1),
                                purpose="证明产品系在展会上购得", created_at=NOW)
        s.add_all([record, investigation, document, evidence])
        uow.commit()
        return {"hearing_record": record.id, "investigation": investigation.id, "document": document.id,
                "evidence": evidence.id}


def test_words_are_found_in_every_kind_of_record_of_the_case(new_uow, staff):
    case = Driver.new(new_uow, staff, NOW).ref.id
    other = Driver.new(new_uow, staff, NOW).ref.id
    ids = _records(new_uow, staff, case, SAID)
    _records(new_uow, staff, other, "另一案的证言：在展会上购得")
    with new_uow() as uow:
        hits = search_case(uow, case, "展会上购得")
    assert {(h.kind, h.record_id, h.field) for h in hits} == {
        ("investigation", ids["investigation"], "content"),
        ("hearing_record", ids["hearing_record"], "testimony"),
        ("evidence", ids["evidence"], "purpose")}
    assert [h.kind for h in hits] == ["evidence", "investigation", "hearing_record"]   # by the record's date
    testimony = next(h for h in hits if h.kind == "hearing_record")
    assert testimony.excerpt[testimony.start:testimony.start + 5] == "展会上购得"
    assert testimony.excerpt.startswith("…") and len(testimony.excerpt) <= 2 * AROUND + 5 + 2
    with new_uow() as uow:
        assert {(h.kind, h.field) for h in search_case(uow, case, "abc")} == {("document", "text"),
                                                                             ("hearing_record", "cross_exam")}
        assert search_case(uow, case, "  ") == ()
        assert search_case(uow, case, "没有这句话") == ()
        # every occurrence, one hit each
        assert len([h for h in search_case(uow, case, "购得") if h.kind == "investigation"]) == 1
        assert len([h for h in search_case(uow, case, "产品") if h.kind == "investigation"]) == 2
