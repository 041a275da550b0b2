"""Migration 0019_agents on a wave-1 database: every agent already recorded gets an empty address (none was
kept), a new one can be stored, and the case reads back through the screens' query."""
from __future__ import annotations

import gzip
import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import select, text

from ipcase.db.engine import make_engine
from ipcase.db.migrate import upgrade_to_head
from ipcase.db.models.cases import Agent
from ipcase.queries.cases.register import case_detail
from ipcase.uow import uow_factory

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "wave1_demo.db.gz"


def test_agents_of_a_wave1_database_get_an_empty_address(tmp_path):
    path = tmp_path / "ipcase.db"
    with gzip.open(FIXTURE, "rb") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM agents")).scalar()
    upgrade_to_head(engine)
    with engine.begin() as conn:
        assert before > 0
        assert conn.execute(text("SELECT count(*) FROM agents WHERE address = ''")).scalar() == before
        agent_id, case_id = conn.execute(text("SELECT a.id, p.case_id FROM agents a JOIN parties p ON p.id = a.party_id "
                                              "ORDER BY a.id LIMIT 1")).one()
        conn.execute(text("UPDATE agents SET address = '宁波市海曙区中山西路1号' WHERE id = :id"), {"id": agent_id})
    new_uow = uow_factory(engine)
    with new_uow() as uow:
        assert uow.session.scalar(select(Agent.address).where(Agent.id == agent_id)) == "宁波市海曙区中山西路1号"
        viewer = uow.session.execute(text("SELECT id FROM users WHERE username = 'liuyang'")).scalar()
        detail = case_detail(uow, case_id, viewer_id=viewer, today=date(2026, 11, 21))
    assert "宁波市海曙区中山西路1号" in [a.address for p in detail.parties for a in p.agents]
    engine.dispose()
