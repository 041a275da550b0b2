"""The demo build keeps 文书 › 待送达's rows with one rebuild at the end (`serve_waiting.deferred`), not a refresh
at each of its ≈ 700 commits: the built demo's rows are exactly what `pending` selects from scratch, and inside
a `deferred` block a commit leaves the rows alone until the block ends — a failed block's too."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from ipcase.db import office_scope, serve_waiting
from ipcase.db.engine import make_engine
from ipcase.db.models.documents import IssuedDocument, ServeWaiting, ServiceRecord
from ipcase.uow import uow_factory

pytestmark = pytest.mark.xdist_group("demo")


def stored(engine) -> list[tuple]:
    with engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(
            select(*(ServeWaiting.__table__.c[c] for c in serve_waiting.COLUMNS))))


def selected(engine) -> list[tuple]:
    with engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(serve_waiting.pending()))


@pytest.fixture
def engine(demo_copy):
    e = make_engine(f"sqlite:///{demo_copy}")
    yield e
    e.dispose()


def test_the_demo_rows_are_the_pending_statement(engine):
    rows = stored(engine)
    assert rows and rows == selected(engine)


def _unreceive_one(engine) -> None:
    """A receipt (签收) of a document served on all parties taken back through the ORM: its party waits again."""
    with uow_factory(engine)() as uow, office_scope.system_work(uow.session):
        s = uow.session
        record = s.scalars(select(ServiceRecord).join(IssuedDocument, IssuedDocument.id == ServiceRecord.document_id)
                           .where(ServiceRecord.received_date.is_not(None), ServiceRecord.party_id.is_not(None),
                                  IssuedDocument.doc_type.in_(serve_waiting.ON_PARTIES))
                           .order_by(ServiceRecord.id).limit(1)).one()
        record.received_date = None
        uow.commit()


@pytest.mark.parametrize("fails", [False, True])
def test_deferred_leaves_the_rows_until_the_end(engine, fails):
    before = stored(engine)

    class Stop(Exception):
        pass

    with pytest.raises(Stop) if fails else _nothing():
        with serve_waiting.deferred(engine):
            _unreceive_one(engine)
            assert stored(engine) == before != selected(engine)   # the hook skipped this commit
            if fails:
                raise Stop
    assert stored(engine) == selected(engine)
    _unreceive_one(engine)                               # outside the block the hook keeps them again
    assert stored(engine) == selected(engine)


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
