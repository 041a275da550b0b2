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
from ipcase.progress import Progress


def organisation_check(body8: str) -> str:
    """The check character of a 组织机构代码 (GB 11714-1997): weights 3 7 9 10 5 8 4 2, modulus 11."""
    total = sum(int(c, 36) * w for c, w in zip(body8, (3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


BATCH = 40   # rows of this many directly written cases per unit of work (run_batched)


class BuildProgress:
    """The build's progress in units of work planned by the builders (`plan`) and done (`advance`), reported to
    `progress(done, total, text)` at most UPDATES times: the first start shows a bar that a window repaints
    only when it moves, not a busy indicator animated through the whole build."""

    UPDATES = 40

    def __init__(self, progress: Progress | None = None):
        self._progress = progress
        self.total = 0
        self.done = 0
        self._shown = -1

    def plan(self, units: int) -> None:
        self.total += units

    def advance(self, units: int = 1, text: str = "") -> None:
        self.done = min(self.done + units, self.total)
        if self._progress is None or not self.total:
            return
        tick = self.done * self.UPDATES // self.total
        if tick != self._shown:
            self._shown = tick
            self._progress(self.done, self.total, text)


class PendingWork:
    """The open unit of work of `DemoBuilder.run_batched`, shared by the builders of one demo."""

    def __init__(self):
        self.uow = None
        self.count = 0

    def open(self, new_uow: Callable):
        self.uow, self.count = new_uow().__enter__(), 0
        return self.uow

    def commit(self) -> None:
        if self.uow is not None:
            uow, self.uow = self.uow, None
            try:
                uow.commit()
            finally:
                uow.__exit__(None, None, None)

    def abandon(self) -> None:
        if self.uow is not None:
            uow, self.uow = self.uow, None
            uow.__exit__(None, None, None)


class DemoBuilder:
    def __init__(self, new_uow: Callable, today: date, seed: int = 20261121, now: datetime | None = None,
                 progress: Progress | None = None):
        self._open_uow = new_uow
        self.progress = BuildProgress(progress)
        self.pending = PendingWork()   # rows written in one unit of work for several cases (run_batched)
        self.today = today
        # The moment the demo is built: nothing it records may be later (a gesture "today at 9:30" made by a
        # first start at 8:00 would sit in the future of every timeline).
        self.now = now if now is not None else datetime.combine(today, time(23, 59))
        self.rng = random.Random(seed)
        # identifiers come from a stream of their own: how a code or number is made never shifts the stories
        self.ids = random.Random(seed + 1)
        self.cal = OfficialCalendar()
        self.users: dict[str, UserInfo] = {}   # by username, filled as the office is created

    def wd(self, d: date, n: int) -> date:
        return add_working_days(d, n, self.cal)[0]

    def at(self, d: date) -> datetime:
        return self.clamp(datetime.combine(min(d, self.today), time(9, 30)))

    def clamp(self, at: datetime) -> datetime:
        """`at`, or the moment the demo is built if that is earlier."""
        return min(at, self.now)

    def workday_from(self, d: date) -> date:
        """`d`, or the first working day after it: when an office meets the parties (sessions, hearings)."""
        while not self.cal.is_workday(d):
            d += timedelta(days=1)
        return d

    def working_day_back(self, days: int) -> date:
        """`days` before today, moved back to a working day."""
        d = self.today - timedelta(days=days)
        while not self.cal.is_workday(d):
            d -= timedelta(days=1)
        return d

    def run(self, fn, *args, **kw):
        """One service or query call in its own unit of work, as one user gesture — never later than the moment
        the demo is built (`now` clamped here, the one place every gesture passes)."""
        if isinstance(kw.get("now"), datetime):
            kw["now"] = self.clamp(kw["now"])
        with self.new_uow() as uow:
            return fn(uow, *args, **kw)

    def new_uow(self):
        """A unit of work for one gesture; rows written by `run_batched` and not yet committed are committed
        first, so every gesture sees them and draws its numbers after theirs."""
        self.pending.commit()
        return self._open_uow()

    def run_batched(self, fn, *args, **kw) -> None:
        """`fn(uow, …)` writes rows without committing; consecutive calls share one unit of work, committed
        every BATCH calls or at the next gesture (`new_uow`), whichever comes first. For the rows the demo
        writes directly (past_cases): a unit of work per case cost more than the rows themselves."""
        uow = self.pending.uow or self.pending.open(self._open_uow)
        try:
            fn(uow, *args, **kw)
        except BaseException:
            self.pending.abandon()
            raise
        self.pending.count += 1
        if self.pending.count >= BATCH:
            self.pending.commit()

    def company(self) -> str:
        r = self.rng
        return f"{r.choice(N.CITIES)}{r.choice(N.WORDS)}{r.choice(N.TRADES)}有限公司"

    def person(self) -> str:
        return self.rng.choice(N.SURNAMES) + self.rng.choice(N.GIVEN)

    def city_of(self, name: str) -> str:
        """The city a made-up name starts with (every demo company and shop is named after its city)."""
        return next((c for c in N.CITY_CODES if name.startswith(c)), N.CITIES[0])

    def credit_code(self, name: str) -> str:
        """A 统一社会信用代码 as the city of `name` would issue it: 91 (an enterprise), the city's region code, a
        9-character organisation code with its GB 11714 check character, and the GB 32100 check character."""
        org = "".join(str(self.ids.randint(0, 9)) for _ in range(8))
        return make_credit_code("91" + N.CITY_CODES[self.city_of(name)][0] + org + organisation_check(org))

    def phone(self, name: str) -> str:
        """A landline of the city of `name`: its area code and an eight-digit local number (every city of the demo
        dials eight), which never starts with 0 or 1."""
        area = N.CITY_CODES[self.city_of(name)][1]
        return f"{area}-{self.ids.randint(2, 8)}{self.ids.randint(0, 9_999_999):07d}"

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
        return PartyInput(name=name, kind=kind, credit_code=self.credit_code(name), legal_rep=self.person(),
                          legal_rep_title="执行董事" if r.random() < 0.5 else "总经理",
                          address=f"{self.city_of(name)}{r.choice(['高新区', '经济开发区', '工业园'])}{r.randint(1, 300)}号",
                          phone=self.phone(name),
                          no_domicile_in_prc=False, agents=agents)

    def officers(self) -> list[UserInfo]:
        return [u for u in self.users.values() if u.role in (Role.OFFICER, Role.SECTION_HEAD)
                and u.username != "huanglei"]
