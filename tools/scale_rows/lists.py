"""Case-list rows (H4, issue 19): the first page, a page far down (keyset), the sorts by 请求人/承办人/结案期限, the
count, and the searches (common words, and one case's patent number and 案号) — each the app's query against the raw
indexed fetch of the same rows; plus the search against a naive LIKE scan and the sizes of the search indexes."""
from __future__ import annotations

from datetime import date

from tools.scale_rows import context, timed

PAGE = 200
_state: dict = {}


def _setup(url: str) -> dict:
    if _state.get("url") == url:
        return _state
    from ipcase.db.engine import make_engine
    from ipcase.uow import uow_factory
    engine = make_engine(url)
    _state.clear()
    _state.update(url=url, engine=engine, new_uow=uow_factory(engine))
    return _state


def _today() -> date:
    try:
        return context().today
    except RuntimeError:
        return date.today()


def _list(url: str, **kw) -> int:
    from ipcase.dto.cases import CaseFilter
    from ipcase.queries.cases.register import list_cases
    with _setup(url)["new_uow"]() as uow:
        return len(list_cases(uow, CaseFilter(limit=PAGE, count=False, **kw), today=_today()).rows)


def _count(url: str) -> int:
    from ipcase.dto.cases import CaseFilter
    from ipcase.queries.cases.register import count_cases
    with _setup(url)["new_uow"]() as uow:
        return count_cases(uow, CaseFilter())


def _raw(url: str, sql: str, params: dict | None = None) -> int:
    from sqlalchemy import text
    with _setup(url)["engine"].connect() as conn:
        return len(conn.execute(text(sql), params or {}).all())


_COLUMNS = ("id, version, case_number, state, sort_patent_number, sort_patent_type, sort_patent_title, "
            "sort_requesters, sort_respondents, sort_officer, received_date, registered_date, closed_date")


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
    """The index alone: matching ids in list order (FTS5 on SQLite, the GIN indexes on PostgreSQL)."""
    if _sqlite(url):
        table = "cases_tri" if len(needle) >= 3 else "cases_grams"
        return _raw(url, f"SELECT id FROM cases WHERE id IN (SELECT rowid FROM {table} WHERE {table} MATCH :q) "
                         "ORDER BY received_date DESC, id DESC LIMIT 200", {"q": '"' + needle.lower() + '"'})
    if len(needle) >= 3:
        return _raw(url, "SELECT id FROM cases WHERE search_text ILIKE :q ORDER BY received_date DESC, id DESC "
                         "LIMIT 200", {"q": f"%{needle}%"})
    return _raw(url, "SELECT id FROM cases WHERE ipcase_grams(search_text) @> ARRAY[CAST(:q AS text)] "
                     "ORDER BY received_date DESC, id DESC LIMIT 200", {"q": needle.lower()})


def _like_scan(url: str, needle: str) -> int:
    return _raw(url, "SELECT id FROM cases WHERE lower(search_text) LIKE :q ORDER BY received_date DESC, id DESC "
                     "LIMIT 200", {"q": f"%{needle.lower()}%"})


def _index_mib(url: str) -> float:
    """Size of the search indexes (FTS5 tables and their shadow tables / the GIN indexes), MiB."""
    from sqlalchemy import text
    with _setup(url)["engine"].connect() as conn:
        if _sqlite(url):
            size = conn.execute(text("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'cases\\_tri%' ESCAPE '\\' "
                                     "OR name LIKE 'cases\\_grams%' ESCAPE '\\'")).scalar()
        else:
            size = conn.execute(text("SELECT sum(pg_relation_size(c.oid)) FROM pg_class c WHERE c.relname IN "
                                     "('ix_search_cases', 'ix_grams_cases')")).scalar()
    return (size or 0) / 2 ** 20


def _sort_key_mib(url: str) -> float:
    from sqlalchemy import text
    names = ", ".join(f"'ix_cases_sort_{n}'" for n in ("requesters", "respondents", "officer", "patent_number",
                                                        "patent_type", "patent_title", "closing_due"))
    sql = (f"SELECT sum(pgsize) FROM dbstat WHERE name IN ({names})" if _sqlite(url) else
           f"SELECT sum(pg_relation_size(c.oid)) FROM pg_class c WHERE c.relname IN ({names})")
    with _setup(url)["engine"].connect() as conn:
        size = conn.execute(text(sql)).scalar()
    return (size or 0) / 2 ** 20


def rows(db_url: str) -> list:
    u = db_url
    _setup(u)
    _far_key(u)

    def t(fn):
        return lambda: timed(fn)
    out = [
        ("case list, first page (no count)", t(lambda: _list(u)),
         t(lambda: _raw(u, f"SELECT {_COLUMNS} FROM cases ORDER BY received_date DESC, id DESC LIMIT 200"))),
        ("case list, page at 90 % (keyset)", t(lambda: _list(u, after=_far_key(u))),
         t(lambda: _raw(u, f"SELECT {_COLUMNS} FROM cases WHERE (received_date, id) < (:d, :i) "
                           "ORDER BY received_date DESC, id DESC LIMIT 200",
                        {"d": _far_key(u)[0], "i": _far_key(u)[1]}))),
        ("case list, count (after the first page, off the GUI thread)", t(lambda: _count(u)), None),
    ]
    for field, column, label in (("requesters", "sort_requesters", "请求人"), ("officer_name", "sort_officer", "承办人"),
                                 ("closing_due", "sort_closing_due", "结案期限")):
        out.append((f"sort by {label}, first page", t(lambda f=field: _list(u, sort=f, descending=False)),
                    t(lambda c=column: _raw(u, f"SELECT {_COLUMNS} FROM cases WHERE {c} IS NOT NULL "
                                               f"ORDER BY {c}, id LIMIT 200"))))
    for needle in ("王", "科技", "有限公司", "ZL2021", "知裁字", *_one_case_needles(u)):
        out.append((f"search {needle!r} (against the index alone)", t(lambda n=needle: _list(u, text=n)),
                    t(lambda n=needle: _indexed_search(u, n))))
        out.append((f"search {needle!r} against a naive LIKE scan", t(lambda n=needle: _list(u, text=n)),
                    t(lambda n=needle: _like_scan(u, n))))
    out += [
        ("search indexes, size", lambda: _index_mib(u), None, "MiB"),
        ("sort-key indexes, size", lambda: _sort_key_mib(u), None, "MiB"),
    ]
    return out
