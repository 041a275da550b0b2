"""A large demo register for load tests: `python main.py demo --cases 1000000`.

The service-built demo (ipcase.demo.office) takes ~15 s for 200 cases; a million need batched Core inserts.
Rows are still consistent with the rules the statistics rely on: each case's state matches its dates and its
closing method; a registered case has its closing limit D12 computed by the domain (`closing_due`, with its
pauses — some overlapping — and extensions) and met on the closing day when closed; a case awaiting 立案 has
its open D1. Generated cases carry parties, a patent, the 案号 and the search text, but no timeline,
panel or documents."""
from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from sqlalchemy import func, select, text

from ipcase.audit import capture
from ipcase.db import aggregates
from ipcase.db.models.admin import Office, Sequence, User
from ipcase.db.models.cases import Case, DeadlineRow, Extension, Party, Patent, Pause
from ipcase.demo import names as N
from ipcase.demo.bulk_registers import FILLED as REGISTER_MODELS
from ipcase.demo.bulk_registers import add_registers
from ipcase.demo.bulk_write import BulkWriter
from ipcase.demo.bulk_write import bit_grams as _bit_grams  # tests compare it with search_index.grams
from ipcase.demo.office import DEMO_PASSWORD, DEMO_USERS
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.deadlines import CaseFacts, DeadlineSettings, ExtensionFacts, PauseFacts, closing_due
from ipcase.domain.enums import (
    CaseState,
    DeadlineCode,
    DeadlineStatus,
    PartyKind,
    PartyRole,
    PauseKind,
    RevokeReason,
    Role,
)
from ipcase.domain.identifiers import make_credit_code, make_patent_number, normalize_name
from ipcase.domain.numbering import format_number
from ipcase.domain.periods import compute_due
from ipcase.domain.statistics.counting import ClosingMethod
from ipcase.loaders.settings import load_calendar, load_settings
from ipcase.progress import Progress
from ipcase.services.admin import auth, setup
from ipcase.uow import UnitOfWork

BATCH = 20_000
# (method, share of registered closings); the closing state and the stored detail follow from the method.
METHODS = [(ClosingMethod.RULING_INFRINGEMENT, 0.45), (ClosingMethod.RULING_REJECTED, 0.14),
           (ClosingMethod.MEDIATED, 0.21), (ClosingMethod.WITHDRAWN, 0.12), (ClosingMethod.REVOKED, 0.05),
           (ClosingMethod.TRANSFERRED, 0.03)]
STATE_OF = {ClosingMethod.RULING_INFRINGEMENT: CaseState.CLOSED_RULING_INFRINGEMENT,
            ClosingMethod.RULING_REJECTED: CaseState.CLOSED_RULING_REJECTED,
            ClosingMethod.MEDIATED: CaseState.CLOSED_MEDIATED}
COUNTIES = ["东湖县", "西山县", "南塘县", "北岭县", "青溪县", "白沙县", "临江县", "石门县", "云台县", "安平县"]
OPEN_LATE = [CaseState.INVESTIGATION, CaseState.HEARING_SCHEDULED, CaseState.HEARD, CaseState.DELIBERATION,
             CaseState.CLOSURE_APPROVAL]


def ensure_office(new_uow: Callable[[], UnitOfWork], *, sub_offices: int = 0) -> int:
    """The top office of the database (the demo office and users are created in an empty one), with
    `sub_offices` county offices under it, each with three officers."""
    with new_uow() as uow:
        admin = None
        if not setup.is_initialised(uow):
            _office, admin = setup.create_office(
                uow, name="某市市场监督管理局（知识产权局）", short_name="某市", admin_username="admin",
                admin_password=DEMO_PASSWORD, higher_office="某省知识产权局")
    for username, full_name, role in DEMO_USERS[1:] if admin else ():
        with new_uow() as uow:
            auth.create_user(uow, actor_id=admin.id, username=username, full_name=full_name, role=role,
                             password=DEMO_PASSWORD)
    with new_uow() as uow:
        s = uow.session
        top = s.scalar(select(Office).where(Office.parent_id.is_(None)).order_by(Office.id))
        have = s.scalar(select(func.count()).select_from(Office).where(Office.parent_id == top.id))
        password = auth.hash_password(DEMO_PASSWORD)
        for i in range(have, sub_offices):
            county = COUNTIES[i % len(COUNTIES)] + ("" if i < len(COUNTIES) else str(i // len(COUNTIES) + 1))
            office = Office(name=f"{county}市场监督管理局", short_name=county, parent_id=top.id,
                            case_number_pattern=setup.inherited_case_pattern(top), higher_office=top.name)
            s.add(office)
            s.flush()
            setup.inherit_settings(s, top.id, office.id)   # as `init --parent` starts a sub-office
            for j in range(3):
                s.add(User(office_id=office.id, username=f"county{office.id}_{j + 1}",
                           full_name=N.SURNAMES[(3 * i + j) % len(N.SURNAMES)] + N.GIVEN[(5 * i + j) % len(N.GIVEN)],
                           role=Role.OFFICER.value, password_hash=password, active=True))
        uow.commit()
        return top.id


class _Ids:
    """Explicit primary keys, so that child rows can point at parents without RETURNING round trips."""

    def __init__(self, s, *models):
        self.next = {m: (s.scalar(select(func.max(m.id))) or 0) + 1 for m in models}

    def take(self, model) -> int:
        value = self.next[model]
        self.next[model] = value + 1
        return value


def generate(new_uow: Callable[[], UnitOfWork], *, cases: int, today: date, seed: int = 7, years: int = 3,
             sub_offices: int = 0, progress: Progress | None = None) -> int:
    """Insert `cases` consistent cases received over the last `years` years; returns how many."""
    top = ensure_office(new_uow, sub_offices=sub_offices)
    rng = random.Random(seed)
    with new_uow() as uow:
        s = uow.session
        # The demo's sub-offices are new and store no settings: the top office's (or the defaults) hold for all.
        cal, settings = load_calendar(s), load_settings(s, top)
        offices = {o.id: o for o in s.scalars(select(Office).where((Office.id == top) | (Office.parent_id == top)))}
        officers: dict[int, list[int]] = {}
        names: dict[int, str] = {}
        for uid, oid, full_name in s.execute(select(User.id, User.office_id, User.full_name).where(
                User.office_id.in_(offices), User.role.in_([Role.OFFICER.value, Role.SECTION_HEAD.value]))):
            officers.setdefault(oid, []).append(uid)
            names[uid] = full_name
        # The 案号 counters go on from the stored ones — and from the cases' own numbers: a run stopped midway
        # committed its batches but not its counters.
        seqs = {(q.office_id, q.year): q.last_value for q in s.scalars(select(Sequence).where(Sequence.kind == "case"))}
        for oid, year, top_seq in s.execute(select(Case.office_id, Case.case_year, func.max(Case.case_seq))
                                            .where(Case.case_seq.is_not(None)).group_by(Case.office_id, Case.case_year)):
            seqs[(oid, year)] = max(seqs.get((oid, year), 0), top_seq)
        ids = _Ids(s, *FILLED_MODELS)
        first_ids = dict(ids.next)
        # The demo's own patents take random serials anywhere in the 7-digit range: every generated number is
        # checked against those already stored (and the ones generated before it), never assumed free.
        taken = set(s.scalars(select(Patent.number)))
        serials = _free_serials(taken)
        office_ids = [o for o in offices if officers.get(o)]
        weights = [3 if o == top else 1 for o in office_ids]
        companies = [_company(rng) for _ in range(4000)]
        gen = _Generator(rng, today, years, cal, settings, names)
        uow.commit()
        _insert_batches(s, uow, gen, cases, ids, office_ids, weights, offices, officers, companies, seqs, serials,
                        progress)
        _store_sequences(s, seqs)
        # the 收案登记 and 调解 registers in proportion to the cases (ipcase.demo.bulk_registers)
        registers = add_registers(s, _committing_ids(s, uow, REGISTER_MODELS), today=today, seed=seed, years=years,
                                  progress=progress)
        _resync_pg_sequences(s, (*FILLED_MODELS, *REGISTER_MODELS, Office, User))
        BulkWriter(s, ()).finish(("cases", *(REGISTER_INDEXES if registers else ())))
        _analyze_pg(s, (*FILLED_MODELS, *REGISTER_MODELS))
        # The dashboard's aggregates are kept by an ORM hook the Core inserts bypass: built again from the cases.
        aggregates.rebuild(s.connection())
        # Generated rows bypass the audited flush (a load-test register, not a record of anyone's work): one
        # chain entry says which rows were generated; `audit verify` lists them as inserted outside the chain.
        capture.note(s, "demo_generated", detail={
            "cases": cases, "seed": seed, "today": today.isoformat(),
            "ids": {**{m.__tablename__: [first_ids[m], ids.next[m] - 1] for m in FILLED_MODELS
                       if ids.next[m] > first_ids[m]}, **registers}})
        uow.commit()
    return cases


REGISTER_INDEXES = ("intake_items", "mediation_cases")


def top_up_registers(new_uow: Callable[[], UnitOfWork], *, today: date, seed: int = 7, years: int = 3,
                     progress: Progress | None = None) -> dict[str, list[int]]:
    """Add the intake items and mediation cases a register lacks for its cases (`python main.py demo --cases 0`:
    a register generated before the generator made them); nothing when they are there. Returns the id ranges
    written; the end is `generate`'s: trigram indexes, PostgreSQL sequences, aggregates (a case's intake track
    counts in them), one `demo_generated` audit entry."""
    with new_uow() as uow:
        s = uow.session
        registers = add_registers(s, _committing_ids(s, uow, REGISTER_MODELS), today=today, seed=seed, years=years,
                                  progress=progress)
        if registers:
            BulkWriter(s, ()).finish(REGISTER_INDEXES)
            _resync_pg_sequences(s, REGISTER_MODELS)
            _analyze_pg(s, REGISTER_MODELS)
            aggregates.rebuild(s.connection())
            capture.note(s, "demo_generated", detail={"cases": 0, "seed": seed, "today": today.isoformat(),
                                                      "ids": registers})
        uow.commit()
    return registers


# The tables the generator fills, parents first.
FILLED_MODELS = (Patent, Case, Party, Pause, Extension, DeadlineRow)
KEYS = {Patent: "patents", Case: "cases", Party: "parties", Pause: "pauses", Extension: "extensions",
        DeadlineRow: "deadlines"}


def _insert_batches(s, uow, gen, cases, ids, office_ids, weights, offices, officers, companies, seqs, serials,
                    progress) -> None:
    """One transaction per batch, the filled tables' triggers set aside inside it (never left off after a commit:
    an interrupted run leaves only the trigram index behind, which the next run's `finish` rebuilds)."""
    rng, done = gen.rng, 0
    writer = BulkWriter(s, [m.__tablename__ for m in FILLED_MODELS])
    while done < cases:
        n = min(BATCH, cases - done)
        rows = {k: [] for k in (*KEYS.values(), "grams")}
        for _ in range(n):
            oid = rng.choices(office_ids, weights)[0]
            gen.case(rows, ids, offices[oid], rng.choice(officers[oid]), companies, seqs, serials)
        writer.triggers_off()
        for model in FILLED_MODELS:
            writer.write(model.__table__, rows[KEYS[model]])
        writer.write_case_grams(rows["grams"])
        writer.triggers_on()
        done += n
        _resync_pg_sequences(s, FILLED_MODELS)   # in the batch's transaction: see _committing_ids
        uow.commit()
        if progress:
            progress(done, cases, f"{done}/{cases}")


def _free_serials(taken: set[str]):
    """A source of patent numbers free in `taken`: `serials(year, type_digit)` gives the next one and marks it
    taken. Serials run upwards per (year, type) from 1,000,000, skipping any number already stored."""
    nxt: dict[tuple[int, int], int] = {}

    def serial(year: int, type_digit: int) -> str:
        n = nxt.get((year, type_digit), 1_000_000)
        while True:
            if n > 9_999_999:
                raise ValueError(f"no free patent serial left for {year}/{type_digit}")
            number = make_patent_number(year, type_digit, n)
            n += 1
            if number not in taken:
                taken.add(number)
                nxt[(year, type_digit)] = n
                return number
    return serial


def _store_sequences(s, seqs: dict) -> None:
    """Later 立案 through the services continue the 案号 without gaps or clashes (through the ORM: audited)."""
    existing = {(q.office_id, q.year): q for q in s.scalars(select(Sequence).where(Sequence.kind == "case"))}
    for (oid, year), value in seqs.items():
        if (oid, year) in existing:
            existing[(oid, year)].last_value = value
        else:
            s.add(Sequence(office_id=oid, kind="case", year=year, last_value=value))


def _committing_ids(s, uow, models) -> Callable[[], None]:
    """A batch's commit that first moves PostgreSQL's id sequences of `models` past the ids the batch wrote
    explicitly. Done with every batch, not only at the end: a run stopped half-way (Ctrl+C, a full disk) otherwise
    leaves committed rows ahead of their sequences, and the next row a service adds to such a table fails with a
    duplicate key (seen on a 1M register whose top-up was stopped: the start-of-day refresh's new 期限 rows)."""
    def commit() -> None:
        _resync_pg_sequences(s, models)
        uow.commit()
    return commit


def _resync_pg_sequences(s, models) -> None:
    if s.bind.dialect.name != "postgresql":
        return
    for m in models:
        table = m.__table__.name
        s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                       f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table}), 1))"))


def _analyze_pg(s, models) -> None:
    """PostgreSQL: the filled tables' statistics gathered now (ANALYZE, in the run's transaction). The searches plan
    from them and read a register's gram frequencies from them (search._common_on_postgresql: a gram in more than
    COMMON_HITS rows is searched in list order); left to autovacuum, a topped-up register was searched with the
    statistics of a table 75 times smaller until it came round (the 1M register's 收案登记 after its top-up from
    20,060 to 1,499,999 items, issue 19, P19c)."""
    if s.bind.dialect.name != "postgresql":
        return
    for m in models:
        s.execute(text(f"ANALYZE {m.__table__.name}"))


def _company(rng: random.Random) -> tuple[str, str, str]:
    """(name, unified social credit code, normalised name)."""
    name = f"{rng.choice(N.CITIES)}{rng.choice(N.WORDS)}{rng.choice(N.TRADES)}有限公司"
    body = "91" + rng.choice(["440300", "330200", "330782", "440600", "441900", "320500"]) + \
        "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return name, make_credit_code(body), normalize_name(name)


class _Generator:
    def __init__(self, rng: random.Random, today: date, years: int, cal: OfficialCalendar,
                 settings: DeadlineSettings, officer_names: dict[int, str]):
        self.rng, self.today, self.cal, self.settings = rng, today, cal, settings
        self.officer_names = officer_names
        self.bit_grams: dict[str, tuple[str, ...]] = {}
        self.first = today - timedelta(days=365 * years)
        self.span = (today - self.first).days
        self.d1 = lru_cache(maxsize=None)(lambda d: compute_due(d, settings.decision_days, "working_days", cal))

    def case(self, rows: dict, ids: _Ids, office: Office, officer_id: int, companies, seqs: dict,
             serials: Callable[[int, int], str]) -> None:
        r, today = self.rng, self.today
        case_id, patent_id = ids.take(Case), ids.take(Patent)
        received = self.first + timedelta(days=r.randint(0, self.span))
        type_digit, title, product, claims = r.choice(N.PATENTS)
        filing_year = r.randint(2012, max(2012, min(received.year - 1, 2025)))
        number = serials(filing_year, type_digit)
        requester, respondent = r.choice(companies), r.choice(companies)
        rows["patents"].append(dict(id=patent_id, number=number, patent_type={1: "invention", 2: "utility_model",
                                                                              3: "design"}[type_digit],
                                    title=title, patentee=requester[0], filing_date=date(filing_year, 3, 1),
                                    grant_date=date(filing_year + 1, 6, 1)))
        c = dict(id=case_id, office_id=office.id, version=1, patent_id=patent_id, claims_asserted=claims,
                 accused_product=product, acts=["make", "sell"], request_summary=f"请求责令停止侵犯“{title}”专利权的行为。",
                 flag_foreign=r.random() < 0.08, flag_ecommerce=r.random() < 0.35, flag_trade_fair=r.random() < 0.12,
                 officer_id=officer_id, received_date=received, correction_due=None, correction_received=None,
                 decision_extended=False, decided_date=None, registered_date=None, answer_forwarded=None,
                 hearing_at=None, hearing_room="", proposed_outcome=None, closed_date=None, closing_detail={},
                 closing_method=None, case_number=None, case_year=None, case_seq=None,
                 created_at=datetime.combine(received, time(9, 30)), updated_at=datetime.combine(received, time(9, 30)))
        decided = received + timedelta(days=r.randint(1, 7))
        if decided > today:
            c["state"] = CaseState.RECEIVED.value
            due = self.d1(received)
            rows["deadlines"].append(self._deadline(ids, case_id, DeadlineCode.D1, received, due.date, due.provisional,
                                                    DeadlineStatus.OPEN, None, False, due.basis))
        elif r.random() < 0.03:
            c.update(state=CaseState.NOT_ACCEPTED.value, decided_date=decided, closed_date=decided,
                     closing_method=ClosingMethod.NOT_ACCEPTED.value,
                     closing_detail={"refusal_reasons": ["outside_jurisdiction"], "decided_date": decided.isoformat()})
        else:
            self._registered(c, rows, ids, office, decided, seqs)
        for position, (role, (name, code, normalized)) in enumerate(((PartyRole.REQUESTER, requester),
                                                                     (PartyRole.RESPONDENT, respondent))):
            rows["parties"].append(dict(id=ids.take(Party), case_id=case_id, role=role.value, kind=PartyKind.LEGAL.value,
                                        position=position, name=name, name_normalized=normalized,
                                        credit_code=code, id_number="", legal_rep="", legal_rep_title="", address="",
                                        phone="", no_domicile_in_prc=False, notice_served=None, copy_served=None,
                                        answer_received=None, ruling_served=None))
        bits = [b for b in (c["case_number"] or "", number, number.removeprefix("ZL"), number.replace(".", ""),
                            requester[0], requester[2], requester[1], respondent[0], respondent[2], respondent[1]) if b]
        c["search_text"] = " | ".join(bits)
        rows["grams"].append((case_id, self._grams(bits)))
        # What the sort-key triggers of migration 0022 would store (they are off while the batch is written).
        # (and migration 0040's list flags: the D12 deadline's provisional flag, a running suspension)
        d12 = next((d for d in rows["deadlines"][-1:]
                    if d["case_id"] == case_id and d["code"] == DeadlineCode.D12.value), None)
        suspended = any(p["case_id"] == case_id and p["kind"] == PauseKind.SUSPENSION.value and p["end_date"] is None
                        for p in rows["pauses"][-2:])   # a case's pauses: at most two, the last appended
        c.update(sort_requesters=requester[0], sort_respondents=respondent[0],
                 sort_officer=self.officer_names[officer_id], sort_patent_number=number,
                 sort_patent_type=rows["patents"][-1]["patent_type"], sort_patent_title=title,
                 sort_closing_due=d12 and d12["due_date"],
                 sort_closing_provisional=bool(d12 and d12["provisional"]), sort_suspended=suspended)
        rows["cases"].append(c)

    def _grams(self, bits: list[str]) -> str:
        """`search_index.grams` of the bits joined by " | ": the separator holds no letter or digit, so no gram
        crosses two bits and the text's grams are the union of the bits'. Each company's bits are computed once
        (they repeat across cases)."""
        seen: dict[str, None] = {}
        for bit in bits:
            grams = self.bit_grams.get(bit)
            if grams is None:
                grams = _bit_grams(bit)
                if len(self.bit_grams) < 200_000:
                    self.bit_grams[bit] = grams
            seen.update(dict.fromkeys(grams))
        return " ".join(seen)

    def _registered(self, c: dict, rows: dict, ids: _Ids, office: Office, registered: date, seqs: dict) -> None:
        r, today = self.rng, self.today
        year = registered.year
        seq = seqs.get((office.id, year), 0) + 1
        seqs[(office.id, year)] = seq
        c.update(decided_date=registered, registered_date=registered, case_year=year, case_seq=seq,
                 case_number=format_number(office.case_number_pattern, short_name=office.short_name, year=year, n=seq))
        pauses = []
        x = r.random()
        if x < 0.22:  # a suspension; a quarter of them with an appraisal overlapping it
            start = registered + timedelta(days=r.randint(10, 40))
            pauses.append((PauseKind.SUSPENSION, start, start + timedelta(days=r.randint(10, 70))))
            if x < 0.055:
                inner = start + timedelta(days=r.randint(0, 15))
                pauses.append((PauseKind.APPRAISAL, inner, inner + timedelta(days=r.randint(5, 40))))
        elif x < 0.32:
            start = registered + timedelta(days=r.randint(15, 50))
            pauses.append((PauseKind.SETTLEMENT if x < 0.27 else PauseKind.APPRAISAL, start,
                           start + timedelta(days=r.randint(5, 30))))
        extensions = [ExtensionFacts(1, 1, "months")] if r.random() < 0.06 else []
        work = r.randint(25, 95) + (31 if extensions else 0) + (12 if r.random() < 0.07 else 0)
        paused = sum((e - s).days for _, s, e in pauses)
        closed = registered + timedelta(days=work + paused)
        open_case = closed > today
        running = []  # the pauses as stored today: ended, still running (None), or cut short by the closing
        for kind, s, e in pauses:
            if s > today or s >= closed:
                continue
            if open_case:
                running.append((kind, s, e if e <= today else None))
            else:
                running.append((kind, s, min(e, closed)))
        facts_pauses = tuple(PauseFacts(k, s, e) for k, s, e in running)
        if open_case:
            age = (today - registered).days
            state = (CaseState.REGISTERED if age < 6 else CaseState.ANSWER_PERIOD if age < 20
                     else r.choice(OPEN_LATE))
            c["state"] = state.value
            if state in (CaseState.HEARING_SCHEDULED, CaseState.HEARD, CaseState.DELIBERATION):
                c["hearing_at"] = datetime.combine(min(today + timedelta(days=5), registered + timedelta(days=60)),
                                                   time(9, 30))
        else:
            method = r.choices([m for m, _ in METHODS], [w for _, w in METHODS])[0]
            state = STATE_OF.get(method, CaseState.CLOSED_REVOKED)
            detail: dict = {}
            if method in STATE_OF and method != ClosingMethod.MEDIATED:
                detail = {"outcome": "infringement" if method == ClosingMethod.RULING_INFRINGEMENT else "rejected",
                          "ruling_date": closed.isoformat()}
            elif method == ClosingMethod.MEDIATED:
                detail = {"agreement_date": closed.isoformat()}
            else:
                reason = {ClosingMethod.WITHDRAWN: RevokeReason.WITHDRAWAL, ClosingMethod.TRANSFERRED:
                          RevokeReason.JURISDICTION}.get(method, RevokeReason.SUED_IN_COURT)
                detail = {"revoke_reason": reason.value, "decided_date": closed.isoformat()}
            if (today - closed).days > 60 and r.random() < 0.6:
                state = CaseState.ARCHIVED
            c.update(state=state.value, closed_date=closed, closing_method=method.value, closing_detail=detail)
        for kind, s, e in running:
            rows["pauses"].append(dict(id=ids.take(Pause), case_id=c["id"], kind=kind.value, ground="", start_date=s,
                                       end_date=e, note=""))
        for ext in extensions:
            rows["extensions"].append(dict(id=ids.take(Extension), case_id=c["id"], level=ext.level, length=ext.length,
                                           unit=ext.unit, reason="案情复杂", higher_office_ref="", approval_id=None))
        facts = CaseFacts(state=state, received_date=c["received_date"], decided_date=registered,
                          registered_date=registered, pauses=facts_pauses, extensions=tuple(extensions),
                          closed_date=None if open_case else closed)
        due = closing_due(facts, self.cal, self.settings, today)
        paused_now = open_case and any(e is None for _, _, e in running)
        rows["deadlines"].append(self._deadline(
            ids, c["id"], DeadlineCode.D12, registered, due.date, due.provisional,
            DeadlineStatus.OPEN if open_case else DeadlineStatus.MET, None if open_case else closed, paused_now,
            due.basis))

    @staticmethod
    def _deadline(ids: _Ids, case_id: int, code: DeadlineCode, start: date, due: date, provisional: bool,
                  status: DeadlineStatus, met: date | None, paused: bool, basis: str) -> dict:
        return dict(id=ids.take(DeadlineRow), case_id=case_id, code=code.value, party_id=None, start_date=start,
                    due_date=due, provisional=provisional, basis=basis, status=status.value, met_date=met,
                    paused=paused, hide_after_due=False)
