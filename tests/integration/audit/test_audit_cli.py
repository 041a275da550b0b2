"""`python main.py audit verify|checkpoint` on a clean and a tampered database, and a wave-1 database (made before
the chain existed) that upgrades, seals its record and verifies clean."""
from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import sqlalchemy as sa

import main
from ipcase.audit.verify import verify
from ipcase.db.engine import make_engine
from ipcase.uow import uow_factory

WAVE1 = Path(__file__).resolve().parents[2] / "fixtures" / "wave1_demo.db.gz"


def test_verify_exits_0_on_a_clean_record_and_1_naming_each_change(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'office.db'}"
    common = ["--db", url, "--data-dir", str(tmp_path)]
    assert main.main(["init", *common, "--office-name", "某县市场监督管理局", "--short-name", "某县",
                      "--admin-password", "longenough1"]) == 0
    assert main.main(["audit", "checkpoint", *common, "--export", str(tmp_path / "for-supervisor")]) == 0
    out = capsys.readouterr().out
    assert "检查点：#" in out and len(list((tmp_path / "for-supervisor").glob("audit-*.json"))) == 1
    assert main.main(["audit", "verify", *common]) == 0
    assert "记录未被改动" in capsys.readouterr().out
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE offices SET name = '别的局'"))
    engine.dispose()
    assert main.main(["audit", "verify", *common]) == 1
    out = capsys.readouterr().out
    assert "改动：记录被绕过系统改动，记录：机关（offices [1]）" in out and "name：某县市场监督管理局 → 别的局" in out
    assert "发现 1 处改动" in out


def test_a_wave1_database_is_sealed_at_start_up_and_verifies_clean(tmp_path, capsys):
    path = tmp_path / "ipcase.db"
    with gzip.open(WAVE1, "rb") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    common = ["--db", f"sqlite:///{path}", "--data-dir", str(tmp_path)]
    assert main.main(["audit", "verify", *common]) == 0     # upgrades, writes the baseline, then checks
    assert "记录未被改动" in capsys.readouterr().out
    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as c:
        baseline = c.execute(sa.text("SELECT count(*) FROM audit_entries WHERE operation = 'baseline'")).scalar()
        sealed = c.execute(sa.text("SELECT changes FROM audit_entries WHERE operation = 'baseline' "
                                   "AND record_kind IS NULL")).scalar()
    assert baseline > 30 and '"cases":210' in sealed
    with engine.begin() as c:   # the edit: a timeline entry's actor, in a case from before the chain
        c.execute(sa.text("UPDATE timeline SET actor_id = 1 WHERE id = 10"))
    with uow_factory(engine)() as uow:
        report = verify(uow.session, data_dir=tmp_path)
    engine.dispose()
    [f] = report.findings
    assert (f.problem, f.record_kind, f.record_key, f.columns) == ("row_changed", "timeline", "[10]", ("actor_id",))
    assert f.case_number and f.case_number.startswith("某市知裁字")
