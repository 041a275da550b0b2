"""收案登记 and 调解 rows (issue 19, I19): each register's first page, a page at 90 % (keyset), every sort of the
intake register, the count, a sub-office's viewer, searches (a common word, one item's patent number, one 收案编号,
one 调解案号) — the app's read against the raw fetch of the same rows, as tools/scale_rows/lists.py does for the case
list.

The app runs as the window does: a unit of work bound to an officer of the top-level office (reads every office:
the scope filters nothing) or, in the rows that say so, of the busiest sub-office (`office_id = ?`). Each limit is
one plain SQL statement on a pooled connection reading what the register reads: the intake row's columns with
its patents, the 案号 of its repeat case and of the case it became, and the facts its time limits are computed
from; the mediation row's columns with its officer, then its page's parties and open time limits."""
from __future__ import annotations

from datetime import date, datetime

from tools.scale_rows import (
    counted,
    index_alone,
    index_mib,
    limit_engine,
    list_readers,
    page_length,
    raw_rows,
    run_today,
    timed,
)

PAGE = 200
_state: dict = {}


def _setup(url: str) -> dict:
    return list_readers(_state, url, busiest_in="intake_items")


def _today() -> date:
    return run_today()


def _sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _raw(url: str, sql: str, params: dict | None = None) -> int:
    return raw_rows(_setup(url)["engine"], sql, params)


def _scalar(url: str, sql: str, params: dict | None = None):
    from sqlalchemy import text
    with _setup(url)["engine"].connect() as conn:
        return conn.execute(text(sql), params or {}).first()


# ---- 收案登记 ---------------------------------------------------------------------------------------------

def _items(url: str, viewer: str = "viewer", **kw) -> int:
    from ipcase.dto.intake import IntakeFilter
    from ipcase.queries.intake.register import list_items
    return page_length(_setup(url), viewer, list_items, IntakeFilter(limit=PAGE, count=False, **kw))


def _count_items(url: str) -> int:
    from ipcase.dto.intake import IntakeFilter
    from ipcase.queries.intake.register import count_items
    return counted(_setup(url), count_items, IntakeFilter())


def _item_sql(url: str, where: str = "", order: str = "i.received_at DESC, i.id DESC") -> str:
    patents = ("(SELECT group_concat(p.number, '、') FROM intake_patents p WHERE p.item_id = i.id)" if _sqlite(url)
               else "(SELECT string_agg(p.number, '、') FROM intake_patents p WHERE p.item_id = i.id)")
    return (f"SELECT i.id, i.version, i.number, i.kind, i.channel, i.state, i.received_at, i.submitter_name, "
            f"i.anonymous, i.sort_targets, {patents}, i.product, i.track, i.sort_handler, i.repeat_case_id, "
            "rc.case_number, lc.case_number, i.office_id, i.request_received, i.correction_due, "
            "i.correction_received, i.decision_extended, i.decided_on, i.notified_on, i.outcome_detail, "
            "i.converted_from FROM intake_items i LEFT JOIN cases rc ON rc.id = i.repeat_case_id "
            f"LEFT JOIN cases lc ON lc.id = i.case_id {('WHERE ' + where) if where else ''} "
            f"ORDER BY {order} LIMIT {PAGE}")


def _far(url: str, table: str, key: str) -> tuple:
    """(key, id, the key as stored) of the row at 90 % of the register newest first (found once, outside the
    timing): the app takes the key as a Python value, the raw statement as the database stores it."""
    name = f"far_{table}"
    if name not in _state:
        n = _scalar(url, f"SELECT count(*) FROM {table}")[0]
        row = _scalar(url, f"SELECT {key}, id FROM {table} ORDER BY {key} DESC, id DESC LIMIT 1 OFFSET :o",
                      {"o": max(0, int(n * 0.9) - 1)})
        value = str(row[0])
        _state[name] = (datetime.fromisoformat(value) if table == "intake_items" else date.fromisoformat(value[:10]),
                        row[1], row[0])
    return _state[name]


def _one_item(url: str) -> tuple[str, str]:
    """(a patent number, a 收案编号) of one item halfway down the register: searches that find a handful of rows."""
    if "item" not in _state:
        n = _scalar(url, "SELECT count(*) FROM intake_items")[0]
        row = _scalar(url, "SELECT (SELECT min(number) FROM intake_patents p WHERE p.item_id = i.id), i.number "
                           "FROM intake_items i WHERE EXISTS (SELECT 1 FROM intake_patents p WHERE p.item_id = i.id) "
                           "ORDER BY i.received_at DESC, i.id DESC LIMIT 1 OFFSET :o", {"o": n // 2})
        _state["item"] = (str(row[0]), str(row[1]))
    return _state["item"]


def _item_index(url: str, needle: str) -> int:
    return index_alone(_setup(url)["engine"], "intake_items", "number", "received_at DESC, id DESC", needle)


def _index_where(url: str, table: str, alias: str, number_column: str, needle: str) -> tuple[str, dict]:
    """`index_alone`'s condition (the same index, needle and operator) on `table` as `alias`."""
    from ipcase.domain.numbering import number_query
    from ipcase.queries.search import caseless, text_key
    q = number_query(needle)
    if q is not None:
        return f"ipcase_number_key({alias}.{number_column}) = :k", {"k": f"({q.year}){q.n}"}
    if _sqlite(url):
        fts = f"{table}_tri" if len(needle) >= 3 else f"{table}_grams"
        return f"{alias}.id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH :q)", {"q": '"' + needle.lower() + '"'}
    if len(needle) >= 3:
        key = text_key(needle) if text_key(needle) in needle.lower() else needle
        return f"{alias}.search_text {'LIKE' if caseless(key) else 'ILIKE'} :q", {"q": f"%{key}%"}
    return f"ipcase_grams({alias}.search_text) @> ARRAY[CAST(:q AS text)]", {"q": needle.lower()}


def _item_page(url: str, needle: str) -> int:
    """An informative limit (no goal, P19c): the index alone's condition with the page's columns (`_item_sql`: the
    list rows' limit) in one plain statement. Between it and the index alone: the page's columns in the database;
    between the app and it: the viewer's read, the number search's second arm (the 案号 of the case an item
    became), the rows' running time limit and the rows built in Python."""
    where, params = _index_where(url, "intake_items", "i", "number", needle)
    return _raw(url, _item_sql(url, where), params)


# ---- 调解 --------------------------------------------------------------------------------------------------

def _mediation(url: str, viewer: str = "viewer", **kw) -> int:
    from ipcase.dto.mediation import MediationCaseFilter
    from ipcase.queries.mediation.cases import list_cases
    return page_length(_setup(url), viewer, list_cases, MediationCaseFilter(limit=PAGE, count=False, **kw))


def _count_mediation(url: str) -> int:
    from ipcase.dto.mediation import MediationCaseFilter
    from ipcase.queries.mediation.cases import count_cases
    return counted(_setup(url), count_cases, MediationCaseFilter())


def _mediation_raw(url: str, where: str = "", params: dict | None = None,
                   order: str = "m.received_date DESC, m.id DESC") -> int:
    """The page (cases with their officer), then its parties and open time limits: three statements, as the app."""
    from sqlalchemy import bindparam, text
    with limit_engine(_setup(url)["engine"]).connect() as conn:
        page = conn.execute(text(
            "SELECT m.id, m.version, m.case_number, m.kind, m.state, m.patent_number, u.full_name, m.received_date, "
            "m.registered_date, m.closed_date, m.extension_status FROM mediation_cases m LEFT JOIN users u "
            f"ON u.id = m.officer_id {('WHERE ' + where) if where else ''} "
            f"ORDER BY {order} LIMIT {PAGE}"), params or {}).all()
        ids = [r[0] for r in page]
        if ids:
            conn.execute(text("SELECT mediation_case_id, role, name FROM mediation_parties WHERE mediation_case_id "
                              "IN :ids ORDER BY mediation_case_id, position, id")
                         .bindparams(bindparam("ids", expanding=True)), {"ids": ids}).all()
            conn.execute(text("SELECT mediation_case_id, due_date, code FROM mediation_deadlines WHERE "
                              "mediation_case_id IN :ids AND status = 'open' AND code != 'D17' ORDER BY due_date, id")
                         .bindparams(bindparam("ids", expanding=True)), {"ids": ids}).all()
        return len(page)


def _one_mediation(url: str) -> str:
    if "mediation" not in _state:
        n = _scalar(url, "SELECT count(*) FROM mediation_cases WHERE case_number IS NOT NULL")[0]
        row = _scalar(url, "SELECT case_number FROM mediation_cases WHERE case_number IS NOT NULL "
                           "ORDER BY received_date DESC, id DESC LIMIT 1 OFFSET :o", {"o": n // 2})
        _state["mediation"] = str(row[0]) if row else ""
    return _state["mediation"]


def _mediation_number(url: str, needle: str) -> int:
    from ipcase.domain.numbering import number_query
    q = number_query(needle)
    return _raw(url, "SELECT id FROM mediation_cases WHERE ipcase_number_key(case_number) = :k "
                     "ORDER BY received_date DESC, id DESC LIMIT 200", {"k": f"({q.year}){q.n}"})


def _mediation_page(url: str, needle: str) -> int:
    """An informative limit (no goal, P19c): the 调解 search's index alone with the page's columns, parties and open
    time limits (`_mediation_raw`: three plain statements, as the list reads them)."""
    where, params = _index_where(url, "mediation_cases", "m", "case_number", needle)
    return _mediation_raw(url, where, params)


def _sizes(url: str) -> float:
    """Size of the per-office sort indexes of both registers (0035_register_reads), MiB."""
    return index_mib(_setup(url)["engine"],
                     "name LIKE 'ix\\_intake\\_items\\_office\\_%' ESCAPE '\\' OR name = 'ix_mediation_cases_office_received'",
                     "c.relname LIKE 'ix_intake_items_office_%' OR c.relname = 'ix_mediation_cases_office_received'")


SORTS = (("received_at", "received_at", "收到时间"), ("number", "seq", "收案编号"), ("kind", "kind", "类型"),
         ("channel", "channel", "渠道"), ("state", "state", "状态"), ("track", "track", "分流"),
         ("handler_name", "sort_handler", "承办人"), ("targets", "sort_targets", "被投诉/被请求人"))


def rows(db_url: str) -> list:
    u = db_url
    _setup(u)
    if not _scalar(u, "SELECT count(*) FROM intake_items")[0]:
        return []   # a register without them: `python main.py demo --cases 0` adds them

    def t(fn):
        return lambda: timed(fn)
    sub = {"o": _state["sub_office"]}
    far_i, far_m = _far(u, "intake_items", "received_at"), _far(u, "mediation_cases", "received_date")
    patent, item_number = _one_item(u)
    out = [
        ("收案登记 list, first page", t(lambda: _items(u)), t(lambda: _raw(u, _item_sql(u)))),
        ("收案登记 list, page at 90 % (keyset)", t(lambda: _items(u, after=far_i[:2])),
         t(lambda: _raw(u, _item_sql(u, "(i.received_at, i.id) < (:k, :i)"), {"k": far_i[2], "i": far_i[1]}))),
        ("收案登记 list, count", t(lambda: _count_items(u)), t(lambda: _raw(u, "SELECT count(*) FROM intake_items"))),
        ("收案登记 list, first page, a sub-office's viewer", t(lambda: _items(u, "sub_viewer")),
         t(lambda: _raw(u, _item_sql(u, "i.office_id = :o"), sub))),
        ("收案登记 sort by 被投诉/被请求人, a sub-office's viewer",
         t(lambda: _items(u, "sub_viewer", sort="targets", descending=False)),
         t(lambda: _raw(u, _item_sql(u, "i.office_id = :o AND i.sort_targets IS NOT NULL", "i.sort_targets, i.id"),
                        sub))),
    ]
    for field, column, label in SORTS:
        out.append((f"收案登记 sort by {label}, first page", t(lambda f=field: _items(u, sort=f, descending=False)),
                    t(lambda c=column: _raw(u, _item_sql(u, f"i.{c} IS NOT NULL", f"i.{c}, i.id")))))
    for needle in ("科技", "有限公司", patent, item_number):
        out.append((f"收案登记 search {needle!r} (against the index alone)", t(lambda n=needle: _items(u, text=n)),
                    t(lambda n=needle: _item_index(u, n))))
        out.append((f"收案登记 search {needle!r} against the index with the page's columns (informative)",
                    t(lambda n=needle: _items(u, text=n)), t(lambda n=needle: _item_page(u, n))))
    number = _one_mediation(u)
    out += [
        ("调解 list, first page", t(lambda: _mediation(u)), t(lambda: _mediation_raw(u))),
        ("调解 list, page at 90 % (keyset)", t(lambda: _mediation(u, after=far_m[:2])),
         t(lambda: _mediation_raw(u, "(m.received_date, m.id) < (:k, :i)", {"k": far_m[2], "i": far_m[1]}))),
        ("调解 list, count", t(lambda: _count_mediation(u)),
         t(lambda: _raw(u, "SELECT count(*) FROM mediation_cases"))),
        ("调解 list, first page, a sub-office's viewer", t(lambda: _mediation(u, "sub_viewer")),
         t(lambda: _mediation_raw(u, "m.office_id = :o", sub))),
        ("调解 list, oldest first", t(lambda: _mediation(u, descending=False)),
         t(lambda: _mediation_raw(u, order="m.received_date, m.id"))),
    ]
    if number:
        out.append((f"调解 search {number!r} (against the index alone)", t(lambda: _mediation(u, text=number)),
                    t(lambda: _mediation_number(u, number))))
        out.append((f"调解 search {number!r} against the index with the page's columns (informative)",
                    t(lambda: _mediation(u, text=number)), t(lambda: _mediation_page(u, number))))
    out.append(("收案登记/调解 per-office sort indexes (0035), size", lambda: _sizes(u), None, "MiB"))
    return out
