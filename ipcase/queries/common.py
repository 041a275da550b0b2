"""Small read-side helpers shared by the query modules."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Text, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from ipcase.db.models.cases import Case, DeadlineRow, Party
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.deadlines import urgency
from ipcase.domain.enums import DeadlineStatus, PartyRole
from ipcase.domain.periods import working_days_until
from ipcase.dto.cases import DeadlineInfo
from ipcase.queries.search import search_shape, shape_condition


def dispute_parties(requesters: str, respondents: str) -> str:
    """Who a matter is between, for a list line whose time limit belongs to the whole matter (结案期限, 立案审查期限):
    "请求人 与 被请求人", or the one side known."""
    return " 与 ".join(side for side in (requesters, respondents) if side)


def deadline_info(row: DeadlineRow, *, case_number: str | None, party_name: str, today: date,
                  cal: OfficialCalendar, patent_number: str = "", officer_name: str = "") -> DeadlineInfo:
    open_ = row.status == DeadlineStatus.OPEN
    return DeadlineInfo(
        id=row.id, case_id=row.case_id, case_number=case_number, code=row.code, party_name=party_name,
        start_date=row.start_date, due_date=row.due_date, provisional=row.provisional, basis=row.basis,
        status=row.status, met_date=row.met_date, paused=row.paused,
        urgency=urgency(row.due_date, today, cal, code=row.code) if open_ and not row.paused else "",
        days_remaining=(row.due_date - today).days,
        working_days_remaining=working_days_until(today, row.due_date, cal),
        patent_number=patent_number, officer_name=officer_name,
    )


class joined(FunctionElement):
    """The aggregated values joined by 、 with the separator written into the SQL: `aggregate_strings` binds it as a
    literal-execute parameter, which SQLAlchemy renders per run — a statement that cannot be kept as a prepared read
    (ipcase.db.prepared leaves it to SQLAlchemy: every 收案登记 page paid its per-statement and per-row work)."""
    type = Text()
    inherit_cache = True
    name = "joined"


@compiles(joined, "sqlite")
def _joined_sqlite(element, compiler, **kw):
    return f"group_concat({compiler.process(element.clauses, **kw)}, '、')"


@compiles(joined, "postgresql")
def _joined_postgresql(element, compiler, **kw):
    return f"string_agg({compiler.process(element.clauses, **kw)}, '、')"


def party_names(role: PartyRole):
    """A case's parties of one role joined by 、 in their order (position, then id), as a scalar subquery correlated
    to Case — the order the case shows them in and its sort keys hold (search_index), on both backends alike (an
    aggregate over the bare table joins them in whatever order the plan reads them)."""
    ordered = (select(Party.name).where(Party.case_id == Case.id, Party.role == role.value)
               .order_by(Party.position, Party.id).correlate(Case).subquery())
    return select(joined(ordered.c.name)).scalar_subquery()


def text_search_on_lane(conn, register: str, text: str, id_column, text_column) -> tuple:
    """(condition, bound values) of a register's text search by its shape (search.search_shape / shape_condition:
    the page's condition, the same rows as text_condition's on PostgreSQL, where `ordered` changes nothing) — for a
    read-only unit's count on PostgreSQL, on its lane. Through a Session the count's unit began a transaction on the
    lane's connection and rolled it back, and at every ROLLBACK psycopg deallocates all the connection's prepared
    statements: the window's count after a text search's page threw away the plans the registers' and the case
    list's searches keep on the server (issue 19, P19c; G19c found it for the case list)."""
    shape, values = search_shape(conn, register, text, numbers=False)
    return shape_condition(register, shape, id_column, text_column), values
