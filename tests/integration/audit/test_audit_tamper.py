"""Whoever edits the database behind the application's back is caught, on SQLite and PostgreSQL: the demo record
(every feature, built through the real services) verifies clean — so no service writes without an audit entry —
and each kind of direct edit the issue tried is found and named (which record, which 案号, which columns)."""
from __future__ import annotations

import shutil
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from audit_helpers import several_features
from sqlalchemy.pool import NullPool

from ipcase.audit.chain import ENTRIES, compute_hash
from ipcase.audit.checkpointing import write_checkpoint
from ipcase.audit.verify import verify
from ipcase.db.engine import make_engine
from ipcase.db.migrate import upgrade_to_head
from ipcase.uow import uow_factory

TODAY = date(2026, 11, 21)
NOW = datetime(2026, 12, 6, 10)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("pg", marks=pytest.mark.pg)])
def demo_source(request, tmp_path_factory):
    """The scenario built once per backend: a SQLite file, or a PostgreSQL database used as a template."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('audit-demo')}/demo.db"
    else:
        admin = request.getfixturevalue("pg_admin_engine")
        name = f"t_demo_{uuid.uuid4().hex}"
        with admin.connect() as c:
            c.execute(sa.text(f'CREATE DATABASE "{name}"'))
        url = admin.url.set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url, poolclass=NullPool)
    upgrade_to_head(engine)
    several_features(uow_factory(engine))
    engine.dispose()
    yield request.param, url
    if request.param == "pg":
        with request.getfixturevalue("pg_admin_engine").connect() as c:
            c.execute(sa.text(f'DROP DATABASE IF EXISTS "{make_engine(url).url.database}" WITH (FORCE)'))


@pytest.fixture
def demo(demo_source, tmp_path, request):
    """A fresh copy of the demo database to tamper with, and a data directory for its checkpoints."""
    kind, url = demo_source
    if kind == "sqlite":
        path = tmp_path / "copy.db"
        shutil.copyfile(make_engine(url).url.database, path)
        copy = f"sqlite:///{path}"
    else:
        admin = request.getfixturevalue("pg_admin_engine")
        name = f"t_copy_{uuid.uuid4().hex}"
        with admin.connect() as c:
            c.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{make_engine(url).url.database}"'))
        copy = admin.url.set(database=name).render_as_string(hide_password=False)
    engine = make_engine(copy, poolclass=NullPool)
    yield engine, uow_factory(engine), tmp_path / "data"
    engine.dispose()
    if kind == "pg":
        with request.getfixturevalue("pg_admin_engine").connect() as c:
            c.execute(sa.text(f'DROP DATABASE IF EXISTS "{engine.url.database}" WITH (FORCE)'))


def _verify(new_uow, data_dir: Path, full: bool = True):
    with new_uow() as uow:
        return verify(uow.session, data_dir=data_dir, full=full)


def _checkpoint(new_uow, data_dir: Path):
    with new_uow() as uow:
        return write_checkpoint(uow.session, data_dir, NOW)


def _sql(engine, *statements, params=None):
    with engine.begin() as c:
        for s in statements:
            c.execute(sa.text(s), params or {})


def _without_triggers(engine, *statements):
    """An attacker who owns the database drops the append-only triggers first."""
    if engine.dialect.name == "postgresql":
        _sql(engine, "ALTER TABLE audit_entries DISABLE TRIGGER USER", *statements,
             "ALTER TABLE audit_entries ENABLE TRIGGER USER")
    else:
        _sql(engine, "DROP TRIGGER audit_entries_no_update", "DROP TRIGGER audit_entries_no_delete", *statements)


def _one(report, problem):
    found = [f for f in report.findings if f.problem == problem]
    assert found, f"{problem} not found in {report.findings}"
    return found


def test_the_record_is_fully_explained_by_the_chain(demo):
    """Every row of every audited table, as the services wrote it, matches the chain."""
    engine, new_uow, data_dir = demo
    _checkpoint(new_uow, data_dir)
    report = _verify(new_uow, data_dir)
    assert report.findings == ()
    assert report.rows > 20 and report.checkpoints == 1
    with engine.connect() as c:
        actions = set(c.execute(sa.text("SELECT DISTINCT action FROM audit_entries")).scalars())
    assert {"add_evidence", "issue_document", "approve", "create_user"} <= actions, actions


@pytest.mark.xdist_group("demo")   # on the worker that builds the session's demo office
def test_no_service_of_the_demo_writes_around_the_chain(demo_copy, tmp_path):
    """The demo office is built through every feature's services (once per test session, `demo_database`): a
    service that writes around the audit capture (a bulk UPDATE, a Core INSERT …) leaves a row the chain cannot
    explain, and verify names it."""
    engine = make_engine(f"sqlite:///{demo_copy}")
    new_uow = uow_factory(engine)
    report = _verify(new_uow, tmp_path)
    engine.dispose()
    assert [(f.problem, f.record_kind, f.record_key, f.columns) for f in report.findings] == []
    assert report.rows > 2000   # the demo's stories and its year of finished cases (past_cases, audited rows)


def test_a_timeline_entrys_actor_and_time_changed(demo):
    engine, new_uow, data_dir = demo
    with engine.connect() as c:
        tid, case_number = c.execute(sa.text(
            "SELECT t.id, c.case_number FROM timeline t JOIN cases c ON c.id = t.case_id "
            "WHERE c.case_number IS NOT NULL ORDER BY t.id LIMIT 1")).one()
    _sql(engine, "UPDATE timeline SET actor_id = 1, at = :at WHERE id = :id",
         params={"at": datetime(2026, 1, 1, 8), "id": tid})
    report = _verify(new_uow, data_dir)
    [f] = _one(report, "row_changed")
    assert (f.record_kind, f.record_key, f.case_number) == ("timeline", f"[{tid}]", case_number)
    assert f.columns == ("actor_id", "at") and f.actual["at"] == "2026-01-01 08:00:00"
    assert report.altered


def test_text_inside_an_issued_document_and_its_issuer_changed(demo):
    engine, new_uow, data_dir = demo
    with engine.connect() as c:
        did, issuer = c.execute(sa.text("SELECT id, issued_by FROM documents WHERE case_id IS NOT NULL "
                                        "ORDER BY id LIMIT 1")).one()
    _sql(engine, "UPDATE documents SET text = text || '无需补正', issued_by = :other WHERE id = :id",
         params={"id": did, "other": 1 if issuer != 1 else 2})
    [f] = _one(_verify(new_uow, data_dir), "row_changed")
    assert f.record_kind == "documents" and f.columns == ("issued_by", "text")
    assert f.actual["text"].endswith("无需补正") and f.case_number


def test_a_row_deleted_and_a_row_inserted(demo):
    engine, new_uow, data_dir = demo
    with engine.connect() as c:
        tid, case_id = c.execute(sa.text("SELECT id, case_id FROM timeline ORDER BY id DESC LIMIT 1")).one()
    _sql(engine, "DELETE FROM timeline WHERE id = :id", params={"id": tid})
    _sql(engine, "INSERT INTO timeline (id, case_id, at, actor_id, kind, detail, version) "
                 "VALUES (:id, :case, :at, 2, 'note', '{}', 1)",
         params={"id": tid + 1000, "case": case_id, "at": datetime(2026, 2, 2, 10)})
    report = _verify(new_uow, data_dir)
    [deleted] = _one(report, "row_deleted")
    [inserted] = _one(report, "row_inserted")
    assert deleted.record_key == f"[{tid}]" and deleted.expected["kind"]
    assert inserted.record_key == f"[{tid + 1000}]" and inserted.case_number


def test_an_evidence_file_replaced_together_with_its_stored_hash(demo):
    engine, new_uow, data_dir = demo
    import hashlib
    forged = b"%PDF-1.4 forged scan"
    with engine.connect() as c:
        fid = c.execute(sa.text("SELECT id FROM evidence_files ORDER BY id LIMIT 1")).scalar()
    _sql(engine, "UPDATE evidence_files SET content = :c, sha256 = :h, size = :n WHERE id = :id",
         params={"c": forged, "h": hashlib.sha256(forged).hexdigest(), "n": len(forged), "id": fid})
    report = _verify(new_uow, data_dir)
    [f] = _one(report, "row_changed")
    assert f.record_kind == "evidence_files" and {"content", "sha256"} <= set(f.columns)
    assert f.case_number
    assert not [x for x in report.findings if x.problem == "file_hash_mismatch"]  # consistent, still caught


def test_an_audit_entry_edited_or_removed_breaks_the_chain(demo):
    engine, new_uow, data_dir = demo
    with engine.connect() as c:
        last = c.execute(sa.text("SELECT max(seq) FROM audit_entries")).scalar()
    _without_triggers(engine, f"UPDATE audit_entries SET actor_name = '某人' WHERE seq = {last - 5}",
                      f"DELETE FROM audit_entries WHERE seq = {last - 3}")
    report = _verify(new_uow, data_dir)
    assert [f.seq for f in _one(report, "entry_altered")] == [last - 5]
    assert [f.seq for f in _one(report, "entries_missing")] == [last - 2]
    assert [f.seq for f in _one(report, "link_broken")] == [last - 2]


def test_a_truncated_chain_is_caught_by_the_checkpoint(demo):
    engine, new_uow, data_dir = demo
    cp = _checkpoint(new_uow, data_dir)
    _without_triggers(engine, f"DELETE FROM audit_entries WHERE seq > {cp.seq - 10}")
    quick = _verify(new_uow, data_dir, full=False)
    [f] = _one(quick, "chain_truncated")
    assert f.seq == cp.seq and f.actual["seq"] == cp.seq - 10


def test_a_chain_rewritten_with_recomputed_hashes_is_caught_by_the_checkpoint(demo):
    """The attacker edits a row, rewrites its entry to match and recomputes every later hash: the chain is
    self-consistent again, the checkpoint is not."""
    engine, new_uow, data_dir = demo
    cp = _checkpoint(new_uow, data_dir)
    with engine.connect() as c:
        rows = [dict(r) for r in c.execute(sa.select(ENTRIES).where(ENTRIES.c.seq > cp.seq - 20)
                                           .order_by(ENTRIES.c.seq)).mappings()]
        prev = c.execute(sa.text("SELECT hash FROM audit_entries WHERE seq = :s"), {"s": cp.seq - 20}).scalar()
    rows[0]["actor_name"] = "某人"
    for r in rows:
        r["prev_hash"] = prev
        r["hash"] = prev = compute_hash(r)
    statements = [f"UPDATE audit_entries SET actor_name = '{r['actor_name']}', prev_hash = '{r['prev_hash']}', "
                  f"hash = '{r['hash']}' WHERE seq = {r['seq']}" for r in reversed(rows)]
    _without_triggers(engine, *statements)
    report = _verify(new_uow, data_dir)
    assert not [f for f in report.findings if f.problem in ("entry_altered", "link_broken")]
    [f] = _one(report, "chain_rewritten")
    assert f.seq == cp.seq and f.expected["hash"] == cp.hash


def test_a_forged_checkpoint_file_is_named(demo):
    _engine, new_uow, data_dir = demo
    cp = _checkpoint(new_uow, data_dir)
    cp.path.write_text(cp.path.read_text(encoding="utf-8").replace(cp.hash, "0" * len(cp.hash)), encoding="utf-8")
    _one(_verify(new_uow, data_dir, full=False), "checkpoint_forged")


def test_the_application_cannot_update_or_delete_audit_entries(demo):
    engine, _new_uow, _data_dir = demo
    for statement in ("UPDATE audit_entries SET actor_name = 'x' WHERE seq = 2",
                      "DELETE FROM audit_entries WHERE seq = 2"):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"):
            _sql(engine, statement)
    if engine.dialect.name == "postgresql":
        with pytest.raises(sa.exc.DBAPIError, match="append-only"):
            _sql(engine, "TRUNCATE audit_entries")
    with engine.connect() as c:
        assert c.execute(sa.text("SELECT count(*) FROM audit_entries WHERE seq = 2")).scalar() == 1


def test_printing_or_saving_an_issued_document_is_recorded(demo):
    _engine, new_uow, _data_dir = demo
    from ipcase.services.audit.outputs import record_output
    with new_uow() as uow:
        doc_id, clerk, number = uow.session.execute(sa.text(
            "SELECT d.id, d.issued_by, c.case_number FROM documents d JOIN cases c ON c.id = d.case_id "
                "ORDER BY d.id LIMIT 1")).one()
    for how in ("print", "save"):
        with new_uow() as uow:
            record_output(uow, actor_id=clerk, document_id=doc_id, how=how, target="/tmp/调查通知书.pdf", now=NOW)
    with new_uow() as uow:
        rows = uow.session.execute(sa.text("SELECT action, record_key, case_number, at FROM audit_entries "
                                           "WHERE action LIKE 'documents.%' ORDER BY seq")).all()
    assert [(r.action, r.record_key, r.case_number) for r in rows] == [
        ("documents.print", f"[{doc_id}]", number), ("documents.save", f"[{doc_id}]", number)]
