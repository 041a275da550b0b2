"""Error texts of the ledger import: why a row is not imported, why a file cannot be read, why an import cannot
be undone. (Codes the typed forms share — required, future, too_long, check_digit … — are in ui/common/errors.py
and ui/cases/errors.py and read the same here.)"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REASON = {
    "date_format": QT_TRANSLATE_NOOP("errors", "日期写法无法识别（%1），请写成 2025-03-04、2025.3.4 或 2025年3月4日"),
    "date_invalid": QT_TRANSLATE_NOOP("errors", "没有这一天（%1）"),
    "before_received": QT_TRANSLATE_NOOP("errors", "不能早于收到日期（%1）"),
    "required_when_closed": QT_TRANSLATE_NOOP("errors", "已结案的案件须同时填写结案日期、结案方式和立案日期"),
    "required_when_registered": QT_TRANSLATE_NOOP("errors", "已立案的案件须有案号（导入的案件保留原案号）"),
    "registered_not_accepted": QT_TRANSLATE_NOOP("errors", "不予受理的请求没有立案日期"),
    "closing_unknown": QT_TRANSLATE_NOOP(
        "errors", "无法识别的结案方式（%1），可写：调解结案、行政裁决：侵权成立、行政裁决：驳回请求、请求人撤回、移送、不予受理"),
    "filed_after_received": QT_TRANSLATE_NOOP("errors", "专利申请年（%1）晚于收到请求的日期"),
    "repeated_in_file": QT_TRANSLATE_NOOP("errors", "与台账第 %1 行重复"),
    "number_taken": QT_TRANSLATE_NOOP("errors", "案号已被其他机关的案件使用（%1）"),
    "no_header": QT_TRANSLATE_NOOP("errors", "前 10 行中没有找到表头（如 案号、请求人、专利号）"),
    "mapped_twice": QT_TRANSLATE_NOOP("errors", "两列对应了同一个字段（%1）"),
    "unmapped": QT_TRANSLATE_NOOP("errors", "没有一列对应必需的字段（%1）"),
    "no_column": QT_TRANSLATE_NOOP("errors", "台账中没有这一列（%1）"),
}

REFUSAL = {
    "built_on": QT_TRANSLATE_NOOP("errors", "导入后已在案件 %1 上办理了其他事项，不能整体撤销这次导入"),
    "already_undone": QT_TRANSLATE_NOOP("errors", "这次导入已经撤销"),
}

NOT_FOUND_KIND = {
    "ledger_import": QT_TRANSLATE_NOOP("errors", "导入记录"),
}
