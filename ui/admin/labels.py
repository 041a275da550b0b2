"""Labels of the administrator's settings: office, users, holidays, number patterns."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common.labels import lookup

HOLIDAY_SOURCE = {
    "entered": QT_TRANSLATE_NOOP("labels", "管理员录入"),
    "package": QT_TRANSLATE_NOOP("labels", "内置数据"),
    "provisional": QT_TRANSLATE_NOOP("labels", "暂定（按放假办法推算）"),
}

# Names of the settings' fields (error messages).
FIELD = {
    "username": QT_TRANSLATE_NOOP("labels", "用户名"),
    "full_name": QT_TRANSLATE_NOOP("labels", "姓名"),
    "password": QT_TRANSLATE_NOOP("labels", "密码"),
    "short_name": QT_TRANSLATE_NOOP("labels", "机关简称"),
    "case_number_pattern": QT_TRANSLATE_NOOP("labels", "案号格式"),
    "postcode": QT_TRANSLATE_NOOP("labels", "邮编"),
    "higher_office": QT_TRANSLATE_NOOP("labels", "上级部门"),
    "year": QT_TRANSLATE_NOOP("labels", "年份"),
    "active": QT_TRANSLATE_NOOP("labels", "启用"),
}


def holiday_source(value) -> str:
    return lookup(HOLIDAY_SOURCE, value)
