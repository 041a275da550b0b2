"""Labels of the statistics (统计) and reports."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.domain.statistics.counting import ClosingMethod
from ui.common.labels import lookup

# 结案方式 in the statistics (ipcase.domain.statistics.counting.ClosingMethod, plus a request withdrawn before 立案).
CLOSING_METHOD = {
    ClosingMethod.RULING_INFRINGEMENT: QT_TRANSLATE_NOOP("labels", "裁决：侵权成立"),
    ClosingMethod.RULING_REJECTED: QT_TRANSLATE_NOOP("labels", "裁决：驳回请求"),
    ClosingMethod.MEDIATED: QT_TRANSLATE_NOOP("labels", "调解结案"),
    ClosingMethod.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "撤回"),
    ClosingMethod.REVOKED: QT_TRANSLATE_NOOP("labels", "撤销（其他事由）"),
    ClosingMethod.TRANSFERRED: QT_TRANSLATE_NOOP("labels", "移送"),
    ClosingMethod.NOT_ACCEPTED: QT_TRANSLATE_NOOP("labels", "不予受理"),
    "withdrawn_unregistered": QT_TRANSLATE_NOOP("labels", "立案前撤回"),
}


def closing_method(value) -> str:
    return lookup(CLOSING_METHOD, value)
