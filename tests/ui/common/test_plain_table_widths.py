"""A long text in a small list (a ruling's title) must not push the short columns after it off a 1366-px screen."""
from __future__ import annotations

from ui.common.plain_table import MAX_COLUMN, fill, text_table


def test_a_long_title_is_capped_and_shown_whole_in_its_tooltip(qtbot):
    table = text_table(["文书", "文号", "签发时间", "页数"], "documents_table")
    qtbot.addWidget(table)
    table.resize(1100, 300)
    title = "关于某某科技有限公司与某某电器有限公司侵害发明专利权纠纷一案的专利侵权纠纷案件行政裁决书" * 2
    fill(table, [[title, "〔2026〕京知执字第12号", "2026-11-20", "7"], ["受理通知书", "〔2026〕京知受字第3号", "2026-10-02", "2"]])
    assert table.columnWidth(0) == MAX_COLUMN
    assert table.item(0, 0).toolTip() == title
    assert table.item(1, 0).toolTip() == ""          # a short text needs none
    # the short columns keep the width of their contents
    assert table.columnWidth(1) < MAX_COLUMN and table.columnWidth(2) < MAX_COLUMN
    assert sum(table.columnWidth(c) for c in range(3)) < 1100


def test_short_columns_are_left_as_their_contents(qtbot):
    table = text_table(["名称", "大小"], "attachments_table")
    qtbot.addWidget(table)
    fill(table, [["现场照片", "12 KB"]])
    assert table.columnWidth(0) < MAX_COLUMN
