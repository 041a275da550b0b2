"""Words of the publication feature: mask kinds, publication statuses."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MASK_KIND = {
    "name": QT_TRANSLATE_NOOP("labels", "姓名"),
    "id_number": QT_TRANSLATE_NOOP("labels", "身份证号"),
    "address": QT_TRANSLATE_NOOP("labels", "地址"),
    "phone": QT_TRANSLATE_NOOP("labels", "电话"),
    "account": QT_TRANSLATE_NOOP("labels", "银行账号"),
    "amount": QT_TRANSLATE_NOOP("labels", "金额"),
    "confidential": QT_TRANSLATE_NOOP("labels", "当事人申请不予公开"),
    "manual": QT_TRANSLATE_NOOP("labels", "手工隐去"),
}

STATUS = {
    "pending": QT_TRANSLATE_NOOP("labels", "待批准"),
    "published": QT_TRANSLATE_NOOP("labels", "已公开"),
    "refused": QT_TRANSLATE_NOOP("labels", "已退回"),
}

FIELD = {
    "masks": QT_TRANSLATE_NOOP("labels", "隐去内容"),
    "replaces_id": QT_TRANSLATE_NOOP("labels", "所更正的公开版本"),
    "publication": QT_TRANSLATE_NOOP("labels", "公开版本"),
    "case_id": QT_TRANSLATE_NOOP("labels", "案件"),
    "reference": QT_TRANSLATE_NOOP("labels", "判决书案号"),
    # a publication in the 工作台's approvals queue (ipcase.queries.publication.approvals.content)
    "published_version": QT_TRANSLATE_NOOP("labels", "公开版本"),
    "replaces_version": QT_TRANSLATE_NOOP("labels", "更正并替代"),
    "correction_reason": QT_TRANSLATE_NOOP("labels", "更正理由"),
    "unredacted_confirmed": QT_TRANSLATE_NOOP("labels", "注意"),
    "mask_list": QT_TRANSLATE_NOOP("labels", "隐去内容"),
    "published_text": QT_TRANSLATE_NOOP("labels", "公开文本"),
    # a party's confidentiality request (申请不予公开的内容)
    "requested_on": QT_TRANSLATE_NOOP("labels", "申请日期"),
    "party_name": QT_TRANSLATE_NOOP("labels", "当事人"),
    "confidential_texts": QT_TRANSLATE_NOOP("labels", "不予公开的内容"),
    "confidential_amounts": QT_TRANSLATE_NOOP("labels", "不予公开的金额"),
    "confidential_count": QT_TRANSLATE_NOOP("labels", "申请不予公开"),
}

# Gestures named in refusals and permission messages.
ACTION = {
    "publish_ruling": QT_TRANSLATE_NOOP("labels", "报请公开裁决书"),
    "approve_publication": QT_TRANSLATE_NOOP("labels", "审批公开裁决书"),
    "change_publication": QT_TRANSLATE_NOOP("labels", "修改已公开的版本"),
    "mark_typical": QT_TRANSLATE_NOOP("labels", "标记典型案例"),
    "record_confidentiality": QT_TRANSLATE_NOOP("labels", "登记当事人不予公开申请"),
    "remove_confidentiality": QT_TRANSLATE_NOOP("labels", "删除当事人不予公开申请"),
    "record_ruling_change": QT_TRANSLATE_NOOP("labels", "登记裁决变更/撤销"),
}

TIMELINE_KIND = {
    "publication_filed": QT_TRANSLATE_NOOP("labels", "报请公开裁决书"),
    "publication_refused": QT_TRANSLATE_NOOP("labels", "公开版本被退回"),
    "ruling_published": QT_TRANSLATE_NOOP("labels", "裁决书已公开"),
    "marked_typical": QT_TRANSLATE_NOOP("labels", "标记为典型案例"),
    "unmarked_typical": QT_TRANSLATE_NOOP("labels", "取消典型案例"),
    "ruling_changed": QT_TRANSLATE_NOOP("labels", "裁决被变更/撤销"),
    "confidentiality_requested": QT_TRANSLATE_NOOP("labels", "当事人申请不予公开"),
    "confidentiality_removed": QT_TRANSLATE_NOOP("labels", "删除当事人不予公开申请"),
}

CHANGE_KIND = {
    "changed": QT_TRANSLATE_NOOP("labels", "变更"),
    "revoked": QT_TRANSLATE_NOOP("labels", "撤销"),
}
