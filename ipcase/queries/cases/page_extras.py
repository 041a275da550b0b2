"""What a page of the case list reads by its rows' ids (issue 19, G19c, G19d, G19e).

A text search's page is planned again for every search (a LIKE on search_text: a kept generic plan is unsafe,
search.plan_independent), so, like every page of the list, it reads the cases' own columns only
(register._list_select): its 结案期限, （暂定） and 中止 columns are the cases' copies (sort_closing_due,
sort_closing_provisional, sort_suspended: migration 0040_case_flags, kept by triggers); until G19d they were read here
by the page's ids, a D12 probe and a running-suspension probe per row (0.7 of the server's 1.9 ms for a 200-row page
of 有限公司 at a million cases, most of it probing cases that have no D12 deadline yet).

What remains here: for the rows whose own columns do not show the text (the 匹配 column's last fields), their
parties' credit codes and agents, in ONE statement whose plan does not depend on its values, kept on the server
(prepared.rows(keep_plan=True)). On PostgreSQL the ids are bound as ONE text cast to an integer array
(prepared.any_id: one generic plan whatever the page's length); on SQLite as one JSON list (json_each), so that the
statement, built once, runs as the same prepared read whatever the page's length."""
from __future__ import annotations

import json

from sqlalchemy import Connection, Text, bindparam, func, literal_column, select

from ipcase.db import prepared
from ipcase.db.models.cases import Agent, Party

# by party, then agent: the order of register._matched's fields
_AGENTS = (select(Party.case_id, Party.credit_code, Agent.name)
           .select_from(Party).outerjoin(Agent, Agent.party_id == Party.id)
           .order_by(Party.case_id, Party.id, Agent.id))
_BY_DIALECT = {   # (the statement, how its ids are bound)
    "postgresql": (_AGENTS.where(Party.case_id == prepared.any_id("case_ids")), prepared.id_text),
    "sqlite": (_AGENTS.where(Party.case_id.in_(select(literal_column("value")).select_from(
        func.json_each(bindparam("case_ids", type_=Text))))), lambda ids: json.dumps(list(ids))),
}


def add_agents(conn: Connection, extra: dict[int, list[tuple[str, str]]]) -> None:
    """Append to `extra[case id]` the ("credit_code", …), ("agent", …) fields of that case's parties and agents in
    the order of register._matched's own read (party, then agent) — one statement. The parties and agents are
    visible with their cases (OWNERSHIP: through the case)."""
    if not extra:
        return
    statement, bound = _BY_DIALECT[conn.dialect.name]
    for case_id, code, agent in prepared.rows(conn, statement, {"case_ids": bound(extra)}, keep_plan=True):
        extra[case_id] += [("credit_code", code or ""), ("agent", agent or "")]
