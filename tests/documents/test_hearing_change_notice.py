"""The 口头审理变更通知书 a move produces: its required sections in the DOCX and the PDF as issued."""
from __future__ import annotations

import io
import re
from datetime import datetime

import docx
from hearing_helpers import add_room, investigation_case, plan, serve_notice
from pypdf import PdfReader
from sqlalchemy import select

from ipcase.db.models.documents import IssuedDocument
from ipcase.domain.enums import PartyRole
from ipcase.loaders.document_files import document_files
from ipcase.queries.hearings import sessions as q
from ipcase.services.hearings import sessions as hearings

NOW = datetime(2026, 11, 2, 9, 30)


def _text_of(pdf: bytes, docx_bytes: bytes) -> tuple[str, str]:
    pdf_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    d = docx.Document(io.BytesIO(docx_bytes))
    parts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for row in t.rows for c in row.cells]
    return re.sub(r"\s+", "", pdf_text), re.sub(r"\s+", "", "\n".join(parts))


def test_the_change_notice_names_old_and_new_time_place_reason_and_asks_for_a_new_slip(new_uow, staff, tmp_path):
    room1, room2 = add_room(new_uow, staff), add_room(new_uow, staff, "第二口审庭", place="行政服务中心四楼")
    c = investigation_case(new_uow, staff)
    with new_uow() as uow:
        ref = hearings.schedule_hearing(uow, actor_id=staff.officer.id, case_id=c.ref.id,
                                        expected_version=c.ref.version,
                                        plan=plan(room1.id, datetime(2026, 11, 20, 9), datetime(2026, 11, 20, 11)),
                                        now=NOW)
    respondent = c.party_ids(PartyRole.RESPONDENT, NOW.date())[0]
    serve_notice(new_uow, staff, c.ref.id, respondent, NOW.date(), NOW)
    with new_uow() as uow:
        version = q.hearing_detail(uow, ref.id, today=NOW.date()).version
        hearings.reschedule_hearing(uow, actor_id=staff.officer.id, hearing_id=ref.id, expected_version=version,
                                    plan=plan(room2.id, datetime(2026, 11, 25, 14, 30), datetime(2026, 11, 25, 16)),
                                    reason="被请求人的代理人另有庭审", now=NOW)
    with new_uow() as uow:
        doc = uow.session.scalar(select(IssuedDocument).where(IssuedDocument.doc_type == "hearing_change_notice"))
        files = document_files(uow.session, doc)   # made on first opening
        pdf, docx_bytes, number, party_id = files.pdf, files.docx, doc.number, doc.party_id
    assert party_id == respondent
    (tmp_path / "change.pdf").write_bytes(pdf)
    for text in _text_of(pdf, docx_bytes):
        for required in ["口头审理变更通知书", number, c.detail(NOW.date()).case_number, "义乌市鼎盛贸易商行甲",
                         "原定于2026年11月20日9时在第一口审庭", "2026年11月25日14时30分", "行政服务中心四楼第二口审庭",
                         "因被请求人的代理人另有庭审", "《专利纠纷行政裁决和调解办法》第二十六条", "三日内", "口头审理回执",
                         "按撤回请求处理", "缺席审理", "合议组长：张伟", "书记员：孙丽"]:
            assert required in text, required
