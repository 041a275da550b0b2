"""Labels of oral hearings (口审): session status, people, postponement status, the rule findings of a plan
(hearing_clashes), the hearing's fields (also those of the hearing record), gestures and timeline entries. The
record's own value tables are in ui/hearings/record_labels.py."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common.i18n import tr, tr_ctx
from ui.common.labels import COMMON, FieldScope, fmt_date, lookup

HEARING_STATUS = {
    "scheduled": QT_TRANSLATE_NOOP("labels", "已排期"),
    "held": QT_TRANSLATE_NOOP("labels", "已审结"),
    "adjourned": QT_TRANSLATE_NOOP("labels", "休庭待续"),
}

PERSON_KIND = {
    "leader": QT_TRANSLATE_NOOP("labels", "合议组长"),
    "member": QT_TRANSLATE_NOOP("labels", "审理员"),
    "clerk": QT_TRANSLATE_NOOP("labels", "书记员"),
    "tech_investigator": QT_TRANSLATE_NOOP("labels", "技术调查官"),
    "party": QT_TRANSLATE_NOOP("labels", "当事人"),
    "agent": QT_TRANSLATE_NOOP("labels", "委托代理人"),
}

POSTPONEMENT_STATUS = {
    "pending": QT_TRANSLATE_NOOP("labels", "待合议组决定"),
    "granted": QT_TRANSLATE_NOOP("labels", "准予延期"),
    "refused": QT_TRANSLATE_NOOP("labels", "不予延期"),
}

SEVERITY = {
    "refusal": QT_TRANSLATE_NOOP("labels", "不能安排"),
    "warning": QT_TRANSLATE_NOOP("labels", "警示"),
    "note": QT_TRANSLATE_NOOP("labels", "提示"),
}

# %name% placeholders are filled from the finding's detail (ipcase.domain.hearings.clashes).
FINDING = {
    "hearing_ends_before_start": QT_TRANSLATE_NOOP("labels", "结束时间须晚于开始时间"),
    "hearing_in_past": QT_TRANSLATE_NOOP("labels", "口审日期 %date% 已过"),
    "no_room": QT_TRANSLATE_NOOP("labels", "须选择口审庭（线上口审可不选）"),
    "room_inactive": QT_TRANSLATE_NOOP("labels", "%room% 已停用"),
    "room_not_online": QT_TRANSLATE_NOOP("labels", "%room% 不具备线上口审条件"),
    "room_too_small": QT_TRANSLATE_NOOP("labels", "%room% 只有 %seats% 个座位，参加人员 %people% 人"),
    "room_busy": QT_TRANSLATE_NOOP("labels", "%room% 在 %starts_at%–%ends_at% 已安排 %case_number% 的口审"),
    "person_busy": QT_TRANSLATE_NOOP("labels", "%kind%%name% 在 %starts_at%–%ends_at% 参加 %case_number% 的口审"),
    "party_busy": QT_TRANSLATE_NOOP("labels", "当事人%name% 在 %starts_at%–%ends_at% 参加 %case_number% 的口审"),
    "agent_busy": QT_TRANSLATE_NOOP("labels", "代理人%name% 在 %starts_at%–%ends_at% 参加 %case_number% 的口审"),
    "non_working_day": QT_TRANSLATE_NOOP("labels", "%date% 不是工作日 %holiday%"),
    "notice_short": QT_TRANSLATE_NOOP(
        "labels", "%party% %served_on% 收到通知，距口审只有 %between% 个工作日（应不少于 %working_days% 个，最迟 %latest% 送达）"),
    "notice_too_late": QT_TRANSLATE_NOOP(
        "labels", "向%party%送达口审通知最迟应在 %latest%，已来不及（须提前 %working_days% 个工作日）"),
    "notice_due": QT_TRANSLATE_NOOP("labels", "口头审理通知书最迟于 %latest% 送达%party%"),
    "announcement_short": QT_TRANSLATE_NOOP(
        "labels", "公开审理的公告于 %served_on% 发布，距口审只有 %between% 个工作日（应不少于 %working_days% 个）"),
    "announcement_too_late": QT_TRANSLATE_NOOP("labels", "公开审理应于 %latest% 前公告，已来不及"),
    "announcement_due": QT_TRANSLATE_NOOP("labels", "公开审理的公告最迟于 %latest% 发布"),
}

PENDING_KIND = {
    "slip_overdue": QT_TRANSLATE_NOOP("labels", "回执逾期未回"),
    "postponement": QT_TRANSLATE_NOOP("labels", "延期申请待决定"),
}

FIELD = {
    "room_id": QT_TRANSLATE_NOOP("labels", "口审庭"),
    "online_link": QT_TRANSLATE_NOOP("labels", "线上平台及链接"),
    "people": QT_TRANSLATE_NOOP("labels", "参加人员"),
    "starts_at": QT_TRANSLATE_NOOP("labels", "开始时间"),
    "continues_id": QT_TRANSLATE_NOOP("labels", "续行的口审"),
    "closed_on": QT_TRANSLATE_NOOP("labels", "日期"),
    "received_on": QT_TRANSLATE_NOOP("labels", "收到日期"),
    "decision_reason": QT_TRANSLATE_NOOP("labels", "决定理由"),
    "postponement": QT_TRANSLATE_NOOP("labels", "延期申请"),
    "seats": QT_TRANSLATE_NOOP("labels", "座位数"),
    "announcement_working_days": QT_TRANSLATE_NOOP("labels", "公开审理公告提前工作日"),
    "return_slip_days": QT_TRANSLATE_NOOP("labels", "回执期限（日）"),
    "postpone_days_before": QT_TRANSLATE_NOOP("labels", "延期申请须提前（日）"),
    "default_minutes": QT_TRANSLATE_NOOP("labels", "口审默认时长（分钟）"),
    "previous": QT_TRANSLATE_NOOP("labels", "原定安排"),
    "change_notices": QT_TRANSLATE_NOOP("labels", "变更通知书"),
    "warnings": QT_TRANSLATE_NOOP("labels", "已确认的警示"),
    "override_reason": QT_TRANSLATE_NOOP("labels", "确认警示的理由"),
    "attending": QT_TRANSLATE_NOOP("labels", "是否参加"),
    "granted": QT_TRANSLATE_NOOP("labels", "准予延期"),
    "late": QT_TRANSLATE_NOOP("labels", "逾期提出"),
    # the hearing record (口头审理笔录); a return slip's attendees are named as the record's
    "session_no": QT_TRANSLATE_NOOP("labels", "口审次数"),
    "sections": QT_TRANSLATE_NOOP("labels", "笔录内容"),
    "attendees": QT_TRANSLATE_NOOP("labels", "到庭人员"),
    "cross_exams": QT_TRANSLATE_NOOP("labels", "质证"),
    "features": QT_TRANSLATE_NOOP("labels", "技术特征比对"),
    "comparison": QT_TRANSLATE_NOOP("labels", "比对结论"),
}
# Short names of the warnings an officer confirmed (timeline details).
WARNING_SHORT = {
    "room_too_small": QT_TRANSLATE_NOOP("labels", "口审庭座位不足"),
    "party_busy": QT_TRANSLATE_NOOP("labels", "当事人同时段另有口审"),
    "agent_busy": QT_TRANSLATE_NOOP("labels", "代理人同时段另有口审"),
    "notice_short": QT_TRANSLATE_NOOP("labels", "口审通知提前不足"),
    "notice_too_late": QT_TRANSLATE_NOOP("labels", "口审通知来不及提前送达"),
    "announcement_short": QT_TRANSLATE_NOOP("labels", "公开审理公告提前不足"),
    "announcement_too_late": QT_TRANSLATE_NOOP("labels", "公开审理公告来不及"),
}
CHOICES = {"warnings": WARNING_SHORT}
SCOPE = FieldScope(FIELD, CHOICES).then(COMMON)

# Gestures named in refusals and permission messages (they are not workflow actions).
ACTION = {
    "open_hearing_record": QT_TRANSLATE_NOOP("labels", "制作口审笔录"),
    "save_hearing_record": QT_TRANSLATE_NOOP("labels", "保存口审笔录"),
    "close_hearing_record": QT_TRANSLATE_NOOP("labels", "结束口审笔录"),
}

TIMELINE_KIND = {
    "hearing_rules_overridden": QT_TRANSLATE_NOOP("labels", "确认口审安排警示"),
    "hearing_changed": QT_TRANSLATE_NOOP("labels", "变更口审安排"),
    "hearing_adjourned": QT_TRANSLATE_NOOP("labels", "口审休庭"),
    "hearing_held": QT_TRANSLATE_NOOP("labels", "口审审结"),
    "return_slip_recorded": QT_TRANSLATE_NOOP("labels", "登记口审回执"),
    "postponement_requested": QT_TRANSLATE_NOOP("labels", "收到延期口审申请"),
    "postponement_decided": QT_TRANSLATE_NOOP("labels", "决定延期口审申请"),
    "hearing_record_opened": QT_TRANSLATE_NOOP("labels", "开始口审笔录"),
}


def field(name: str) -> str:
    return SCOPE.field(name)


def choice(field_name: str, value) -> str:
    return SCOPE.choice(field_name, value)


def hearing_status(value) -> str:
    return lookup(HEARING_STATUS, value)


def person_kind(value) -> str:
    return lookup(PERSON_KIND, value)


def postponement_status(value) -> str:
    return lookup(POSTPONEMENT_STATUS, value)


def severity(value) -> str:
    return lookup(SEVERITY, value)


def pending_kind(value) -> str:
    return lookup(PENDING_KIND, value)


def finding(code: str, detail: dict) -> str:
    """One sentence for a rule finding, its placeholders filled from the detail."""
    template = FINDING.get(code)
    text = tr_ctx("labels", template) if template else code
    for key, value in detail.items():
        if key == "kind":
            value = person_kind(value)
        elif key == "holiday":
            value = f"（{value}）" if value else ""
        elif key in ("starts_at", "ends_at") and hasattr(value, "hour"):
            value = value.strftime("%m-%d %H:%M") if key == "starts_at" else value.strftime("%H:%M")
        elif hasattr(value, "isoformat"):
            value = fmt_date(value)
        text = text.replace(f"%{key}%", str(value))
    return text


def hearing_when(starts_at, ends_at) -> str:
    return tr("%1–%2").replace("%1", fmt_date(starts_at)).replace("%2", ends_at.strftime("%H:%M"))
