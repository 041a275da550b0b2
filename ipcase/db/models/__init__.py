"""ORM models, one module per feature (SQLAlchemy 2.0 typed declarative; enums stored as their string values).

Importing this package registers every table on `Base.metadata` (Alembic and the schema test need them all)."""
from ipcase.db.models import (  # noqa: F401
    admin,
    aggregates,
    audit,
    cases,
    corrections,
    credit,
    documents,
    evidence,
    hearings,
    intake,
    ledger,
    mediation,
    publication,
    recusal,
    satisfaction,
    statistics,
    sync,
)
