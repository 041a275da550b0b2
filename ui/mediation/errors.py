"""Error texts of mediation (调解): agreements, confirmation and payments, stand-alone mediation cases."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REASON = {
    "amount": QT_TRANSLATE_NOOP("errors", "金额须为不小于零、最多两位小数的数字"),
    "sum_mismatch": QT_TRANSLATE_NOOP("errors", "各期金额之和须等于赔偿数额（%1 元）"),
    "same_day": QT_TRANSLATE_NOOP("errors", "两期不能在同一天到期"),
    "both_sides": QT_TRANSLATE_NOOP("errors", "请求人和被请求人双方都须有签署人"),
    # M25 art 35: every party signs, itself or by its agent (ipcase/domain/mediation/signatories.py)
    "parties_missing": QT_TRANSLATE_NOOP(
        "errors", "调解协议须经每一方当事人（或其委托代理人）签名或者盖章方能生效，尚无签署人：%1"),
    "not_a_party": QT_TRANSLATE_NOOP("errors", "“%1”不是本案当事人，不能作为调解协议的签署人"),
    "not_an_agent": QT_TRANSLATE_NOOP("errors", "所选代理人不是%1的委托代理人"),
    "signs_twice": QT_TRANSLATE_NOOP("errors", "%1 只能签署一次"),
    "already_signed": QT_TRANSLATE_NOOP("errors", "已于 %1 签署"),
    "before_agreement": QT_TRANSLATE_NOOP("errors", "不能早于协议拟定日期（%1）"),
    "before_effective": QT_TRANSLATE_NOOP("errors", "不能早于协议生效日期（%1）"),
    "after_window": QT_TRANSLATE_NOOP("errors", "已超过申请司法确认的三十日期限（%1 届满）"),
    "before_applied": QT_TRANSLATE_NOOP("errors", "不能早于申请日期（%1）"),
    "no_terms": QT_TRANSLATE_NOOP("errors", "协议至少须约定一项内容（停止侵权、销毁撤回、赔偿或其他条款）"),
    "mediation_ruling_required": QT_TRANSLATE_NOOP(
        "errors", "请求调解侵权赔偿数额的，须选择本局认定侵权成立的裁决，或填写已作出的裁决书/判决书文号"),
    "mediation_copy_required": QT_TRANSLATE_NOOP("errors", "须附上该裁决书/判决书的副本"),
    "mediation_not_infringement_ruling": QT_TRANSLATE_NOOP("errors", "所选案件不是认定侵权成立的裁决"),
    "mediation_after_request": QT_TRANSLATE_NOOP("errors", "临时保护期使用费纠纷须在专利授权后请求调解（请求日 %1）"),
}

REFUSAL = {
    "agreement_exists": QT_TRANSLATE_NOOP("errors", "已有一份待签署或已生效的调解协议"),
    "agreement_partly_signed": QT_TRANSLATE_NOOP("errors", "已有当事人签署，协议条款不能再修改；如需变更，请登记当事人反悔后重新拟定"),
    "agreement_signed": QT_TRANSLATE_NOOP("errors", "协议已由各方签署生效"),
    "agreement_withdrawn": QT_TRANSLATE_NOOP("errors", "协议已因当事人反悔而作废"),
    "agreement_not_signed": QT_TRANSLATE_NOOP("errors", "协议尚未由各方签署生效"),
    "not_a_case": QT_TRANSLATE_NOOP("errors", "调解案件按其自身流程结案"),
    "mediation_needs_ruling": QT_TRANSLATE_NOOP("errors", "侵权赔偿数额调解须有认定侵权成立的裁决或判决"),
    "mediation_before_grant": QT_TRANSLATE_NOOP("errors", "临时保护期使用费纠纷只能在专利授权后调解"),
    "mediation_no_statement": QT_TRANSLATE_NOOP("errors", "尚未收到被请求人的意见陈述书"),
    "mediation_respondent_declined": QT_TRANSLATE_NOOP("errors", "被请求人不同意调解，不能立案"),
    "mediation_respondent_agreed": QT_TRANSLATE_NOOP("errors", "被请求人同意调解，应当立案"),
    "mediation_statement_period_running": QT_TRANSLATE_NOOP("errors", "意见陈述期限尚未届满"),
    "mediation_statement_recorded": QT_TRANSLATE_NOOP("errors", "已登记过被请求人的意见陈述书"),
    "mediation_before_received": QT_TRANSLATE_NOOP("errors", "日期不能早于收到调解请求的日期"),
    "mediation_no_signed_agreement": QT_TRANSLATE_NOOP("errors", "尚无各方签署生效的调解协议（见“调解”页）"),
    "agreement_parties_missing": QT_TRANSLATE_NOOP(
        "errors", "调解协议未经每一方当事人签署，不能据此结案；尚无签署人：%1（请重新拟定调解协议）"),
    "mediation_closed_before_signed": QT_TRANSLATE_NOOP("errors", "结案日期不能早于调解协议生效日期"),
    "mediation_not_ownership": QT_TRANSLATE_NOOP("errors", "只适用于专利申请权、专利权权属纠纷"),
    "mediation_already_extended": QT_TRANSLATE_NOOP("errors", "调解期限已经延长过一次"),
    "mediation_already_copied": QT_TRANSLATE_NOOP("errors", "已登记抄送国家知识产权局"),
    "mediation_copied_before_closed": QT_TRANSLATE_NOOP("errors", "抄送日期不能早于结案日期"),
    "mediation_no_pending_extension": QT_TRANSLATE_NOOP("errors", "没有待审批的延长申请"),
}

NOT_FOUND_KIND = {
    "mediation_agreement": QT_TRANSLATE_NOOP("errors", "调解协议"),
    "mediation_instalment": QT_TRANSLATE_NOOP("errors", "分期履行记录"),
    "mediation_case": QT_TRANSLATE_NOOP("errors", "调解案件"),
    "mediator": QT_TRANSLATE_NOOP("errors", "调解员"),
}
