"""What every demo builder shares: the office's users, a seeded random source, the official calendar, the
dates and times of demo gestures, made-up names and parties, and one unit of work per service call."""
from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from ipcase.demo import names as N
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.enums import PartyKind, Role
from ipcase.domain.identifiers import make_credit_code
from ipcase.domain.periods import add_working_days
from ipcase.dto.admin import UserInfo
from ipcase.dto.cases import AgentInput, PartyInput


class DemoBuilder:
    def __init__(self, new_uow: Callable, today: date, seed: int = 20261121):
        self.new_uow = new_uow
        self.today = today
        self.rng = random.Random(seed)
        self.cal = OfficialCalendar()
        self.users: dict[str, UserInfo] = {}   # by username, filled as the office is created

    def wd(self, d: date, n: int) -> date:
        return add_working_days(d, n, self.cal)[0]

    def at(self, d: date) -> datetime:
        return datetime.combine(min(d, self.today), time(9, 30))

    def working_day_back(self, days: int) -> date:
        """`days` before today, moved back to a working day."""
        d = self.today - timedelta(days=days)
        while not self.cal.is_workday(d):
            d -= timedelta(days=1)
        return d

    def run(self, fn, *args, **kw):
        """One service or query call in its own unit of work, as one user gesture."""
        with self.new_uow() as uow:
            return fn(uow, *args, **kw)

    def company(self) -> str:
        r = self.rng
        return f"{r.choice(N.CITIES)}{r.choice(N.WORDS)}{r.choice(N.TRADES)}有限公司"

    def person(self) -> str:
        return self.rng.choice(N.SURNAMES) + self.rng.choice(N.GIVEN)

    def credit_code(self) -> str:
        r = self.rng
        body = "91" + r.choice(["440300", "330200", "330782", "440600", "441900", "320500"]) + \
            "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
        return make_credit_code(body)

    def party(self, respondent: bool) -> PartyInput:
        r = self.rng
        if respondent and r.random() < 0.25:
            name = f"{r.choice(N.CITIES)}{r.choice(N.WORDS)}{r.choice(N.SHOP_KINDS)}"
            kind = PartyKind.UNINCORPORATED
        else:
            name, kind = self.company(), PartyKind.LEGAL
        agents = ()
        if r.random() < 0.7:
            agents = (AgentInput(self.person(), r.choice(N.LAW_FIRMS), f"13{r.randint(100000000, 999999999)}"),)
        return PartyInput(name=name, kind=kind, credit_code=self.credit_code(), legal_rep=self.person(),
                          legal_rep_title="执行董事" if r.random() < 0.5 else "总经理",
                          address=f"{name[:3]}{r.choice(['高新区', '经济开发区', '工业园'])}{r.randint(1, 300)}号",
                          phone=f"0{r.randint(10, 999)}-{r.randint(1000000, 89999999)}",
                          no_domicile_in_prc=False, agents=agents)

    def officers(self) -> list[UserInfo]:
        return [u for u in self.users.values() if u.role in (Role.OFFICER, Role.SECTION_HEAD)
                and u.username != "huanglei"]
