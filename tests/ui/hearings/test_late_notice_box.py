"""The late-notice warning (issue 15, M25 art 26, D7) as the clerk sees it: the hearing, the last lawful day, that a
late notice is not written notice for an absence sanction, the offer to postpone; one line per case for a batch;
the choice comes back as go/postpone/cancel. Screenshot at 1366×768 in /tmp/w2/shots/15/."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from shots import chinese_font  # noqa: F401 (a fixture)

from ipcase.dto.hearings import LateNotice
from ui.hearings.late_notice import CANCEL, GO, POSTPONE, ask_late_notice, late_notice_box

pytestmark = pytest.mark.usefixtures("chinese_font")

LATE = LateNotice(7, "测试市知裁字〔2026〕12号", datetime(2026, 12, 14, 9, 30), date(2026, 12, 8), 3)
LATE2 = LateNotice(8, "测试市知裁字〔2026〕15号", datetime(2026, 12, 15, 14, 30), date(2026, 12, 9), 3)


def test_the_warning_names_the_latest_lawful_day_and_offers_to_postpone(qtbot):
    box = late_notice_box(None, [LATE, LATE2])
    qtbot.addWidget(box)
    text = box.text()
    assert "测试市知裁字〔2026〕12号：口头审理定于 2026-12-14 09:30，通知书应最迟于 2026-12-08 送达" in text
    assert "2026-12-09" in text and "第二十六条" in text and "不能缺席审理或按撤回请求处理" in text
    assert {b.objectName() for b in box.findChildren(QPushButton)} >= {GO, POSTPONE, CANCEL}
    box.show()
    qtbot.waitExposed(box)
    assert box.width() <= 1366 and box.height() <= 768
    folder = Path("/tmp/w2/shots/15")
    folder.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(folder / "late_notice_box.png"))
    serving = late_notice_box(None, [LATE], serving=True, can_postpone=False)
    qtbot.addWidget(serving)
    assert "送达过迟" in serving.text()
    assert POSTPONE not in {b.objectName() for b in serving.findChildren(QPushButton)}


@pytest.mark.parametrize("choice", [GO, POSTPONE, CANCEL])
def test_the_choice_comes_back(qtbot, choice):
    def click():
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "late_notice_box" and w.isVisible())
        box.findChild(QPushButton, choice).click()

    QTimer.singleShot(0, click)
    assert ask_late_notice(None, [LATE]) == choice
    assert ask_late_notice(None, []) == GO
