"""Case-list rows (H4, issue 19): the first page, a page far down (keyset), the sorts by 请求人/承办人/结案期限, the
count, and the searches (common words, and one case's patent number and 案号) — each the app's query against the raw
indexed fetch of the same rows; plus the search against a naive LIKE scan and the sizes of the search indexes.

The app runs as the window does: a read-only unit of work (ctx.db_query's: on SQLite a deferred BEGIN) bound to a
viewer (the office scope is read and applied), the viewer being an officer of the top-level office (who reads every office: the scope filters nothing) or, in the
rows that say so, of a sub-office (the scope filters by its office). Each list limit is the same rows' raw fetch
with the same filters and scope: the list's columns, the office condition for a sub-office's viewer, one plain SQL
statement on a pooled connection (L19; before, the limit read the cases' own columns only and the app ran
unscoped). The list's 结案期限, （暂定） and 中止 columns are the cases' copies (sort_closing_due,
sort_closing_provisional, sort_suspended, kept by triggers: migration 0040_case_flags), as the app reads them since
G19e; until then the app and its limits joined the D12 deadline and probed the running suspensions per row."""
from __future__ import annotations

from datetime import date

from tools.scale_rows import (
    counted,
    index_alone,
    index_mib,
    list_readers,
    page_length,
    raw_rows,
    run_today,
    timed,
)

PAGE = 200
_state: dict = {}


def _setup(url: str) -> dict:
    return list_readers(_state, url, busiest_in="cases")


def _today() -> date:
    return run_today()


def _list(url: str, viewer: str = "viewer", **kw) -> int:
    from ipcase.dto.cases import CaseFilter
    from ipcase.queries.cases.register import list_cases
    return page_length(_setup(url), viewer, list_cases, CaseFilter(limit=PAGE, count=False, **kw))


def _count(url: str, **kw) -> int:
    from ipcase.dto.cases import CaseFilter
    from ipcase.queries.cases.register import count_cases
    return counted(_setup(url), count_cases, CaseFilter(**kw))


def _states(group: str) -> tuple[str, ...]:
    import ipcase.domain.enums as enums
    return tuple(sorted(s.value for s in getattr(enums, group)))


def _state_pages_sql(group: str) -> str:
    """The raw indexed fetch of a state preset's first page: each state's 200 newest by its index, merged by the
    database (one statement)."""
    parts = " UNION ALL ".join(
        f"SELECT * FROM ({_page_sql(f'cases.state = {chr(39)}{s}{chr(39)}')}) AS s{i}"
        for i, s in enumerate(_states(group)))
    return f"SELECT * FROM ({parts}) AS merged ORDER BY received_date DESC, id DESC LIMIT 200"


def _suspended(url: str) -> str:
    """The 中止 filter's condition as each dialect writes it (the partial indexes' WHERE, 0042_filter_reads)."""
    return "cases.sort_suspended = 1" if _sqlite(url) else "cases.sort_suspended"


def _month(url: str, column: str) -> tuple[date, date]:
    """The calendar month of the median `column` date (立案, 结案): a period of the statistics' drill-down that
    lies inside the register, not at its end (found once, outside the timing)."""
    from sqlalchemy import text
    if column not in _state:
        with _setup(url)["engine"].connect() as conn:
            n = conn.execute(text(f"SELECT count({column}) FROM cases")).scalar()
            middle = conn.execute(text(f"SELECT {column} FROM cases WHERE {column} IS NOT NULL ORDER BY {column} "
                                       "LIMIT 1 OFFSET :o"), {"o": n // 2}).scalar()
        first = date.fromisoformat(str(middle)[:10]).replace(day=1)
        following = first.replace(year=first.year + first.month // 12, month=first.month % 12 + 1)
        _state[column] = (first, date.fromordinal(following.toordinal() - 1))
    return _state[column]


def _ranged_sql(column: str, where: str = "") -> str:
    """The raw fetch of a period's first page as the app reads it (keyset.page(ranged=True)): the period's ids in
    the list's order by its index (the order fenced from received_date's own index), then their columns."""
    order = "coalesce(cases.received_date, cases.received_date) DESC, cases.id DESC"
    return (f"SELECT {_COLUMNS} FROM {_FROM} WHERE cases.id IN (SELECT cases.id FROM cases WHERE cases.{column} "
            f">= :lo AND cases.{column} <= :hi {where} ORDER BY {order} LIMIT 200) ORDER BY {order}")


def _bounds(url: str, column: str) -> dict:
    lo, hi = _month(url, column)
    return {"lo": lo, "hi": hi}


def _period(url: str, name: str) -> dict:
    """The CaseFilter fields of the month of `name` (registered, closed)."""
    lo, hi = _month(url, f"{name}_date")
    return {f"{name}_from": lo, f"{name}_to": hi}


def _raw(url: str, sql: str, params: dict | None = None) -> int:
    return raw_rows(_setup(url)["engine"], sql, params)


# The list's columns as list_cases reads them (ipcase.queries.cases.register._list_select): the cases' own.
_COLUMNS = ("cases.id, cases.version, cases.case_number, cases.state, cases.sort_suspended AS suspended, "
            "cases.sort_patent_number, cases.sort_patent_type, cases.sort_patent_title, cases.sort_requesters, "
            "cases.sort_respondents, cases.sort_officer, cases.received_date, cases.registered_date, cases.closed_date, "
            "cases.sort_closing_due, cases.sort_closing_provisional, cases.flag_foreign, cases.flag_ecommerce, "
            "cases.flag_trade_fair")
_FROM = "cases"


def _page_sql(where: str = "", order: str = "cases.received_date DESC, cases.id DESC") -> str:
    return f"SELECT {_COLUMNS} FROM {_FROM} {('WHERE ' + where) if where else ''} ORDER BY {order} LIMIT 200"


def _far_key(url: str, fraction: float = 0.9) -> tuple:
    """The (received_date, id) key of the row at `fraction` of the list (found once, outside the timing)."""
    from sqlalchemy import text
    if "far" not in _state:
        with _setup(url)["engine"].connect() as conn:
            n = conn.execute(text("SELECT count(*) FROM cases")).scalar()
            row = conn.execute(text("SELECT received_date, id FROM cases ORDER BY received_date DESC, id DESC "
                                    "LIMIT 1 OFFSET :o"), {"o": max(0, int(n * fraction) - 1)}).one()
        _state["far"] = (date.fromisoformat(str(row[0])[:10]), row[1])
    return _state["far"]


def _one_case_needles(url: str) -> tuple[str, ...]:
    """The patent number and the 案号 of one registered case halfway down the list: searches that find a handful
    of rows, where an index must beat a scan (a common needle's naive scan stops after its first 200 hits)."""
    from sqlalchemy import text
    if "one" not in _state:
        with _setup(url)["engine"].connect() as conn:
            n = conn.execute(text("SELECT count(*) FROM cases WHERE case_number IS NOT NULL")).scalar()
            row = conn.execute(text("SELECT sort_patent_number, case_number FROM cases WHERE case_number IS NOT NULL "
                                    "ORDER BY received_date DESC, id DESC LIMIT 1 OFFSET :o"), {"o": n // 2}).one()
        _state["one"] = tuple(str(v) for v in row)
    return _state["one"]


def _sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _indexed_search(url: str, needle: str) -> int:
    return index_alone(_setup(url)["engine"], "cases", "case_number", "received_date DESC, id DESC", needle)


def _indexed_page(url: str, needle: str) -> int:
    """An informative limit (no goal; G19b): the index alone's condition (`index_alone`: the same index, needle and
    operator; a 1–2 character needle on PostgreSQL with the app's LIKE recheck) with the page's columns (_COLUMNS)
    in one plain statement. Between it and
    the index alone: the page's columns in the database; between the app and it: the viewer's read, the LIKE's
    recheck, the 匹配 column and the rows built in Python."""
    from ipcase.domain.numbering import number_query
    from ipcase.queries.search import caseless, text_key
    engine = _setup(url)["engine"]
    q = number_query(needle)
    if q is not None:
        where, params = "ipcase_number_key(cases.case_number) = :k", {"k": f"({q.year}){q.n}"}
    elif engine.dialect.name == "sqlite":
        fts = "cases_tri" if len(needle) >= 3 else "cases_grams"
        where, params = (f"cases.id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH :q)",
                         {"q": '"' + needle.lower() + '"'})
    elif len(needle) >= 3:
        key = text_key(needle) if text_key(needle) in needle.lower() else needle
        where, params = f"cases.search_text {'LIKE' if caseless(key) else 'ILIKE'} :q", {"q": f"%{key}%"}
    else:   # with the app's recheck: without it PostgreSQL estimates a rare gram at 0.5 % of the rows (5,000 at
        # 1M) and starts two parallel workers for 4 rows (≈ 20 ms of wall time)
        where = ("ipcase_grams(cases.search_text) @> ARRAY[CAST(:q AS text)] AND cases.search_text "
                 f"{'LIKE' if caseless(needle) else 'ILIKE'} :l")
        params = {"q": needle.lower(), "l": f"%{needle}%"}
    return _raw(url, f"SELECT {_COLUMNS} FROM {_FROM} WHERE {where} "
                     "ORDER BY cases.received_date DESC, cases.id DESC LIMIT 200", params)


def _like_scan(url: str, needle: str) -> int:
    return _raw(url, "SELECT id FROM cases WHERE lower(search_text) LIKE :q ORDER BY received_date DESC, id DESC "
                     "LIMIT 200", {"q": f"%{needle.lower()}%"})


def _index_mib(url: str) -> float:
    """Size of the search indexes (FTS5 tables and their shadow tables / the GIN indexes), MiB."""
    return index_mib(_setup(url)["engine"],
                     "name LIKE 'cases\\_tri%' ESCAPE '\\' OR name LIKE 'cases\\_grams%' ESCAPE '\\'",
                     "c.relname IN ('ix_search_cases', 'ix_grams_cases')")


def _sort_key_mib(url: str) -> float:
    names = ", ".join(f"'ix_cases_by_{n}'" for n in ("requesters", "respondents", "officer", "patent_number",
                                                      "patent_type", "patent_title", "closing_due"))
    return index_mib(_setup(url)["engine"], f"name IN ({names})", f"c.relname IN ({names})")


def rows(db_url: str) -> list:
    u = db_url
    _setup(u)
    _far_key(u)

    def t(fn):
        return lambda: timed(fn)
    sub = {"o": _state["sub_office"]}
    out = [
        ("case list, first page (no count)", t(lambda: _list(u)), t(lambda: _raw(u, _page_sql()))),
        ("case list, page at 90 % (keyset)", t(lambda: _list(u, after=_far_key(u))),
         t(lambda: _raw(u, _page_sql("(cases.received_date, cases.id) < (:d, :i)"),
                        {"d": _far_key(u)[0], "i": _far_key(u)[1]}))),
        ("case list, count (after the first page, off the GUI thread)", t(lambda: _count(u)), None),
        ("case list, first page, a sub-office's viewer", t(lambda: _list(u, "sub_viewer")),
         t(lambda: _raw(u, _page_sql("cases.office_id = :o"), sub))),
        ("case list, first page, 中止中", t(lambda: _list(u, suspended=True)),
         t(lambda: _raw(u, _page_sql(_suspended(u))))),
        ("case list, first page, 中止中, a sub-office's viewer", t(lambda: _list(u, "sub_viewer", suspended=True)),
         t(lambda: _raw(u, _page_sql(f"{_suspended(u)} AND cases.office_id = :o"), sub))),
        *((f"case list, first page, {label}", t(lambda g=group: _list(u, states=_states(g))),
           t(lambda g=group: _raw(u, _state_pages_sql(g))))
          for label, group in (("只看办理中", "REGISTERED_OPEN_STATES"), ("只看已结案", "CLOSED_STATES"))),
        # the statistics' drill-down by period: a month inside the register, read by the period's index
        # (0043_date_ranges)
        ("case list, first page, 立案 in one month", t(lambda: _list(u, **_period(u, "registered"))),
         t(lambda: _raw(u, _ranged_sql("registered_date"), _bounds(u, "registered_date")))),
        ("case list, first page, 结案 in one month, a sub-office's viewer",
         t(lambda: _list(u, "sub_viewer", **_period(u, "closed"))),
         t(lambda: _raw(u, _ranged_sql("closed_date", "AND cases.office_id = :o"),
                        {**_bounds(u, "closed_date"), **sub}))),
        # the filter bar's 类型: a third of the register, walked in the list's order and checked
        ("case list, first page, 类型 外观设计", t(lambda: _list(u, patent_type="design")),
         t(lambda: _raw(u, _page_sql("coalesce(cases.sort_patent_type, cases.sort_patent_type) = 'design'")))),
        ("case list, count, 中止中 (after the first page, off the GUI thread)", t(lambda: _count(u, suspended=True)),
         None),
        ("sort by 请求人, first page, a sub-office's viewer",
         t(lambda: _list(u, "sub_viewer", sort="requesters", descending=False)),
         t(lambda: _raw(u, _page_sql("cases.office_id = :o AND cases.sort_requesters IS NOT NULL",
                                     "cases.sort_requesters, cases.id"), sub))),
    ]
    # every sortable column but 收到日期 (the first page's order); a key many cases share (类型, 承办人, 状态) was where
    # PostgreSQL sorted a whole group until 0041_sort_ids, the limit with it: the limit is the same SQL
    for field, column, label in (("requesters", "sort_requesters", "请求人"), ("officer_name", "sort_officer", "承办人"),
                                 ("closing_due", "sort_closing_due", "结案期限"), ("case_number", "case_number", "案号"),
                                 ("state", "state", "状态"), ("patent_number", "sort_patent_number", "专利号"),
                                 ("patent_type", "sort_patent_type", "类型"),
                                 ("patent_title", "sort_patent_title", "专利名称"),
                                 ("respondents", "sort_respondents", "被请求人"),
                                 ("registered_date", "registered_date", "立案日期"),
                                 ("closed_date", "closed_date", "结案日期")):
        out.append((f"sort by {label}, first page", t(lambda f=field: _list(u, sort=f, descending=False)),
                    t(lambda c=column: _raw(u, _page_sql(f"cases.{c} IS NOT NULL", f"cases.{c}, cases.id")))))
    for needle in ("王", "科技", "有限公司", "ZL2021", "知裁字", *_one_case_needles(u)):
        out.append((f"search {needle!r} (against the index alone)", t(lambda n=needle: _list(u, text=n)),
                    t(lambda n=needle: _indexed_search(u, n))))
        out.append((f"search {needle!r} against a naive LIKE scan", t(lambda n=needle: _list(u, text=n)),
                    t(lambda n=needle: _like_scan(u, n))))
        out.append((f"search {needle!r} against the index with the page's columns (informative)",
                    t(lambda n=needle: _list(u, text=n)), t(lambda n=needle: _indexed_page(u, n))))
    out += [
        ("search indexes, size", lambda: _index_mib(u), None, "MiB"),
        ("sort-key indexes, size", lambda: _sort_key_mib(u), None, "MiB"),
    ]
    return out
