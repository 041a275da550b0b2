"""Labels of the ledger import: the fields a column can hold (the wizard's own table: the same keys name other
things in the case forms), the kinds of duplicate, the import's status and its timeline entries."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common.i18n import tr_ctx

LEDGER_FIELD = {
    "case_number": QT_TRANSLATE_NOOP("labels", "案号"),
    "received_date": QT_TRANSLATE_NOOP("labels", "收到日期"),
    "registered_date": QT_TRANSLATE_NOOP("labels", "立案日期"),
    "requesters": QT_TRANSLATE_NOOP("labels", "请求人"),
    "respondents": QT_TRANSLATE_NOOP("labels", "被请求人"),
    "patent_number": QT_TRANSLATE_NOOP("labels", "专利号"),
    "patent_type": QT_TRANSLATE_NOOP("labels", "专利类型"),
    "patent_title": QT_TRANSLATE_NOOP("labels", "专利名称"),
    "patentee": QT_TRANSLATE_NOOP("labels", "专利权人"),
    "cause": QT_TRANSLATE_NOOP("labels", "案由"),
    "accused_product": QT_TRANSLATE_NOOP("labels", "涉案产品"),
    "officer": QT_TRANSLATE_NOOP("labels", "承办人"),
    "closed_date": QT_TRANSLATE_NOOP("labels", "结案日期"),
    "closing_method": QT_TRANSLATE_NOOP("labels", "结案方式"),
    "remarks": QT_TRANSLATE_NOOP("labels", "备注"),
}

DUPLICATE_MATCH = {
    "case_number": QT_TRANSLATE_NOOP("labels", "案号相同"),
    "patent_parties": QT_TRANSLATE_NOOP("labels", "专利和当事人相同"),
}

IMPORT_STATUS = {
    "done": QT_TRANSLATE_NOOP("labels", "已导入"),
    "undone": QT_TRANSLATE_NOOP("labels", "已撤销"),
}

TIMELINE_KIND = {
    "imported": QT_TRANSLATE_NOOP("labels", "由台账导入"),
    "merged_from_ledger": QT_TRANSLATE_NOOP("labels", "按台账更新（合并重复）"),
    "ledger_merge_undone": QT_TRANSLATE_NOOP("labels", "撤销台账导入，恢复合并前的内容"),
}


def field_label(key: str) -> str:
    return tr_ctx("labels", LEDGER_FIELD[key]) if key in LEDGER_FIELD else key


def match_label(key: str) -> str:
    return tr_ctx("labels", DUPLICATE_MATCH.get(key, key))


def status_label(key: str) -> str:
    return tr_ctx("labels", IMPORT_STATUS.get(key, key))
