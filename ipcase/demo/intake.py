"""The intake register of the demo office: about sixty items over the last weeks, from every channel and of
every kind, in every outcome — open ones with limits running (some overdue), corrections, extensions, items
that became cases (a few of them already registered and served), refusals, forwards, 假冒 clues referred to
enforcement with reporters told or still to be told, mediations, answered consultations — and one request
against a respondent already found to infringe the same patent (重复侵权).

Built through the real services, after the cases (see ipcase/demo/office.py)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ipcase.demo import names as N
from ipcase.demo.cases import CaseSteps
from ipcase.domain.enums import CaseState, PartyKind, PartyRole
from ipcase.domain.identifiers import make_patent_number
from ipcase.domain.intake.items import CloseReason, IntakeChannel, IntakeKind, TriageOutcome
from ipcase.domain.intake.routing import Track
from ipcase.dto.cases import CaseFilter, CaseRef
from ipcase.dto.intake import IntakeInput, IntakeRef, IntakeTargetInput, TriageInput
from ipcase.queries.cases.register import case_detail, list_cases
from ipcase.queries.intake.register import item_detail
from ipcase.services.intake import items as intake

K, C, OC = IntakeKind, IntakeChannel, TriageOutcome
AUTHORITIES = ["某省知识产权局", "邻市市场监督管理局（知识产权局）", "某区市场监督管理局"]
FAIRS = ["第三届某市国际家居用品博览会", "某市春季电子消费品展"]


class IntakeDemo:
    def __init__(self, b):
        self.b, self.rng = b, b.rng
        self.officers = list(b.officers())
        self.head = b.users["liuyang"]
        self.clerks = [b.users["sunli"], b.users["zhoujie"]]

    # ---- helpers
    def at(self, d: date, minute: int = 0) -> datetime:
        return self.b.clamp(datetime.combine(d, time(8, 30)) + timedelta(minutes=minute))

    def target(self, channel: IntakeChannel) -> IntakeTargetInput:
        r, b = self.rng, self.b
        if r.random() < 0.3:
            name, kind = f"{r.choice(N.CITIES)}{r.choice(N.WORDS)}{r.choice(N.SHOP_KINDS)}", PartyKind.UNINCORPORATED
        else:
            name, kind = b.company(), PartyKind.LEGAL
        return IntakeTargetInput(
            name, kind, b.credit_code(name) if r.random() < 0.6 else "",
            f"{b.city_of(name)}{r.choice(['商贸城', '工业园'])}{r.randint(1, 99)}号",
            shop_url=f"https://shop{r.randint(10000, 99999)}.example.com" if channel == C.ECOMMERCE else "",
            booth=f"{r.randint(1, 9)}号馆{r.choice('ABCDE')}{r.randint(1, 60):02d}" if channel == C.TRADE_FAIR else "")

    def item(self, kind: IntakeKind, channel: IntakeChannel, back: int, *, who=None, handler=True,
             anonymous=False, targets=None, patent=None, types=(1, 2, 3), **over) -> IntakeRef:
        r, b = self.rng, self.b
        type_digit, title, product, _claims = r.choice([p for p in N.PATENTS if p[0] in types])
        number = patent or make_patent_number(r.randint(2016, 2023), type_digit, r.randint(100000, 9999999))
        received = self.at(self.b.working_day_back(back), r.randint(0, 50))
        legal = r.random() < 0.6
        who = who or r.choice(self.officers + self.clerks)
        submitter = b.company() if legal else b.person()
        # a company's address in its own city; a person's anywhere
        city = b.city_of(submitter) if legal else r.choice(N.CITIES)
        data = dict(
            kind=kind, channel=channel, received_at=received, anonymous=anonymous,
            submitter_name=submitter,
            submitter_kind=PartyKind.LEGAL if legal else PartyKind.NATURAL,
            submitter_credit_code=b.credit_code(submitter) if legal else "",
            submitter_phone=f"13{r.randint(100000000, 999999999)}", submitter_address=f"{city}人民路{r.randint(1, 300)}号",
            referred_by=r.choice(AUTHORITIES) if channel == C.REFERRAL else "",
            targets=targets if targets is not None else (self.target(channel),),
            patent_numbers=(number,) if kind != K.CONSULTATION else (), patent_title=title,
            evaluation_report=type_digit != 1 and r.random() < 0.6, product=product,
            description=self.description(kind, product, channel), flag_ecommerce=channel == C.ECOMMERCE,
            flag_trade_fair=channel == C.TRADE_FAIR, flag_foreign=r.random() < 0.05,
            handler_id=(who.id if who in self.officers else r.choice(self.officers).id) if handler else None)
        data.update(over)
        return b.run(intake.register_item, actor_id=who.id, data=IntakeInput(**data), now=received + timedelta(minutes=55))

    def description(self, kind: IntakeKind, product: str, channel: IntakeChannel) -> str:
        where = {C.ECOMMERCE: "在电商平台网店", C.TRADE_FAIR: f"在{self.rng.choice(FAIRS)}展位"}.get(channel, "在本市")
        return {
            K.REQUEST: f"请求责令被请求人停止{where}制造、销售侵犯专利权的{product}。",
            K.MEDIATION: f"请求就{product}侵权赔偿数额进行调解。",
            K.COMPLAINT: f"投诉被投诉人{where}销售涉嫌侵犯专利权的{product}。",
            K.COUNTERFEIT: f"举报{product}包装上标注的专利号与产品不符，涉嫌假冒专利。",
            K.CONSULTATION: "咨询专利侵权纠纷行政裁决的受理条件和需提交的材料。",
        }[kind]

    def decide(self, ref: IntakeRef, outcome: TriageOutcome, back: int, who=None, **kw) -> IntakeRef:
        who = who or self.rng.choice(self.officers)
        day = self.b.working_day_back(back)
        return self.b.run(intake.triage, actor_id=who.id, item_id=ref.id, expected_version=ref.version,
                          decision=TriageInput(outcome, decided_date=day, **kw), now=self.at(day, 90))

    # ---- the register
    def build(self) -> None:
        r = self.rng
        channels = [C.COUNTER, C.LETTER, C.ONLINE, C.ECOMMERCE, C.TRADE_FAIR, C.REFERRAL]
        # Requests still to decide: D1 running, a few overdue; two nobody has taken yet.
        for back in (0, 1, 2, 3, 5, 6, 8, 9):
            self.item(K.REQUEST, r.choice(channels), back)
        for back in (1, 4):
            self.item(K.REQUEST, C.COUNTER, back, who=self.clerks[0], handler=False)
        # Trade-fair requests taken at the booth.
        for back in (0, 0, 1, 1):
            self.item(K.REQUEST, C.TRADE_FAIR, back, evaluation_report=True, types=(2, 3))
        # Corrections: one waiting, one overdue, one received; and one extended by the head.
        for back, received in ((3, None), (16, None), (12, 6)):
            ref = self.decide(self.item(K.REQUEST, C.LETTER, back), OC.CORRECTION, back - 1,
                              defects=("未提交专利登记簿副本", "请求书未由请求人签字盖章"),
                              correction_due=self.b.working_day_back(back - 11))
            if received is not None:
                who = r.choice(self.clerks)
                day = self.b.working_day_back(received)
                self.b.run(intake.record_correction, actor_id=who.id, item_id=ref.id, expected_version=ref.version,
                           received=day, now=self.at(day, 60))
        ref = self.item(K.REQUEST, C.COUNTER, 7)
        self.b.run(intake.extend_decision, actor_id=self.head.id, item_id=ref.id, expected_version=ref.version,
                   reason="涉及多项权利要求的技术特征比对，需进一步核实。", now=self.at(self.b.working_day_back(2)))
        # Requests that became cases; three of them are already registered and served.
        cases = []
        for i, back in enumerate((30, 26, 22, 18, 14, 10, 6, 4)):
            ref = self.item(K.REQUEST, r.choice(channels), back)
            track = (Track.COMPLEX, "被请求人主张现有技术抗辩，需技术调查官参与") if i == 3 else (None, "")
            ref = self.decide(ref, OC.CASE, back - 2, track=track[0] or self.suggested(ref), track_reason=track[1])
            cases.append((ref, back - 2))
        for ref, back in cases[:3]:
            self.drive(ref, back)
        for back, outcome, kw in ((20, OC.REFUSE, {"refusal_reasons": ("sued_in_court",),
                                                   "reason_text": "请求人已就同一纠纷向人民法院起诉。"}),
                                  (15, OC.REFUSE, {"refusal_reasons": ("outside_jurisdiction",)}),
                                  (19, OC.FORWARD, {"authority": AUTHORITIES[0], "reason_text": "被请求人为外省企业，涉外案件由省局处理。"}),
                                  (11, OC.FORWARD, {"authority": AUTHORITIES[1], "reason_text": "侵权行为地和被请求人住所地均在邻市。"}),
                                  (7, OC.FORWARD, {"authority": AUTHORITIES[2], "reason_text": "属区局管辖的电商平台案件。"}),
                                  (9, OC.CLOSE, {"close_reason": CloseReason.WITHDRAWN, "reason_text": "请求人电话表示双方已和解。"})):
            who = self.head if outcome == OC.REFUSE else None
            self.decide(self.item(K.REQUEST, r.choice(channels), back), outcome, back - 2, who=who, **kw)
        self.repeat_request()
        # Mediation requests.
        for back in (2, 6):
            self.item(K.MEDIATION, C.COUNTER, back)
        for back in (25, 17, 9):
            ref = self.item(K.MEDIATION, C.LETTER, back)
            self.decide(ref, OC.MEDIATION, back - 3, track=self.suggested(ref), reason_text="赔偿数额")
        # Complaints (7 working days to accept).
        for back in (1, 3, 6):
            self.item(K.COMPLAINT, r.choice([C.HOTLINE, C.ONLINE, C.ECOMMERCE]), back)
        for back in (21, 13):
            ref = self.item(K.COMPLAINT, C.ONLINE, back)
            day = self.b.working_day_back(back - 2)
            ref = self.b.run(intake.convert_to_request, actor_id=self.officers[0].id, item_id=ref.id,
                             expected_version=ref.version, request_received=day, now=self.at(day, 30))
            self.decide(ref, OC.CASE, back - 4, track=self.suggested(ref))
        ref = self.item(K.COMPLAINT, C.HOTLINE, 16)
        self.decide(ref, OC.MEDIATION, 12, track=self.suggested(ref), reason_text="投诉人要求赔偿")
        self.decide(self.item(K.COMPLAINT, C.ECOMMERCE, 14), OC.REFUSE, 10, refusal_reasons=("not_interested_party",),
                    reason_text="投诉人不是专利权人或利害关系人。")
        self.decide(self.item(K.COMPLAINT, C.HOTLINE, 10), OC.CLOSE, 8, close_reason=CloseReason.NOT_PATENT,
                    reason_text="反映的是商标问题，已告知向商标执法部门反映。")
        # 假冒 reports (D23: 10 working days); clues referred to enforcement, reporters told or still to tell.
        for back in (2, 8):
            self.item(K.COUNTERFEIT, r.choice([C.HOTLINE, C.ONLINE]), back)
        self.item(K.COUNTERFEIT, C.HOTLINE, 4, anonymous=True, submitter_name="")
        for back, told in ((24, 20), (18, 13), (12, None), (9, None)):
            ref = self.decide(self.item(K.COUNTERFEIT, C.ONLINE, back), OC.ENFORCEMENT, back - 4,
                              authority="市场监管综合执法支队", reason_text="产品标注的专利号已终止，涉嫌假冒专利。")
            if told is not None:
                day = self.b.working_day_back(told)
                self.b.run(intake.record_notification, actor_id=self.clerks[1].id, item_id=ref.id,
                           expected_version=ref.version, notified_on=day, method="电话告知", now=self.at(day, 120))
        self.decide(self.item(K.COUNTERFEIT, C.TRADE_FAIR, 11, anonymous=True, submitter_name=""), OC.FORWARD, 9,
                    authority="展会主办地市场监督管理局", reason_text="展会已闭幕，参展商在外地。")
        # Consultations.
        self.item(K.CONSULTATION, C.HOTLINE, 0, targets=())
        for back in (3, 5, 9, 13, 20):
            self.decide(self.item(K.CONSULTATION, r.choice([C.HOTLINE, C.COUNTER]), back, targets=()), OC.CLOSE, back,
                        close_reason=CloseReason.ANSWERED, reason_text="已答复受理条件、所需材料和办理期限。")

    def suggested(self, ref: IntakeRef) -> Track:
        return self.b.run(item_detail, ref.id, viewer_id=self.head.id, today=self.b.today).suggestion.track

    def drive(self, ref: IntakeRef, back: int) -> None:
        """Take a case that came from intake on to its answer period, as the case register would."""
        b = self.b
        d = b.run(case_detail, ref.case_id, viewer_id=self.head.id, today=b.today)
        officer = next(u for u in b.users.values() if u.id == d.officer_id)
        # registered as soon as it is driven: these come after the register's cases (their 案号 too, a known limit)
        for _ in CaseSteps(b, CaseRef(d.id, d.version, d.case_number), officer, b.working_day_back(back)).drive(
                "answer_period"):
            pass

    def repeat_request(self) -> None:
        """A new request against a respondent a ruling already found infringing the same patent."""
        b = self.b
        page = b.run(list_cases, CaseFilter(states=(CaseState.CLOSED_RULING_INFRINGEMENT,), limit=1,
                                            sort="closed_date", descending=False), today=b.today)
        if not page.rows:
            return
        d = b.run(case_detail, page.rows[0].id, viewer_id=self.head.id, today=b.today)
        them = next(p for p in d.parties if p.role == PartyRole.RESPONDENT)
        # The same respondent, its name typed with a space: the match does not depend on spelling.
        name = them.name[:3] + " " + them.name[3:]
        self.item(K.REQUEST, C.ECOMMERCE, 1, patent=d.patent_number, targets=(
            IntakeTargetInput(name, them.kind, them.credit_code, them.address, shop_url="https://shop88888.example.com"),),
            patent_title=d.patent_title, product=d.accused_product,
            description="被请求人在前案裁决后继续在网店销售同款产品。")


def build_intake(b) -> None:
    IntakeDemo(b).build()
