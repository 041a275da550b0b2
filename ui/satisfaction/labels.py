"""Words of the satisfaction survey: questions, levels, how it was asked, the groupings of the results."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QUESTION = {
    "procedure": QT_TRANSLATE_NOOP("labels", "办案程序"),
    "timeliness": QT_TRANSLATE_NOOP("labels", "办案时限"),
    "fairness": QT_TRANSLATE_NOOP("labels", "公正廉洁"),
    "result": QT_TRANSLATE_NOOP("labels", "处理结果"),
}

LEVEL = {
    5: QT_TRANSLATE_NOOP("labels", "非常满意"),
    4: QT_TRANSLATE_NOOP("labels", "满意"),
    3: QT_TRANSLATE_NOOP("labels", "基本满意"),
    2: QT_TRANSLATE_NOOP("labels", "不满意"),
    1: QT_TRANSLATE_NOOP("labels", "非常不满意"),
}
DECLINED = QT_TRANSLATE_NOOP("labels", "未作答")

ROLE = {
    "requester": QT_TRANSLATE_NOOP("labels", "请求人"),
    "respondent": QT_TRANSLATE_NOOP("labels", "被请求人"),
}

METHOD = {
    "phone": QT_TRANSLATE_NOOP("labels", "电话回访"),
    "paper": QT_TRANSLATE_NOOP("labels", "纸质调查表"),
}

GROUPING = {
    "office": QT_TRANSLATE_NOOP("labels", "按机关"),
    "officer": QT_TRANSLATE_NOOP("labels", "按承办人"),
    "month": QT_TRANSLATE_NOOP("labels", "按月份"),
    "case_type": QT_TRANSLATE_NOOP("labels", "按专利类型"),
}

FIELD = {
    **QUESTION,
    "method": QT_TRANSLATE_NOOP("labels", "回访方式"),
    "surveyed_on": QT_TRANSLATE_NOOP("labels", "回访日期"),
}

TIMELINE_KIND = {
    "satisfaction_survey": QT_TRANSLATE_NOOP("labels", "满意度回访"),
}

ACTION = {
    "satisfaction_survey": QT_TRANSLATE_NOOP("labels", "录入满意度回访"),
}
