"""`python main.py documents …` on a real SQLite file: types, render a draft, list, export, bind."""
from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ipcase.dto.documents import DocumentDraft
from ipcase.services.documents import issue as docs

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 10, 12)


def _main():
    if "ipcase_main" not in sys.modules:
        spec = importlib.util.spec_from_file_location("ipcase_main", ROOT / "main.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["ipcase_main"] = module
        spec.loader.exec_module(module)
    return sys.modules["ipcase_main"]


def test_render_list_export_and_bind(new_uow, staff, db_url, tmp_path, capsys):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    with new_uow() as uow:
        issued = docs.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY),
                                     draft=DocumentDraft("acceptance_notice", party_id=requester))
    main = _main()
    base = ["--db", db_url, "--today", "2026-10-12", "documents"]
    assert main.main([*base, "render", "--case", issued.case_number, "--type", "investigation_notice",
                      "--party", str(requester), "--field", "matters=生产数量", "--field", "time_place=本局302室",
                      "--out", str(tmp_path / "out")]) == 0
    pdf = tmp_path / "out" / f"investigation_notice-{c.ref.id}.pdf"
    assert "生产数量" in "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert main.main([*base, "list", "--case", str(c.ref.id)]) == 0
    assert issued.number in capsys.readouterr().out
    assert main.main([*base, "export", "--id", str(issued.id), "--out", str(tmp_path / "x")]) == 0
    assert sorted(p.suffix for p in (tmp_path / "x").iterdir()) == [".docx", ".pdf"]
    assert main.main([*base, "bind", "--case", str(c.ref.id), "--out", str(tmp_path / "case.pdf")]) == 0
    assert len(PdfReader(tmp_path / "case.pdf").pages) >= 4
    assert main.main([*base, "render", "--case", "不存在", "--type", "ruling"]) == 2
