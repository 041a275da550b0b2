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
    # a new office (first-run wizard, 新增下级单位) and its first administrator
    "admin_username": QT_TRANSLATE_NOOP("labels", "管理员用户名"),
    "admin_password": QT_TRANSLATE_NOOP("labels", "管理员密码"),
    "admin_full_name": QT_TRANSLATE_NOOP("labels", "管理员姓名"),
    "parent": QT_TRANSLATE_NOOP("labels", "上级机关"),
    "database": QT_TRANSLATE_NOOP("labels", "数据库"),
    "year": QT_TRANSLATE_NOOP("labels", "年份"),
    "active": QT_TRANSLATE_NOOP("labels", "启用"),
    # account rules (ipcase.domain.passwords.AccountRules) and a user's own password
    "old_password": QT_TRANSLATE_NOOP("labels", "原密码"),
    "new_password": QT_TRANSLATE_NOOP("labels", "新密码"),
    "min_length": QT_TRANSLATE_NOOP("labels", "密码最短长度"),
    "letters_and_digits": QT_TRANSLATE_NOOP("labels", "须含字母和数字"),
    "not_username": QT_TRANSLATE_NOOP("labels", "不得与用户名相同"),
    "expiry_days": QT_TRANSLATE_NOOP("labels", "密码有效期（天）"),
    "max_failures": QT_TRANSLATE_NOOP("labels", "锁定前允许输错次数"),
    "lock_minutes": QT_TRANSLATE_NOOP("labels", "首次锁定时长（分钟）"),
    "idle_minutes": QT_TRANSLATE_NOOP("labels", "无操作自动锁屏（分钟）"),
}


def holiday_source(value) -> str:
    return lookup(HOLIDAY_SOURCE, value)
