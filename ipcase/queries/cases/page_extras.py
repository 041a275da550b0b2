"""PostgreSQL: a text search's page of the case list in two reads (issue 19, G19c).

The page's statement is planned again for every search (a LIKE on search_text: a kept generic plan is unsafe,
search.plan_independent), and its plan grew with the list's 结案期限 (D12) join and the 中止 subquery: for 王 at a
million cases the whole page cost the server 0.78 ms, the cases' columns alone 0.50 ms (the index alone: 0.46).
So a text search's page reads the cases' own columns only (register._list_select(…, lean=True): NULL in the D12
and 中止 columns), and this module reads what the page's rows miss in ONE statement by their ids whose plan does
not depend on its values, kept on the server (prepared.rows(keep_plan=True)): the D12 deadline and running
suspension of each row and, for the rows whose own columns do not show the text (the 匹配 column's last fields),
their parties' credit codes and agents — the statement replaces the agents' read the gesture made anyway.

The ids are bound as ONE text ('{1,2,3}', cast to an integer array in the statement): the cast is not folded by
the planner, so PostgreSQL does not plan each run for its array's length and keeps its generic plan after five
runs (0.27 → 0.12 ms of the server for a 4-row page); the same plan serves 200 ids (an index probe per id). The
rows are the D12 join's and the subquery's: a case has at most one D12 deadline (the deadline engine writes one per
code), a running suspension is a pause of kind suspension without an end date (register._suspended_flag)."""
from __future__ import annotations

from sqlalchemy import (
    Connection,
    Integer,
    Text,
    any_,
    bindparam,
    cast,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY

from ipcase.db import prepared
from ipcase.db.models.cases import Agent, DeadlineRow, Party, Pause
from ipcase.domain.enums import DeadlineCode, PauseKind

# Written into the statement as constants: the running suspensions' partial index (ix_pauses_suspended_running)
# serves a generic plan only when its predicate's kind is a constant.
_D12 = literal_column(f"'{DeadlineCode.D12.value}'")
_SUSPENSION = literal_column(f"'{PauseKind.SUSPENSION.value}'")


def _ids(name: str):
    return any_(cast(bindparam(name, type_=Text), ARRAY(Integer)))


_KIND_DEADLINE, _KIND_SUSPENDED, _KIND_AGENT = "d", "s", "a"
_EXTRAS = union_all(
    select(DeadlineRow.case_id.label("case_id"), literal_column(f"'{_KIND_DEADLINE}'").label("kind"),
           DeadlineRow.due_date.label("due_date"), DeadlineRow.provisional.label("provisional"),
           cast(null(), Integer).label("party_id"), cast(null(), Integer).label("agent_id"),
           cast(null(), Text).label("credit_code"), cast(null(), Text).label("agent"))   # typed: the UNION's types
    .where(DeadlineRow.case_id == _ids("case_ids"), DeadlineRow.code == _D12),
    select(Pause.case_id, literal_column(f"'{_KIND_SUSPENDED}'"), null(), null(), null(), null(), null(), null())
    .where(Pause.case_id == _ids("case_ids"), Pause.kind == _SUSPENSION, Pause.end_date.is_(None)),
    select(Party.case_id, literal_column(f"'{_KIND_AGENT}'"), null(), null(), Party.id, Agent.id, Party.credit_code,
           Agent.name)
    .select_from(Party).outerjoin(Agent, Agent.party_id == Party.id).where(Party.case_id == _ids("extra_ids")),
).order_by(literal_column("case_id"), literal_column("kind"), literal_column("party_id"), literal_column("agent_id"))

# positions in a page row of the list select (register._list_select)
SUSPENDED_AT, DUE_AT, PROVISIONAL_AT = 4, 14, 15


def _array(ids) -> str:
    return "{" + ",".join(str(int(i)) for i in ids) + "}"


def complete(conn: Connection, found: list, extra: dict[int, list[tuple[str, str]]]) -> None:
    """Fill the lean page `found` (rows of register._list_select(…, lean=True)) in place with each row's D12
    deadline (due date, provisional) and 中止 flag, and append to `extra[case id]` the ("credit_code", …),
    ("agent", …) fields of that case's parties and agents in the order of register._matched's own read (party,
    then agent) — one statement."""
    if not found:
        return
    deadline: dict[int, tuple] = {}
    suspended: set[int] = set()
    for case_id, kind, due, provisional, _party, _agent, code, agent in prepared.rows(
            conn, _EXTRAS, {"case_ids": _array(r[0] for r in found), "extra_ids": _array(extra)}, keep_plan=True):
        if kind == _KIND_AGENT:
            extra[case_id] += [("credit_code", code or ""), ("agent", agent or "")]
        elif kind == _KIND_DEADLINE:
            deadline.setdefault(case_id, (due, provisional))
        else:
            suspended.add(case_id)
    if not deadline and not suspended:
        return
    for i, r in enumerate(found):
        d, s = deadline.get(r[0]), r[0] in suspended
        if d is not None or s:
            r = list(r)
            r[SUSPENDED_AT] = s
            if d is not None:
                r[DUE_AT], r[PROVISIONAL_AT] = d
            found[i] = tuple(r)
