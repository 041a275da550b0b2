"""Enumerations of the domain. Values are stable storage keys (stored as strings);
Chinese labels live in each feature's ui/<feature>/labels.py (shared ones in ui/common/labels.py) and, for
printed documents and reports, in ipcase/domain/terms.py."""
from __future__ import annotations

from enum import StrEnum


class CaseState(StrEnum):
    RECEIVED = "received"                      # 请求书收到
    PENDING_CORRECTION = "pending_correction"  # 补正中
    REGISTERED = "registered"                  # 已立案
    ANSWER_PERIOD = "answer_period"            # 答辩期
    INVESTIGATION = "investigation"            # 调查取证
    HEARING_SCHEDULED = "hearing_scheduled"    # 口审已排期
    HEARD = "heard"                            # 已口审
    DELIBERATION = "deliberation"              # 合议
    CLOSURE_APPROVAL = "closure_approval"      # 结案审批
    NOT_ACCEPTED = "not_accepted"              # 不予受理
    CLOSED_RULING_INFRINGEMENT = "closed_ruling_infringement"  # 裁决：侵权成立
    CLOSED_RULING_REJECTED = "closed_ruling_rejected"          # 裁决：驳回请求
    CLOSED_MEDIATED = "closed_mediated"        # 调解结案
    CLOSED_REVOKED = "closed_revoked"          # 撤销案件
    ARCHIVED = "archived"                      # 已归档

    @property
    def is_terminal(self) -> bool:
        return self in TERMINAL_STATES

    @property
    def is_registered(self) -> bool:
        """立案 has happened and the case is still open (the closing clock runs)."""
        return self in REGISTERED_OPEN_STATES


PRE_REGISTRATION_STATES = frozenset({CaseState.RECEIVED, CaseState.PENDING_CORRECTION})
REGISTERED_OPEN_STATES = frozenset({
    CaseState.REGISTERED, CaseState.ANSWER_PERIOD, CaseState.INVESTIGATION,
    CaseState.HEARING_SCHEDULED, CaseState.HEARD, CaseState.DELIBERATION, CaseState.CLOSURE_APPROVAL,
})
OPEN_STATES = PRE_REGISTRATION_STATES | REGISTERED_OPEN_STATES
CLOSED_STATES = frozenset({
    CaseState.CLOSED_RULING_INFRINGEMENT, CaseState.CLOSED_RULING_REJECTED,
    CaseState.CLOSED_MEDIATED, CaseState.CLOSED_REVOKED,
})
TERMINAL_STATES = CLOSED_STATES | {CaseState.NOT_ACCEPTED, CaseState.ARCHIVED}


class PatentType(StrEnum):
    INVENTION = "invention"        # 发明
    UTILITY_MODEL = "utility_model"  # 实用新型
    DESIGN = "design"              # 外观设计


class InfringingAct(StrEnum):
    MAKE = "make"            # 制造
    USE = "use"              # 使用
    OFFER = "offer"          # 许诺销售
    SELL = "sell"            # 销售
    IMPORT = "import"        # 进口


class PartyRole(StrEnum):
    REQUESTER = "requester"      # 请求人
    RESPONDENT = "respondent"    # 被请求人
    THIRD_PARTY = "third_party"  # 第三人


class PartyKind(StrEnum):
    NATURAL = "natural"              # 自然人
    LEGAL = "legal"                  # 法人
    UNINCORPORATED = "unincorporated"  # 非法人组织
    INDIVIDUAL_BUSINESS = "individual_business"  # 个体工商户: 经营者 in legal_rep, 经营场所 in address


class Role(StrEnum):
    OFFICER = "officer"            # 办案人员
    CLERK = "clerk"                # 书记员
    SECTION_HEAD = "section_head"  # 处(科)室负责人
    DEPT_HEAD = "dept_head"        # 部门负责人
    ADMIN = "admin"                # 管理员
    AUDITOR = "auditor"            # 审计员: reads the audit trail, changes nothing (三员分立)
    # 查阅人: reads a read-only copy opened from a 移送/meeting package (ipcase/sync/viewer.py); no gesture at all
    VIEWER = "viewer"


class PanelRole(StrEnum):
    LEADER = "leader"                      # 合议组长
    MEMBER = "member"                      # 审理员
    CLERK = "clerk"                        # 书记员
    TECH_INVESTIGATOR = "tech_investigator"  # 技术调查官 (no vote)


class RevokeReason(StrEnum):
    """撤销案件 grounds (DOMAIN §3; M25 art 19, 26, 36, 9)."""
    WITHDRAWAL = "withdrawal"                  # 请求人撤回
    NO_SHOW = "no_show"                        # 请求人无正当理由拒不参加口审/中途退出，按撤回处理
    NOT_QUALIFYING = "not_qualifying"          # 立案后发现不符合受理条件
    DEATH_DISSOLUTION = "death_dissolution"    # 当事人死亡/终止，无继承人或权利义务承受人
    CLAIMS_UNSPECIFIED = "claims_unspecified"  # 释明后仍不明确请求保护的权利要求
    LIMITATION_DEFENCE = "limitation_defence"  # 诉讼时效抗辩成立
    JURISDICTION = "jurisdiction"              # 管辖权异议成立，移送
    SUED_IN_COURT = "sued_in_court"            # 当事人已向法院起诉
    OTHER = "other"


class RefusalReason(StrEnum):
    """不予受理 reasons (the tick-boxes of the notice; M25 arts 9, 12, 14, 18, 20)."""
    NOT_INTERESTED_PARTY = "not_interested_party"
    NO_DEFINITE_RESPONDENT = "no_definite_respondent"
    NO_DEFINITE_CLAIMS = "no_definite_claims"
    OUTSIDE_JURISDICTION = "outside_jurisdiction"
    SUED_IN_COURT = "sued_in_court"
    EVALUATION_REPORT_REFUSED = "evaluation_report_refused"
    FOREIGN_PROOF_REFUSED = "foreign_proof_refused"
    CORRECTION_NOT_CURED = "correction_not_cured"
    OTHER = "other"


class SuspensionGround(StrEnum):
    """中止 grounds, M25 art 28 (1)-(7)."""
    INVALIDATION_UM_DESIGN = "invalidation_um_design"  # (1) 实用新型/外观设计无效宣告请求已受理
    PARTY_DIED = "party_died"                  # (2) 一方当事人死亡，需等待继承人表明是否参加
    LOST_CAPACITY = "lost_capacity"            # (3) 丧失行为能力，尚未确定法定代理人
    ENTITY_TERMINATED = "entity_terminated"    # (4) 法人/非法人组织终止，尚未确定权利义务承受人
    FORCE_MAJEURE = "force_majeure"            # (5) 不可抗拒的事由
    DEPENDS_ON_OTHER_CASE = "depends_on_other_case"  # (6) 须以另一案审理结果为依据
    AWAITING_REPLY = "awaiting_reply"          # (7) 请示上级机关答复


class PauseKind(StrEnum):
    """Periods excluded from the closing limit D12 (M25 art 37)."""
    SUSPENSION = "suspension"              # 中止
    PUBLIC_NOTICE = "public_notice"        # 公告
    APPRAISAL = "appraisal"                # 检验鉴定
    JURISDICTION_OBJECTION = "jurisdiction_objection"  # 管辖权异议
    EVIDENCE_EXTENSION = "evidence_extension"  # 当事人申请延长举证期限
    SETTLEMENT = "settlement"              # 和解


class ClosingOutcome(StrEnum):
    INFRINGEMENT = "infringement"  # 侵权成立
    REJECTED = "rejected"          # 驳回请求


class ServiceMethod(StrEnum):
    DIRECT = "direct"          # 直接送达
    POST = "post"              # 邮寄送达
    LEFT = "left"              # 留置送达
    ELECTRONIC = "electronic"  # 电子送达
    PUBLIC_NOTICE = "public_notice"  # 公告送达


class ApprovalStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class DeadlineCode(StrEnum):
    D1 = "D1"    # 立案/不予立案决定
    D2 = "D2"    # 送达请求书副本
    D3 = "D3"    # 答辩期
    D4 = "D4"    # 转送答辩书副本
    D6 = "D6"    # 回避申请
    D10 = "D10"  # 举证期限
    D11 = "D11"  # 证据登记保存后七日内作出处理决定
    D12 = "D12"  # 结案期限
    D13 = "D13"  # 裁决公开（作出裁决之日起20个工作日）
    D14 = "D14"  # 当事人起诉期限
    D15 = "D15"  # 申请法院强制执行（管理专利工作的部门，3个月）
    D15_DEMAND = "D15_DEMAND"  # 送达催告书（申请强制执行前）
    D15_WAIT = "D15_WAIT"      # 催告书送达后十日（当事人履行）
    D15_HOLDER = "D15_HOLDER"  # 权利人申请强制执行（6个月）
    CORRECTION = "CORRECTION"  # 补正期限 (set in the correction notice)


class DeadlineStatus(StrEnum):
    OPEN = "open"            # running
    MET = "met"              # the act happened
    CANCELLED = "cancelled"  # no longer applies (the case ended or moved past the step)

    @classmethod
    def of(cls, met: object, cancelled: bool) -> DeadlineStatus:
        """The one rule for every register's limits: met once the act happened (even after its owner
        closed), else cancelled when the owner no longer runs it, else open."""
        return cls.MET if met else cls.CANCELLED if cancelled else cls.OPEN
