"""The agreement dialog picks who signs among the parties and their agents (M25 art 35): one row per party,
the party itself or its agent; an agreement leaving a party out is refused next to the 签署人 rows."""
from __future__ import annotations

from datetime import date

from mediation_helpers import Mediation, session
from shots import shot
from ui_helpers import type_text

from case_helpers import Driver, at
from ipcase.dto.mediation import MediationHost
from ui.mediation.agreement_dialog import AgreementDialog
from ui.shell.app import install_cjk_font

DAY = date(2026, 10, 12)


def test_the_dialog_offers_each_party_and_its_agents_and_records_the_choice(make_ctx, staff, new_uow, qtbot, qapp):
    install_cjk_font(qapp)
    case = Driver.new(new_uow, staff, at(DAY), received=DAY, respondents=2)
    case.panel(at(DAY))
    case.act_approved("register", {"registered_date": DAY}, at(DAY))
    m = Mediation(new_uow, staff, case)
    m.record(session(date(2026, 10, 19), "agreed"))
    dialog = AgreementDialog(make_ctx(staff.officer), MediationHost.case(case.ref.id))
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [(p.name, [box.itemText(i) for i in range(box.count())]) for p, box in dialog.signer_boxes]
    assert rows == [("宁波华辰科技有限公司", ["本人（签名或者盖章）", "委托代理人 陈律师"]),
                    ("义乌市鼎盛贸易商行甲", ["本人（签名或者盖章）"]),
                    ("义乌市鼎盛贸易商行乙", ["本人（签名或者盖章）"])]
    dialog.signer_boxes[0][1].setCurrentIndex(1)      # the requester's lawyer signs for it
    type_text(dialog.other_edit, "被请求人停止销售折叠露营椅。")
    shot(dialog, "agreement_signers.png")
    assert dialog.width() <= 1366 and dialog.height() <= 768
    dialog.submit()
    assert not dialog.isVisible()
    signed = m.view(date(2026, 10, 19)).agreements[0].signatories
    assert [(x.name, x.agent_name) for x in signed] == [
        ("宁波华辰科技有限公司", "陈律师"), ("义乌市鼎盛贸易商行甲", ""), ("义乌市鼎盛贸易商行乙", "")]
    # Opened again, the dialog shows the agent chosen.
    again = AgreementDialog(make_ctx(staff.officer), MediationHost.case(case.ref.id), signed and
                            m.view(date(2026, 10, 19)).agreements[0])
    qtbot.addWidget(again)
    assert again.signer_boxes[0][1].currentText() == "委托代理人 陈律师"
