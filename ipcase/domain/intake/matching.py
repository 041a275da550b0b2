"""Same-matter detection and 重复侵权 (M25 art 34).

Two records concern the same matter when they name the same patent and the same respondent. Respondents are
the same when their 统一社会信用代码 agree (written with spaces, hyphens, full-width or lower-case letters — all
the same code), or, when either has no code, when their names agree after `normalize_name` (spacing, full-width
characters, bracket styles). Two different valid codes are two different entities, even under one name.
A request against a respondent already found to infringe the same patent by an EFFECTIVE ruling is 重复侵权
(M25 art 34): a ruling takes effect once every party's 15-day period to sue (D14, PL art 65) has run out.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ipcase.domain.identifiers import check_credit_code, normalize_name, parse_patent_number
from ipcase.errors import ValidationFailed

_NOT_CODE = re.compile(r"[\s\-—_]+")


def canonical_credit_code(text: str | None) -> str:
    """The checked code; a code that does not check out is still compared in a canonical spelling, so a
    mistyped code on two records still matches itself."""
    try:
        return check_credit_code(text)
    except ValidationFailed:
        return _NOT_CODE.sub("", unicodedata.normalize("NFKC", text or "")).upper()


def canonical_patent(text: str | None) -> str:
    """'ZL' + application number with dot and check char; an unparsable number in a compact spelling."""
    try:
        return str(parse_patent_number(text))
    except ValidationFailed:
        compact = _NOT_CODE.sub("", unicodedata.normalize("NFKC", text or "")).upper()
        return compact if compact.startswith(("ZL", "CN")) or not compact else "ZL" + compact


@dataclass(frozen=True)
class PartyKey:
    name: str          # normalize_name(name)
    credit_code: str   # canonical_credit_code(code), "" if none
    display: str = ""  # the name as written, for the officer

    @classmethod
    def of(cls, name: str, credit_code: str = "") -> PartyKey:
        return cls(normalize_name(name), canonical_credit_code(credit_code) if (credit_code or "").strip() else "",
                   (name or "").strip())


def same_party(a: PartyKey, b: PartyKey) -> str | None:
    """'credit_code' or 'name' (how they matched), or None."""
    if a.credit_code and b.credit_code:
        return "credit_code" if a.credit_code == b.credit_code else None
    if a.name and a.name == b.name:
        return "name"
    return None


@dataclass(frozen=True)
class MatterRecord:
    """An open item, an open case or a ruling already in the register."""
    source: str                      # 'item' | 'case'
    id: int
    reference: str                   # 收案编号 / 案号 (or '' before 立案)
    state: str                       # IntakeState or CaseState value
    patents: frozenset[str]          # canonical numbers
    parties: tuple[PartyKey, ...]    # targets / respondents
    infringement_ruling: bool = False  # closed (or archived) by a ruling that found infringement
    decided: date | None = None        # the ruling's date
    effective: date | None = None      # first day the ruling is in force (None: not served on all, or not yet)


@dataclass(frozen=True)
class MatterHit:
    record: MatterRecord
    patent: str
    party: PartyKey       # the record's party that matched
    matched_by: str       # 'credit_code' | 'name'

    @property
    def repeat(self) -> bool:
        return self.record.infringement_ruling and self.record.effective is not None


def find_same_matter(patents: Iterable[str], parties: Iterable[PartyKey],
                     records: Iterable[MatterRecord]) -> list[MatterHit]:
    """Every record naming one of `patents` and one of `parties`; rulings that found infringement first."""
    wanted_patents = {canonical_patent(p) for p in patents if (p or "").strip()}
    wanted_parties = [p for p in parties if p.name or p.credit_code]
    hits = []
    for record in records:
        shared = sorted(wanted_patents & record.patents)
        if not shared:
            continue
        match = next(((theirs, how) for theirs in record.parties for ours in wanted_parties
                      if (how := same_party(ours, theirs))), None)
        if match:
            hits.append(MatterHit(record, shared[0], match[0], match[1]))
    hits.sort(key=lambda h: (not h.repeat, h.record.source != "case", h.record.id))
    return hits


def repeat_infringement(hits: Iterable[MatterHit], *, before: date | None = None) -> MatterHit | None:
    """The ruling that makes a new request 重复侵权, if any (the latest case among them). With `before` (the
    new request's receipt) only a ruling in force by then counts: a later one cannot make it a repetition."""
    rulings = [h for h in hits if h.repeat and h.record.source == "case"
               and (before is None or h.record.effective <= before)]
    return max(rulings, key=lambda h: h.record.id) if rulings else None
