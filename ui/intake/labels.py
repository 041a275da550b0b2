"""Labels of the intake register (收案登记): kinds, channels, states, outcomes and tracks, its events, fields, time
limits and gestures (ui/catalogue.py names them in errors and the deadline lists)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common.labels import COMMON, FieldScope, lookup

# Kinds, channels, states, outcomes and tracks of the intake register (ipcase.domain.intake.items*), the names of
# its fields in error messages, and its time limits in the deadline lists.
INTAKE_KIND = {
    "request": QT_TRANSLATE_NOOP("labels", "处理请求"),
    "mediation": QT_TRANSLATE_NOOP("labels", "调解请求"),
    "complaint": QT_TRANSLATE_NOOP("labels", "侵权投诉举报"),
    "counterfeit": QT_TRANSLATE_NOOP("labels", "假冒专利投诉举报"),
    "consultation": QT_TRANSLATE_NOOP("labels", "咨询"),
}

INTAKE_CHANNEL = {
    "counter": QT_TRANSLATE_NOOP("labels", "窗口来访"),
    "letter": QT_TRANSLATE_NOOP("labels", "信函"),
    "hotline": QT_TRANSLATE_NOOP("labels", "12330热线"),
    "online": QT_TRANSLATE_NOOP("labels", "网上平台"),
    "ecommerce": QT_TRANSLATE_NOOP("labels", "电商平台通知"),
    "trade_fair": QT_TRANSLATE_NOOP("labels", "展会现场"),
    "referral": QT_TRANSLATE_NOOP("labels", "移送"),
}

INTAKE_STATE = {
    "open": QT_TRANSLATE_NOOP("labels", "待处理"),
    "pending_correction": QT_TRANSLATE_NOOP("labels", "补正中"),
    "case": QT_TRANSLATE_NOOP("labels", "已登记为裁决案件"),
    "mediation": QT_TRANSLATE_NOOP("labels", "已登记为调解案件"),
    "refused": QT_TRANSLATE_NOOP("labels", "不予受理"),
    "forwarded": QT_TRANSLATE_NOOP("labels", "已转交"),
    "enforcement": QT_TRANSLATE_NOOP("labels", "已移交执法"),
    "closed": QT_TRANSLATE_NOOP("labels", "已办结"),
}

TRIAGE_OUTCOME = {
    "case": QT_TRANSLATE_NOOP("labels", "登记为行政裁决案件"),
    "mediation": QT_TRANSLATE_NOOP("labels", "登记为调解案件"),
    "correction": QT_TRANSLATE_NOOP("labels", "一次性告知补正"),
    "refuse": QT_TRANSLATE_NOOP("labels", "不予受理"),
    "forward": QT_TRANSLATE_NOOP("labels", "转交有权机关"),
    "enforcement": QT_TRANSLATE_NOOP("labels", "作为假冒专利线索移交执法"),
    "close": QT_TRANSLATE_NOOP("labels", "办结"),
}

CLOSE_REASON = {
    "answered": QT_TRANSLATE_NOOP("labels", "咨询已答复"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "来件人撤回"),
    "duplicate": QT_TRANSLATE_NOOP("labels", "重复登记，已并入他件"),
    "no_contact": QT_TRANSLATE_NOOP("labels", "无法联系来件人"),
    "not_patent": QT_TRANSLATE_NOOP("labels", "不属于专利事项"),
    "other": QT_TRANSLATE_NOOP("labels", "其他"),
}

TRACK = {
    "fast": QT_TRANSLATE_NOOP("labels", "简案快办"),
    "standard": QT_TRANSLATE_NOOP("labels", "普通程序"),
    "complex": QT_TRANSLATE_NOOP("labels", "繁案精办"),
}

ROUTING_FACT = {
    "kind": QT_TRANSLATE_NOOP("labels", "事项类型"),
    "channel": QT_TRANSLATE_NOOP("labels", "来源渠道"),
    "patent_type": QT_TRANSLATE_NOOP("labels", "专利类型"),
    "evaluation_report": QT_TRANSLATE_NOOP("labels", "已提交专利权评价报告"),
    "respondent_count": QT_TRANSLATE_NOOP("labels", "被请求人数"),
    "venue": QT_TRANSLATE_NOOP("labels", "发现场合"),
    "foreign": QT_TRANSLATE_NOOP("labels", "涉外或涉港澳台"),
    "repeat": QT_TRANSLATE_NOOP("labels", "重复侵权"),
}

VENUE = {
    "trade_fair": QT_TRANSLATE_NOOP("labels", "展会"),
    "ecommerce": QT_TRANSLATE_NOOP("labels", "电商平台"),
    "offline": QT_TRANSLATE_NOOP("labels", "线下其他"),
}

INTAKE_EVENT = {
    "registered": QT_TRANSLATE_NOOP("labels", "收案登记"),
    "edited": QT_TRANSLATE_NOOP("labels", "修改登记信息"),
    "track": QT_TRANSLATE_NOOP("labels", "确定程序（繁简分流）"),
    "case": QT_TRANSLATE_NOOP("labels", "登记为行政裁决案件"),
    "mediation": QT_TRANSLATE_NOOP("labels", "登记为调解案件"),
    "correction": QT_TRANSLATE_NOOP("labels", "告知补正"),
    "refuse": QT_TRANSLATE_NOOP("labels", "不予受理"),
    "forward": QT_TRANSLATE_NOOP("labels", "转交有权机关"),
    "enforcement": QT_TRANSLATE_NOOP("labels", "移交执法"),
    "close": QT_TRANSLATE_NOOP("labels", "办结"),
    "correction_received": QT_TRANSLATE_NOOP("labels", "收到补正材料"),
    "extended": QT_TRANSLATE_NOOP("labels", "延长立案审查期限"),
    "converted": QT_TRANSLATE_NOOP("labels", "收到正式请求书，转为处理请求"),
    "notified": QT_TRANSLATE_NOOP("labels", "告知举报人"),
    "attachment_added": QT_TRANSLATE_NOOP("labels", "添加附件"),
    "attachment_removed": QT_TRANSLATE_NOOP("labels", "删除附件"),
}

FIELD = {
    "intake_number": QT_TRANSLATE_NOOP("labels", "收案编号"),
    "intake_kind": QT_TRANSLATE_NOOP("labels", "事项类型"),
    "intake_channel": QT_TRANSLATE_NOOP("labels", "来源渠道"),
    "item_kind": QT_TRANSLATE_NOOP("labels", "事项类型"),
    "channel": QT_TRANSLATE_NOOP("labels", "来源渠道"),
    "received_at": QT_TRANSLATE_NOOP("labels", "收到时间"),
    "anonymous": QT_TRANSLATE_NOOP("labels", "匿名"),
    "submitter_name": QT_TRANSLATE_NOOP("labels", "来件人"),
    "submitter_credit_code": QT_TRANSLATE_NOOP("labels", "来件人统一社会信用代码"),
    "submitter_phone": QT_TRANSLATE_NOOP("labels", "联系电话"),
    "referred_by": QT_TRANSLATE_NOOP("labels", "移送机关"),
    "targets": QT_TRANSLATE_NOOP("labels", "被投诉举报对象/被请求人"),
    "patents": QT_TRANSLATE_NOOP("labels", "专利号"),
    "handler_id": QT_TRANSLATE_NOOP("labels", "承办人"),
    "attachment": QT_TRANSLATE_NOOP("labels", "附件"),
    "attachments": QT_TRANSLATE_NOOP("labels", "附件"),
    "track": QT_TRANSLATE_NOOP("labels", "程序（繁简分流）"),
    "track_reason": QT_TRANSLATE_NOOP("labels", "改变程序的理由"),
    "suggested": QT_TRANSLATE_NOOP("labels", "规则建议"),
    "rule": QT_TRANSLATE_NOOP("labels", "所依规则"),
    "overridden": QT_TRANSLATE_NOOP("labels", "改变了建议"),
    "authority": QT_TRANSLATE_NOOP("labels", "接收机关/部门"),
    "letter_number": QT_TRANSLATE_NOOP("labels", "转交函文号"),
    "close_reason": QT_TRANSLATE_NOOP("labels", "办结理由"),
    "notified_on": QT_TRANSLATE_NOOP("labels", "告知日期"),
    "notify_method": QT_TRANSLATE_NOOP("labels", "告知方式"),
    "request_received": QT_TRANSLATE_NOOP("labels", "收到请求书日期"),
    "late": QT_TRANSLATE_NOOP("labels", "逾期补正"),
    "rules": QT_TRANSLATE_NOOP("labels", "分流规则"),
    "conditions": QT_TRANSLATE_NOOP("labels", "条件"),
    "fact": QT_TRANSLATE_NOOP("labels", "事实"),
    "value": QT_TRANSLATE_NOOP("labels", "取值"),
}
CHOICES = {"item_kind": INTAKE_KIND, "channel": INTAKE_CHANNEL, "track": TRACK, "suggested": TRACK,
           "close_reason": CLOSE_REASON}
SCOPE = FieldScope(FIELD, CHOICES).then(COMMON)

DEADLINE_CODE = {
    "intake_d1": QT_TRANSLATE_NOOP("labels", "收案审查期限"),
    "intake_complaint": QT_TRANSLATE_NOOP("labels", "投诉受理期限"),
    "D23": QT_TRANSLATE_NOOP("labels", "假冒专利举报立案期限"),
    "intake_notify": QT_TRANSLATE_NOOP("labels", "告知实名举报人"),
    "intake_correction": QT_TRANSLATE_NOOP("labels", "收案补正期限"),
}

# Gestures of the intake register, for refusals and permission messages.
ACTION = {
    "intake.register": QT_TRANSLATE_NOOP("labels", "收案登记"),
    "intake.update": QT_TRANSLATE_NOOP("labels", "修改登记信息"),
    "intake.attach": QT_TRANSLATE_NOOP("labels", "附件"),
    "intake.track": QT_TRANSLATE_NOOP("labels", "确定程序"),
    "intake.case": QT_TRANSLATE_NOOP("labels", "登记为行政裁决案件"),
    "intake.mediation": QT_TRANSLATE_NOOP("labels", "登记为调解案件"),
    "intake.correction": QT_TRANSLATE_NOOP("labels", "告知补正"),
    "intake.refuse": QT_TRANSLATE_NOOP("labels", "不予受理"),
    "intake.forward": QT_TRANSLATE_NOOP("labels", "转交有权机关"),
    "intake.enforcement": QT_TRANSLATE_NOOP("labels", "移交执法"),
    "intake.close": QT_TRANSLATE_NOOP("labels", "办结"),
    "intake.correction_received": QT_TRANSLATE_NOOP("labels", "收到补正材料"),
    "intake.extend": QT_TRANSLATE_NOOP("labels", "延长立案审查期限"),
    "intake.convert": QT_TRANSLATE_NOOP("labels", "转为处理请求"),
    "intake.notify": QT_TRANSLATE_NOOP("labels", "告知举报人"),
    "intake.routing": QT_TRANSLATE_NOOP("labels", "修改分流规则"),
}


def intake_kind(value) -> str:
    return lookup(INTAKE_KIND, value)


def intake_channel(value) -> str:
    return lookup(INTAKE_CHANNEL, value)


def intake_state(value) -> str:
    return lookup(INTAKE_STATE, value)


def triage_outcome(value) -> str:
    return lookup(TRIAGE_OUTCOME, value)


def close_reason(value) -> str:
    return lookup(CLOSE_REASON, value)


def track(value) -> str:
    return lookup(TRACK, value)


def routing_fact(value) -> str:
    return lookup(ROUTING_FACT, value)


def venue(value) -> str:
    return lookup(VENUE, value)


def intake_event(value) -> str:
    return lookup(INTAKE_EVENT, value)

