"""The 口头审理回执 after the 口头审理通知书 (issue 20): the guide's boxes for the side that answers (the addressee's
ticked), one row per attendee (姓名, 单位及职务, 电话), the checklist of what to bring (身份证明, 授权委托书, the
agent's credentials, 证据材料), and labels that never wrap inside a word in the rendered PDF."""
from __future__ import annotations

from datetime import date

from pdf_measure import pdf_lines, text_of
from samples import draft_for, full_case

from ipcase.documents.engine import render

LABELS = ("案号", "当事人", "当事人身份", "口头审理时间", "是否参加", "出席人员姓名", "单位及职务", "联系电话",
          "随附材料", "签名或者盖章")


def _receipt(party_index: int):
    case = full_case(state="hearing_scheduled")
    draft = draft_for("hearing_notice", case, fill=False)
    draft = draft.__class__(draft.doc_type, draft.fields, party_id=case.parties[party_index].id)
    return render(case, draft, number="某市知裁字〔2026〕7号", issue_date=date(2026, 4, 1))


def test_the_receipt_ticks_the_addressees_side_and_lists_what_to_bring():
    text = _receipt(1).text
    receipt = text[text.index("口头审理回执"):]
    assert "当事人身份\t□ 请求人　■ 被请求人" in receipt
    assert "出席人员姓名\t单位及职务\t联系电话" in receipt
    for item in ("□ 身份证明", "□ 授权委托书", "□ 委托代理人身份证明", "□ 证据材料", "□ 其他"):
        assert item in receipt
    assert "当事人身份\t■ 请求人　□ 被请求人" in _receipt(0).text


def test_no_label_of_the_receipt_wraps_inside_a_word():
    pages = pdf_lines(_receipt(1).pdf)
    receipt = next(page for page in pages if any(text_of(line).startswith("口头审理回执") for line in page))
    lines = [text_of(line) for line in receipt]
    for label in LABELS:
        assert any(label in line for line in lines), (label, lines)
