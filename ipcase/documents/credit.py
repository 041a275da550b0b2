"""The wording of the credit list's documents (列入严重失信主体名单告知书, 列入决定书, 移出决定书, 信用修复决定书)
from a listing's recorded facts. Pure: the credit-list steps (services/credit/listings.py) fill each document's
fields with it when the step issues the document, so the documents say what the steps recorded."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ipcase.documents.numerals import chinese_numeral
from ipcase.documents.templates import cn_date

GROUND = {"repeat_infringement": "重复专利侵权行为", "non_execution": "不依法执行行政裁决"}
NO_STATEMENT = "你方在规定期限内未提出陈述、申辩。"


@dataclass(frozen=True)
class ListingWords:
    """What a listing recorded, as the documents need it."""
    ground: str
    facts: str
    notice_served: date | None = None
    statement_received: date | None = None
    statement: str = ""
    opinion: str = ""
    listed_on: date | None = None
    period_end: date | None = None
    listing_number: str = ""          # the 列入决定书's 文号
    repair_applied_on: date | None = None
    repair_reason: str = ""
    repair_opinion: str = ""          # the 部门负责人's reasons for refusing a repair


def _sentence(text: str) -> str:
    text = text.strip().rstrip("。；;.")
    return text + "。" if text else ""


def notice_fields(w: ListingWords, statement_days: int) -> dict[str, str]:
    return {"ground": GROUND[w.ground], "facts": w.facts, "days": chinese_numeral(statement_days)}


def heard_text(w: ListingWords) -> str:
    """How the party was heard: the 告知书's service, its 陈述、申辩 (or none), the office's answer to it."""
    lines = []
    if w.notice_served:
        lines.append(f"本局于{cn_date(w.notice_served)}向你方送达了列入严重失信主体名单告知书。")
    if w.statement_received and w.statement.strip():
        lines.append(f"你方于{cn_date(w.statement_received)}提出陈述、申辩称：{_sentence(w.statement)}")
        # the approval's opinion is the leader's note on the file, not an answer to the party
        lines.append("经复核，你方的陈述、申辩不足以改变本局的认定。")
    else:
        lines.append(NO_STATEMENT)
    return "\n".join(lines)


def period_text(listed_on: date, period_end: date, years: int) -> str:
    return f"{chinese_numeral(years)}年（自{cn_date(listed_on)}起至{cn_date(period_end)}止）"


def decision_fields(w: ListingWords, years: int) -> dict[str, str]:
    return {"ground": GROUND[w.ground], "facts": w.facts, "heard": heard_text(w),
            "period": period_text(w.listed_on, w.period_end, years)}


def listed_text(w: ListingWords) -> str:
    number = f"（{w.listing_number}）" if w.listing_number else ""
    return (f"本局于{cn_date(w.listed_on)}作出列入严重失信主体名单决定书{number}，以你方存在{GROUND[w.ground]}为由，"
            f"将你方列入专利领域严重失信主体名单，列入期限至{cn_date(w.period_end)}止。")


def removal_fields(w: ListingWords) -> dict[str, str]:
    return {"ground": GROUND[w.ground], "listed": listed_text(w),
            "reason": f"你方的列入期限已于{cn_date(w.period_end)}届满。"}


def repair_fields(w: ListingWords, approve: bool) -> dict[str, str]:
    if approve:
        examination = "你方已纠正失信行为、履行相关义务，符合信用修复的条件。"
        decision = "准予信用修复，自本决定作出之日起将你方移出专利领域严重失信主体名单。"
    else:
        examination = _sentence(w.repair_opinion)   # a refusal's reasons are required (services/credit/listings.py)
        decision = f"不予信用修复，你方继续列入专利领域严重失信主体名单至{cn_date(w.period_end)}止。"
    return {"ground": GROUND[w.ground], "listed": listed_text(w),
            "application": f"你方于{cn_date(w.repair_applied_on)}向本局申请信用修复，理由是：{_sentence(w.repair_reason)}",
            "examination": examination, "decision": decision}
