"""Labels of the evidence feature (证据, 调查取证): record and seizure kinds, its fields, its time limit, gestures and
timeline entries (ui/catalogue.py names them in errors, deadline lists and the case timeline)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common.labels import COMMON, FieldScope, lookup

RECORD_KIND = {
    "interview": QT_TRANSLATE_NOOP("labels", "调查笔录"),
    "inspection": QT_TRANSLATE_NOOP("labels", "现场检查（勘验）笔录"),
}
SEIZURE_KIND = {
    "sampling": QT_TRANSLATE_NOOP("labels", "抽样取证"),
    "preservation": QT_TRANSLATE_NOOP("labels", "证据登记保存"),
}
DISPOSAL = {
    "release": QT_TRANSLATE_NOOP("labels", "解除登记保存"),
    "other": QT_TRANSLATE_NOOP("labels", "其他处理决定"),
}
ADMISSION = {
    "pending": QT_TRANSLATE_NOOP("labels", "待认定"),
    "admitted": QT_TRANSLATE_NOOP("labels", "采信"),
    "rejected": QT_TRANSLATE_NOOP("labels", "不予采信"),
}
ITEM_COLUMN = {
    "name": QT_TRANSLATE_NOOP("labels", "名称"),
    "spec": QT_TRANSLATE_NOOP("labels", "规格型号"),
    "quantity": QT_TRANSLATE_NOOP("labels", "数量"),
    "unit_price": QT_TRANSLATE_NOOP("labels", "单价"),
    "location": QT_TRANSLATE_NOOP("labels", "保存地点"),
    "note": QT_TRANSLATE_NOOP("labels", "备注"),
}
CHOICES = {"disposal": DISPOSAL}

FIELD = {
    "witness": QT_TRANSLATE_NOOP("labels", "见证人"),
    "received_on": QT_TRANSLATE_NOOP("labels", "收到日期"),
    "purpose": QT_TRANSLATE_NOOP("labels", "所要说明的事实"),
    "pages": QT_TRANSLATE_NOOP("labels", "页数"),
    "original": QT_TRANSLATE_NOOP("labels", "原件"),
    "files": QT_TRANSLATE_NOOP("labels", "文件"),
    "admission_reason": QT_TRANSLATE_NOOP("labels", "认定理由"),
    "officer_ids": QT_TRANSLATE_NOOP("labels", "执法人员"),
    "started_at": QT_TRANSLATE_NOOP("labels", "开始时间"),
    "ended_at": QT_TRANSLATE_NOOP("labels", "结束时间"),
    "place": QT_TRANSLATE_NOOP("labels", "地点"),
    "subject": QT_TRANSLATE_NOOP("labels", "被调查人/当事人"),
    "informed": QT_TRANSLATE_NOOP("labels", "告知情况"),
    "content": QT_TRANSLATE_NOOP("labels", "记录内容"),
    "decision_date": QT_TRANSLATE_NOOP("labels", "决定日期"),
    "from_time": QT_TRANSLATE_NOOP("labels", "登记保存起始时间"),
    "items": QT_TRANSLATE_NOOP("labels", "物品清单"),
    "disposal": QT_TRANSLATE_NOOP("labels", "处理决定"),
    "disposal_note": QT_TRANSLATE_NOOP("labels", "处理说明"),
    "institution": QT_TRANSLATE_NOOP("labels", "鉴定机构"),
    "matters": QT_TRANSLATE_NOOP("labels", "鉴定事项"),
    "materials": QT_TRANSLATE_NOOP("labels", "鉴定材料"),
    "commissioned_on": QT_TRANSLATE_NOOP("labels", "委托日期"),
    "due_on": QT_TRANSLATE_NOOP("labels", "要求出具意见日期"),
    "report_on": QT_TRANSLATE_NOOP("labels", "收到鉴定意见日期"),
    "conclusion": QT_TRANSLATE_NOOP("labels", "鉴定结论"),
    "submitted_on": QT_TRANSLATE_NOOP("labels", "提交日期"),
    "tech_opinion": QT_TRANSLATE_NOOP("labels", "技术调查意见"),
    "requested_on": QT_TRANSLATE_NOOP("labels", "申请日期"),
    "days": QT_TRANSLATE_NOOP("labels", "延长天数"),
    # the item list's own columns, so that an error summary names them ('name' and 'note' are shared)
    **{c: ITEM_COLUMN[c] for c in ("spec", "quantity", "unit_price", "location")},
}
SCOPE = FieldScope(FIELD, CHOICES).then(COMMON)

DEADLINE_CODE = {"D11": QT_TRANSLATE_NOOP("labels", "登记保存处理决定")}

ACTION = {
    "add_evidence": QT_TRANSLATE_NOOP("labels", "登记证据"),
    "update_evidence": QT_TRANSLATE_NOOP("labels", "修改证据"),
    "verify_evidence": QT_TRANSLATE_NOOP("labels", "校验证据文件"),
    "decide_admission": QT_TRANSLATE_NOOP("labels", "认定证据"),
    "add_investigation_record": QT_TRANSLATE_NOOP("labels", "制作调查/检查笔录"),
    "add_seizure": QT_TRANSLATE_NOOP("labels", "抽样取证/登记保存"),
    "dispose_preservation": QT_TRANSLATE_NOOP("labels", "登记保存处理决定"),
    "commission_appraisal": QT_TRANSLATE_NOOP("labels", "委托技术鉴定"),
    "receive_appraisal_report": QT_TRANSLATE_NOOP("labels", "收到鉴定意见"),
    "add_tech_opinion": QT_TRANSLATE_NOOP("labels", "登记技术调查意见"),
    "extend_evidence_period": QT_TRANSLATE_NOOP("labels", "延长举证期限"),
}
TIMELINE_KIND = {
    "evidence_added": QT_TRANSLATE_NOOP("labels", "登记证据"),
    "evidence_edited": QT_TRANSLATE_NOOP("labels", "修改证据"),
    "evidence_verified": QT_TRANSLATE_NOOP("labels", "校验证据文件"),
    "evidence_admission": QT_TRANSLATE_NOOP("labels", "认定证据"),
    "investigation_interview": QT_TRANSLATE_NOOP("labels", "制作调查笔录"),
    "investigation_inspection": QT_TRANSLATE_NOOP("labels", "现场检查（勘验）"),
    "sampling": QT_TRANSLATE_NOOP("labels", "抽样取证"),
    "preservation": QT_TRANSLATE_NOOP("labels", "证据登记保存"),
    "preservation_disposed": QT_TRANSLATE_NOOP("labels", "登记保存处理决定"),
    "appraisal_commissioned": QT_TRANSLATE_NOOP("labels", "委托技术鉴定"),
    "appraisal_report": QT_TRANSLATE_NOOP("labels", "收到鉴定意见"),
    "tech_opinion": QT_TRANSLATE_NOOP("labels", "技术调查官提交意见"),
    "evidence_period_extended": QT_TRANSLATE_NOOP("labels", "延长举证期限"),
}


def evidence_field(name: str) -> str:
    return SCOPE.field(name)


def record_kind(value) -> str:
    return lookup(RECORD_KIND, value)


def seizure_kind(value) -> str:
    return lookup(SEIZURE_KIND, value)


def disposal(value) -> str:
    return lookup(DISPOSAL, value)


def admission(value: bool | None) -> str:
    return lookup(ADMISSION, "pending" if value is None else "admitted" if value else "rejected")


def item_column(value) -> str:
    return lookup(ITEM_COLUMN, value)
