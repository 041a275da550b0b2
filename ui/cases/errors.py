"""Error texts of the case register: reason codes, the workflow guards' refusals, panel problems."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# ValidationFailed.reason → sentence; %1 is the detail.
REASON = {
    "extensions_exhausted": QT_TRANSLATE_NOOP("errors", "结案期限已延长两次，不能再延长"),
    "not_pending": QT_TRANSLATE_NOOP("errors", "该审批事项已处理（%1）"),
    "type_mismatch": QT_TRANSLATE_NOOP("errors", "与专利号中的类型代码不符"),
    "before_filing": QT_TRANSLATE_NOOP("errors", "不能早于申请日（%1）"),
    "after_received": QT_TRANSLATE_NOOP("errors", "不能晚于收到请求书的日期（%1）"),
    # a PCT national-phase number's year is the year of entry, not of filing: not compared (ipcase.domain.patent_dates)
    "before_patent_law": QT_TRANSLATE_NOOP("errors", "不能早于 %1（专利法施行之日）"),
    "number_year": QT_TRANSLATE_NOOP("errors", "与专利号不符（按专利号，申请日应在 %1 年）"),
    "before_registered": QT_TRANSLATE_NOOP("errors", "不能早于立案日期（%1）"),
    "act_not_for_patent_type": QT_TRANSLATE_NOOP(
        "errors", "外观设计专利权不因“使用”行为受到侵犯，不能请求认定使用行为（专利法第十一条）"),
    # the 更正 of a party after 立案 (ipcase/services/cases/corrections.py)
    "correction_pending": QT_TRANSLATE_NOOP("errors", "该当事人已有一项更正尚待部门负责人审批"),
    "unchanged": QT_TRANSLATE_NOOP("errors", "与现有信息相同，没有需要更正的内容"),
}

# TransitionRefused.code (guards of ipcase/domain/cases/workflow.py) → sentence.
REFUSAL = {
    "wrong_state": QT_TRANSLATE_NOOP("errors", "案件当前状态下不能进行此操作"),
    "suspended": QT_TRANSLATE_NOOP("errors", "案件已中止处理，恢复处理前不能进行此操作"),
    "not_suspended": QT_TRANSLATE_NOOP("errors", "案件未中止，无需恢复"),
    "approval_pending": QT_TRANSLATE_NOOP("errors", "此事项已提交审批，尚待部门负责人决定"),
    "panel_invalid": QT_TRANSLATE_NOOP("errors", "合议组尚未依法组成（见“合议组”页）"),
    "answer_period_not_started": QT_TRANSLATE_NOOP("errors", "尚未向全部被请求人送达请求书副本，答辩期未开始"),
    "answer_period_running": QT_TRANSLATE_NOOP("errors", "答辩期尚未届满（被请求人可答辩至 %1）"),
    "already_extended": QT_TRANSLATE_NOOP("errors", "立案审查期限已延长过一次"),
    "extensions_exhausted": QT_TRANSLATE_NOOP("errors", "结案期限已延长两次，不能再延长"),
    "use_suspend": QT_TRANSLATE_NOOP("errors", "中止请使用“中止处理”"),
    "pause_already_open": QT_TRANSLATE_NOOP("errors", "该类不计入期间已经开始，尚未结束"),
    "no_open_pause": QT_TRANSLATE_NOOP("errors", "没有正在进行的不计入期间"),
    "pause_not_open": QT_TRANSLATE_NOOP("errors", "该类不计入期间没有开始"),
    "pause_owned_by_appraisal": QT_TRANSLATE_NOOP("errors", "该鉴定期间随鉴定委托登记：请在“证据”页登记收到鉴定意见的日期"),
    "reply_not_given": QT_TRANSLATE_NOOP("errors", "书面审理作出不利裁决前，须告知被请求人事实、理由和证据并给予陈述期间"),
    "registered_before_received": QT_TRANSLATE_NOOP("errors", "立案日期不能早于收到请求书的日期（%1）"),
    "held_before_scheduled": QT_TRANSLATE_NOOP("errors", "口审日期不能早于排定的口审日期（%1）"),
    "closed_before_registered": QT_TRANSLATE_NOOP("errors", "结案日期不能早于立案日期（%1）"),
    "already_registered": QT_TRANSLATE_NOOP("errors", "案件已立案，请求信息不能再修改"),
    "needs_approval": QT_TRANSLATE_NOOP("errors", "此事项须经审批"),
    # issue 15: service is recorded against an issued document (ipcase/domain/cases/service_documents.py)
    "document_not_issued": QT_TRANSLATE_NOOP("errors", "尚未签发%1，请先在文书中签发"),
    "before_registration": QT_TRANSLATE_NOOP("errors", "案件尚未立案：请直接修改请求书"),
    # M25 art 26, D7: absence sanctions need a 口头审理通知书 served in time (ipcase/domain/hearings/absence.py)
    "hearing_notice_not_served": QT_TRANSLATE_NOOP(
        "errors", "未向当事人送达口头审理通知书（应最迟于 %1 送达）：缺席审理或按撤回请求处理须以书面通知为前提（办法第二十六条）"),
    "hearing_notice_late": QT_TRANSLATE_NOOP(
        "errors", "口头审理通知书送达晚于 %1（须在口头审理三个工作日前送达）：不能据此缺席审理或按撤回请求处理（办法第二十六条）"),
    "ground_not_for_patent_type": QT_TRANSLATE_NOOP(
        "errors", "该中止事由仅适用于实用新型和外观设计专利（专利法实施细则第九十八条、办法第二十八条）；"
                  "发明专利的无效宣告请求不是必须中止的事由"),
}

# Panel problem codes (ipcase/domain/cases/panel.py).
PANEL_PROBLEM = {
    "no_leader": QT_TRANSLATE_NOOP("errors", "须指定一名合议组长"),
    "several_leaders": QT_TRANSLATE_NOOP("errors", "合议组长只能有一名"),
    "too_few_voting": QT_TRANSLATE_NOOP("errors", "合议组成员（组长和审理员）至少三人"),
    "even_voting": QT_TRANSLATE_NOOP("errors", "合议组成员（组长和审理员）须为单数"),
    "no_clerk": QT_TRANSLATE_NOOP("errors", "须指定一名书记员"),
    "several_clerks": QT_TRANSLATE_NOOP("errors", "书记员只能有一名"),
    "several_tech_investigators": QT_TRANSLATE_NOOP("errors", "技术调查官只能有一名"),
    "same_person_twice": QT_TRANSLATE_NOOP("errors", "同一人不能在合议组中担任两个职务"),
}

NOT_FOUND_KIND = {
    "approval": QT_TRANSLATE_NOOP("errors", "审批事项"),
}
