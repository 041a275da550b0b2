"""The documents feature (文书 tab, document dialog, preview, 送达, the 文书 section, the administrator's document
settings): docs/screenshots/2x_*.png, and page 1 of an issued ruling as docs/ruling_page1.png (the folder above
the pictures'). Needs `pdftoppm` (poppler-utils)."""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from ipcase.domain.enums import CaseState
from ipcase.queries.documents.register import document_file
from screenshot_scenes.window import Demo, open_window, pick_case, save, settle

RULING_TEXT = {
    "requester_says": "请求人是涉案专利的专利权人。被请求人未经许可，制造、销售与涉案专利相同的折叠露营椅，"
                      "请求责令被请求人立即停止侵权行为。",
    "respondent_says": "被控侵权产品系从他人处合法购进，有合法来源，不应承担责任。",
    "evidence": "请求人提交了专利证书、专利登记簿副本、公证购买的被控侵权产品及公证书；被请求人对公证书的真实性无异议。"
                "合议组对上述证据予以采信。",
    "facts": "涉案专利合法有效。\n被请求人在其网店中销售被控侵权产品。\n被控侵权产品具备涉案专利权利要求1的全部技术特征。",
    "reasoning": "被控侵权产品落入涉案专利权的保护范围。\n被请求人未经专利权人许可，以生产经营为目的制造、销售被控侵权产品，"
                 "构成侵犯专利权的行为。",
}


def take(demo: Demo, out: Path) -> None:
    runner, db = demo.runner, demo.db
    ctx, window = open_window(demo, "zhangwei")
    case_id = pick_case(demo, ctx, (CaseState.CLOSED_RULING_INFRINGEMENT,))
    window.sections.open_case(case_id)
    settle(runner)
    view = window.sections.case_detail_view
    tab = view.page("documents")
    view.tabs.setCurrentWidget(tab)
    dialog = tab.new_document("ruling")
    settle(runner)
    for name, text in RULING_TEXT.items():
        dialog.editors[name].setPlainText(text)
    save(dialog, out, "20_document_dialog")
    dialog.preview()
    settle(runner)
    preview = dialog.preview_dialog
    settle(runner, 2)
    save(preview, out, "21_document_preview")
    preview.close()
    dialog.issue_button.click()
    settle(runner)
    tab.table.selectRow(0)
    save(window, out, "22_case_documents")
    service = view.page("service")
    view.tabs.setCurrentWidget(service)
    settle(runner)
    save(window, out, "23_case_service")
    serve = service.serve()
    settle(runner)
    save(serve, out, "24_service_dialog")
    serve.done(0)
    window.show_section(window.sections.documents_view)
    settle(runner)
    save(window, out, "25_documents_section")
    ruling = tab.data.documents[0]
    with db.new_uow() as uow:
        _name, pdf = document_file(uow, document_id=ruling.id, kind="pdf")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "ruling.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(source),
                        str(out.parent / "ruling_page1")], check=True)
    print(f"saved {out.parent / 'ruling_page1.png'}")
    window.close()
    ctx, window = open_window(demo, "admin")
    window.show_section(window.sections.settings_view)
    settle(runner)
    window.sections.settings_view.tabs.setCurrentWidget(window.sections.settings_view.documents_page)
    settle(runner)
    save(window, out, "26_settings_documents")
    window.close()
