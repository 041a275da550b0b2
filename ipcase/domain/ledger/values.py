"""How a ledger cell reads: the date spellings offices type, the words of a 结案方式 and a 专利类型, several
parties in one cell, and the kind of a party named only by its name."""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from ipcase.domain.enums import CaseState, ClosingOutcome, PartyKind, PatentType, RevokeReason
from ipcase.errors import ValidationFailed

# Excel's day 0 (its 1900 leap-year bug included): a date stored as a serial number in a text cell.
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL = re.compile(r"^\d{5}(\.0+)?$")
_YMD = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date(text: str) -> date:
    """A date as offices write it: 2025-03-04 (what an Excel date cell reads as), 2025.3.4, 2025/3/4,
    2025年3月4日, 20250304, or an Excel serial number. Raises ValidationFailed(reason "date_format")."""
    raw = unicodedata.normalize("NFKC", text or "").strip()
    m = _YMD.match(raw) or _COMPACT.match(raw)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        if _SERIAL.match(raw) and 20000 <= float(raw) <= 80000:
            return _EXCEL_EPOCH + timedelta(days=int(float(raw)))
    except ValueError:
        raise ValidationFailed("date", "date_invalid", raw) from None   # 2025-02-30
    raise ValidationFailed("date", "date_format", raw)


def cell_text(value: object) -> str:
    """A cell's value as the text the rule reads: dates as ISO text, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ---- 结案方式 ----------------------------------------------------------------------------------------

# Words → (state, closing detail). Longest first: "不予受理" before "受理", "侵权不成立" before "侵权成立".
_CLOSING_WORDS: tuple[tuple[str, CaseState, dict], ...] = tuple(sorted((
    ("不予受理", CaseState.NOT_ACCEPTED, {}),
    ("不予立案", CaseState.NOT_ACCEPTED, {}),
    ("侵权不成立", CaseState.CLOSED_RULING_REJECTED, {"outcome": ClosingOutcome.REJECTED.value}),
    ("不构成侵权", CaseState.CLOSED_RULING_REJECTED, {"outcome": ClosingOutcome.REJECTED.value}),
    ("驳回", CaseState.CLOSED_RULING_REJECTED, {"outcome": ClosingOutcome.REJECTED.value}),
    ("侵权成立", CaseState.CLOSED_RULING_INFRINGEMENT, {"outcome": ClosingOutcome.INFRINGEMENT.value}),
    ("构成侵权", CaseState.CLOSED_RULING_INFRINGEMENT, {"outcome": ClosingOutcome.INFRINGEMENT.value}),
    ("责令停止", CaseState.CLOSED_RULING_INFRINGEMENT, {"outcome": ClosingOutcome.INFRINGEMENT.value}),
    ("调解", CaseState.CLOSED_MEDIATED, {}),
    ("和解", CaseState.CLOSED_REVOKED, {"revoke_reason": RevokeReason.WITHDRAWAL.value}),
    ("撤回", CaseState.CLOSED_REVOKED, {"revoke_reason": RevokeReason.WITHDRAWAL.value}),
    ("撤案", CaseState.CLOSED_REVOKED, {"revoke_reason": RevokeReason.WITHDRAWAL.value}),
    ("拒不到庭", CaseState.CLOSED_REVOKED, {"revoke_reason": RevokeReason.NO_SHOW.value}),
    ("移送", CaseState.CLOSED_REVOKED, {"revoke_reason": RevokeReason.JURISDICTION.value}),
    ("已起诉", CaseState.CLOSED_REVOKED, {"revoke_reason": RevokeReason.SUED_IN_COURT.value}),
    ("撤销", CaseState.CLOSED_REVOKED, {"revoke_reason": RevokeReason.OTHER.value}),
), key=lambda w: -len(w[0])))


def closing_of(text: str) -> tuple[CaseState, dict]:
    """The closed state and closing detail a 结案方式 cell names ("调解结案", "裁决：侵权成立", "请求人撤回"…).
    Raises ValidationFailed(reason "closing_unknown")."""
    key = re.sub(r"\s", "", unicodedata.normalize("NFKC", text or ""))
    for word, state, detail in _CLOSING_WORDS:
        if word in key:
            return state, dict(detail)
    raise ValidationFailed("closing_method", "closing_unknown", text)


def looks_like_closing(text: str) -> bool:
    try:
        closing_of(text)
    except ValidationFailed:
        return False
    return True


# ---- 专利类型 ----------------------------------------------------------------------------------------

_TYPE_WORDS = (("实用新型", PatentType.UTILITY_MODEL), ("外观", PatentType.DESIGN), ("发明", PatentType.INVENTION))


def patent_type_of(text: str) -> PatentType:
    key = unicodedata.normalize("NFKC", text or "")
    for word, patent_type in _TYPE_WORDS:
        if word in key:
            return patent_type
    raise ValidationFailed("patent_type", "choice", text)


def looks_like_patent_type(text: str) -> bool:
    return any(word in (text or "") for word, _ in _TYPE_WORDS)


# ---- parties --------------------------------------------------------------------------------------

# Several parties in one cell: one per line, or separated by 、 ； ; ／ /. A comma is not a separator:
# "某某公司，法定代表人张三" is one party.
_SEPARATORS = re.compile(r"[\n、;；/／]+")
_LEGAL_WORDS = ("公司", "集团", "研究院", "研究所", "大学", "学院", "学校", "医院", "银行", "协会", "委员会",
                "中心", "事务所", "合作社", "基金会", "Co.", "Ltd", "LTD", "Inc", "GmbH", "Corporation")
_BUSINESS_WORDS = ("个体工商户", "经营部", "商行", "门市部", "批发部", "店")
_UNINCORPORATED_WORDS = ("厂", "分公司", "合伙")   # a 分公司 or a 厂 without legal personality as often as not


def split_parties(text: str) -> list[str]:
    return [name.strip() for name in _SEPARATORS.split(text or "") if name.strip()]


def party_kind_of(name: str) -> PartyKind:
    """The kind a party named only by its name most likely is; the record can be corrected later (a ledger has
    no column for it)."""
    if "分公司" in name:
        return PartyKind.UNINCORPORATED
    if any(w in name for w in _LEGAL_WORDS):
        return PartyKind.LEGAL
    if any(w in name for w in _BUSINESS_WORDS):
        return PartyKind.INDIVIDUAL_BUSINESS
    if any(w in name for w in _UNINCORPORATED_WORDS):
        return PartyKind.UNINCORPORATED
    return PartyKind.NATURAL
