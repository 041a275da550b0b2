"""Register a request for adjudication from a script, through the command registry, and read it back.

    .venv/bin/python examples/register_request.py /tmp/ipcase-example.sqlite
"""
import json
import sys
from datetime import date, datetime

from ipcase import commands
from ipcase.db.engine import make_engine
from ipcase.db.migrate import upgrade_to_head
from ipcase.domain.enums import PartyKind, Role
from ipcase.domain.identifiers import make_credit_code, make_patent_number
from ipcase.dto.cases import PartyInput, PatentInput, RequestInput
from ipcase.queries.cases.register import case_detail
from ipcase.services.admin.auth import login
from ipcase.uow import uow_factory

engine = make_engine(f"sqlite:///{sys.argv[1]}")  # a new file: the office is created below
upgrade_to_head(engine)
new_uow = uow_factory(engine)  # run(name, new_uow, ...) opens one transaction per command
now = datetime(2026, 11, 2, 9, 30)  # who acts and when are inputs: a replay does the same

office, admin = commands.run("admin.create_office", new_uow, name="示例市市场监督管理局", short_name="示例市",
                             admin_username="admin", admin_password="change-me-1")
commands.run("admin.create_user", new_uow, actor_id=admin.id, username="zhang", full_name="张伟",
             role=Role.OFFICER, password="change-me-2")
with new_uow() as uow:  # logging in is not a command: it changes nothing
    officer = login(uow, username="zhang", password="change-me-2")

register = commands.Command("cases.register_request", {
    "actor_id": officer.id,
    "now": now,
    "data": RequestInput(
        received_date=date(2026, 10, 30),
        patent=PatentInput(make_patent_number(2021, 2, 1234567), title="一种折叠式便携座椅",
                           patentee="宁波华辰科技有限公司"),
        requesters=(PartyInput("宁波华辰科技有限公司", PartyKind.LEGAL, make_credit_code("91330200MA2AB1234"),
                               legal_rep="王大明", address="宁波市高新区1号"),),
        respondents=(PartyInput("义乌市鼎盛贸易商行", PartyKind.UNINCORPORATED),),
        accused_product="折叠露营椅", acts=("make", "sell")),
})
print(json.dumps(register.to_json(), ensure_ascii=False))  # what an audit record or a replay file holds
ref = commands.run(register, new_uow)

with new_uow() as uow:  # the read side is a query, not a command
    case = case_detail(uow, ref.id, viewer_id=officer.id, today=now.date())
print(case.id, case.state.value, case.patent_number, " / ".join(p.name for p in case.parties))
