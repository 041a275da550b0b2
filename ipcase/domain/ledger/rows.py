"""The rule a ledger row meets to become a case: the same checks as a typed entry (the patent number with its
check digit, dates, the text rule, column lengths), the ledger's own required fields, and the state the dates
present say the case reached. Every problem names its cell (row and column) so it can be shown and fixed."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from ipcase.domain.enums import CaseState, PatentType
from ipcase.domain.identifiers import normalize_name, parse_patent_number
from ipcase.domain.ledger.fields import DATE_FIELDS, MULTI_LINE_FIELDS, LedgerField
from ipcase.domain.ledger.values import closing_of, parse_date, patent_type_of, split_parties
from ipcase.domain.parties import check_party
from ipcase.domain.patent_dates import PATENT_LAW_START
from ipcase.domain.text import TextRefused, clean_identifier, clean_text
from ipcase.errors import ValidationFailed

F = LedgerField
IDENTIFIER_FIELDS = frozenset({F.CASE_NUMBER, F.PATENT_NUMBER})


@dataclass(frozen=True)
class CellProblem:
    """What is wrong with a row: `column` is the 0-based column of the cell (None: the row as a whole, e.g. a
    field the row needs is in no column), `field` the ledger field, `reason`/`detail` as in ValidationFailed."""
    row: int
    column: int | None
    field: str
    reason: str
    detail: str = ""


@dataclass(frozen=True)
class LedgerEntry:
    """A row as it will be stored."""
    row: int
    case_number: str
    state: CaseState
    received_date: date
    registered_date: date | None
    closed_date: date | None
    patent_number: str            # canonical ZL…
    patent_type: PatentType
    requesters: tuple[str, ...]
    respondents: tuple[str, ...]
    patent_title: str = ""
    patentee: str = ""
    cause: str = ""
    accused_product: str = ""
    officer: str = ""
    remarks: str = ""
    received_assumed: bool = False   # the ledger had no 收到日期: the 立案日期 stands for it
    closing_detail: Mapping = field(default_factory=dict)

    @property
    def parties_key(self) -> tuple[frozenset[str], frozenset[str]]:
        """Who against whom, as duplicates are matched (names normalised, order ignored)."""
        return (frozenset(normalize_name(n) for n in self.requesters),
                frozenset(normalize_name(n) for n in self.respondents))


def check_row(row: int, cells: Sequence[object], mapping: Sequence[str], *, today: date,
              limits: Mapping[str, int]) -> tuple[LedgerEntry | None, list[CellProblem]]:
    """The case a row becomes, or None and its problems. `limits` are the storing columns' lengths by field
    (the models' String(n), passed in by the service so the rule and the table cannot disagree)."""
    problems: list[CellProblem] = []
    column = {F(v): i for i, v in enumerate(mapping) if v}

    def problem(f: F, reason: str, detail: str = "") -> None:
        problems.append(CellProblem(row, column.get(f), f.value, reason, detail))

    text: dict[F, str] = {}
    unreadable: set[F] = set()   # a cell refused by the text rule: said once, not again as "required"
    for f, i in column.items():
        raw = cells[i] if i < len(cells) and cells[i] is not None else ""
        raw = str(raw)
        try:
            value = clean_identifier(raw) if f in IDENTIFIER_FIELDS else clean_text(raw.strip(),
                                                                                   lines=f in MULTI_LINE_FIELDS)
        except TextRefused as e:
            problem(f, e.reason, e.detail)
            unreadable.add(f)
            continue
        limit = limits.get(f.value)
        if limit is not None and f not in (F.REQUESTERS, F.RESPONDENTS) and len(value) > limit:
            problem(f, "too_long", str(limit))
            unreadable.add(f)
            continue
        text[f] = value

    dates: dict[F, date | None] = {}
    for f in DATE_FIELDS:
        dates[f] = None
        if not text.get(f):
            continue
        try:
            day = parse_date(text[f])
        except ValidationFailed as e:
            problem(f, e.reason, e.detail)
            continue
        if day < PATENT_LAW_START:
            problem(f, "before_patent_law", PATENT_LAW_START.isoformat())
        elif day > today:
            problem(f, "future", today.isoformat())
        else:
            dates[f] = day
    received, registered, closed = dates[F.RECEIVED_DATE], dates[F.REGISTERED_DATE], dates[F.CLOSED_DATE]
    assumed = False
    if received is None and not text.get(F.RECEIVED_DATE) and F.RECEIVED_DATE not in unreadable:
        if registered is None and not text.get(F.REGISTERED_DATE) and F.REGISTERED_DATE not in unreadable:
            problem(F.RECEIVED_DATE, "required")
        received, assumed = registered, registered is not None
    if received and registered and registered < received:
        problem(F.REGISTERED_DATE, "before_received", received.isoformat())
    start = registered or received
    if start and closed and closed < start:
        problem(F.CLOSED_DATE, "before_registered" if registered else "before_received", start.isoformat())

    # The state the dates present say the case reached.
    state, detail = None, {}
    if text.get(F.CLOSING_METHOD):
        try:
            state, detail = closing_of(text[F.CLOSING_METHOD])
        except ValidationFailed as e:
            problem(F.CLOSING_METHOD, e.reason, e.detail)
    if state is not None and closed is None and not text.get(F.CLOSED_DATE):
        problem(F.CLOSED_DATE, "required_when_closed")
    if closed is not None and state is None and not text.get(F.CLOSING_METHOD):
        problem(F.CLOSING_METHOD, "required_when_closed")
    if state == CaseState.NOT_ACCEPTED and text.get(F.REGISTERED_DATE):
        problem(F.REGISTERED_DATE, "registered_not_accepted")
    elif state is not None and state != CaseState.NOT_ACCEPTED and registered is None \
            and not text.get(F.REGISTERED_DATE):
        problem(F.REGISTERED_DATE, "required_when_closed")
    if state is None:
        state = CaseState.REGISTERED if registered else CaseState.RECEIVED
    if state not in (CaseState.RECEIVED, CaseState.NOT_ACCEPTED) and not text.get(F.CASE_NUMBER):
        problem(F.CASE_NUMBER, "required_when_registered")   # an imported case keeps the 案号 it was given

    pn = None
    if F.PATENT_NUMBER in unreadable:
        pass
    elif not text.get(F.PATENT_NUMBER):
        problem(F.PATENT_NUMBER, "required")
    else:
        try:
            pn = parse_patent_number(text[F.PATENT_NUMBER], current_year=today.year)
        except ValidationFailed as e:
            problem(F.PATENT_NUMBER, e.reason, e.detail)
    if pn is not None and received is not None and not pn.is_pct and pn.filing_year > received.year:
        problem(F.PATENT_NUMBER, "filed_after_received", str(pn.filing_year))
    patent_type = pn.patent_type if pn else None
    if text.get(F.PATENT_TYPE):
        try:
            typed = patent_type_of(text[F.PATENT_TYPE])
        except ValidationFailed as e:
            problem(F.PATENT_TYPE, e.reason, e.detail)
        else:
            if pn is not None and typed != pn.patent_type:
                problem(F.PATENT_TYPE, "type_mismatch", pn.patent_type.value)

    names: dict[F, tuple[str, ...]] = {}
    for f in (F.REQUESTERS, F.RESPONDENTS):
        if f in unreadable:
            continue
        parties = split_parties(text.get(f, ""))
        errors: list[ValidationFailed] = []
        if not parties:
            problem(f, "required")
        for name in parties:
            check_party("", errors, name=name)   # the typed form's rule for a party's name
            if len(name) > limits.get(f.value, len(name)):
                errors.append(ValidationFailed("name", "too_long", str(limits[f.value])))
        for e in errors:
            problem(f, e.reason, e.detail)
        names[f] = tuple(parties)
    if problems:
        return None, problems

    return LedgerEntry(
        row=row, case_number=text.get(F.CASE_NUMBER, ""), state=state, received_date=received,
        registered_date=registered if state != CaseState.NOT_ACCEPTED else None, closed_date=closed,
        patent_number=str(pn), patent_type=patent_type, requesters=names[F.REQUESTERS],
        respondents=names[F.RESPONDENTS], patent_title=text.get(F.PATENT_TITLE, ""),
        patentee=text.get(F.PATENTEE, ""), cause=text.get(F.CAUSE, ""),
        accused_product=text.get(F.ACCUSED_PRODUCT, ""), officer=text.get(F.OFFICER, ""),
        remarks=text.get(F.REMARKS, ""), received_assumed=assumed, closing_detail=detail), []
