"""The case list's count from the dashboard's cells (ipcase.queries.cases.cell_count, issue 19) is the number of rows
the list holds, on SQLite and PostgreSQL: for every filter the cells are keyed by, for a viewer of every office and
one of a sub-office, after officers change, a case moves office and a case is deleted; a filter the cells cannot
answer, and aggregates that are not usable, count from the cases."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import delete, func, or_, select

from ipcase.db import aggregates
from ipcase.db.models.admin import RoutineRun, User
from ipcase.db.models.cases import Case
from ipcase.db.models.intake import IntakeItem
from ipcase.domain.enums import CaseState, PatentType
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases import cell_count
from ipcase.queries.cases.register import count_cases, list_cases
from tests.register_viewers import generated_register

TODAY = date(2026, 11, 2)


def _filters(new_uow, offices: tuple[int, int]) -> list[CaseFilter]:
    with new_uow() as uow:
        officers = uow.session.scalars(select(User.id).where(User.role == "officer").order_by(User.id)).all()
    top, sub = offices
    out = [CaseFilter(), CaseFilter(officer_unassigned=True), CaseFilter(office_id=sub), CaseFilter(office_id=top),
           CaseFilter(office_ids=(sub,)), CaseFilter(office_ids=(top, sub)), CaseFilter(registered=True),
           CaseFilter(registered=False), CaseFilter(officer_id=officers[0], registered=True),
           CaseFilter(patent_type=PatentType.DESIGN, flag_foreign=False),
           CaseFilter(flag_ecommerce=True, flag_trade_fair=False, office_ids=(top,))]
    out += [CaseFilter(officer_id=o) for o in officers]
    out += [CaseFilter(patent_type=t) for t in PatentType]
    out += [CaseFilter(**{flag: value}) for flag in ("flag_foreign", "flag_ecommerce", "flag_trade_fair")
            for value in (True, False)]
    return out


def _listed(new_uow, viewer: int, flt: CaseFilter) -> int:
    with new_uow(viewer_id=viewer, read_only=True) as uow:
        return len(list_cases(uow, replace(flt, limit=100_000, count=False), today=TODAY).rows)


def _counted(new_uow, viewer: int, flt: CaseFilter) -> int:
    with new_uow(viewer_id=viewer, read_only=True) as uow:
        return count_cases(uow, flt)


def _from_cells(new_uow, viewer: int, flt: CaseFilter) -> int | None:
    with new_uow(viewer_id=viewer, read_only=True) as uow:
        return cell_count.count_from_cells(uow.connection(), flt, uow.readable_offices())


def _assert_counts_are_the_lists(new_uow, viewers, filters) -> None:
    for viewer in viewers:
        for flt in filters:
            listed = _listed(new_uow, viewer, flt)
            assert _from_cells(new_uow, viewer, flt) == listed, (viewer, flt)   # the cells answered, rightly
            assert _counted(new_uow, viewer, flt) == listed, (viewer, flt)


@pytest.fixture
def register(new_uow):
    return generated_register(new_uow, TODAY)


def test_the_cells_count_what_the_list_holds(new_uow, register):
    (top_viewer, top), (sub_viewer, sub) = register
    filters = _filters(new_uow, (top, sub))
    assert _listed(new_uow, top_viewer, CaseFilter()) > _listed(new_uow, sub_viewer, CaseFilter()) > 0
    _assert_counts_are_the_lists(new_uow, (top_viewer, sub_viewer), filters)


def test_the_cells_follow_writes_through_the_orm(new_uow, register):
    (top_viewer, top), (sub_viewer, sub) = register
    with new_uow() as uow:
        s = uow.session
        ids = s.scalars(select(Case.id).order_by(Case.id)).all()
        officer = s.scalar(select(User.id).where(User.role == "officer", User.office_id == sub).order_by(User.id))
        for case_id in ids[:5]:
            s.get(Case, case_id).officer_id = officer     # 承办人 changed
        s.get(Case, ids[5]).officer_id = None              # unassigned
        unnumbered = s.scalar(select(Case).where(Case.case_number.is_(None), Case.id.not_in(ids[:6]))
                              .order_by(Case.id))        # (a numbered case keeps its office's 案号 sequence)
        unnumbered.office_id = sub if unnumbered.office_id != sub else top     # moved
        gone = s.scalar(select(Case).where(Case.id.not_in([*ids[:6], unnumbered.id]),
                                           ~select(IntakeItem.id).where(or_(IntakeItem.case_id == Case.id,
                                                                            IntakeItem.repeat_case_id == Case.id))
                                           .exists()).order_by(Case.id))
        s.delete(gone)                                     # deleted with its rows
        uow.commit()
    _assert_counts_are_the_lists(new_uow, (top_viewer, sub_viewer), _filters(new_uow, (top, sub)))


def test_what_the_cells_cannot_answer_is_counted_from_the_cases(engine, new_uow, register):
    (top_viewer, _top), (sub_viewer, _sub) = register
    others = [CaseFilter(states=(CaseState.REGISTERED,)), CaseFilter(text="有限公司"),
              CaseFilter(received_from=date(2026, 3, 1)), CaseFilter(suspended=False),
              CaseFilter(closing_methods=("withdrawn",)), CaseFilter(officer_unassigned=True, track="fast")]
    for flt in others:
        assert not cell_count.answerable(flt)
        for viewer in (top_viewer, sub_viewer):
            assert _from_cells(new_uow, viewer, flt) is None
            assert _counted(new_uow, viewer, flt) == _listed(new_uow, viewer, flt), flt
    # a case past the facts (appended by a loader that forgot the rebuild): every count from the cases
    with engine.begin() as conn:
        newest = conn.scalar(select(func.max(aggregates.FACTS.c.case_id)))
        conn.execute(delete(aggregates.FACTS).where(aggregates.FACTS.c.case_id == newest))
    for viewer in (top_viewer, sub_viewer):
        assert _from_cells(new_uow, viewer, CaseFilter()) is None
        assert _counted(new_uow, viewer, CaseFilter()) == _listed(new_uow, viewer, CaseFilter())
    # aggregates never built (or dropped for a rebuild): every count from the cases
    with engine.begin() as conn:
        conn.execute(delete(RoutineRun.__table__).where(RoutineRun.name == aggregates.MARKER))
    for viewer in (top_viewer, sub_viewer):
        assert _from_cells(new_uow, viewer, CaseFilter()) is None
        assert _counted(new_uow, viewer, CaseFilter()) == _listed(new_uow, viewer, CaseFilter())


def test_a_writing_unit_counts_its_own_uncommitted_changes(new_uow, register):
    (top_viewer, _top), _sub = register
    with new_uow() as uow:
        officer = uow.session.scalar(select(User.id).where(User.role == "officer").order_by(User.id))
    before = _listed(new_uow, top_viewer, CaseFilter(officer_id=officer))
    with new_uow(viewer_id=top_viewer) as uow:
        s = uow.session
        case = s.scalar(select(Case).where((Case.officer_id != officer) | Case.officer_id.is_(None)).order_by(Case.id))
        case.officer_id = officer
        s.flush()                       # flushed, not committed: the cells learn of it only at the commit
        assert count_cases(uow, CaseFilter(officer_id=officer)) == before + 1

