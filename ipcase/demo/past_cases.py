"""The demo register's volume: about 160 cases the office finished over the past year, so that the lists, the
statistics and the dashboard look like a real office's year (issue 16). Their stories are told by the cases
built through the services (ipcase/demo/cases.py); these are written directly as the rows a finished case leaves:
the patent, the parties (credit codes and telephones of the city each company is named after), the 案号 drawn from
the office's counter in the order of 立案 together with the service-built cases, the closing and its method, and
the stored deadlines computed by the same rule the services use. They are written through the ORM, so the audit
chain captures every row, up to 40 cases per unit of work (one per case cost more than the rows); a story case's
gesture commits the pending ones first, so the 案号 still follow the order of 立案. They end archived (or closed
by mediation or revocation): a state no later demo builder picks its cases from, so every story still rests on a
case built gesture by gesture."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from typing import NamedTuple

from sqlalchemy import select

from ipcase.db.models.admin import Office
from ipcase.db.models.cases import Agent, Case, Party, Patent
from ipcase.demo import names as N
from ipcase.demo.builder import DemoBuilder
from ipcase.demo.past_rulings import write_ruling_and_publication
from ipcase.documents.fonts import FontSet
from ipcase.domain.enums import CaseState, PartyRole, RevokeReason
from ipcase.domain.identifiers import make_patent_number, normalize_name
from ipcase.domain.numbering import format_number
from ipcase.domain.statistics.counting import ClosingMethod
from ipcase.dto.cases import PartyInput
from ipcase.services.common import recompute_deadlines, search_text
from ipcase.services.documents.issue import document_fonts
from ipcase.services.numbering import next_number

COUNT = 160
SEED = 20261128   # the volume draws from random streams of its own: the stories stay as they were
# (method, weight) of the year's closings, as the statistics of an office show them
METHODS = [(ClosingMethod.RULING_INFRINGEMENT, 45), (ClosingMethod.RULING_REJECTED, 14),
           (ClosingMethod.MEDIATED, 21), (ClosingMethod.WITHDRAWN, 12), (ClosingMethod.REVOKED, 5),
           (ClosingMethod.TRANSFERRED, 3)]
_PATENT_TYPE = {1: "invention", 2: "utility_model", 3: "design"}


def openings(b: DemoBuilder, count: int = COUNT) -> list[tuple[date, Callable[[], Iterator[date]]]]:
    """(received date, opening of the case's steps) for `build_cases`: each opening yields its 立案 date first,
    then writes the case when `build_cases` reaches that date among the register's other cases."""
    own = DemoBuilder(b.new_uow, b.today, SEED, b.now)
    own.users, own.pending = b.users, b.pending   # one open batch for both: a gesture of either commits it
    out = []
    for _ in range(count):
        # received 5–12 months ago: every one of them has been closed, and the earlier ones archived
        received = own.working_day_back(own.rng.randint(150, 360))
        out.append((received, _opening(own, received)))
    return out


def _opening(b: DemoBuilder, received: date):
    def start() -> Iterator[date]:
        registered = b.wd(received, b.rng.randint(2, 5))
        yield registered
        b.run_batched(_write_case, b, received, registered)
    return start


def _write_case(uow, b: DemoBuilder, received: date, registered: date) -> None:
    s, r = uow.session, b.rng
    method = r.choices([m for m, _ in METHODS], [w for _, w in METHODS])[0]
    closed = b.wd(registered, r.randint(30, 62))   # within the three months of D12
    officer = r.choice(b.officers())
    office_id = officer.office_id
    type_digit, title, product, claims = r.choice(N.PATENTS)
    filing_year = r.randint(2016, 2023)
    number = make_patent_number(filing_year, type_digit, r.randint(100000, 9999999))
    while s.scalar(select(Patent.id).where(Patent.number == number)) is not None:
        number = make_patent_number(filing_year, type_digit, r.randint(100000, 9999999))
    requester, respondent = b.party(False), b.party(True)
    patent = Patent(number=number, patent_type=_PATENT_TYPE[type_digit], title=title, patentee=requester.name,
                    filing_date=date(filing_year, r.randint(1, 12), r.randint(1, 28)),
                    grant_date=date(filing_year + 1, r.randint(1, 12), r.randint(1, 28)))
    office = _office(b, s, office_id)
    year = registered.year
    seq = next_number(s, office_id=office_id, kind="case", year=year)
    # the archive follows the closing by a few weeks; a recent mediation or revocation may still wait for it
    archived = b.wd(closed, 20) < b.today and (method not in (ClosingMethod.MEDIATED, ClosingMethod.WITHDRAWN,
                                                               ClosingMethod.REVOKED) or r.random() < 0.7)
    case = Case(office_id=office_id, version=1, state=_closed_state(method, archived).value,
                case_number=format_number(office.case_number_pattern, short_name=office.short_name, year=year,
                                          n=seq),
                case_year=year, case_seq=seq, patent=patent, claims_asserted=claims, accused_product=product,
                acts=["make", "sell"],
                request_summary=f"请求责令被请求人立即停止侵犯“{title}”专利权的行为，停止制造、销售{product}。",
                flag_foreign=r.random() < 0.08, flag_ecommerce=r.random() < 0.35, flag_trade_fair=r.random() < 0.12,
                # no pauses or extensions: known empty, so the deadline computation below reads none back
                pauses=[], extensions=[],
                officer_id=officer.id, received_date=received, decided_date=registered, registered_date=registered,
                closed_date=closed, closing_method=method.value, closing_detail=_detail(method, closed),
                created_at=datetime.combine(received, time(9, 30)),
                updated_at=datetime.combine(b.wd(closed, 20) if archived else closed, time(16, 0)))
    for position, (role, p) in enumerate(((PartyRole.REQUESTER, requester), (PartyRole.RESPONDENT, respondent))):
        case.parties.append(_party(p, role, position))
    s.add(case)
    s.flush()
    if method in (ClosingMethod.RULING_INFRINGEMENT, ClosingMethod.RULING_REJECTED):
        # issued and published within D13, as the office keeps its deadlines (past_rulings)
        write_ruling_and_publication(s, case, office_name=office.name, officer_id=officer.id,
                                     head_id=b.users["liuyang"].id, fonts=_fonts(b, s, office_id), cal=b.cal)
    case.search_text = search_text(case)
    recompute_deadlines(s, case, b.today)
    s.flush()   # committed with the next cases' rows (DemoBuilder.run_batched)


def _office(b: DemoBuilder, s, office_id: int) -> _OfficeFacts:
    """What a past case takes from its office (name, 简称, 案号 pattern), read once for the volume: the demo never
    edits its office while it is built (a query per case when stories and past cases alternate)."""
    known = b.__dict__.setdefault("_offices", {})
    if office_id not in known:
        row = s.get(Office, office_id)
        known[office_id] = _OfficeFacts(row.name, row.short_name, row.case_number_pattern)
    return known[office_id]


class _OfficeFacts(NamedTuple):
    name: str
    short_name: str
    case_number_pattern: str


def _fonts(b: DemoBuilder, s, office_id: int) -> FontSet:
    """The office's document fonts, resolved once for the volume (every past ruling is frozen with them)."""
    fonts = b.__dict__.get("_ruling_fonts")
    if fonts is None:
        fonts = b.__dict__["_ruling_fonts"] = document_fonts(s, office_id)
    return fonts


def _party(p: PartyInput, role: PartyRole, position: int) -> Party:
    return Party(role=role.value, kind=p.kind.value, position=position, name=p.name,
                 name_normalized=normalize_name(p.name), credit_code=p.credit_code, legal_rep=p.legal_rep,
                 legal_rep_title=p.legal_rep_title, address=p.address, phone=p.phone,
                 no_domicile_in_prc=p.no_domicile_in_prc,
                 agents=[Agent(name=a.name, organization=a.organization, phone=a.phone) for a in p.agents])


def _closed_state(method: ClosingMethod, archived: bool) -> CaseState:
    # a ruling's case is always archived here (closed months ago): the closed-by-ruling state is the stories'
    if archived or method in (ClosingMethod.RULING_INFRINGEMENT, ClosingMethod.RULING_REJECTED):
        return CaseState.ARCHIVED
    return CaseState.CLOSED_MEDIATED if method == ClosingMethod.MEDIATED else CaseState.CLOSED_REVOKED


def _detail(method: ClosingMethod, closed: date) -> dict:
    if method in (ClosingMethod.RULING_INFRINGEMENT, ClosingMethod.RULING_REJECTED):
        return {"outcome": "infringement" if method == ClosingMethod.RULING_INFRINGEMENT else "rejected",
                "ruling_date": closed.isoformat()}
    if method == ClosingMethod.MEDIATED:
        return {"agreement_date": closed.isoformat()}
    reason = {ClosingMethod.WITHDRAWN: RevokeReason.WITHDRAWAL,
              ClosingMethod.TRANSFERRED: RevokeReason.JURISDICTION}.get(method, RevokeReason.SUED_IN_COURT)
    return {"revoke_reason": reason.value, "decided_date": closed.isoformat()}
