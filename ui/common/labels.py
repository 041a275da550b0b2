"""Labels shared by several features: the kernel's enum values (case states, roles, parties, patents …), the names
of the fields every feature uses (a party, a patent, a note), and the lookup helpers. Each feature keeps its own
labels in ui/<feature>/labels.py; ui/catalogue.py composes them for screens that show data of every feature.

Source strings are marked with QT_TRANSLATE_NOOP so `pyside6-lupdate` extracts them, and translated at
lookup time (after main.py installed the translators), so an English .qm can later replace them.
"""
from __future__ import annotations

import dataclasses
from collections import ChainMap
from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.domain.enums import (
    ApprovalStatus,
    CaseState,
    ClosingOutcome,
    InfringingAct,
    PanelRole,
    PartyKind,
    PartyRole,
    PatentType,
    PauseKind,
    RefusalReason,
    RevokeReason,
    Role,
    ServiceMethod,
    SuspensionGround,
)
from ipcase.domain.numbering import format_number
from ipcase.sync.laptop import is_provisional
from ui.common.i18n import tr, tr_ctx

CTX = "labels"


CASE_STATE = {
    CaseState.RECEIVED: QT_TRANSLATE_NOOP("labels", "请求书已收到"),
    CaseState.PENDING_CORRECTION: QT_TRANSLATE_NOOP("labels", "补正中"),
    CaseState.REGISTERED: QT_TRANSLATE_NOOP("labels", "已立案"),
    CaseState.ANSWER_PERIOD: QT_TRANSLATE_NOOP("labels", "答辩期"),
    CaseState.INVESTIGATION: QT_TRANSLATE_NOOP("labels", "调查取证"),
    CaseState.HEARING_SCHEDULED: QT_TRANSLATE_NOOP("labels", "口审已排期"),
    CaseState.HEARD: QT_TRANSLATE_NOOP("labels", "已口审"),
    CaseState.DELIBERATION: QT_TRANSLATE_NOOP("labels", "合议"),
    CaseState.CLOSURE_APPROVAL: QT_TRANSLATE_NOOP("labels", "结案审批"),
    CaseState.NOT_ACCEPTED: QT_TRANSLATE_NOOP("labels", "不予受理"),
    CaseState.CLOSED_RULING_INFRINGEMENT: QT_TRANSLATE_NOOP("labels", "裁决结案（侵权成立）"),
    CaseState.CLOSED_RULING_REJECTED: QT_TRANSLATE_NOOP("labels", "裁决结案（驳回请求）"),
    CaseState.CLOSED_MEDIATED: QT_TRANSLATE_NOOP("labels", "调解结案"),
    CaseState.CLOSED_REVOKED: QT_TRANSLATE_NOOP("labels", "撤销案件"),
    CaseState.ARCHIVED: QT_TRANSLATE_NOOP("labels", "已归档"),
}

PATENT_TYPE = {
    PatentType.INVENTION: QT_TRANSLATE_NOOP("labels", "发明"),
    PatentType.UTILITY_MODEL: QT_TRANSLATE_NOOP("labels", "实用新型"),
    PatentType.DESIGN: QT_TRANSLATE_NOOP("labels", "外观设计"),
}

INFRINGING_ACT = {
    InfringingAct.MAKE: QT_TRANSLATE_NOOP("labels", "制造"),
    InfringingAct.USE: QT_TRANSLATE_NOOP("labels", "使用"),
    InfringingAct.OFFER: QT_TRANSLATE_NOOP("labels", "许诺销售"),
    InfringingAct.SELL: QT_TRANSLATE_NOOP("labels", "销售"),
    InfringingAct.IMPORT: QT_TRANSLATE_NOOP("labels", "进口"),
}

PARTY_ROLE = {
    PartyRole.REQUESTER: QT_TRANSLATE_NOOP("labels", "请求人"),
    PartyRole.RESPONDENT: QT_TRANSLATE_NOOP("labels", "被请求人"),
    PartyRole.THIRD_PARTY: QT_TRANSLATE_NOOP("labels", "第三人"),
}

PARTY_KIND = {
    PartyKind.NATURAL: QT_TRANSLATE_NOOP("labels", "自然人"),
    PartyKind.LEGAL: QT_TRANSLATE_NOOP("labels", "法人"),
    PartyKind.UNINCORPORATED: QT_TRANSLATE_NOOP("labels", "非法人组织"),
    PartyKind.INDIVIDUAL_BUSINESS: QT_TRANSLATE_NOOP("labels", "个体工商户"),
}

# the party editor's representative and address rows, named by the party's kind (ipcase.domain.terms says the same)
PARTY_REPRESENTATIVE = {
    PartyKind.LEGAL: QT_TRANSLATE_NOOP("labels", "法定代表人"),
    PartyKind.UNINCORPORATED: QT_TRANSLATE_NOOP("labels", "负责人"),
    PartyKind.INDIVIDUAL_BUSINESS: QT_TRANSLATE_NOOP("labels", "经营者"),
}

PARTY_ADDRESS = {
    PartyKind.NATURAL: QT_TRANSLATE_NOOP("labels", "住址"),
    PartyKind.LEGAL: QT_TRANSLATE_NOOP("labels", "住所"),
    PartyKind.UNINCORPORATED: QT_TRANSLATE_NOOP("labels", "住所"),
    PartyKind.INDIVIDUAL_BUSINESS: QT_TRANSLATE_NOOP("labels", "经营场所"),
}

ROLE = {
    Role.OFFICER: QT_TRANSLATE_NOOP("labels", "办案人员"),
    Role.CLERK: QT_TRANSLATE_NOOP("labels", "书记员"),
    Role.SECTION_HEAD: QT_TRANSLATE_NOOP("labels", "处(科)室负责人"),
    Role.DEPT_HEAD: QT_TRANSLATE_NOOP("labels", "部门负责人"),
    Role.ADMIN: QT_TRANSLATE_NOOP("labels", "管理员"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("labels", "审计员"),
    Role.VIEWER: QT_TRANSLATE_NOOP("labels", "查阅人"),
}

PANEL_ROLE = {
    PanelRole.LEADER: QT_TRANSLATE_NOOP("labels", "合议组长"),
    PanelRole.MEMBER: QT_TRANSLATE_NOOP("labels", "审理员"),
    PanelRole.CLERK: QT_TRANSLATE_NOOP("labels", "书记员"),
    PanelRole.TECH_INVESTIGATOR: QT_TRANSLATE_NOOP("labels", "技术调查官"),
}

REVOKE_REASON = {
    RevokeReason.WITHDRAWAL: QT_TRANSLATE_NOOP("labels", "请求人撤回请求"),
    RevokeReason.NO_SHOW: QT_TRANSLATE_NOOP("labels", "请求人无正当理由拒不参加口审，按撤回处理"),
    RevokeReason.NOT_QUALIFYING: QT_TRANSLATE_NOOP("labels", "立案后发现不符合受理条件"),
    RevokeReason.DEATH_DISSOLUTION: QT_TRANSLATE_NOOP("labels", "当事人死亡或终止，无继承人或权利义务承受人"),
    RevokeReason.CLAIMS_UNSPECIFIED: QT_TRANSLATE_NOOP("labels", "经释明仍不明确请求保护的权利要求"),
    RevokeReason.LIMITATION_DEFENCE: QT_TRANSLATE_NOOP("labels", "时效抗辩成立"),
    RevokeReason.JURISDICTION: QT_TRANSLATE_NOOP("labels", "管辖权异议成立，移送"),
    RevokeReason.SUED_IN_COURT: QT_TRANSLATE_NOOP("labels", "当事人已向人民法院起诉"),
    RevokeReason.OTHER: QT_TRANSLATE_NOOP("labels", "其他"),
}

REFUSAL_REASON = {
    RefusalReason.NOT_INTERESTED_PARTY: QT_TRANSLATE_NOOP("labels", "请求人不是专利权人或利害关系人"),
    RefusalReason.NO_DEFINITE_RESPONDENT: QT_TRANSLATE_NOOP("labels", "没有明确的被请求人"),
    RefusalReason.NO_DEFINITE_CLAIMS: QT_TRANSLATE_NOOP("labels", "没有明确的请求事项和具体事实、理由"),
    RefusalReason.OUTSIDE_JURISDICTION: QT_TRANSLATE_NOOP("labels", "不属于本机关受案和管辖范围"),
    RefusalReason.SUED_IN_COURT: QT_TRANSLATE_NOOP("labels", "当事人已就该纠纷向人民法院起诉"),
    RefusalReason.EVALUATION_REPORT_REFUSED: QT_TRANSLATE_NOOP("labels", "无正当理由拒不提交专利权评价报告"),
    RefusalReason.FOREIGN_PROOF_REFUSED: QT_TRANSLATE_NOOP("labels", "拒不提交经公证认证的身份证明"),
    RefusalReason.CORRECTION_NOT_CURED: QT_TRANSLATE_NOOP("labels", "逾期未补正或补正后仍不符合规定"),
    RefusalReason.OTHER: QT_TRANSLATE_NOOP("labels", "其他"),
}

SUSPENSION_GROUND = {
    SuspensionGround.INVALIDATION_UM_DESIGN: QT_TRANSLATE_NOOP("labels", "实用新型或外观设计专利无效宣告请求已受理"),
    SuspensionGround.PARTY_DIED: QT_TRANSLATE_NOOP("labels", "一方当事人死亡，需等待继承人表明是否参加处理"),
    SuspensionGround.LOST_CAPACITY: QT_TRANSLATE_NOOP("labels", "一方当事人丧失行为能力，尚未确定法定代理人"),
    SuspensionGround.ENTITY_TERMINATED: QT_TRANSLATE_NOOP("labels", "一方当事人终止，尚未确定权利义务承受人"),
    SuspensionGround.FORCE_MAJEURE: QT_TRANSLATE_NOOP("labels", "一方当事人因不可抗拒的事由不能参加处理"),
    SuspensionGround.DEPENDS_ON_OTHER_CASE: QT_TRANSLATE_NOOP("labels", "本案须以另一案的审理结果为依据"),
    SuspensionGround.AWAITING_REPLY: QT_TRANSLATE_NOOP("labels", "需请示上级机关答复"),
}

PAUSE_KIND = {
    PauseKind.SUSPENSION: QT_TRANSLATE_NOOP("labels", "中止"),
    PauseKind.PUBLIC_NOTICE: QT_TRANSLATE_NOOP("labels", "公告"),
    PauseKind.APPRAISAL: QT_TRANSLATE_NOOP("labels", "检验鉴定"),
    PauseKind.JURISDICTION_OBJECTION: QT_TRANSLATE_NOOP("labels", "管辖权异议"),
    PauseKind.EVIDENCE_EXTENSION: QT_TRANSLATE_NOOP("labels", "当事人申请延长举证期限"),
    PauseKind.SETTLEMENT: QT_TRANSLATE_NOOP("labels", "和解"),
}

CLOSING_OUTCOME = {
    ClosingOutcome.INFRINGEMENT: QT_TRANSLATE_NOOP("labels", "侵权成立，责令停止侵权"),
    ClosingOutcome.REJECTED: QT_TRANSLATE_NOOP("labels", "驳回请求"),
}


SERVICE_METHOD = {
    ServiceMethod.DIRECT: QT_TRANSLATE_NOOP("labels", "直接送达"),
    ServiceMethod.POST: QT_TRANSLATE_NOOP("labels", "邮寄送达"),
    ServiceMethod.LEFT: QT_TRANSLATE_NOOP("labels", "留置送达"),
    ServiceMethod.ELECTRONIC: QT_TRANSLATE_NOOP("labels", "电子送达"),
    ServiceMethod.PUBLIC_NOTICE: QT_TRANSLATE_NOOP("labels", "公告送达"),
}

APPROVAL_STATUS = {
    ApprovalStatus.PENDING: QT_TRANSLATE_NOOP("labels", "待审批"),
    ApprovalStatus.APPROVED: QT_TRANSLATE_NOOP("labels", "已批准"),
    ApprovalStatus.REJECTED: QT_TRANSLATE_NOOP("labels", "不予批准"),
}


# Keyed by the stored values, so a status added or dropped in the enum never breaks the import.
DEADLINE_STATUS = {
    "open": QT_TRANSLATE_NOOP("labels", "进行中"),
    "met": QT_TRANSLATE_NOOP("labels", "已完成"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "不再适用"),
    "lapsed": QT_TRANSLATE_NOOP("labels", "已届满"),
}

URGENCY = {
    "overdue": QT_TRANSLATE_NOOP("labels", "已逾期"),
    "due_soon": QT_TRANSLATE_NOOP("labels", "即将到期"),
    "normal": QT_TRANSLATE_NOOP("labels", "正常"),
}

EXTENSION_UNIT = {
    "months": QT_TRANSLATE_NOOP("labels", "个月"),
    "days": QT_TRANSLATE_NOOP("labels", "日"),
}

# Names of the fields every feature's forms and records use (a party, a patent, a note); a feature's own names
# live in its FIELD table. Also used to name the field in an error message.
FIELD = {
    "reason": QT_TRANSLATE_NOOP("labels", "理由"),
    "note": QT_TRANSLATE_NOOP("labels", "备注"),
    "party_id": QT_TRANSLATE_NOOP("labels", "当事人"),
    "party": QT_TRANSLATE_NOOP("labels", "当事人"),
    # steps of the case register and of mediation cases
    "received_date": QT_TRANSLATE_NOOP("labels", "收到日期"),
    "registered_date": QT_TRANSLATE_NOOP("labels", "立案日期"),
    "decided_date": QT_TRANSLATE_NOOP("labels", "决定日期"),
    "reason_text": QT_TRANSLATE_NOOP("labels", "理由说明"),
    "method": QT_TRANSLATE_NOOP("labels", "送达方式"),
    # a patent (the request form's service names its fields "patent.<name>")
    "patent.number": QT_TRANSLATE_NOOP("labels", "专利号"),
    "patent.patent_type": QT_TRANSLATE_NOOP("labels", "专利类型"),
    "patent.title": QT_TRANSLATE_NOOP("labels", "专利名称"),
    "patent.patentee": QT_TRANSLATE_NOOP("labels", "专利权人"),
    "patent.filing_date": QT_TRANSLATE_NOOP("labels", "申请日"),
    "patent.grant_date": QT_TRANSLATE_NOOP("labels", "授权公告日"),
    "patent": QT_TRANSLATE_NOOP("labels", "专利"),
    "patent_number": QT_TRANSLATE_NOOP("labels", "专利号"),
    "patent_type": QT_TRANSLATE_NOOP("labels", "专利类型"),
    "patent_title": QT_TRANSLATE_NOOP("labels", "专利名称"),
    "patentee": QT_TRANSLATE_NOOP("labels", "专利权人"),
    "filing_date": QT_TRANSLATE_NOOP("labels", "申请日"),
    "grant_date": QT_TRANSLATE_NOOP("labels", "授权公告日"),
    # the parties (one party validator for the request, intake and mediation forms)
    "requesters": QT_TRANSLATE_NOOP("labels", "请求人"),
    "respondents": QT_TRANSLATE_NOOP("labels", "被请求人"),
    "name": QT_TRANSLATE_NOOP("labels", "名称/姓名"),
    "kind": QT_TRANSLATE_NOOP("labels", "主体类型"),
    "credit_code": QT_TRANSLATE_NOOP("labels", "统一社会信用代码"),
    "id_number": QT_TRANSLATE_NOOP("labels", "身份证号"),
    "legal_rep": QT_TRANSLATE_NOOP("labels", "法定代表人"),
    "legal_rep_title": QT_TRANSLATE_NOOP("labels", "职务"),
    "address": QT_TRANSLATE_NOOP("labels", "地址"),
    "phone": QT_TRANSLATE_NOOP("labels", "电话"),
    "no_domicile_in_prc": QT_TRANSLATE_NOOP("labels", "在中国境内无住所"),
    "agents": QT_TRANSLATE_NOOP("labels", "委托代理人"),
    "organization": QT_TRANSLATE_NOOP("labels", "单位"),
    # plain words
    "date": QT_TRANSLATE_NOOP("labels", "日期"),
    "file": QT_TRANSLATE_NOOP("labels", "文件"),
    "title": QT_TRANSLATE_NOOP("labels", "名称"),
    "user": QT_TRANSLATE_NOOP("labels", "用户"),
    "role": QT_TRANSLATE_NOOP("labels", "角色"),
    "case_number": QT_TRANSLATE_NOOP("labels", "案号"),
}

# Values of CHOICE fields that are kernel enums, by the field's name.
CHOICES: dict[str, Mapping] = {
    "method": SERVICE_METHOD,
    "unit": EXTENSION_UNIT,
}


def lookup(table: Mapping, value) -> str:
    """The translated label of `value` in `table`, or the value itself when the table has none."""
    if value is None:
        return ""
    # Tables are keyed by StrEnum members, which hash and compare like their plain string values.
    text = table.get(value)
    return tr_ctx(CTX, text) if text else str(value)


def case_state(value) -> str:
    return lookup(CASE_STATE, value)


def patent_type(value) -> str:
    return lookup(PATENT_TYPE, value)


def infringing_act(value) -> str:
    return lookup(INFRINGING_ACT, value)


def party_role(value) -> str:
    return lookup(PARTY_ROLE, value)


def party_kind(value) -> str:
    return lookup(PARTY_KIND, value)


def party_representative(value) -> str:
    return lookup(PARTY_REPRESENTATIVE, value)


def party_address(value) -> str:
    return lookup(PARTY_ADDRESS, value)


def role(value) -> str:
    return lookup(ROLE, value)


def panel_role(value) -> str:
    return lookup(PANEL_ROLE, value)


def revoke_reason(value) -> str:
    return lookup(REVOKE_REASON, value)


def refusal_reason(value) -> str:
    return lookup(REFUSAL_REASON, value)


def suspension_ground(value) -> str:
    return lookup(SUSPENSION_GROUND, value)


def pause_kind(value) -> str:
    return lookup(PAUSE_KIND, value)


def closing_outcome(value) -> str:
    return lookup(CLOSING_OUTCOME, value)


def service_method(value) -> str:
    return lookup(SERVICE_METHOD, value)


def approval_status(value) -> str:
    return lookup(APPROVAL_STATUS, value)


def deadline_status(value) -> str:
    return lookup(DEADLINE_STATUS, value)


def urgency(value) -> str:
    return lookup(URGENCY, value)


def yes_no(value: bool) -> str:
    return tr("是") if value else tr("否")


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def provisional_number_tip(number: str | None) -> str | None:
    """The tooltip of a 收案编号/案号/调解案号 a field laptop gave ("临-…", issue 14), None for an office number."""
    if not is_provisional(number):
        return None
    return tr("临时编号：在笔记本上登记，签入单位数据库后取得正式编号")


def number_sample(pattern: str) -> str:
    """A number of `pattern` as wide as an office's usual ones (a three-character 机关简称, a four-digit
    sequence): how wide a 案号 column must be whatever its first rows hold (table_model.Col.least)."""
    return format_number(pattern, short_name="某某市", year=2026, n=1234)


def provisional_date(value: date | None, provisional: bool) -> str:
    text = fmt_date(value)
    return tr("%1（暂定）").replace("%1", text) if provisional and text else text


@dataclasses.dataclass(frozen=True)
class FieldScope:
    """Field names and the labels of their choice values, looked up together: one feature's own (then the common
    ones), or every feature's at once where no feature is known (ui/catalogue.py)."""
    fields: Mapping[str, str]
    choices: Mapping[str, Mapping] = dataclasses.field(default_factory=dict)

    def then(self, other: FieldScope) -> FieldScope:
        """This scope first, `other` for the names it does not know."""
        return FieldScope(ChainMap(self.fields, other.fields), ChainMap(self.choices, other.choices))

    def knows(self, name: str) -> bool:
        return name in self.fields

    def field(self, name: str) -> str:
        return lookup(self.fields, name)

    def choice(self, name: str, value) -> str:
        """Label of one value of a CHOICE/MULTICHOICE field."""
        table = self.choices.get(name)
        return lookup(table, value) if table else str(value)

    def value(self, name: str, value) -> str:
        """A timeline/approval payload value in words: enum labels, dates, party-date maps."""
        if isinstance(value, bool):
            return yes_no(value)
        if isinstance(value, (list, tuple)):
            return "、".join(self.choice(name, v) for v in value)
        if isinstance(value, dict):
            return "；".join(f"{k}: {self.value(name, v)}" for k, v in value.items())
        if name in self.choices:
            return self.choice(name, value)
        if isinstance(value, (date, datetime)):
            return fmt_date(value)
        if isinstance(value, str) and len(value) >= 16 and value[4:5] == "-" and value[10:11] == "T":
            # Timeline details are stored as JSON: datetimes come back as ISO strings.
            try:
                return fmt_date(datetime.fromisoformat(value))
            except ValueError:
                pass
        return "" if value is None else str(value)

    def describe(self, payload: dict | None) -> str:
        """One line per filled-in key: '<field name>：<value in words>'."""
        parts = []
        for key, value in (payload or {}).items():
            if value in (None, "", (), [], {}):
                continue
            parts.append(f"{self.field(key)}：{self.value(key, value)}")
        return "\n".join(parts)


COMMON = FieldScope(FIELD, CHOICES)
