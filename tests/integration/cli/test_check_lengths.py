"""`python main.py check-lengths`: the rows an SQLite file holds over their column's length, listed before the
office copies its data to PostgreSQL (issue 12)."""
from __future__ import annotations

import sqlalchemy as sa

import main


def test_lists_over_length_rows_and_exits_1_until_they_are_corrected(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'office.db'}"
    common = ["--db", url, "--data-dir", str(tmp_path)]
    assert main.main(["init", *common, "--office-name", "某县市场监督管理局", "--short-name", "某县",
                      "--admin-password", "longenough1"]) == 0
    assert main.main(["check-lengths", *common]) == 0
    assert "没有超长的内容" in capsys.readouterr().out
    engine = sa.create_engine(url)
    with engine.begin() as conn:   # as a file written before the check could hold it
        conn.execute(sa.text("UPDATE offices SET name = :n"), {"n": "局" * 250})
    engine.dispose()
    assert main.main(["check-lengths", *common]) == 1
    out = capsys.readouterr().out
    assert "offices.name：1 行超过 200 个字（最长 250 个字）" in out
