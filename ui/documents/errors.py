"""Error texts of the documents feature: issuing, service (送达), corrections, exports."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REASON = {
    "no_folder": QT_TRANSLATE_NOOP("errors", "文件夹不存在（%1）"),
    "no_electronic_consent": QT_TRANSLATE_NOOP("errors", "受送达人未书面同意电子送达，不能电子送达"),
    "electronic_not_allowed": QT_TRANSLATE_NOOP("errors", "裁决书、调解协议书不得电子送达"),
    "left_not_allowed": QT_TRANSLATE_NOOP("errors", "调解协议书不得留置送达"),
    "not_served": QT_TRANSLATE_NOOP("errors", "内部文书无需送达"),
    "before_issued": QT_TRANSLATE_NOOP("errors", "不能早于文书签发日期（%1）"),
    "archived": QT_TRANSLATE_NOOP("errors", "案件已归档，只能查阅，不能再签发文书或登记送达"),
    "already_corrected": QT_TRANSLATE_NOOP("errors", "%1 已经更正过；如需再次更正，请更正最新的文书"),
    # 签发人 (ipcase/domain/documents/signatory.py)
    "by_approval": QT_TRANSLATE_NOOP("errors", "该文书执行已审批的决定，签发人为审批的部门负责人（%1），不能另选"),
    "not_signatory": QT_TRANSLATE_NOOP("errors", "%1 不能作为签发人：签发人须为有审批权限的部门负责人"),
    "signatory_inactive": QT_TRANSLATE_NOOP("errors", "%1 的账户已停用，不能作为签发人"),
    "signatory_other_office": QT_TRANSLATE_NOOP("errors", "%1 不属于本案所属机关，不能作为签发人"),
    "not_signed": QT_TRANSLATE_NOOP("errors", "“%1”为内部存档文书，没有签发人"),
}

REFUSAL = {
    "already_served": QT_TRANSLATE_NOOP("errors", "已登记签收，不能重复登记"),
    "document_not_for_state": QT_TRANSLATE_NOOP("errors", "案件当前阶段不能制作该文书"),
    "document_by_step": QT_TRANSLATE_NOOP("errors", "该文书由失信名单的相应步骤（认定、列入、移出、信用修复）制作"),
    "ruling_not_approved": QT_TRANSLATE_NOOP(
        "errors", "结案审批尚未批准：行政裁决书只能预览草稿（可附于结案审批表），批准后方可编号签发"),
    "document_not_for_patent_type": QT_TRANSLATE_NOOP(
        "errors", "专利权评价报告仅针对实用新型和外观设计专利（专利法第六十六条），发明专利案件不能制作该通知书"),
    "font_unusable": QT_TRANSLATE_NOOP("errors", "该字体文件无法嵌入PDF（须为TrueType字体）"),
    # a font file picked in 设置 › 公文字体 (ipcase.documents.font_files.check_font)
    "font_unreadable": QT_TRANSLATE_NOOP("errors", "“%1”不是可用的字体文件"),
    "font_outlines": QT_TRANSLATE_NOOP(
        "errors", "“%1”是 PostScript（CFF）轮廓的 OpenType 字体，PDF 无法嵌入；请选择该字体的 TrueType 版本（.ttf/.ttc）"),
    "font_glyphs": QT_TRANSLATE_NOOP("errors", "该字体缺少公文常用的汉字或标点：%1"),
}

NOT_FOUND_KIND = {
    "document": QT_TRANSLATE_NOOP("errors", "文书"),
    "service_record": QT_TRANSLATE_NOOP("errors", "送达记录"),
    "service_proof": QT_TRANSLATE_NOOP("errors", "回证扫描件"),
    "doc_type": QT_TRANSLATE_NOOP("errors", "文书类型"),
}
