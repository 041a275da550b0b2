"""reportlab shares an embedded face's subset state between PDFs: renders on several threads at once (a batch
on the render pool while a clerk issues on the database lane) must not corrupt each other."""
from __future__ import annotations

import threading
from datetime import date

import samples

from ipcase.documents.engine import render


def test_documents_render_correctly_on_several_threads_at_once():
    errors, pdfs = [], []

    def run(i: int) -> None:
        try:
            case = samples.full_case("answer_period")
            for key in ("answer_notice", "acceptance_notice"):
                pdfs.append(render(case, samples.draft_for(key, case), number=f"某市知裁字〔2026〕{i}号",
                                   issue_date=date(2026, 10, 12)).pdf)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(pdfs) == 12 and all(p.startswith(b"%PDF") for p in pdfs)
