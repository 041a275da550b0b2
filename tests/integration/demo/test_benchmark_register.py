"""tools/benchmark_scale.ensure_register (issue 19): the benchmark's register is generated when short, left alone
when not, and — on PostgreSQL — vacuumed after it was generated or migrated (a stale visibility map made the
measured counts read the table; the generator runs ANALYZE only). No timing is checked."""
from __future__ import annotations

import time
from datetime import date

from sqlalchemy import create_engine, text

from tools.benchmark_scale import ensure_register

TODAY = date(2026, 11, 2)


def _vacuumed(url: str) -> bool:
    """Whether `cases` was vacuumed by hand (PostgreSQL's statistics: the vacuuming session reports them as it
    ends, so they are read again for a few seconds)."""
    engine = create_engine(url)
    try:
        for _ in range(50):
            with engine.connect() as conn:
                if conn.scalar(text("SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables "
                                    "WHERE relname = 'cases'")):
                    return True
            time.sleep(0.1)
        return False
    finally:
        engine.dispose()


def test_the_register_is_generated_once_and_vacuumed_after(db_url):
    assert ensure_register(db_url, 30, TODAY, sub_offices=1, demo=False) == 30
    assert ensure_register(db_url, 20, TODAY, sub_offices=1, demo=False) == 30   # enough: nothing generated
    if db_url.startswith("postgresql"):
        assert _vacuumed(db_url)
