"""Mediation inside a case and after an agreement (DOMAIN §3, §4 D21; M25 arts 35, 37, 69; CPL art 205).

Pure rules shared by both hosts of a mediation — an adjudication case (cases.id) and a stand-alone mediation
case (mediation_cases.id): the vocabulary of sessions and agreements, money in fen, the agreement's terms
checked as a whole, and the periods that follow an agreement (the judicial-confirmation window D21 and the
instalments of the payment schedule).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.enums import InfringingAct
from ipcase.domain.periods import DueDate, compute_due
from ipcase.errors import ValidationErrors, ValidationFailed


class HostKind(StrEnum):
    CASE = "case"                      # 行政裁决案件 (cases.id)
    MEDIATION_CASE = "mediation_case"  # 调解案件 (mediation_cases.id)


class SessionOutcome(StrEnum):
    AGREED = "agreed"        # 达成一致（起草调解协议）
    CONTINUE = "continue"    # 未达成一致，继续调解
    FAILED = "failed"        # 调解不成


class AgreementStatus(StrEnum):
    DRAFT = "draft"          # 条款拟定中，尚未全部签署
    SIGNED = "signed"        # 各方当事人均已签署，协议生效
    WITHDRAWN = "withdrawn"  # 签署前一方反悔，协议作废（留档）


class ConfirmationOutcome(StrEnum):
    PENDING = "pending"      # 已申请，法院尚未决定
    CONFIRMED = "confirmed"  # 裁定确认有效
    REJECTED = "rejected"    # 裁定驳回申请


class Side(StrEnum):
    REQUESTER = "requester"   # 请求人一方
    RESPONDENT = "respondent"  # 被请求人一方


# Codes of the periods this feature adds to the "my deadlines" list (computed when listed, never stored).
D21 = "D21"                  # 司法确认申请期限
INSTALMENT = "INSTALMENT"    # 分期履行

# CPL art 205: the parties apply jointly within 30 days of the agreement taking effect. M25 itself only
# provides notarised enforceability; the 30 days are the court's rule (DOMAIN §4 D21, a Hubei measure [S]).
CONFIRMATION_DAYS = 30

MAX_FEN = 10 ** 14   # a bound far above any agreed sum; keeps the BIGINT column honest


# ---- money ----------------------------------------------------------------------------------------

def parse_yuan(field: str, value: object, *, required: bool = True) -> int | None:
    """Yuan (a Decimal, a number or text such as '12,000.50') to fen; at most two decimals, not negative."""
    if value in (None, ""):
        if required:
            raise ValidationFailed(field, "required")
        return None
    try:
        amount = Decimal(str(value).replace(",", "").replace("，", "").strip())
    except InvalidOperation:
        raise ValidationFailed(field, "number", value=value) from None
    if not amount.is_finite() or amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValidationFailed(field, "amount", value=value)
    fen = int((amount * 100).to_integral_value(ROUND_HALF_UP))
    if fen >= MAX_FEN:
        raise ValidationFailed(field, "amount", value=value)
    return fen


def yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else (Decimal(fen) / 100).quantize(Decimal("0.01"))


# ---- the agreement's terms --------------------------------------------------------------------------

@dataclass(frozen=True)
class InstalmentTerm:
    due_date: date
    amount_fen: int


@dataclass(frozen=True)
class AgreementTerms:
    """The structured terms (numbered in the 调解协议书 in this order)."""
    stop_acts: tuple[str, ...]          # InfringingAct values the respondent stops
    stop_from: date | None              # from when (None: at once, on signature)
    destroy_withdraw: str               # what is destroyed, withdrawn, deleted (moulds, stock, links, exhibits)
    damages_fen: int                    # 赔偿数额 (PL art 65 allows mediating the damages)
    instalments: tuple[InstalmentTerm, ...]
    costs: str                          # who bears which costs
    confidential: bool                  # the parties keep the terms confidential
    other_terms: str


def check_terms(terms: AgreementTerms, *, today: date) -> None:
    """Every wrong term at once. An agreement must settle something; a payment schedule adds up to the
    damages; instalments are dated, each due once (dates in the past are allowed: terms are often written
    after the fact)."""
    errors: list[ValidationFailed] = []
    bad = [a for a in terms.stop_acts if a not in tuple(InfringingAct)]
    if bad:
        errors.append(ValidationFailed("stop_acts", "choice", ",".join(bad)))
    if not (terms.stop_acts or terms.destroy_withdraw.strip() or terms.damages_fen or terms.other_terms.strip()):
        errors.append(ValidationFailed("terms", "no_terms"))
    if terms.stop_from is not None and not terms.stop_acts:
        errors.append(ValidationFailed("stop_acts", "required"))
    if terms.instalments:
        if sum(i.amount_fen for i in terms.instalments) != terms.damages_fen:
            errors.append(ValidationFailed("instalments", "sum_mismatch", str(yuan(terms.damages_fen))))
        if any(i.amount_fen <= 0 for i in terms.instalments):
            errors.append(ValidationFailed("instalments", "amount"))
        days = [i.due_date for i in terms.instalments]
        if len(set(days)) != len(days):
            errors.append(ValidationFailed("instalments", "same_day"))
    if errors:
        raise ValidationErrors(errors)


# ---- after the agreement ------------------------------------------------------------------------------

def confirmation_due(effective: date, cal: OfficialCalendar) -> DueDate:
    """D21: 30 calendar days from the day the agreement took effect, rolled off a rest day."""
    return compute_due(effective, CONFIRMATION_DAYS, "days", cal)


def effective_date(signed_on: Iterable[date | None]) -> date | None:
    """The agreement takes effect when the last of its parties has signed; None while anyone has not."""
    days = list(signed_on)
    if not days or any(d is None for d in days):
        return None
    return max(days)  # type: ignore[type-var]


def instalment_overdue(due: date, amount_fen: int, paid_fen: int | None, today: date) -> bool:
    """Past its due day and not paid in full (a part payment leaves it flagged)."""
    return due < today and (paid_fen or 0) < amount_fen


def outstanding_fen(instalments: Sequence[tuple[int, int | None]]) -> int:
    """What is still owed: (amount due, amount paid) per instalment."""
    return sum(max(due - (paid or 0), 0) for due, paid in instalments)
