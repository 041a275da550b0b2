"""Which documents of a stand-alone mediation case make sense in which state (the document types themselves are
in document_types.CATALOG, flagged `of_mediation_case`), and the words they print for kinds and grounds."""
from __future__ import annotations

from ipcase.domain.mediation.cases import MediationKind, MediationState, RefuseGround, RevokeGround

M = MediationState
OFFERED: dict[str, frozenset[MediationState]] = {
    "mediation_statement_notice": frozenset({M.RECEIVED, M.AWAITING_STATEMENT}),
    "mediation_refusal_notice": frozenset({M.NOT_REGISTERED}),
    "mediation_session_notice": frozenset({M.REGISTERED}),
    "mediation_revocation_notice": frozenset({M.CLOSED_REVOKED}),
    "mediation_case_agreement": frozenset({M.REGISTERED, M.CLOSED_AGREEMENT}),
}

# Chinese words the documents print (the UI has its own, translatable, labels).
KIND_TEXT = {
    MediationKind.DAMAGES: "侵犯专利权赔偿数额",
    MediationKind.OWNERSHIP: "专利申请权、专利权权属",
    MediationKind.INVENTOR: "发明人、设计人资格",
    MediationKind.EMPLOYEE_REWARD: "职务发明创造发明人、设计人奖励和报酬",
    MediationKind.PROVISIONAL_FEE: "发明专利申请公布后至授权前使用费",
    MediationKind.OTHER: "其他专利",
}
REFUSE_TEXT = {
    RefuseGround.DECLINED: "被请求人在意见陈述书中表示不同意调解。",
    RefuseGround.SILENT: "被请求人在规定期限内未提交意见陈述书，视为不同意调解。",
}
REVOKE_TEXT = {
    RevokeGround.NO_AGREEMENT: "经调解，双方当事人未能达成调解协议。",
    RevokeGround.WITHDRAWAL: "请求人撤回调解请求。",
    RevokeGround.REQUESTER_NO_SHOW: "请求人经通知无正当理由拒不参加调解，视为撤回调解请求。",
    RevokeGround.RESPONDENT_NO_SHOW: "被请求人经通知无正当理由拒不参加调解，视为不同意调解，双方未能达成调解协议。",
    RevokeGround.OTHER: "",
}


def offered(state: MediationState) -> list[str]:
    return [key for key, states in OFFERED.items() if state in states]
