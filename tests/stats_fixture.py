"""Eleven cases built through the real services, whose statistics are counted by hand below (today is
2026-11-02, the figures are for October 2026). Used by the statistics, report and UI tests.

    A 张伟  recv 07-01 立案 07-03 发明      appraisal 07-20→08-20 overlapping suspension 08-01→08-25 (union 36 d);
                                          hearing held 10-09; ruling (侵权成立) 10-31 — the last day of the month.
                                          D12 = 10-03 + 36 d = 11-08 (Sun) → 11-09: on time; 办案周期 120 − 36 = 84
    B 李娜  recv 06-01 立案 06-02          和解 09-01→09-11 (10 d), extended 1 month; mediated 10-15.
                                          D12 = 09-02 + 10 d + 1 m = 10-12: late; 办案周期 135 − 10 = 125
    C 张伟  recv 09-28 立案 09-30 (展会)   withdrawn 10-01: 办案周期 1, on time
    D 赵敏  recv 10-31 立案 10-31 (涉外)   open — registered on the last day of October
    E 张伟  recv 10-09                     不予受理 10-13
    F 张伟  recv 11-01 立案 11-01          open (November)
    G 李娜  recv 08-03 立案 08-04 外观设计  和解 09-01→09-10 (9 d); ruling (驳回) 10-20. D12 11-13: on time; 77 − 9 = 68
    H 张伟  recv 07-01 立案 07-02          open, copy never served: D2 and D12 overdue
    I 张伟  recv 10-28                     open: D1 due 11-04, within 3 working days
    J 李娜  recv 10-12                     withdrawn before 立案 10-14
    K 赵敏  recv 08-10 立案 08-11          transferred (管辖权异议成立) 09-15
Cases are e-commerce (电商) unless said otherwise: B, G and H are not.
"""
from __future__ import annotations

from datetime import date, datetime, time

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ipcase.domain.identifiers import make_patent_number
from ipcase.dto.cases import PatentInput

TODAY = date(2026, 11, 2)
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


def _d(month: int, day: int) -> date:
    return date(2026, month, day)


def _new(new_uow, staff, received: date, officer, **kw) -> Driver:
    driver = Driver.new(new_uow, staff, at(received), received=received, officer_id=officer.id, **kw)
    driver.panel(at(received))
    return driver


def _register(c: Driver, day: date) -> None:
    c.act_approved("register", {"registered_date": day}, at(day))


def _to_investigation(c: Driver, served: date, answered: date) -> None:
    respondents = c.party_ids(PartyRole.RESPONDENT, TODAY)
    c.serve("serve_copy", {respondents[0]: served}, "direct", at(served))
    c.act("receive_answer", {"party_id": respondents[0], "received_date": answered}, at(answered))


def _pause(c: Driver, kind: str, start: date, end: date) -> None:
    c.act("start_pause", {"pause_kind": kind, "start_date": start}, at(start))
    c.act("end_pause", {"pause_kind": kind, "end_date": end}, at(end))


def _rule(c: Driver, outcome: str, submitted: date, ruled: date) -> None:
    c.act("submit_closing", {"outcome": outcome, "majority_opinion": "合议组意见。"}, at(submitted))
    c.approve(at(ruled))


def _revoke(c: Driver, reason: str, day: date) -> None:
    c.act_approved("revoke", {"revoke_reason": reason, "reason_text": "撤回/移送。", "decided_date": day}, at(day))


def build(new_uow, staff) -> dict[str, int]:
    """Create the cases; returns their ids by letter."""
    s = staff
    invention = PatentInput(make_patent_number(2020, 1, 2345678), None, "一种电池保护电路", "深圳锦程电子有限公司")
    design = PatentInput(make_patent_number(2022, 3, 3456789), None, "电热水壶", "温州明德电器有限公司")
    cases: dict[str, Driver] = {}

    a = cases["A"] = _new(new_uow, s, _d(7, 1), s.officer, patent=invention)
    _register(a, _d(7, 3))
    _to_investigation(a, _d(7, 6), _d(7, 15))
    a.act("start_pause", {"pause_kind": "appraisal", "start_date": _d(7, 20)}, at(_d(7, 20)))
    a.act_approved("suspend", {"ground": "depends_on_other_case", "start_date": _d(8, 1)}, at(_d(8, 1)))
    a.act("end_pause", {"pause_kind": "appraisal", "end_date": _d(8, 20)}, at(_d(8, 20)))
    a.act("resume", {"resume_date": _d(8, 25), "reason_text": "另案审理结束。"}, at(_d(8, 25)))
    a.act("schedule_hearing", {"hearing_at": datetime.combine(_d(10, 9), time(9, 30)), "room": "第一口审庭"},
          at(_d(9, 1)))
    a.act("hold_hearing", {"held_date": _d(10, 9)}, at(_d(10, 9)))
    a.act("deliberate", {}, at(_d(10, 12)))
    _rule(a, "infringement", _d(10, 20), _d(10, 31))

    b = cases["B"] = _new(new_uow, s, _d(6, 1), s.officer2, flag_ecommerce=False)
    _register(b, _d(6, 2))
    _to_investigation(b, _d(6, 5), _d(6, 15))
    _pause(b, "settlement", _d(9, 1), _d(9, 11))
    b.act_approved("extend_closing", {"length": 1, "unit": "months", "reason": "案情复杂。"}, at(_d(9, 20)))
    b.act_approved("close_by_mediation", {"agreement_date": _d(10, 15)}, at(_d(10, 15)))

    c = cases["C"] = _new(new_uow, s, _d(9, 28), s.officer, flag_trade_fair=True)
    _register(c, _d(9, 30))
    _revoke(c, "withdrawal", _d(10, 1))

    d = cases["D"] = _new(new_uow, s, _d(10, 31), s.officer3, flag_foreign=True)
    _register(d, _d(10, 31))

    e = cases["E"] = _new(new_uow, s, _d(10, 9), s.officer)
    e.act_approved("refuse", {"refusal_reasons": ["outside_jurisdiction"], "reason_text": "不属于本机关管辖。",
                              "decided_date": _d(10, 13)}, at(_d(10, 13)))

    f = cases["F"] = _new(new_uow, s, _d(11, 1), s.officer)
    _register(f, _d(11, 1))

    g = cases["G"] = _new(new_uow, s, _d(8, 3), s.officer2, patent=design, flag_ecommerce=False)
    _register(g, _d(8, 4))
    _to_investigation(g, _d(8, 6), _d(8, 14))
    _pause(g, "settlement", _d(9, 1), _d(9, 10))
    g.act("written_review", {"reply_given": True}, at(_d(9, 15)))
    _rule(g, "rejected", _d(10, 10), _d(10, 20))

    h = cases["H"] = _new(new_uow, s, _d(7, 1), s.officer, flag_ecommerce=False)
    _register(h, _d(7, 2))

    cases["I"] = _new(new_uow, s, _d(10, 28), s.officer)

    j = cases["J"] = _new(new_uow, s, _d(10, 12), s.officer2)
    _revoke(j, "withdrawal", _d(10, 14))

    k = cases["K"] = _new(new_uow, s, _d(8, 10), s.officer3)
    _register(k, _d(8, 11))
    _revoke(k, "jurisdiction", _d(9, 15))
    return {letter: driver.ref.id for letter, driver in cases.items()}
