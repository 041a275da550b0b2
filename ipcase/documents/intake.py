"""Template context of a letter about an intake item (转交函), built from the item (LetterItem) and what the
officer wrote. Pure: no database, no clock. Same conventions as context.py (a `doc`, `office` and `f`)."""
from __future__ import annotations

from datetime import date

from ipcase.documents.context import DRAFT_NUMBER, check_fields
from ipcase.domain.documents.types import DocType
from ipcase.domain.intake.items import IntakeChannel, IntakeKind
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.intake import LetterItem

# Chinese words the letters print (the UI has its own, translatable, labels).
KIND = {IntakeKind.REQUEST: "专利侵权纠纷处理请求", IntakeKind.MEDIATION: "专利侵权纠纷调解请求",
        IntakeKind.COMPLAINT: "专利侵权投诉举报", IntakeKind.COUNTERFEIT: "假冒专利投诉举报",
        IntakeKind.CONSULTATION: "咨询"}
CHANNEL = {IntakeChannel.COUNTER: "窗口来访", IntakeChannel.LETTER: "信函", IntakeChannel.HOTLINE: "12330热线",
           IntakeChannel.ONLINE: "网上平台", IntakeChannel.ECOMMERCE: "电商平台通知",
           IntakeChannel.TRADE_FAIR: "展会现场", IntakeChannel.REFERRAL: "移送"}


def _target(t) -> str:
    extra = [f"统一社会信用代码：{t.credit_code}" if t.credit_code else "", f"地址：{t.address}" if t.address else "",
             f"网店：{t.shop_url}" if t.shop_url else "", f"展位：{t.booth}" if t.booth else ""]
    extra = [x for x in extra if x]
    return t.name + (f"（{'，'.join(extra)}）" if extra else "")


def build_intake_context(item: LetterItem, dt: DocType, draft: DocumentDraft, *, number: str | None,
                         issue_date: date) -> dict:
    fields = check_fields(dt, draft)
    # An anonymous reporter is never named, not even to the authority the matter goes to.
    submitter = "匿名提交人" if item.anonymous else (item.submitter_name or "提交人")
    if item.channel == IntakeChannel.REFERRAL and item.referred_by:
        submitter = f"{item.referred_by}移送的{submitter}"
    return {
        "office": item.office,
        "item": item,
        "kind": KIND.get(item.kind, item.kind),
        "channel": CHANNEL.get(item.channel, item.channel),
        "submitter": submitter,
        "submitter_address": "" if item.anonymous else item.submitter_address,
        "target_names": "、".join(t.name for t in item.targets) or "被反映对象不明",
        "targets": [_target(t) for t in item.targets],
        "patents": "、".join(item.patent_numbers),
        "f": fields,
        "corrects": None,
        "doc": {"title": dt.title, "number": number or DRAFT_NUMBER, "date": issue_date, "draft": number is None},
    }
