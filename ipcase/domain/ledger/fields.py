"""The fields a ledger column can hold, the header words offices write for them, and the column letters a
spreadsheet shows (so a problem is named "第 12 行 E 列", as the user sees the cell)."""
from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class LedgerField(StrEnum):
    CASE_NUMBER = "case_number"          # 案号
    RECEIVED_DATE = "received_date"      # 收到日期
    REGISTERED_DATE = "registered_date"  # 立案日期
    REQUESTERS = "requesters"            # 请求人
    RESPONDENTS = "respondents"          # 被请求人
    PATENT_NUMBER = "patent_number"      # 专利号
    PATENT_TYPE = "patent_type"          # 专利类型
    PATENT_TITLE = "patent_title"        # 专利名称
    PATENTEE = "patentee"                # 专利权人
    CAUSE = "cause"                      # 案由
    ACCUSED_PRODUCT = "accused_product"  # 涉案产品
    OFFICER = "officer"                  # 承办人
    CLOSED_DATE = "closed_date"          # 结案日期
    CLOSING_METHOD = "closing_method"    # 结案方式
    REMARKS = "remarks"                  # 备注


DATE_FIELDS = frozenset({LedgerField.RECEIVED_DATE, LedgerField.REGISTERED_DATE, LedgerField.CLOSED_DATE})
# Cells that may hold several lines (a 备注, a 案由); every other field is one line, as in the typed forms.
MULTI_LINE_FIELDS = frozenset({LedgerField.CAUSE, LedgerField.REMARKS})

# Header words seen in office ledgers, most specific first within a field. A header is matched by the longest
# word it contains, so "被请求人" is never taken for "请求人".
HEADER_WORDS: dict[LedgerField, tuple[str, ...]] = {
    LedgerField.CASE_NUMBER: ("案号", "案件编号", "立案编号", "案件号", "文号"),
    LedgerField.RECEIVED_DATE: ("收到日期", "收案日期", "收件日期", "接收日期", "来件日期", "请求日期",
                                "收到时间", "收案时间", "请求时间"),
    LedgerField.REGISTERED_DATE: ("立案日期", "立案时间", "受理日期", "受理时间"),
    LedgerField.REQUESTERS: ("请求人", "投诉人", "权利人", "申请人"),
    LedgerField.RESPONDENTS: ("被请求人", "被投诉人", "被申请人", "被控侵权人", "被控侵权方"),
    LedgerField.PATENT_NUMBER: ("专利号", "专利申请号", "涉案专利号", "申请号", "专利号码"),
    LedgerField.PATENT_TYPE: ("专利类型", "专利种类", "专利类别"),
    LedgerField.PATENT_TITLE: ("专利名称", "发明名称", "发明创造名称", "涉案专利名称"),
    LedgerField.PATENTEE: ("专利权人",),
    LedgerField.CAUSE: ("案由", "案件名称", "案情简介"),
    LedgerField.ACCUSED_PRODUCT: ("涉案产品", "被控侵权产品", "侵权产品", "产品名称"),
    LedgerField.OFFICER: ("承办人", "承办人员", "办案人员", "办案人", "经办人"),
    LedgerField.CLOSED_DATE: ("结案日期", "结案时间", "办结日期", "办结时间"),
    LedgerField.CLOSING_METHOD: ("结案方式", "处理结果", "结案情况", "办理结果", "办结方式", "处理方式"),
    LedgerField.REMARKS: ("备注", "说明"),
}

# The setting holding an office's last mapping: header key → field ("" = column left out).
MAPPING_KEY = "ledger.mapping"

REQUIRED = frozenset({LedgerField.PATENT_NUMBER, LedgerField.REQUESTERS, LedgerField.RESPONDENTS})


def header_key(text: str) -> str:
    """A header as compared: NFKC, no spaces or line breaks, no bracketed hint such as （必填） or (YYYY-MM-DD),
    no marks like * or ：."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"\([^)]*\)", "", text)
    return re.sub(r"[\s*:：#、.]", "", text)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column as the spreadsheet names it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
