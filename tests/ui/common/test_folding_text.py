"""Long texts fold (issue 16): a 2,400-character 请求事项 shows its first lines on 概况 with 展开, the whole text
after a click, 收起 folds it again; the page keeps its other rows in view at 1366×768."""
from __future__ import annotations

from datetime import date

import pytest
from shots import chinese_font, shot  # noqa: F401 — fixture

from case_helpers import Driver, at
from ui.cases.tabs import OverviewTab
from ui.common.folding_text import FOLD_AT, FoldingText, folded

pytestmark = pytest.mark.usefixtures("chinese_font")
LONG = "请求责令被请求人立即停止制造、销售、许诺销售侵犯ZL202120123456.7号实用新型专利权的折叠座椅产品，" * 48


def test_folded_text():
    assert folded("短文本") == "短文本"
    assert len(folded(LONG)) == FOLD_AT + 1 and folded(LONG).endswith("…")


def test_the_fold_opens_and_closes(qtbot):
    text = FoldingText(LONG)
    qtbot.addWidget(text)
    assert not text.is_open() and text.label.text().endswith("…") and "展开" in text.toggle_button.text()
    text.toggle_button.click()
    assert text.is_open() and text.label.text() == LONG and text.toggle_button.text() == "收起"
    text.toggle_button.click()
    assert not text.is_open()


def test_a_long_request_folds_on_the_overview(new_uow, staff, clock, qtbot):
    received = date(2026, 10, 30)
    case = Driver.new(new_uow, staff, at(received), received=received)
    detail = case.detail(clock.today())
    detail = type(detail)(**{**detail.__dict__, "request_summary": LONG})
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    tab.set_detail(detail)
    fold = tab.findChild(FoldingText)
    assert fold is not None and fold.text() == LONG and not fold.is_open()
    width = fold.label.width()
    assert fold.label.heightForWidth(width) < 100            # a few lines: the rows below stay in view
    shot(tab, "overview_long_request_folded.png")
    fold.toggle_button.click()
    assert fold.label.heightForWidth(width) > 5 * fold.label.fontMetrics().lineSpacing() * 4   # opened: all of it
