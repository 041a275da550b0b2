"""Small read-side helpers shared by the query modules."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Text, literal_column, select
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
    (ipcase.db.prepared leaves it to SQLAlchemy: every 收案登记 page paid its per-statement and per-row work).
    `joined(value, *order)`: PostgreSQL joins them in that order; SQLite (no ORDER BY inside an aggregate before
    3.44) in the order its FROM gives them — see names_in_order."""
    type = Text()
    inherit_cache = True
    name = "joined"


@compiles(joined, "sqlite")
def _joined_sqlite(element, compiler, **kw):
    return f"group_concat({compiler.process(list(element.clauses)[0], **kw)}, '、')"


@compiles(joined, "postgresql")
def _joined_postgresql(element, compiler, **kw):
    value, *order = element.clauses
    by = f" ORDER BY {', '.join(compiler.process(o, **kw) for o in order)}" if order else ""
    return f"string_agg({compiler.process(value, **kw)}, '、'{by})"


def joined_in_order(value, position, ident, owner, *where):
    """`value` of the rows `where` selects, joined by 、 in their order (`position`, then `ident`) — the order the
    record shows them in — as a scalar subquery correlated to `owner`, the same on both backends: the rows come
    ordered from their subquery (SQLite joins them so) and PostgreSQL orders inside the aggregate. An aggregate over
    the bare table joined them in whatever order the plan read them."""
    ordered = (select(value.label("value"), position.label("position"), ident.label("ident")).where(*where)
               .order_by(position, ident).correlate(owner).subquery())
    return select(joined(ordered.c.value, ordered.c.position, ordered.c.ident)).scalar_subquery()


def names_in_order(party, owner_id, owner, role: PartyRole):
    """The names of an `owner`'s parties of one role (Case, MediationCase; `owner_id`: the party's column naming
    it) joined in their order (joined_in_order), as its sort keys hold them (search_index). The role is written
    into the SQL (a constant: the statement's kept plan never depends on it)."""
    return joined_in_order(party.name, party.position, party.id, owner, owner_id == owner.id,
                           party.role == literal_column(f"'{role.value}'"))


def party_names(role: PartyRole):
    """A case's parties of one role joined by 、 in their order (names_in_order)."""
    return names_in_order(Party, Party.case_id, Case, role)


def text_search_on_lane(conn, register: str, text: str, id_column, text_column, number_columns: tuple = ()) -> tuple:
    """(condition, bound values) of a register's search by its shape (search.search_shape / shape_condition: the
    page's condition, the same rows as text_condition's on PostgreSQL, where `ordered` changes nothing; a number
    too when `number_columns` name where it is written) — for a read-only unit's count on PostgreSQL, on its lane.
    Through a Session the count's unit began a transaction on the lane's connection and rolled it back, and at
    every ROLLBACK psycopg deallocates all the connection's prepared statements: the window's count after a text
    search's page threw away the plans the registers' and the case list's searches keep on the server (issue 19,
    P19c; G19c found it for the case list)."""
    shape, values = search_shape(conn, register, text, numbers=bool(number_columns))
    return shape_condition(register, shape, id_column, text_column, number_columns), values
