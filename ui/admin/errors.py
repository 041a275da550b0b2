"""Error texts of the settings: holiday files, users and passwords, number patterns."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# ValidationFailed.reason → sentence; %1 is the detail. `empty` is a holiday file without dates.
REASON = {
    "kind": QT_TRANSLATE_NOOP("errors", "类型不正确（%1），应为 假/休/holiday 或 班/调休/workday"),
    "wrong_year": QT_TRANSLATE_NOOP("errors", "日期不属于该年份（%1）"),
    "both_holiday_and_workday": QT_TRANSLATE_NOOP("errors", "同一天既是假日又是调休上班日（%1）"),
    "empty": QT_TRANSLATE_NOOP("errors", "没有可导入的日期"),
    "weak": QT_TRANSLATE_NOOP("errors", "密码太简单"),
    "too_short": QT_TRANSLATE_NOOP("errors", "太短（至少 %1 个字符）"),
    "taken": QT_TRANSLATE_NOOP("errors", "已被使用"),
    "cannot_deactivate_self": QT_TRANSLATE_NOOP("errors", "不能停用自己的账户"),
    "cannot_change_own_role": QT_TRANSLATE_NOOP("errors", "不能更改自己的角色（请另一位管理员更改）"),
    # passwords (ipcase.domain.passwords)
    "letters_and_digits": QT_TRANSLATE_NOOP("errors", "须同时包含字母和数字"),
    "same_as_username": QT_TRANSLATE_NOOP("errors", "不能与用户名相同"),
    "same_as_old": QT_TRANSLATE_NOOP("errors", "不能与原密码相同"),
    "control_characters": QT_TRANSLATE_NOOP("errors", "含有无法输入的控制字符"),
    "wrong": QT_TRANSLATE_NOOP("errors", "不正确"),
    "missing_sequence": QT_TRANSLATE_NOOP("errors", "须包含序号占位符 %1"),
    "missing_year": QT_TRANSLATE_NOOP("errors", "须包含年份占位符 %1（否则每年序号会重复）"),
    "initialised": QT_TRANSLATE_NOOP("errors", "已有本系统的数据库（%1），已设好单位，未作改动；可直接登录"),
}

NOT_FOUND_KIND = {
    "office": QT_TRANSLATE_NOOP("errors", "机关"),
    "holiday_year": QT_TRANSLATE_NOOP("errors", "节假日年份"),
}
