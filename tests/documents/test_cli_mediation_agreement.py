"""The 调解协议书 from the command line (issue 20): `documents fields` names what a type takes, `documents render
--type mediation_agreement` fills the 调解经过 from the record and prints the typed terms numbered, and a missing
required field is named with the option to add (exit 2, nothing written)."""
from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from test_cli import _main

from case_helpers import Driver, at

DAY = date(2026, 10, 12)


def test_the_mediation_agreement_renders_from_the_command_line(new_uow, staff, db_url, tmp_path, capsys):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    main = _main()
    base = ["--db", db_url, "--today", "2026-10-12", "documents"]
    assert main.main([*base, "fields", "--type", "mediation_agreement"]) == 0
    assert capsys.readouterr().out.splitlines() == ["history\trequired\tlines\tprefilled",
                                                    "terms\trequired\tlines\tprefilled"]
    out = tmp_path / "out"
    assert main.main([*base, "render", "--case", str(c.ref.id), "--type", "mediation_agreement", "--out", str(out)]) == 2
    assert "缺少必填内容，请加上 --field terms=…" in capsys.readouterr().err
    assert not out.exists()
    assert main.main([*base, "render", "--case", str(c.ref.id), "--type", "mediation_agreement", "--out", str(out),
                      "--field", r"terms=被请求人停止销售涉案产品\n被请求人赔偿请求人经济损失2万元"]) == 0
    text = "".join(p.extract_text() for p in PdfReader(out / f"mediation_agreement-{c.ref.id}.pdf").pages)
    flat = "".join(text.split())
    assert "专利侵权纠纷调解协议书" in flat
    assert "立案受理后，在本局主持下，双方当事人自愿达成如下协议" in flat      # the 调解经过 from the record
    assert "1.被请求人停止销售涉案产品" in flat and "2.被请求人赔偿请求人经济损失2万元" in flat   # one term a line
