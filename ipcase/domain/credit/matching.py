"""Whether a party of a new case or intake item is a party on the credit list.

The same entity by its 统一社会信用代码 when both have one, a natural person by the ID number when both have one,
else by name after `normalize_name` — the rule intake uses for 重复侵权 (`domain.intake.matching`), with the ID
number added because the list names natural persons too. Two different codes (or ID numbers) are two parties,
even under one name.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ipcase.domain.identifiers import normalize_name
from ipcase.domain.intake.matching import canonical_credit_code


def canonical_id_number(text: str | None) -> str:
    return unicodedata.normalize("NFKC", (text or "").strip()).replace(" ", "").upper()


@dataclass(frozen=True)
class CreditKey:
    name: str          # normalize_name
    credit_code: str   # canonical, "" if none
    id_number: str     # canonical, "" if none

    @classmethod
    def of(cls, name: str, credit_code: str = "", id_number: str = "") -> CreditKey:
        code = canonical_credit_code(credit_code) if (credit_code or "").strip() else ""
        return cls(normalize_name(name), code, canonical_id_number(id_number))


def credit_match(a: CreditKey, b: CreditKey) -> str | None:
    """'credit_code', 'id_number' or 'name' (how they matched), or None."""
    if a.credit_code and b.credit_code:
        return "credit_code" if a.credit_code == b.credit_code else None
    if a.id_number and b.id_number:
        return "id_number" if a.id_number == b.id_number else None
    if a.name and a.name == b.name:
        return "name"
    return None
