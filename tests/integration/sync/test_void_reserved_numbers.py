"""作废预留文号 (issue 14, services.sync.numbers.void_reserved_numbers) on SQLite and PostgreSQL: the 文号 reserved for
a laptop that never comes back are voided by a supervisor once its check-out is ended — with the reason, the time,
under the supervisor's name in the audit chain — and never given back to the counter (the laptop may have printed
them). Refused while the laptop is still out, without a reason, for an officer, twice, and on a stale page."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from laptop_helpers import counter, lend
from sqlalchemy import select

import main
from case_helpers import Driver, at
from ipcase import commands
from ipcase.db.models.audit import AuditEntry
from ipcase.db.models.sync import Checkout, ReservedNumber
from ipcase.errors import PermissionDenied, TransitionRefused, ValidationFailed

NOW = at(date(2026, 11, 2))
LATER = datetime(2026, 12, 1, 10, 0)
KIND = "doc:investigation_notice"
REASON = "笔记本遗失，已报案；预留文号未使用的情况无法核实"


def _void(new_uow, who, checkout_id, reason=REASON, **kw):
    with new_uow() as uow:
        return commands.run("sync.void_numbers", uow, actor_id=who.id, checkout_id=checkout_id, reason=reason,
                            now=LATER, **kw)


def _end(new_uow, staff, checkout_id):
    with new_uow() as uow:
        commands.run("sync.end_checkout", uow, actor_id=staff.dept_head.id, checkout_id=checkout_id,
                     reason="笔记本遗失", now=LATER)


def test_a_supervisor_voids_the_numbers_of_an_ended_check_out(new_uow, staff):
    case = Driver.new(new_uow, staff, NOW)
    checkout = lend(new_uow, staff, user=staff.officer, now=NOW, cases=[case.ref.id], numbers={KIND: 3})
    assert counter(new_uow, staff.office.id, KIND, 2026) == 3

    with pytest.raises(TransitionRefused) as refused:         # still out: the laptop may use them yet
        _void(new_uow, staff.section_head, checkout)
    assert refused.value.code == "not_ended"
    _end(new_uow, staff, checkout)
    with pytest.raises(PermissionDenied):                     # an officer does not settle the register
        _void(new_uow, staff.officer, checkout)
    with pytest.raises(ValidationFailed) as refused:
        _void(new_uow, staff.section_head, checkout, reason="  ")
    assert refused.value.field == "reason"
    with new_uow() as uow:
        version = uow.session.get(Checkout, checkout).version
    with pytest.raises(TransitionRefused) as refused:         # the page was older than the check-out
        _void(new_uow, staff.section_head, checkout, version=version - 1)
    assert refused.value.code == "changed"

    assert _void(new_uow, staff.section_head, checkout, version=version) == 3
    with new_uow() as uow:
        rows = uow.session.scalars(select(ReservedNumber).order_by(ReservedNumber.number)).all()
        assert [(r.number, r.state, r.void_reason, r.settled_at) for r in rows] == [
            (n, "void", REASON, LATER) for n in (1, 2, 3)]
        audited = uow.session.scalars(select(AuditEntry).where(AuditEntry.record_kind == "reserved_numbers",
                                                               AuditEntry.operation == "update")).all()
        assert len(audited) == 3
        assert {(a.actor_id, a.action) for a in audited} == {(staff.section_head.id, "void_numbers")}
    assert counter(new_uow, staff.office.id, KIND, 2026) == 3   # not given back: never issued twice

    with pytest.raises(TransitionRefused) as refused:         # nothing is left to settle
        _void(new_uow, staff.dept_head, checkout)
    assert refused.value.code == "nothing_reserved"


def test_the_command_line_voids_them_and_says_why_not(engine, new_uow, staff, tmp_path, capsys):
    case = Driver.new(new_uow, staff, NOW)
    checkout = lend(new_uow, staff, user=staff.officer, now=NOW, cases=[case.ref.id], numbers={KIND: 2})
    common = ["--db", engine.url.render_as_string(hide_password=False), "--data-dir", str(tmp_path), "--no-demo"]

    def void(user: str) -> int:
        return main.main(["sync", "void-numbers", *common, "--checkout", str(checkout), "--user", user,
                          "--reason", REASON])
    assert void(staff.section_head.username) == 2
    assert "尚未结束" in capsys.readouterr().err
    _end(new_uow, staff, checkout)
    assert main.main(["sync", "status", *common]) == 0      # listed while its 文号 wait, with the way out
    assert "预留文号 2 个未签回" in capsys.readouterr().out
    assert void(staff.officer.username) == 2
    assert "只有处(科)室负责人或部门负责人" in capsys.readouterr().err
    assert void(staff.section_head.username) == 0
    assert "2 个预留文号已登记作废" in capsys.readouterr().out
    assert void(staff.dept_head.username) == 2
    assert "没有尚未使用的预留文号" in capsys.readouterr().err
    with new_uow() as uow:
        assert set(uow.session.scalars(select(ReservedNumber.state))) == {"void"}
