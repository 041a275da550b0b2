"""An existing user's database keeps working after the restructure (issue 11: no behaviour change).

`tests/fixtures/wave1_demo.db.gz` is the demo database exactly as the release before the restructure built it
(commit a134ed3, `ensure_demo_database(today=2026-11-21)`, Alembic head 0011): 210 cases in every state with
intake items, hearings, records, recusal, evidence files, mediation and issued documents. The current code
must open it without a migration, see the same schema as its models, and read every record through the
queries the screens use.
"""
from __future__ import annotations

import gzip
import shutil
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from ipcase.db.base import Base
from ipcase.db.engine import make_engine
from ipcase.db.migrate import current_revisions, head_revisions, upgrade_to_head
from ipcase.db.search_index import outside_models
from ipcase.dto.cases import CaseFilter
from ipcase.dto.intake import IntakeFilter
from ipcase.dto.mediation import MediationCaseFilter
from ipcase.dto.statistics import StatsFilter
from ipcase.queries.cases.deadlines import my_deadlines
from ipcase.queries.cases.register import case_detail, list_cases
from ipcase.queries.documents.register import case_documents
from ipcase.queries.evidence.register import case_evidence
from ipcase.queries.hearings.sessions import case_hearings
from ipcase.queries.intake.register import item_detail, list_items
from ipcase.queries.mediation.cases import case_detail as mediation_case_detail
from ipcase.queries.mediation.cases import list_cases as list_mediation_cases
from ipcase.queries.recusal.applications import case_recusals
from ipcase.queries.statistics.figures import dashboard
from ipcase.services.admin import auth
from ipcase.uow import uow_factory

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "wave1_demo.db.gz"
TODAY = date(2026, 11, 21)
WAVE1_HEAD = "0011_merge_hearings_mediation"


@pytest.fixture(scope="module")
def wave1_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("wave1") / "wave1.db"
    with gzip.open(FIXTURE, "rb") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


@pytest.fixture
def wave1(wave1_file, tmp_path):
    path = tmp_path / "ipcase.db"
    shutil.copyfile(wave1_file, path)
    engine = make_engine(f"sqlite:///{path}")
    yield engine, path
    engine.dispose()


def test_the_old_file_is_at_a_revision_the_chain_still_knows(wave1):
    engine, _ = wave1
    assert current_revisions(engine) == {WAVE1_HEAD}
    upgrade_to_head(engine)                      # no error; a later revision would be applied on top
    assert current_revisions(engine) == head_revisions()


def test_the_old_file_has_exactly_the_models_schema(wave1):
    engine, _ = wave1
    upgrade_to_head(engine)
    with engine.connect() as conn:
        opts = {"compare_type": True, "include_name": outside_models}  # the search indexes are not models
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert diff == []


def test_every_record_reads_through_the_screens_queries(wave1):
    engine, _ = wave1
    upgrade_to_head(engine)
    new_uow = uow_factory(engine)
    with new_uow() as uow:
        user = auth.login(uow, username="zhangwei", password="ipcase2026")
        head = auth.login(uow, username="liuyang", password="ipcase2026")
    with new_uow() as uow:
        page = list_cases(uow, CaseFilter(limit=1000), today=TODAY)
        assert page.total == 210
        for row in page.rows:
            detail = case_detail(uow, row.id, viewer_id=user.id, today=TODAY)
            assert detail.case_number == row.case_number
            case_documents(uow, row.id)
            case_evidence(uow, case_id=row.id, today=TODAY)
            case_hearings(uow, row.id, today=TODAY)
            case_recusals(uow, row.id)
        assert my_deadlines(uow, user_id=user.id, today=TODAY, everyone=True)
        items = list_items(uow, IntakeFilter(), today=TODAY)
        assert items.rows
        for item in items.rows:
            item_detail(uow, item.id, viewer_id=user.id, today=TODAY)
        mediation = list_mediation_cases(uow, MediationCaseFilter(), today=TODAY)
        assert mediation.rows
        for m in mediation.rows:
            mediation_case_detail(uow, m.id, viewer_id=user.id, today=TODAY)
        figures = dashboard(uow, StatsFilter(date(2026, 1, 1), TODAY), viewer_id=head.id, today=TODAY)
        assert figures is not None
