"""The case list filtered by a 立案 or 结案 period (the statistics' drill-down) in its default order reads the period's
ids first (issue 19; keyset.page(ranged=True), migration 0043_date_ranges): at a million cases SQLite sorted every
case of the period with all its columns and PostgreSQL walked the newest cases past every case outside it. The rows
and their order must be those of the unfiltered list with the other dates left out — for a window, an open end on
either side and one day, page after page in both directions, after a jump, with other filters and the state presets,
for a viewer of every office and a sub-office's viewer — and nothing may rest on the dates' usual order (a case
received long before its 立案 is listed like any other)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from ipcase.db.models.cases import Case
from ipcase.domain.enums import CLOSED_STATES, PatentType
from ipcase.domain.statistics.counting import ClosingMethod
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases.register import list_cases
from tests.integration.cases.test_state_pages import ALL_ROWS, _listed, _paged
from tests.register_viewers import generated_register
from tests.sent_statements import plan_text, sent_statements

TODAY = date(2026, 11, 2)


def _register(new_uow, engine):
    """The generated register's two viewers, with one case received first of all and registered and closed last
    of all (a period at the register's end then holds a case from its far start)."""
    viewers = generated_register(new_uow, TODAY)
    with engine.begin() as conn:
        oldest = conn.execute(Case.__table__.select().where(Case.closed_date.is_not(None))
                              .order_by(Case.received_date, Case.id).limit(1)).one()
        conn.execute(update(Case).where(Case.id == oldest.id)
                     .values(registered_date=TODAY - timedelta(days=2), closed_date=TODAY - timedelta(days=1)))
    return viewers, oldest.id


def _periods(rows, field: str) -> list[tuple[date | None, date | None]]:
    """A window around the middle third of the dates, each end open, one day, and the register's last days."""
    dates = sorted(getattr(r, field) for r in rows if getattr(r, field) is not None)
    assert len(dates) >= 12, field
    low, high = dates[len(dates) // 3], dates[2 * len(dates) // 3]
    return [(low, high), (low, None), (None, high), (dates[len(dates) // 2],) * 2, (TODAY - timedelta(days=3), None)]


@pytest.mark.parametrize("descending", [True, False], ids=["desc", "asc"])
def test_a_period_lists_its_cases_in_the_lists_order(engine, new_uow, descending):
    ((top_viewer, _top), (sub_viewer, _sub)), moved = _register(new_uow, engine)
    every = {v: _listed(new_uow, v, descending=descending) for v in (top_viewer, sub_viewer)}
    for field, (lo_name, hi_name) in (("registered_date", ("registered_from", "registered_to")),
                                      ("closed_date", ("closed_from", "closed_to"))):
        periods = _periods(every[top_viewer], field)
        for lo, hi in periods:
            period = {lo_name: lo, hi_name: hi}

            def within(r) -> bool:
                value = getattr(r, field)   # noqa: B023 — read in this iteration
                return value is not None and (lo is None or value >= lo) and (hi is None or value <= hi)  # noqa: B023

            for viewer in (sub_viewer, top_viewer):
                want = [r.id for r in every[viewer] if within(r)]
                assert [r.id for r in _listed(new_uow, viewer, descending=descending, **period)] == want, \
                    (field, period, viewer)
                assert _paged(new_uow, viewer, 3, descending=descending, **period) == want
                # a jump (跳到第 N 条): from the position's key, the same rows as OFFSET
                with new_uow(viewer_id=viewer, read_only=True) as uow:
                    jumped = list_cases(uow, CaseFilter(descending=descending, limit=4, offset=2, count=False,
                                                        **period), today=TODAY).rows
                assert [r.id for r in jumped] == want[2:6]
                # the export's read (ListOutput: a writing unit, every row at once)
                with new_uow(viewer_id=viewer) as uow:
                    exported = list_cases(uow, CaseFilter(descending=descending, limit=ALL_ROWS, count=False,
                                                          **period), today=TODAY).rows
                assert [r.id for r in exported] == want
                # with a state preset (a viewer of every office pages the states by partition otherwise) and a flag
                closed = tuple(sorted(CLOSED_STATES))
                assert [r.id for r in _listed(new_uow, viewer, descending=descending, states=closed, **period)] \
                    == [r.id for r in every[viewer] if within(r) and r.state in CLOSED_STATES]
                assert [r.id for r in _listed(new_uow, viewer, descending=descending, flag_foreign=False,
                                              **period)] == [r.id for r in every[viewer]
                                                             if within(r) and not r.flag_foreign]
        # the register's last days hold the case received first of all
        last = {lo_name: periods[-1][0]}
        assert moved in [r.id for r in _listed(new_uow, top_viewer, descending=descending, **last)]


def test_a_period_reads_its_ids_by_the_range_index(engine, new_uow):
    """The page's ids come from the period's index (the date, received_date, the conditions' columns, id), not a
    walk of the list's order (ix_cases_received_id) past every newer case."""
    ((top_viewer, _top), _sub), _moved = _register(new_uow, engine)
    for kw, index in (({"registered_from": date(2026, 3, 1), "registered_to": date(2026, 6, 30)},
                       "ix_cases_registered_range"),
                      ({"closed_from": date(2026, 3, 1)}, "ix_cases_closed_range"),
                      # with conditions a period is listed with (the statistics' drill-down, 类型, the flags):
                      # still no row read but the page's (a state preset, 承办人 or a sub-office's viewer may be
                      # read by their own index on SQLite, which keeps no statistics)
                      ({"registered_from": date(2026, 3, 1), "flag_foreign": False, "flag_ecommerce": True,
                        "patent_type": PatentType.DESIGN, "closing_methods": (ClosingMethod.MEDIATED.value,),
                        "officer_unassigned": False},
                       "ix_cases_registered_range"),
                      ({"closed_to": date(2026, 10, 1), "registered": True, "flag_trade_fair": False},
                       "ix_cases_closed_range")):
        with sent_statements(engine) as sent:
            _listed(new_uow, top_viewer, **kw)
        assert len(sent) == 1, sent
        plan = plan_text(engine, *sent[0])
        assert "ix_cases_received_id" not in plan, (kw, plan)
        if engine.dialect.name == "sqlite":   # (PostgreSQL may read the test register's few rows otherwise)
            assert f"COVERING INDEX {index}" in plan, (kw, plan)
