"""搜索 in the case window (issue 19): words typed are found in the case's investigation record and hearing record,
each hit names the record and shows the words around it; opening a hit shows the page that holds the record."""
from __future__ import annotations

from datetime import datetime

from shots import chinese_font, shot  # noqa: F401

from case_helpers import Driver
from ipcase.db.models.evidence import InvestigationRecord
from ipcase.db.models.hearings import Hearing, HearingRecord
from ui.sections import Sections
from ui.shell.main_window import MainWindow

NOW = datetime(2026, 11, 2, 9, 30)


def test_a_hit_names_its_record_and_opens_its_page(make_ctx, new_uow, staff, qtbot, chinese_font):  # noqa: F811
    case_id = Driver.new(new_uow, staff, NOW).ref.id
    with new_uow() as uow:
        s = uow.session
        hearing = Hearing(case_id=case_id, starts_at=datetime(2026, 10, 20, 9), ends_at=datetime(2026, 10, 20, 11),
                          status="held", scheduled_at=NOW)
        s.add(hearing)
        s.flush()
        s.add_all([
            HearingRecord(hearing_id=hearing.id, case_id=case_id, status="closed", version=1, opened_at=NOW,
                          updated_at=NOW, updated_by=staff.officer.id,
                          sections={"testimony": "证人陈述：该批产品系今年三月在广交会展位上购得，有发票为证。"}),
            InvestigationRecord(case_id=case_id, kind="interview", started_at=datetime(2026, 10, 5, 14),
                                ended_at=datetime(2026, 10, 5, 15), place="经营场所", created_at=NOW,
                                content="问：产品从何处来？答：在广交会展位上购得。"),
        ])
        uow.commit()
    w = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.sections.open_case(case_id)
    detail = w.sections.case_detail_view
    tab = detail.search_tab
    detail.tabs.setCurrentWidget(tab)
    tab.search_edit.setText("展位上购得")
    tab.search()
    assert tab.model.rowCount() == 2
    first, second = (tab.model.index(r, 0).data() for r in range(2))
    assert first == "调查笔录" and second == "口头审理笔录（第1次）"
    assert "广交会展位上购得" in tab.model.index(1, 2).data()
    assert "找到 2 处" in tab.status_label.text()
    shot(w, "case_record_search.png")
    tab.table.doubleClicked.emit(tab.model.index(1, 0))
    assert detail.tabs.currentWidget() is detail.page("hearings")
    tab.search_edit.setText("没有这句话")
    tab.search()
    assert tab.model.rowCount() == 0 and "没有" in tab.status_label.text()
