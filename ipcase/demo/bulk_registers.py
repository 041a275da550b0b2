"""The 收案登记 and 调解 registers of a generated register (`python main.py demo --cases N`, issue 19, I19).

In an office's register about 1.5 intake items come in per case and about one stand-alone mediation case per ten
(the demo office: 60 items and 15 mediation cases for ~200 cases, many of them consultations and complaints that
never become cases). For each office the generator adds what is missing to reach those proportions — so a run
on a register that has cases but no intake items (the 1M registers of earlier rounds: `demo --cases 0`) tops
them up, and a second run adds nothing:
- a request item for 60 % of the cases, in state 已登记为行政裁决案件 with `case_id`, received the day the case was,
  the case's requester as submitter, its respondents as targets, its patent and product, a 繁简分流 track;
- the rest stand-alone: complaints, consultations, 假冒 reports, requests and mediation requests in every state
  their age allows (open and 补正中 when recent; 不予受理, 转交, 移交执法, 办结 when older, the real-name reporter
  told), each with one or two targets and a patent number;
- mediation cases, half of them from an intake item (its state 已登记为调解案件), in every state by age, the
  registered ones numbered by the office's 调解案号 pattern, with a requester and a respondent.
Every item's time limits are stored as the services store them (`loaders.intake.item_deadlines`); the search
text is the services' own (`search_text` of the intake and mediation services, given plain objects); sort keys
and 1–2-character grams are computed here, since the batches are written with the tables' triggers set aside
(ipcase.demo.bulk_write) — the trigram indexes are rebuilt once at the end. Generated mediation cases store no
time limits (their list shows none)."""
from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from types import SimpleNamespace

from sqlalchemy import exists, func, select

from ipcase.db.models.admin import Office, Sequence, User
from ipcase.db.models.cases import Case
from ipcase.db.models.intake import IntakeDeadlineRow, IntakeItem, IntakePatent, IntakeTarget
from ipcase.db.models.mediation import MediationCase, MediationParty
from ipcase.demo import names as N
from ipcase.demo.bulk_write import BulkWriter, text_grams
from ipcase.domain.enums import PartyKind, PartyRole, Role
from ipcase.domain.identifiers import make_credit_code, make_patent_number, normalize_name
from ipcase.domain.intake.items import CloseReason, IntakeChannel, IntakeKind, IntakeState
from ipcase.domain.intake.routing import Track
from ipcase.domain.mediation.cases import MediationKind, MediationState
from ipcase.domain.numbering import DEFAULT_MEDIATION_PATTERN, INTAKE_PATTERN, format_number
from ipcase.loaders.intake import item_deadlines, load_limits
from ipcase.loaders.mediation import PATTERN_KEY
from ipcase.loaders.settings import PerOffice, load_calendar, stored_value
from ipcase.progress import Progress
from ipcase.services.intake.validation import search_text as intake_search_text
from ipcase.services.mediation.case_support import search_text as mediation_search_text

INTAKE_PER_CASE = 1.5
MEDIATION_PER_CASE = 0.1
LINKED_SHARE = 0.6          # cases registered from a request in the intake register
MEDIATION_FROM_INTAKE = 0.5
BATCH = 20_000
# The tables filled, parents first (their triggers are set aside while a batch is written).
FILLED = (IntakeItem, IntakeTarget, IntakePatent, IntakeDeadlineRow, MediationCase, MediationParty)
KINDS = [(IntakeKind.COMPLAINT, 0.35), (IntakeKind.CONSULTATION, 0.30), (IntakeKind.COUNTERFEIT, 0.15),
         (IntakeKind.REQUEST, 0.15), (IntakeKind.MEDIATION, 0.05)]
CHANNELS = [(IntakeChannel.COUNTER, 0.3), (IntakeChannel.ONLINE, 0.25), (IntakeChannel.HOTLINE, 0.15),
            (IntakeChannel.LETTER, 0.1), (IntakeChannel.ECOMMERCE, 0.1), (IntakeChannel.TRADE_FAIR, 0.05),
            (IntakeChannel.REFERRAL, 0.05)]
LATER = {IntakeKind.REQUEST: [IntakeState.REFUSED, IntakeState.FORWARDED, IntakeState.CLOSED],
         IntakeKind.MEDIATION: [IntakeState.REFUSED, IntakeState.CLOSED],
         IntakeKind.COMPLAINT: [IntakeState.FORWARDED, IntakeState.CLOSED, IntakeState.REFUSED],
         IntakeKind.COUNTERFEIT: [IntakeState.ENFORCEMENT, IntakeState.CLOSED],
         IntakeKind.CONSULTATION: [IntakeState.CLOSED]}
MEDIATION_KINDS = [(MediationKind.OWNERSHIP, 0.3), (MediationKind.EMPLOYEE_REWARD, 0.25),
                   (MediationKind.INVENTOR, 0.15), (MediationKind.OTHER, 0.2), (MediationKind.PROVISIONAL_FEE, 0.1)]
SUBJECTS = {MediationKind.OWNERSHIP: "确认专利权归属", MediationKind.EMPLOYEE_REWARD: "职务发明创造的奖励和报酬",
            MediationKind.INVENTOR: "确认发明人资格", MediationKind.OTHER: "专利许可使用费纠纷",
            MediationKind.PROVISIONAL_FEE: "发明专利临时保护期使用费"}


class Ids:
    """Explicit primary keys, so that child rows point at parents without RETURNING round trips."""

    def __init__(self, s, models):
        self.first = {m: (s.scalar(select(func.max(m.id))) or 0) + 1 for m in models}
        self.next = dict(self.first)

    def take(self, model) -> int:
        value = self.next[model]
        self.next[model] = value + 1
        return value

    def ranges(self) -> dict[str, list[int]]:
        return {m.__tablename__: [self.first[m], self.next[m] - 1] for m in self.next if self.next[m] > self.first[m]}


def missing(s) -> dict[int, tuple[int, int, int]]:
    """Per office: (intake items to add, of them linked to cases, mediation cases to add) to reach the proportions."""
    def per_office(q) -> dict[int, int]:
        return dict(s.execute(q).all())
    cases = per_office(select(Case.office_id, func.count()).group_by(Case.office_id))
    items = per_office(select(IntakeItem.office_id, func.count()).group_by(IntakeItem.office_id))
    linked = per_office(select(IntakeItem.office_id, func.count()).where(IntakeItem.case_id.is_not(None))
                        .group_by(IntakeItem.office_id))
    mediation = per_office(select(MediationCase.office_id, func.count()).group_by(MediationCase.office_id))
    out = {}
    for office_id, n in cases.items():
        add_items = max(0, round(INTAKE_PER_CASE * n) - items.get(office_id, 0))
        add_linked = min(add_items, max(0, round(LINKED_SHARE * n) - linked.get(office_id, 0)))
        add_mediation = max(0, round(MEDIATION_PER_CASE * n) - mediation.get(office_id, 0))
        if add_items or add_mediation:
            out[office_id] = (add_items, add_linked, add_mediation)
    return out


def add_registers(s, commit: Callable[[], None], *, today: date, seed: int = 7, years: int = 3,
                  progress: Progress | None = None) -> dict[str, list[int]]:
    """Add the missing intake items and mediation cases of every office in batches of BATCH rows, one
    transaction each (`commit` ends it); returns the id ranges written per table (for the audit note). The
    caller rebuilds the trigram indexes (BulkWriter.finish) and the aggregates afterwards."""
    todo = missing(s)
    if not todo:
        return {}
    gen = _Generator(s, random.Random(seed * 7919 + 1), today, years)
    total = sum(a + m for a, _l, m in todo.values())
    writer = BulkWriter(s, [m.__tablename__ for m in FILLED])
    done = 0
    for rows in _batches(gen, todo):
        writer.triggers_off()
        for model in FILLED:
            writer.write(model.__table__, rows[model.__tablename__])
        writer.write_grams("intake_items", rows["intake_grams"])
        writer.write_grams("mediation_cases", rows["mediation_grams"])
        writer.triggers_on()
        commit()
        done += len(rows["intake_items"]) + len(rows["mediation_cases"])
        if progress:
            progress(done, total, f"收案登记/调解 {done}/{total}")
    gen.store_sequences()
    return gen.ids.ranges()


def _batches(gen: _Generator, todo: dict) -> Iterator[dict]:
    rows = _empty()
    for office_id, (add_items, add_linked, add_mediation) in sorted(todo.items()):
        office = gen.offices[office_id]
        if not gen.officers.get(office_id):
            continue
        for case in gen.unlinked_cases(office_id, add_linked):
            gen.linked_item(rows, office, case)
            if len(rows["intake_items"]) >= BATCH:
                yield rows
                rows = _empty()
        from_intake = min(round(add_mediation * MEDIATION_FROM_INTAKE), add_items - add_linked)
        for k in range(add_mediation):
            gen.mediation_case(rows, office, with_item=k < from_intake)
            if len(rows["intake_items"]) + len(rows["mediation_cases"]) >= BATCH:
                yield rows
                rows = _empty()
        for _ in range(add_items - add_linked - from_intake):
            gen.standalone_item(rows, office)
            if len(rows["intake_items"]) >= BATCH:
                yield rows
                rows = _empty()
    if rows["intake_items"] or rows["mediation_cases"]:
        yield rows


def _empty() -> dict[str, list]:
    return {**{m.__tablename__: [] for m in FILLED}, "intake_grams": [], "mediation_grams": []}


def _weighted(rng: random.Random, pairs):
    return rng.choices([v for v, _ in pairs], [w for _, w in pairs])[0]


class _Generator:
    def __init__(self, s, rng: random.Random, today: date, years: int):
        self.s, self.rng, self.today = s, rng, today
        self.first = today - timedelta(days=365 * years)
        self.span = (today - self.first).days
        self.offices = {o.id: o for o in s.scalars(select(Office))}
        self.officers: dict[int, list[int]] = {}
        self.names: dict[int, str] = {}
        for uid, oid, full_name in s.execute(select(User.id, User.office_id, User.full_name).where(
                User.active.is_(True), User.role.in_([Role.OFFICER.value, Role.SECTION_HEAD.value]))):
            self.officers.setdefault(oid, []).append(uid)
            self.names[uid] = full_name
        self.cal, self.limits = load_calendar(s), PerOffice(lambda o: load_limits(s, o))
        self.patterns = PerOffice(lambda o: stored_value(s, o, PATTERN_KEY, DEFAULT_MEDIATION_PATTERN))
        self.ids = Ids(s, FILLED)
        # The 收案编号 and 调解案号 go on from the stored counters and from the rows' own numbers.
        self.seqs: dict[tuple[str, int, int], int] = {
            (q.kind, q.office_id, q.year): q.last_value for q in s.scalars(select(Sequence).where(
                Sequence.kind.in_(["intake", "mediation_case"])))}
        for kind, q in (("intake", select(IntakeItem.office_id, IntakeItem.year, func.max(IntakeItem.seq))
                                   .group_by(IntakeItem.office_id, IntakeItem.year)),
                        ("mediation_case", select(MediationCase.office_id, MediationCase.case_year,
                                                  func.max(MediationCase.case_seq))
                         .where(MediationCase.case_seq.is_not(None))
                         .group_by(MediationCase.office_id, MediationCase.case_year))):
            for oid, year, top in s.execute(q):
                self.seqs[(kind, oid, year)] = max(self.seqs.get((kind, oid, year), 0), top)
        self.companies = [self._company() for _ in range(3000)]

    def _company(self) -> tuple[str, str, str]:
        r = self.rng
        name = f"{r.choice(N.CITIES)}{r.choice(N.WORDS)}{r.choice(N.TRADES)}有限公司"
        body = "91" + r.choice(["440300", "330200", "330782", "440600", "441900", "320500"]) + \
            "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
        return name, make_credit_code(body), normalize_name(name)

    def _next(self, kind: str, office_id: int, year: int) -> int:
        n = self.seqs.get((kind, office_id, year), 0) + 1
        self.seqs[(kind, office_id, year)] = n
        return n

    def store_sequences(self) -> None:
        """Later items and 立案 through the services continue the numbers (through the ORM: audited)."""
        s = self.s
        stored = {(q.kind, q.office_id, q.year): q for q in s.scalars(select(Sequence).where(
            Sequence.kind.in_(["intake", "mediation_case"])))}
        for (kind, oid, year), value in self.seqs.items():
            if (kind, oid, year) in stored:
                stored[(kind, oid, year)].last_value = max(stored[(kind, oid, year)].last_value, value)
            else:
                s.add(Sequence(office_id=oid, kind=kind, year=year, last_value=value))

    def unlinked_cases(self, office_id: int, limit: int) -> Iterator:
        """The office's cases no intake item names yet, in id order, `limit` of them, read a batch at a time."""
        after, left = 0, limit
        while left > 0:
            found = self.s.execute(
                select(Case.id, Case.received_date, Case.decided_date, Case.officer_id, Case.sort_requesters,
                       Case.sort_respondents, Case.sort_patent_number, Case.sort_patent_title, Case.accused_product,
                       Case.flag_foreign, Case.flag_ecommerce, Case.flag_trade_fair)
                .where(Case.office_id == office_id, Case.id > after,
                       ~exists().where(IntakeItem.case_id == Case.id))
                .order_by(Case.id).limit(min(left, 5000))).all()
            if not found:
                return
            yield from found
            after, left = found[-1].id, left - len(found)

    # ---- intake items ----------------------------------------------------------------------------

    def _received(self) -> datetime:
        day = self.first + timedelta(days=self.rng.randint(0, self.span))
        return datetime.combine(day, time(8 + self.rng.randint(0, 9), self.rng.choice((0, 15, 30, 45))))

    def _item(self, rows: dict, office: Office, *, received: datetime, kind: IntakeKind, state: IntakeState,
              submitter: tuple[str, str], targets: list[tuple[str, str, str]], patent: str, title: str,
              product: str, handler_id: int | None, **more) -> int:
        item_id, year = self.ids.take(IntakeItem), received.year
        seq = self._next("intake", office.id, year)
        r = self.rng
        row = dict(
            id=item_id, office_id=office.id, version=1, number=format_number(
                INTAKE_PATTERN, short_name=office.short_name, year=year, n=seq), year=year, seq=seq,
            kind=kind.value, channel=more.pop("channel", None) or _weighted(r, CHANNELS).value, state=state.value,
            received_at=received, anonymous=False, submitter_name=submitter[0],
            submitter_kind=PartyKind.LEGAL.value, submitter_credit_code=submitter[1], submitter_phone="",
            submitter_address="", referred_by="", patent_title=title, patentee=submitter[0] if patent else "",
            evaluation_report=False, product=product, description="", flag_foreign=False, flag_ecommerce=False,
            flag_trade_fair=False, handler_id=handler_id, registered_by=handler_id, suggested_track=None,
            suggested_rule="", track=None, track_reason="", track_decided_by=None, track_decided_at=None,
            defects=[], correction_requested_on=None, correction_due=None, correction_received=None,
            decision_extended=False, converted_from=None, request_received=None, decided_on=None, outcome_detail={},
            case_id=None, notified_on=None, notify_method="", repeat_case_id=None,
            sort_targets="、".join(t[0] for t in targets) or None,
            sort_handler=self.names.get(handler_id) if handler_id else None,
            created_at=received, updated_at=received)
        row.update(more)
        target_rows = [dict(id=self.ids.take(IntakeTarget), item_id=item_id, position=i, name=name,
                            name_normalized=normalized, kind=PartyKind.LEGAL.value, credit_code=code, address="",
                            shop_url="", booth="") for i, (name, code, normalized) in enumerate(targets)]
        patent_rows = [dict(id=self.ids.take(IntakePatent), item_id=item_id, position=0, number=patent)] \
            if patent else []
        rows["intake_targets"] += target_rows
        rows["intake_patents"] += patent_rows
        view = SimpleNamespace(**row, targets=[SimpleNamespace(**t) for t in target_rows],
                               patents=[SimpleNamespace(**p) for p in patent_rows])
        row["search_text"] = intake_search_text(view)
        rows["intake_grams"].append((item_id, text_grams(row["search_text"])))
        rows["intake_items"].append(row)
        for d in item_deadlines(view, self.cal, self.limits[office.id]):
            rows["intake_deadlines"].append(dict(
                id=self.ids.take(IntakeDeadlineRow), item_id=item_id, code=d.code.value, start_date=d.start,
                due_date=d.due, provisional=d.provisional, status=d.status.value, met_date=d.met_date))
        return item_id

    def linked_item(self, rows: dict, office: Office, case) -> None:
        """The request a case was registered from (state 已登记为行政裁决案件)."""
        r = self.rng
        received = datetime.combine(case.received_date, time(9, 0))
        track = r.choices([Track.FAST, Track.STANDARD, Track.COMPLEX], [0.35, 0.5, 0.15])[0]
        targets = [(name, "", normalize_name(name)) for name in (case.sort_respondents or "").split("、") if name]
        decided = min(case.received_date, self.today)
        self._item(rows, office, received=received, kind=IntakeKind.REQUEST, state=IntakeState.CASE,
                   submitter=((case.sort_requesters or "").split("、")[0], ""), targets=targets,
                   patent=case.sort_patent_number or "", title=case.sort_patent_title or "",
                   product=case.accused_product or "", handler_id=case.officer_id, case_id=case.id,
                   decided_on=decided, suggested_track=track.value, track=track.value,
                   track_decided_by=case.officer_id, track_decided_at=received,
                   flag_foreign=case.flag_foreign, flag_ecommerce=case.flag_ecommerce,
                   flag_trade_fair=case.flag_trade_fair)

    def standalone_item(self, rows: dict, office: Office, *, kind: IntakeKind | None = None,
                        state: IntakeState | None = None, received: datetime | None = None) -> int:
        r, today = self.rng, self.today
        kind = kind or _weighted(r, KINDS)
        received = received or self._received()
        age = (today - received.date()).days
        more: dict = {}
        if state is None:
            if age <= 10:
                state = IntakeState.PENDING_CORRECTION if kind in (IntakeKind.REQUEST, IntakeKind.COMPLAINT) \
                    and age >= 3 and r.random() < 0.3 else IntakeState.OPEN
            else:
                state = r.choice(LATER[kind])
        if state == IntakeState.PENDING_CORRECTION:
            asked = received.date() + timedelta(days=2)
            more.update(defects=["缺少专利权有效证明"], correction_requested_on=asked,
                        correction_due=asked + timedelta(days=15))
        elif state.is_terminal:
            decided = min(received.date() + timedelta(days=r.randint(1, 6)), today)
            more["decided_on"] = decided
            if state == IntakeState.CLOSED:
                reason = CloseReason.ANSWERED if kind == IntakeKind.CONSULTATION else \
                    r.choice([CloseReason.WITHDRAWN, CloseReason.NO_CONTACT, CloseReason.NOT_PATENT])
                more["outcome_detail"] = {"close_reason": reason.value}
            if kind in (IntakeKind.COMPLAINT, IntakeKind.COUNTERFEIT) and decided + timedelta(days=3) <= today:
                more.update(notified_on=decided + timedelta(days=3), notify_method="phone")
        company = r.choice(self.companies)
        targets = [r.choice(self.companies) for _ in range(1 + (r.random() < 0.2))]
        type_digit, title, product, _claims = r.choice(N.PATENTS)
        patent = make_patent_number(r.randint(2014, 2025), type_digit, r.randint(1_000_000, 9_999_999)) \
            if kind != IntakeKind.CONSULTATION or r.random() < 0.3 else ""
        return self._item(rows, office, received=received, kind=kind, state=state, submitter=company[:2],
                          targets=targets, patent=patent, title=title if patent else "", product=product,
                          handler_id=r.choice(self.officers[office.id]), **more)

    # ---- mediation cases -------------------------------------------------------------------------

    def mediation_case(self, rows: dict, office: Office, *, with_item: bool) -> None:
        r, today = self.rng, self.today
        kind = _weighted(r, MEDIATION_KINDS)
        received = self.first + timedelta(days=r.randint(0, self.span))
        age = (today - received).days
        item_id = self.standalone_item(rows, office, kind=IntakeKind.MEDIATION, state=IntakeState.MEDIATION,
                                       received=datetime.combine(received, time(9, 0))) if with_item else None
        registered = closed = None
        if age <= 15:
            state = r.choice([MediationState.RECEIVED, MediationState.AWAITING_STATEMENT])
        else:
            x = r.random()
            state = MediationState.NOT_REGISTERED if x < 0.25 else MediationState.REGISTERED if age <= 75 \
                else MediationState.CLOSED_AGREEMENT if x < 0.8 else MediationState.CLOSED_REVOKED
            if state != MediationState.NOT_REGISTERED:
                registered = received + timedelta(days=r.randint(5, 15))
                if state != MediationState.REGISTERED:
                    closed = min(registered + timedelta(days=r.randint(20, 60)), today)
        case_id = self.ids.take(MediationCase)
        number = year = seq = None
        if registered:
            year = registered.year
            seq = self._next("mediation_case", office.id, year)
            number = format_number(self.patterns[office.id], short_name=office.short_name, year=year, n=seq)
        requester, respondent = r.choice(self.companies), r.choice(self.companies)
        type_digit, title, _product, _claims = r.choice(N.PATENTS)
        patent = make_patent_number(r.randint(2014, 2025), type_digit, r.randint(1_000_000, 9_999_999))
        officer_id = r.choice(self.officers[office.id])
        row = dict(
            id=case_id, office_id=office.id, version=1, state=state.value, kind=kind.value, received_date=received,
            case_number=number, case_year=year, case_seq=seq, patent_number=patent, patent_title=title,
            patentee=requester[0], grant_date=None, subject=f"请求调解{SUBJECTS[kind]}纠纷", facts="",
            amount_claimed="", ruling_case_id=None, ruling_reference="", ruling_copy_name="", ruling_copy=None,
            officer_id=officer_id, intake_item_id=item_id, notice_served=None, notice_method="",
            statement_received=None, respondent_agrees=None,
            decided_date=registered or (received + timedelta(days=10) if state == MediationState.NOT_REGISTERED
                                        else None),
            registered_date=registered, session_at=None, session_place="", closed_date=closed, closing_detail={},
            cnipa_copied=None, extension_status="none", extension_reason="", extension_requested_by=None,
            extension_decided_by=None, extension_decided_at=None, extension_opinion="",
            created_at=datetime.combine(received, time(9, 0)), updated_at=datetime.combine(received, time(9, 0)))
        parties = [dict(id=self.ids.take(MediationParty), mediation_case_id=case_id, role=role.value,
                        kind=PartyKind.LEGAL.value, position=i, name=name, name_normalized=normalized,
                        credit_code=code, id_number="", legal_rep="", legal_rep_title="", address="", phone="",
                        agents=[])
                   for i, (role, (name, code, normalized)) in enumerate(((PartyRole.REQUESTER, requester),
                                                                         (PartyRole.RESPONDENT, respondent)))]
        rows["mediation_parties"] += parties
        row["search_text"] = mediation_search_text(
            SimpleNamespace(**row, parties=[SimpleNamespace(**p) for p in parties]))
        rows["mediation_grams"].append((case_id, text_grams(row["search_text"])))
        rows["mediation_cases"].append(row)
