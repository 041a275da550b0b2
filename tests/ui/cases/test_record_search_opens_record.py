"""A hit of the case window's 搜索 opens its record at the place (issue 19): a hearing record opens in the record
editor at the step that holds the words, with the words selected (a feature-comparison hit: its row chosen); an
investigation record is chosen on 证据 › 调查取证; an issued document is chosen on 文书 and opened in the viewer."""
from __future__ import annotations

from datetime import date, datetime

from shots import chinese_font, shot  # noqa: F401

from case_helpers import Driver, at
from ipcase.db.models.evidence import InvestigationRecord
from ipcase.db.models.hearings import Hearing, HearingFeature, HearingRecord
from ipcase.domain.enums import PartyRole
from ui.sections import Sections
from ui.shell.main_window import MainWindow

NOW = datetime(2026, 11, 2, 9, 30)
SAID = "证人陈述：该批产品系今年三月在广交会展位上购得，有发票为证。"


def _case(new_uow, staff) -> tuple[int, int]:
    c = Driver.new(new_uow, staff, NOW)
    received = date(2026, 10, 30)
    c.panel(at(received))
    c.act("register", {"registered_date": received}, at(received))
    c.approve(at(received))
    c.issue_for_service("serve_registration_notice", c.party_ids(PartyRole.REQUESTER, received), at(received))
    with new_uow() as uow:
        s = uow.session
        hearing = Hearing(case_id=c.ref.id, starts_at=datetime(2026, 10, 20, 9), ends_at=datetime(2026, 10, 20, 11),
                          status="held", scheduled_at=NOW)
        s.add(hearing)
        s.flush()
        record = HearingRecord(hearing_id=hearing.id, case_id=c.ref.id, status="closed", version=1, opened_at=NOW,
                               updated_at=NOW, updated_by=staff.officer.id,
                               sections={"opening": "核对当事人身份。", "requester_statement": "第一段。\n" + SAID})
        s.add(record)
        s.flush()
        s.add_all([
            HearingFeature(record_id=record.id, position=0, claim_no="1", element="座面", accused="座面相同"),
            HearingFeature(record_id=record.id, position=1, claim_no="1", element="支架",
                           accused="被诉产品采用可折叠支架"),
            InvestigationRecord(case_id=c.ref.id, kind="interview", started_at=datetime(2026, 10, 5, 14),
                                ended_at=datetime(2026, 10, 5, 15), place="经营场所", created_at=NOW,
                                content="问：产品从何处来？答：在广交会展位上购得。"),
        ])
        uow.commit()
        return c.ref.id, hearing.id


def _search(w, case_id: int, text: str):
    w.sections.open_case(case_id)
    detail = w.sections.case_detail_view
    tab = detail.search_tab
    detail.tabs.setCurrentWidget(tab)
    tab.search_edit.setText(text)
    tab.search()
    return detail, tab


def _open(tab, kind: str):
    row = next(r for r, hit in enumerate(tab.model.rows()) if hit.kind == kind)
    tab.table.doubleClicked.emit(tab.model.index(row, 0))
    return tab.model.rows()[row]


def test_hits_open_their_records_at_the_place(make_ctx, new_uow, staff, qtbot, chinese_font):  # noqa: F811
    case_id, hearing_id = _case(new_uow, staff)
    w = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    detail, tab = _search(w, case_id, "展位上购得")

    hit = _open(tab, "hearing_record")                        # the hearing record, at 请求人陈述, the words selected
    assert hit.opens == hearing_id
    editor = detail.revealed
    qtbot.addWidget(editor)
    assert detail.tabs.currentWidget() is detail.page("hearings")
    edit = editor.section_edits["requester_statement"]
    assert editor.pages.currentWidget().isAncestorOf(edit)
    assert edit.textCursor().selectedText() == "展位上购得"
    shot(editor, "case_record_search_opens_hearing_record.png")
    editor.close()

    record = _open(tab, "investigation")                      # 证据 › 调查取证, the record chosen
    evidence = detail.page("evidence")
    assert detail.tabs.currentWidget() is evidence and evidence.inner.currentIndex() == 1
    assert evidence.selected_record() == ("record", record.record_id)

    tab.search_edit.setText("受理")                            # the 受理通知书's text: 文书, chosen and opened
    tab.search()
    doc_hit = _open(tab, "document")
    documents = detail.page("documents")
    assert detail.tabs.currentWidget() is documents and documents.selected().id == doc_hit.record_id
    viewer = detail.revealed
    assert viewer is not None and viewer is documents.preview_dialog and viewer.isVisible()
    viewer.close()

    tab.search_edit.setText("可折叠支架")                       # the feature comparison: its step, the row chosen
    tab.search()
    hit = _open(tab, "hearing_record")
    assert hit.field == "features"
    editor = detail.revealed
    qtbot.addWidget(editor)
    assert editor.pages.currentWidget().isAncestorOf(editor.features)
    assert editor.features.currentRow() == 1
    editor.close()
