"""An intake item as the domain rules see it, for the intake services and the register alike: the routing
settings and time limits as stored, the item's facts and time limits, the records a same-matter check compares
against, and the request for adjudication an item already holds."""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from ipcase.db.models.cases import Case, Party, Patent
from ipcase.db.models.intake import IntakeItem, IntakePatent
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.deadlines import ruling_effective_from
from ipcase.domain.enums import OPEN_STATES, CaseState, ClosingOutcome, PartyRole, PatentType
from ipcase.domain.identifiers import parse_patent_number
from ipcase.domain.intake.items import (
    REPORT_KINDS,
    IntakeChannel,
    IntakeDeadline,
    IntakeKind,
    IntakeLimits,
    IntakeState,
    ItemFacts,
    intake_deadlines,
)
from ipcase.domain.intake.matching import (
    MatterHit,
    MatterRecord,
    PartyKey,
    canonical_patent,
    find_same_matter,
)
from ipcase.domain.intake.routing import DEFAULT_RULES, RoutingFacts, rules_from_data
from ipcase.dto.cases import PartyInput, PatentInput, RequestInput
from ipcase.dto.intake import MatterMatchInfo, RoutingSettings
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.loaders.settings import PerOffice, load_calendar, load_settings, stored_settings

RULES_KEY = "intake.routing_rules"
COMPLAINT_KEY = "intake.complaint_needs_request"
OPEN_ITEM_STATES = (IntakeState.OPEN.value, IntakeState.PENDING_CORRECTION.value)
RULING_STATES = (CaseState.CLOSED_RULING_INFRINGEMENT.value, CaseState.CLOSED_RULING_REJECTED.value)


def load_routing(s: Session, office_id: int) -> RoutingSettings:
    stored = stored_settings(s, office_id, prefix="intake.")
    needs_request = json.loads(stored[COMPLAINT_KEY]) if COMPLAINT_KEY in stored else True
    if RULES_KEY not in stored:
        return RoutingSettings(DEFAULT_RULES, needs_request, True)
    try:
        rules = rules_from_data(json.loads(stored[RULES_KEY]))
    except (ValueError, ValidationErrors):
        # Only the service writes this value, validated; a hand-edited row that no longer parses must not
        # stop intake: fall back to the built-in rules (the settings page shows them as such).
        return RoutingSettings(DEFAULT_RULES, needs_request, True)
    return RoutingSettings(rules, needs_request, False)


def load_limits(s: Session, office_id: int) -> IntakeLimits:
    d = load_settings(s, office_id)
    return IntakeLimits(d.decision_days, d.decision_extension_days, d.decision_restarts_on_correction)


def item_facts(item: IntakeItem) -> ItemFacts:
    return ItemFacts(
        kind=IntakeKind(item.kind), state=IntakeState(item.state),
        received=item.request_received or item.received_at.date(),
        correction_due=item.correction_due, correction_received=item.correction_received,
        decision_extended=item.decision_extended, decided=item.decided_on, real_name=not item.anonymous,
        notified=item.notified_on, close_reason=(item.outcome_detail or {}).get("close_reason"),
        converted=item.converted_from is not None)


def item_deadlines(item: IntakeItem, cal: OfficialCalendar, limits: IntakeLimits) -> list[IntakeDeadline]:
    return intake_deadlines(item_facts(item), cal, limits)


def time_limit_running():
    """Items some intake time limit may still run for: undecided, or a real-name reporter not yet told."""
    waiting_notice = and_(IntakeItem.kind.in_([k.value for k in REPORT_KINDS]), IntakeItem.anonymous.is_(False),
                          IntakeItem.decided_on.is_not(None), IntakeItem.notified_on.is_(None))
    return or_(IntakeItem.state.in_(OPEN_ITEM_STATES), waiting_notice)


def patent_types(numbers: Iterable[str]) -> frozenset[PatentType]:
    types = set()
    for n in numbers:
        try:
            types.add(parse_patent_number(n).patent_type)
        except ValidationFailed:
            continue  # a 假冒 report may name a number that does not exist
    return frozenset(types)


def routing_facts(item: IntakeItem) -> RoutingFacts:
    return RoutingFacts(
        kind=IntakeKind(item.kind), channel=IntakeChannel(item.channel),
        patent_types=patent_types(p.number for p in item.patents), evaluation_report=item.evaluation_report,
        respondent_count=len(item.targets), flag_trade_fair=item.flag_trade_fair,
        flag_ecommerce=item.flag_ecommerce, foreign=item.flag_foreign, repeat=item.repeat_case_id is not None)


# ---- same matter ----------------------------------------------------------------------------------

def _infringement_ruling(case: Case) -> bool:
    if case.state == CaseState.CLOSED_RULING_INFRINGEMENT:
        return True
    detail = case.closing_detail or {}
    return (case.state == CaseState.ARCHIVED and detail.get("outcome") == ClosingOutcome.INFRINGEMENT
            and bool(detail.get("ruling_date")))


def matter_records(s: Session, patents: Iterable[str], *, exclude_item_id: int | None = None,
                   exclude_case_id: int | None = None) -> list[MatterRecord]:
    """Open items, open cases and rulings (archived ones too) that name one of `patents`."""
    numbers = sorted({canonical_patent(p) for p in patents if (p or "").strip()})
    if not numbers:
        return []
    records: list[MatterRecord] = []
    live = [st.value for st in OPEN_STATES] + list(RULING_STATES) + [CaseState.ARCHIVED.value]
    cases = s.scalars(select(Case).join(Patent, Patent.id == Case.patent_id)
                      .where(Patent.number.in_(numbers), Case.state.in_(live), Case.id != (exclude_case_id or -1))
                      .options(selectinload(Case.parties), selectinload(Case.patent))).all()
    cal, suit_days = None, PerOffice(lambda o: load_settings(s, o).suit_days)
    for c in cases:
        if c.state == CaseState.ARCHIVED and not (c.closing_detail or {}).get("ruling_date"):
            continue  # an archived mediation or revocation decided nothing about infringement
        respondents = tuple(PartyKey(p.name_normalized, p.credit_code, p.name) for p in c.parties
                            if p.role == PartyRole.RESPONDENT)
        ruling, effective = _infringement_ruling(c), None
        if ruling:
            cal = cal or load_calendar(s)
            effective = ruling_effective_from((p.ruling_served for p in c.parties
                                               if p.role in (PartyRole.REQUESTER, PartyRole.RESPONDENT)),
                                              cal, suit_days[c.office_id])
        records.append(MatterRecord("case", c.id, c.case_number or "", c.state, frozenset({c.patent.number}),
                                    respondents, ruling, c.closed_date, effective))
    item_ids = select(IntakePatent.item_id).where(IntakePatent.number.in_(numbers))
    items = s.scalars(select(IntakeItem).where(IntakeItem.id.in_(item_ids), IntakeItem.state.in_(OPEN_ITEM_STATES),
                                               IntakeItem.id != (exclude_item_id or -1))
                      .options(selectinload(IntakeItem.targets), selectinload(IntakeItem.patents))).all()
    for it in items:
        targets = tuple(PartyKey(t.name_normalized, t.credit_code, t.name) for t in it.targets)
        records.append(MatterRecord("item", it.id, it.number, it.state, frozenset(p.number for p in it.patents),
                                    targets))
    return records


def same_matter(s: Session, patents: Iterable[str], parties: Iterable[PartyKey], *,
                exclude_item_id: int | None = None, exclude_case_id: int | None = None) -> list[MatterHit]:
    patents = list(patents)
    records = matter_records(s, patents, exclude_item_id=exclude_item_id, exclude_case_id=exclude_case_id)
    return find_same_matter(patents, parties, records)


def item_party_keys(item: IntakeItem) -> list[PartyKey]:
    return [PartyKey(t.name_normalized, t.credit_code, t.name) for t in item.targets]


def case_party_keys(case: Case | Iterable[Party]) -> list[PartyKey]:
    parties = case.parties if isinstance(case, Case) else case
    return [PartyKey(p.name_normalized, p.credit_code, p.name) for p in parties if p.role == PartyRole.RESPONDENT]


def match_info(hit: MatterHit) -> MatterMatchInfo:
    r = hit.record
    return MatterMatchInfo(r.source, r.id, r.reference, r.state, hit.patent, hit.party.display or hit.party.name,
                           hit.matched_by, hit.repeat)


def received_date(item: IntakeItem) -> date:
    return item.request_received or item.received_at.date()


def request_input(item: IntakeItem) -> RequestInput:
    """The request for adjudication an item already holds, so nothing is typed twice."""
    numbers = [p.number for p in item.patents]
    requester = PartyInput(name=item.submitter_name, kind=item.submitter_kind,
                           credit_code=item.submitter_credit_code, address=item.submitter_address,
                           phone=item.submitter_phone)
    return RequestInput(
        received_date=received_date(item),
        patent=PatentInput(numbers[0] if numbers else "", None, item.patent_title,
                           item.patentee or item.submitter_name),
        requesters=(requester,) if item.submitter_name else (),
        respondents=tuple(PartyInput(name=t.name, kind=t.kind, credit_code=t.credit_code, address=t.address)
                          for t in item.targets),
        accused_product=item.product, request_summary=item.description,
        flag_foreign=item.flag_foreign, flag_ecommerce=item.flag_ecommerce, flag_trade_fair=item.flag_trade_fair,
        officer_id=item.handler_id)
